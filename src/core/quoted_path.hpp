// A file name made safe to print in a one-line message: control characters (newline, tab,
// escape, …) and invalid bytes are written as escapes such as \n or \x1b.
#pragma once

#include <string>
#include <string_view>

namespace bp {

// `path` with every byte below 0x20, 0x7F and the backslash escaped; other bytes unchanged.
std::string printable_path(std::string_view path);

} // namespace bp
