// The one filler of {area.id} and {area.name} in a file path, used by `build --each-area -o`
// and by `mail`'s `edition = …`: each placeholder yields exactly one safe part of one file-name
// component, so an area can never name a file outside the folder the pattern gives.
#pragma once

#include <string>

namespace bp::app {

// Why `value` cannot be part of a file name, or "" if it can: "it is empty", "it starts with
// '.'", "it holds a control character", "it is over 200 bytes".
std::string file_name_problem(const std::string& value);

// `value` as a piece of a file name: '/' and '\' become '-' ("Tees/Wear" -> "Tees-Wear").
// Throws bp::OutputError ("boardpack: error: <what> '…' cannot be part of a file name: …") if
// it is empty, starts with '.', holds a control character (U+0000-U+001F, U+007F) or is over
// 200 bytes.
std::string file_name_part(const std::string& value, const std::string& what);

// `pattern` with every {area.id} and {area.name} replaced by file_name_part() of `id` and
// `name`. The pattern itself is the user's own path and is kept as written.
std::string area_file_path(const std::string& pattern, const std::string& id,
                           const std::string& name);

} // namespace bp::app
