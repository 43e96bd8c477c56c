// Reads an input file whole, safely: opened without blocking, and refused unless it is a
// regular file (a FIFO, device or socket would hang the build or never end).
#pragma once

#include <cstddef>
#include <string>

namespace bp {

// The bytes of the regular file `path`. Throws bp::InputError at `path`: "is a directory, not
// a file", "is a FIFO, not a regular file" (or a character device, block device, socket),
// "cannot read the file: …", or "the file is larger than N MiB" beyond `max_bytes`.
std::string read_regular_file(const std::string& path, std::size_t max_bytes);

} // namespace bp
