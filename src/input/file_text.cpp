#include "input/file_text.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace bp::input {

namespace {
// Closes a file descriptor when it goes out of scope.
struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
};
} // namespace

std::string read_file_text(const std::string& path, std::size_t max_bytes) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw InputError(SourcePos{path}, "is a directory, not a file");
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw InputError(SourcePos{path},
                         std::string("cannot read the file: ") + std::strerror(errno));
    FdCloser closer{fd};
    std::string text;
    struct stat info {};
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0)
        text.reserve(std::min(static_cast<std::size_t>(info.st_size), max_bytes + 1));
    char buf[65536];
    while (true) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw InputError(SourcePos{path},
                             std::string("cannot read the file: ") + std::strerror(errno));
        }
        if (n == 0) break;
        if (text.size() + static_cast<std::size_t>(n) > max_bytes)
            throw InputError(SourcePos{path}, "the file is larger than " +
                                                  std::to_string(max_bytes >> 20) +
                                                  " MiB; is it the right file?");
        text.append(buf, static_cast<std::size_t>(n));
    }
    return text;
}

} // namespace bp::input
