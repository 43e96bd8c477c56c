// Diagnostics as JSON for editors and CI pipelines (`boardpack check --format json`): one JSON
// object per diagnostic and line (JSON Lines), with file, line, column, severity and message.
#pragma once

#include "core/error.hpp"

#include <string>
#include <string_view>

namespace bp::app {

// `text` as a JSON string literal with its quotes (RFC 8259): `"` and `\` escaped, control
// characters as \b \f \n \r \t or \u00XX, DEL as \u007f; non-ASCII kept as UTF-8 and any invalid
// UTF-8 sequence replaced by U+FFFD, so the result is always valid JSON text.
std::string json_string(std::string_view text);

// {"file":"…","line":3,"column":7,"severity":"error","message":"…"} on one line (no newline);
// line and column are 0 where unknown.
std::string diagnostic_json(const Diagnostic& d);

} // namespace bp::app
