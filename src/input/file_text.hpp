// Reads a whole input file as bytes, with a clear error if it cannot be read.
#pragma once

#include <cstddef>
#include <string>

namespace bp::input {

// No layout or theme comes near this; a bigger file (or an endless one such as /dev/zero) is
// refused before it exhausts memory.
inline constexpr std::size_t kMaxInputFileBytes = 32u << 20;

// The file's contents. Throws bp::InputError naming the path if it is missing, a directory,
// not a regular file (a FIFO, device or socket: refused without blocking), unreadable or
// larger than `max_bytes`.
std::string read_file_text(const std::string& path, std::size_t max_bytes = kMaxInputFileBytes);

} // namespace bp::input
