#include "app/watch.hpp"

#include "app/install_paths.hpp"
#include "app/signal_cleanup.hpp"
#include "core/counted.hpp"

#include "app/report_job.hpp"
#include "core/error.hpp"
#include "core/number_text.hpp"
#include "input/data_reader.hpp"
#include "input/layout_reader.hpp"
#include "input/xml_document.hpp"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <map>
#include <ostream>
#include <poll.h>
#include <set>
#include <string>
#include <sys/inotify.h>
#include <unistd.h>

namespace bp::app {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// A quiet time after the last change before rebuilding (editors save in bursts), and the
// longest a build waits while changes keep coming.
constexpr std::chrono::milliseconds kDebounce{100};
constexpr std::chrono::milliseconds kMaxDelay{1000};

// The files of one watched folder that matter: names, and any font file if it is a font folder.
struct WatchedFolder {
    std::set<std::string> names;
    bool fonts = false;
};

bool is_font_name(const std::string& name) {
    const std::string ext = fs::path(name).extension().string();
    std::string lower;
    for (char c : ext)
        lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return lower == ".ttf" || lower == ".otf" || lower == ".ttc" || lower == ".pfb" ||
           lower == ".pfa" || lower == ".afm";
}

std::string folder_of(const fs::path& file) {
    const fs::path dir = file.parent_path();
    return dir.empty() ? "." : dir.string();
}

std::string resolve(const std::string& base, const std::string& path) {
    const fs::path p(path);
    return (p.is_absolute() ? p : fs::path(base) / p).lexically_normal().string();
}

// The folders and files a build of `o` reads: the layout, the theme and data it names (read
// from the layout's root element; the last known ones while the layout cannot be parsed), the
// font folders.
class InputSet {
public:
    explicit InputSet(const CliOptions& o) : o_(o) {}

    std::map<std::string, WatchedFolder> folders() {
        const std::string base = folder_of(o_.layout);
        try {
            const input::XmlNode root = input::read_xml_file(o_.layout);
            const input::XmlAttr* theme = root.attr("theme");
            theme_ = theme && !theme->value.empty() ? resolve(base, theme->value) : "";
            data_ = o_.data_dir.empty() ? input::data_folder_of(root, base) : o_.data_dir;
        } catch (const InputError&) {
            // keep the last known theme and data while the layout is broken
        }
        std::map<std::string, WatchedFolder> out;
        out[base].names.insert(fs::path(o_.layout).filename().string());
        out[base].fonts = true; // fonts are looked up beside the layout too
        if (!theme_.empty())
            out[folder_of(theme_)].names.insert(fs::path(theme_).filename().string());
        if (!data_.empty())
            for (const std::string& name : input::data_file_names())
                out[data_].names.insert(name);
        for (const auto& dir : o_.font_dirs)
            out[dir].fonts = true;
        out[install_paths().font_dir].fonts = true;
        return out;
    }

private:
    const CliOptions& o_;
    std::string theme_;
    std::string data_;
};

// The inotify watches on the input folders, and which events are worth a rebuild.
class FolderWatches {
public:
    FolderWatches() : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {}
    ~FolderWatches() {
        if (fd_ >= 0) ::close(fd_);
    }
    FolderWatches(const FolderWatches&) = delete;
    FolderWatches& operator=(const FolderWatches&) = delete;

    int fd() const { return fd_; }
    std::size_t size() const { return by_wd_.size(); }

    // Watches exactly `folders` (folders that do not exist yet are tried again next time).
    void update(const std::map<std::string, WatchedFolder>& folders) {
        constexpr std::uint32_t mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE |
                                       IN_DELETE | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF |
                                       IN_MOVE_SELF | IN_ONLYDIR;
        std::map<int, WatchedFolder> next;
        for (const auto& [dir, what] : folders) {
            const int wd = inotify_add_watch(fd_, dir.c_str(), mask);
            if (wd < 0) continue;
            WatchedFolder& w = next[wd]; // two names for one folder share a watch: merge them
            w.names.insert(what.names.begin(), what.names.end());
            w.fonts = w.fonts || what.fonts;
        }
        for (const auto& [wd, what] : by_wd_)
            if (!next.count(wd)) inotify_rm_watch(fd_, wd);
        by_wd_ = std::move(next);
    }

