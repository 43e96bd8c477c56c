// Reads an input file whole, safely: opened without blocking, and refused unless it is a
// regular file (a FIFO, device or socket would hang the build or never end).
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace bp {

// The bytes of the regular file `path`. Throws bp::InputError at `path`: "is a directory, not
// a file", "is a FIFO, not a regular file" (or a character device, block device, socket),
// "cannot read the file: …", or "the file is larger than N MiB" beyond `max_bytes`.
std::string read_regular_file(const std::string& path, std::size_t max_bytes);

// The same file, checked the same way, handed to `piece` in pieces of at most 64 KiB, in
// order, so that a large file is never held whole (e.g. to hash it).
void read_regular_file_in_pieces(const std::string& path, std::size_t max_bytes,
                                 const std::function<void(const char*, std::size_t)>& piece);

} // namespace bp
