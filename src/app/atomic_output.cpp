#include "app/atomic_output.hpp"

#include "core/error.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace bp::app {

namespace fs = std::filesystem;

namespace {
[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw OutputError(path + ": error: " + what);
}
} // namespace

AtomicOutput::~AtomicOutput() {
    for (const auto& s : staged_)
        std::remove(s.temp.c_str());
}

std::string AtomicOutput::reserve(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) fail(path, "the output path is a folder");
    fs::path parent = fs::path(path).parent_path();
    if (parent.empty()) parent = ".";
    if (!fs::is_directory(parent, ec))
        fail(path, fs::exists(parent, ec)
                       ? "'" + parent.string() + "' is not a folder"
                       : "the output folder '" + parent.string() + "' does not exist");
    std::string temp_name =
        (parent / ("." + fs::path(path).filename().string() + ".XXXXXX")).string();
    std::vector<char> name(temp_name.begin(), temp_name.end());
    name.push_back('\0');
    int fd = mkstemp(name.data());
    if (fd < 0) fail(path, std::string("cannot write here: ") + std::strerror(errno));
    staged_.push_back({name.data(), path});
    if (::fchmod(fd, 0644) != 0 || ::close(fd) != 0)
        fail(path, std::string("cannot write here: ") + std::strerror(errno));
    return staged_.back().temp;
}

void AtomicOutput::stage(const std::string& path, const std::vector<unsigned char>& bytes) {
    const std::string temp = reserve(path);
    int fd = ::open(temp.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) fail(path, std::string("cannot write: ") + std::strerror(errno));
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            ::close(fd);
            fail(path, std::string("cannot write: ") + std::strerror(err));
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) fail(path, std::string("cannot finish writing: ") + std::strerror(errno));
}

void AtomicOutput::commit() {
    for (auto& s : staged_) {
        if (std::rename(s.temp.c_str(), s.path.c_str()) != 0)
            fail(s.path, std::string("cannot replace the file: ") + std::strerror(errno));
        s.temp.clear();
    }
    staged_.clear();
}

} // namespace bp::app
