#include "input/file_text.hpp"

#include "core/file_bytes.hpp"

namespace bp::input {

std::string read_file_text(const std::string& path, std::size_t max_bytes) {
    return read_regular_file(path, max_bytes);
}

} // namespace bp::input