    // Reads the pending events; true if one concerns an input (or events were lost).
    bool read_relevant() {
        bool relevant = false;
        alignas(inotify_event) char buf[8192];
        for (;;) {
            const ssize_t n = ::read(fd_, buf, sizeof buf);
            if (n <= 0) break; // EAGAIN: nothing more for now
            for (ssize_t at = 0; at < n;) {
                inotify_event ev;
                std::memcpy(&ev, buf + at, sizeof ev);
                const std::string name = ev.len ? std::string(buf + at + sizeof ev) : "";
                at += static_cast<ssize_t>(sizeof ev + ev.len);
                if (ev.mask & (IN_Q_OVERFLOW | IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF)) {
                    relevant = true; // a folder went away, or events were lost
                    continue;
                }
                auto it = by_wd_.find(ev.wd);
                if (it == by_wd_.end()) continue;
                if (it->second.names.count(name) || (it->second.fonts && is_font_name(name)))
                    relevant = true;
            }
        }
        return relevant;
    }

private:
    int fd_;
    std::map<int, WatchedFolder> by_wd_;
};

// SIGINT, SIGTERM and SIGHUP as readable events: the signal clean-up thread
// (signal_cleanup.hpp) forwards them to a pipe for the whole watch, so a build always finishes
// or fails cleanly and the loop stops between builds.
class StopSignals {
public:
    StopSignals() {
        if (::pipe2(fds_, O_CLOEXEC | O_NONBLOCK) == 0) forward_signals_to(fds_[1]);
    }
    ~StopSignals() {
        forward_signals_to(-1);
        for (int fd : fds_)
            if (fd >= 0) ::close(fd);
    }
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    int fd() const { return fds_[0]; }
    // The signal received, or 0.
    int received() const {
        unsigned char sig = 0;
        return ::read(fds_[0], &sig, 1) == 1 ? sig : 0;
    }

private:
    int fds_[2] = {-1, -1};
};

std::string seconds(Clock::duration d) {
    return fixed(std::chrono::duration<double>(d).count(), 2) + " s";
}

// One build through the ordinary build path, with a one-line status on `out`.
void build_once(const CliOptions& o, std::ostream& out, std::ostream& err) {
    CliOptions quiet = o;
    quiet.quiet = true; // the status line below replaces build's own summary
    BuildSummary summary;
    const auto start = Clock::now();
    const int status = run_build(quiet, out, err, &summary);
    const std::string took = seconds(Clock::now() - start);
    if (status == 0) {
        if (o.quiet) return;
        out << "built " << o.output << " (" << counted(summary.pages, "page");
        if (summary.warnings > 0) out << ", " << counted(summary.warnings, "warning");
        out << ") in " << took << std::endl;
        return;
    }
    std::error_code ec;
    if (fs::exists(o.output, ec))
        out << "error: kept the last good " << o.output << " (build failed in " << took << ")"
            << std::endl;
    else
        out << "error: nothing written yet (build failed in " << took << ")" << std::endl;
}

} // namespace

int run_watch(const CliOptions& o, std::ostream& out, std::ostream& err) {
    StopSignals stop;
    FolderWatches watches;
    if (stop.fd() < 0 || watches.fd() < 0) {
        err << "boardpack: error: cannot watch for changes: " << std::strerror(errno) << '\n';
        return 1;
    }
    InputSet inputs(o);
    watches.update(inputs.folders());
    if (watches.size() == 0) {
        err << o.layout << ": error: cannot watch the layout's folder: " << std::strerror(errno)
            << '\n';
        return 1;
    }
    if (!o.quiet)
        out << "watching " << o.layout
            << ", its theme, data and fonts; rebuilding on every change (Ctrl-C stops)"
            << std::endl;
    build_once(o, out, err);
    watches.update(inputs.folders());

    bool pending = false;
    Clock::time_point first{}, last{};
    for (;;) {
        int timeout = -1;
        if (pending) {
            const auto due = std::min(last + kDebounce, first + kMaxDelay);
            const auto wait =
                std::chrono::duration_cast<std::chrono::milliseconds>(due - Clock::now());
            timeout = static_cast<int>(std::max<long long>(0, wait.count()));
        }
        pollfd fds[2] = {{stop.fd(), POLLIN, 0}, {watches.fd(), POLLIN, 0}};
        const int ready = ::poll(fds, 2, timeout);
        if (ready < 0 && errno != EINTR) {
            err << "boardpack: error: watching failed: " << std::strerror(errno) << '\n';
            return 1;
        }
        if (fds[0].revents & POLLIN) {
            const int sig = stop.received();
            if (sig == SIGINT || sig == SIGTERM || sig == SIGHUP) {
                out << "watch: stopped by "
                    << (sig == SIGINT    ? "SIGINT"
                        : sig == SIGTERM ? "SIGTERM"
                                         : "SIGHUP")
                    << std::endl;
                return 128 + sig;
            }
        }
        if ((fds[1].revents & POLLIN) && watches.read_relevant()) {
            last = Clock::now();
            if (!pending) first = last;
            pending = true;
        }
        if (pending && Clock::now() >= std::min(last + kDebounce, first + kMaxDelay)) {
            pending = false;
            watches.update(inputs.folders());
            build_once(o, out, err);
        }
    }
}

} // namespace bp::app
