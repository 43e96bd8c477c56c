#include "core/file_bytes.hpp"

#include "core/error.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bp {

namespace {

// Closes a file descriptor when it goes out of scope.
struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
};

const char* not_regular(mode_t mode) {
    if (S_ISFIFO(mode)) return "is a FIFO, not a regular file";
    if (S_ISCHR(mode)) return "is a character device, not a regular file";
    if (S_ISBLK(mode)) return "is a block device, not a regular file";
    if (S_ISSOCK(mode)) return "is a socket, not a regular file";
    return "is not a regular file";
}

} // namespace

void read_regular_file_in_pieces(const std::string& path, std::size_t max_bytes,
                                 const std::function<void(const char*, std::size_t)>& piece) {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for ever.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        if (err == ENXIO) throw InputError(SourcePos{path}, "is a socket, not a regular file");
        throw InputError(SourcePos{path},
                         std::string("cannot read the file: ") + std::strerror(err));
    }
    FdCloser closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0)
        throw InputError(SourcePos{path},
                         std::string("cannot read the file: ") + std::strerror(errno));
    if (S_ISDIR(info.st_mode)) throw InputError(SourcePos{path}, "is a directory, not a file");
    if (!S_ISREG(info.st_mode)) throw InputError(SourcePos{path}, not_regular(info.st_mode));
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    std::size_t total = 0;
    char buf[65536];
    while (true) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw InputError(SourcePos{path},
                             std::string("cannot read the file: ") + std::strerror(errno));
        }
        if (n == 0) break;
        if (total + static_cast<std::size_t>(n) > max_bytes)
            throw InputError(SourcePos{path}, "the file is larger than " +
                                                  std::to_string(max_bytes >> 20) +
                                                  " MiB; is it the right file?");
        total += static_cast<std::size_t>(n);
        piece(buf, static_cast<std::size_t>(n));
    }
}

std::string read_regular_file(const std::string& path, std::size_t max_bytes) {
    std::string text;
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0)
        text.reserve(std::min(static_cast<std::size_t>(info.st_size), max_bytes + 1));
    read_regular_file_in_pieces(path, max_bytes,
                                [&](const char* bytes, std::size_t n) { text.append(bytes, n); });
    return text;
}

} // namespace bp
