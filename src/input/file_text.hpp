// Reads a whole input file as bytes, with a clear error if it cannot be read.
#pragma once

#include <string>

namespace bp::input {

// The file's contents. Throws bp::InputError naming the path if it is missing, a directory
// or unreadable.
std::string read_file_text(const std::string& path);

} // namespace bp::input
