#include "app/folder_lock.hpp"

#include "core/error.hpp"
#include "core/quoted_path.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace bp::app {

FolderLock::FolderLock(const std::set<std::string>& folders) {
    // One descriptor per folder (two spellings of one folder would lock each other out).
    std::map<std::pair<dev_t, ino_t>, int> by_identity;
    for (const auto& dir : folders) {
        const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) {
            for (auto& [id, open_fd] : by_identity)
                ::close(open_fd);
            throw OutputError(printable_path(dir) + ": error: cannot open the folder to lock it: " +
                              std::strerror(errno));
        }
        struct stat info {};
        if (::fstat(fd, &info) != 0 ||
            !by_identity.emplace(std::make_pair(info.st_dev, info.st_ino), fd).second)
            ::close(fd);
    }
    for (auto& [id, fd] : by_identity) {
        fds_.push_back(fd);
        while (::flock(fd, LOCK_EX) != 0 && errno == EINTR) {
        }
    }
}

FolderLock::~FolderLock() {
    for (int fd : fds_)
        ::close(fd); // closing the last descriptor releases the lock
}

} // namespace bp::app
