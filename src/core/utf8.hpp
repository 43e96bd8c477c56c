// UTF-8 decoding for text measurement and validation of input text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace bp {

// Decodes the code point starting at text[pos] and advances pos; U+FFFD for a bad sequence.
char32_t next_code_point(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of `cp` (U+FFFD for a surrogate or a value above U+10FFFF).
void append_utf8(std::string& out, char32_t cp);

// The byte offset of the first invalid UTF-8 sequence, or nullopt if the text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

} // namespace bp
