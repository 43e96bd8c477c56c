#include "input/file_text.hpp"

#include "core/error.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace bp::input {

std::string read_file_text(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw InputError(SourcePos{path}, "is a directory, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(SourcePos{path}, std::string("cannot read the file: ") +
                                              std::strerror(errno));
    std::ostringstream out;
    out << in.rdbuf();
    if (in.bad()) throw InputError(SourcePos{path}, "error while reading the file");
    return out.str();
}

} // namespace bp::input
