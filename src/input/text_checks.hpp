// Checks every text input file shares: a UTF-8 byte-order mark is dropped (so columns are
// counted as editors count them), invalid UTF-8 and NUL bytes are errors at their line:col.
#pragma once

#include "core/text_position.hpp"

#include <string>
#include <string_view>

namespace bp::input {

// `text` without a leading UTF-8 byte-order mark.
std::string without_bom(std::string text);

// Throws bp::InputError at the first invalid UTF-8 sequence or NUL byte of `text`.
void check_utf8_text(const LineIndex& lines, std::string_view text);

} // namespace bp::input
