#include "app/atomic_output.hpp"

#include "core/error.hpp"
#include "core/quoted_path.hpp"
#include "core/temp_files.hpp"

#include <cerrno>
#include <climits>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <mutex>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace bp::app {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw OutputError(printable_path(path) + ": error: " + what);
}

// Plain words for the errors a full or failing disk gives.
[[noreturn]] void fail_writing(const std::string& path, int err) {
    const std::string p = printable_path(path);
    if (err == ENOSPC) fail(path, "disk full writing " + p + "; the earlier file is kept");
    if (err == EDQUOT)
        fail(path, "disk quota exceeded writing " + p + "; the earlier file is kept");
    if (err == EIO) fail(path, "input/output error writing " + p + "; the earlier file is kept");
    fail(path, "cannot write " + p + ": " + std::strerror(err));
}

std::string folder_of(const std::string& path) {
    fs::path parent = fs::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

const char* kind_of(mode_t mode) {
    if (S_ISLNK(mode))
        return "a symbolic link (boardpack replaces only regular files; give the "
               "path of the file itself)";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISFIFO(mode)) return "a FIFO";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

// ".NAME.XXXXXX" for the output NAME, NAME shortened so that it and the earlier file's link
// (the temporary's name + ".old", see commit()) fit in NAME_MAX whatever the final name is.
std::string temp_name(const std::string& path) {
    constexpr std::size_t room = NAME_MAX - std::char_traits<char>::length("..XXXXXX.old");
    const std::string name = fs::path(path).filename().string();
    return "." + name.substr(0, room) + ".XXXXXX";
}

void close_quietly(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
}

void sync_folder(const std::string& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd); // some file systems refuse fsync on folders; the renames are done either way
    ::close(fd);
}

} // namespace

AtomicOutput::~AtomicOutput() {
    std::lock_guard hold(TempFiles::lock());
    for (auto& s : staged_) {
        close_quietly(s.fd);
        if (!s.temp.empty()) {
            ::unlink(s.temp.c_str());
            TempFiles::forget(s.temp);
        }
    }
    for (auto it = made_folders_.rbegin(); it != made_folders_.rend(); ++it) {
        ::rmdir(it->c_str());
        TempFiles::forget_folder(*it);
    }
}

void AtomicOutput::check_path(const std::string& path) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) == 0) {
        if (S_ISDIR(info.st_mode)) fail(path, "the output path is a folder");
        if (!S_ISREG(info.st_mode))
            fail(path, std::string("the output path is ") + kind_of(info.st_mode) +
                           "; choose a new or regular file");
    }
    const std::string parent = folder_of(path);
    std::error_code ec;
    if (!fs::is_directory(parent, ec))
        fail(path, fs::exists(parent, ec)
                       ? "'" + printable_path(parent) + "' is not a folder"
                       : "the output folder '" + printable_path(parent) + "' does not exist");
}

void AtomicOutput::make_folder(const std::string& dir) {
    std::lock_guard hold(TempFiles::lock());
    if (::mkdir(dir.c_str(), 0755) == 0) {
        made_folders_.push_back(dir);
        TempFiles::add_folder(dir);
        return;
    }
    const int err = errno;
    std::error_code ec;
    if (err == EEXIST && fs::is_directory(dir, ec)) return;
    if (err == EEXIST) fail(dir, "--png needs a folder");
    fail(dir, std::string("cannot create the folder: ") + std::strerror(err));
}

void AtomicOutput::open(const std::string& path) {
    // Checked, created and listed under the lock: once a signal's clean-up holds it (and has
    // removed a folder made for the outputs), no output is looked for or made any more.
    std::lock_guard hold(TempFiles::lock());
    check_path(path);
    std::string name = (fs::path(folder_of(path)) / temp_name(path)).string();
    int fd = ::mkostemp(name.data(), O_CLOEXEC);
    if (fd < 0) fail(path, std::string("cannot write here: ") + std::strerror(errno));
    TempFiles::add(name);
    staged_.push_back({name, path, "", fd, 0});
    if (::fchmod(fd, 0644) != 0)
        fail(path, std::string("cannot write here: ") + std::strerror(errno)); // ~ closes it
}

void AtomicOutput::write(const unsigned char* bytes, std::size_t size) {
    Staged& s = staged_.back();
    std::size_t done = 0;
    while (done < size) {
        ssize_t n = ::write(s.fd, bytes + done, size - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail_writing(s.path, errno);
        }
        if (n == 0) fail_writing(s.path, ENOSPC);
        done += static_cast<std::size_t>(n);
    }
    s.written += size;
}

void AtomicOutput::finish() {
    Staged& s = staged_.back();
    if (::fsync(s.fd) != 0) fail_writing(s.path, errno);
    struct stat info {};
    if (::fstat(s.fd, &info) != 0) fail_writing(s.path, errno);
    if (static_cast<unsigned long long>(info.st_size) != s.written)
        fail(s.path, "the file on disk has " + std::to_string(info.st_size) + " bytes, not the " +
                         std::to_string(s.written) + " written");
    const int fd = s.fd;
    s.fd = -1;
    if (::close(fd) != 0) fail_writing(s.path, errno);
}

void AtomicOutput::stage(const std::string& path, const std::vector<unsigned char>& bytes) {
    open(path);
    write(bytes.data(), bytes.size());
    finish();
}

void AtomicOutput::rollback(std::size_t renamed) {
    for (std::size_t j = 0; j < renamed; ++j) {
        Staged& s = staged_[j];
        if (!s.backup.empty()) {
            ::rename(s.backup.c_str(), s.path.c_str());
            TempFiles::forget(s.backup);
        } else {
            ::unlink(s.path.c_str());
        }
        s.backup.clear();
    }
}

std::set<std::string> AtomicOutput::folders() const {
    std::set<std::string> out;
    for (const auto& s : staged_)
        out.insert(folder_of(s.path));
    return out;
}

void AtomicOutput::commit() {
    std::lock_guard hold(TempFiles::lock()); // a signal waits until this is done
    for (auto& s : staged_)
        if (s.fd >= 0) fail(s.path, "internal error: an output was not finished");
    // Keep every earlier file under a second name until all renames have succeeded.
    for (auto& s : staged_) {
        struct stat info {};
        if (::lstat(s.path.c_str(), &info) != 0) continue;
        std::string backup = s.temp + ".old";
        if (::link(s.path.c_str(), backup.c_str()) == 0) {
            s.backup = backup;
            TempFiles::add(backup);
        }
    }
    std::size_t renamed = 0;
    for (; renamed < staged_.size(); ++renamed) {
        Staged& s = staged_[renamed];
        if (std::rename(s.temp.c_str(), s.path.c_str()) != 0) {
            const int err = errno;
            rollback(renamed);
            for (auto& b : staged_)
                if (!b.backup.empty()) {
                    ::unlink(b.backup.c_str());
                    TempFiles::forget(b.backup);
                }
            fail(s.path, std::string("cannot replace the file: ") + std::strerror(err) +
                             "; no output was changed");
        }
        TempFiles::forget(s.temp);
        s.temp.clear();
    }
    for (const auto& dir : folders())
        sync_folder(dir);
    for (auto& s : staged_)
        if (!s.backup.empty()) {
            ::unlink(s.backup.c_str());
            TempFiles::forget(s.backup);
        }
    staged_.clear();
    for (const auto& dir : made_folders_)
        TempFiles::forget_folder(dir);
    made_folders_.clear();
}

} // namespace bp::app
