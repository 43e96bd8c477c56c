#include "app/signal_cleanup.hpp"

#include "core/temp_files.hpp"

#include <atomic>
#include <csignal>
#include <cstring>
#include <pthread.h>
#include <thread>
#include <unistd.h>

namespace bp::app {

namespace {

std::atomic<int> forward_fd{-1};

sigset_t cleanup_signals() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    return set;
}

// Waits for one of the signals; the signal is handled here, in an ordinary thread, so the
// clean-up may take the lock that outputs are created and renamed under.
void wait_and_clean(sigset_t set) {
    int sig = 0;
    for (;;) {
        if (sigwait(&set, &sig) != 0) continue;
        const int fd = forward_fd.load();
        if (fd < 0) break;
        const auto byte = static_cast<unsigned char>(sig);
        [[maybe_unused]] auto n = ::write(fd, &byte, 1);
    }
    // Held from before the removal to the exit: a commit under way ends first, and no output
    // is created (or looked for) in a folder that is being removed; the build's thread waits
    // here instead of failing on the removed folder and exiting 1 before this exits 128 + sig.
    std::lock_guard hold(TempFiles::lock());
    TempFiles::remove_all();
    const char* name = sig == SIGINT ? "SIGINT" : sig == SIGTERM ? "SIGTERM" : "SIGHUP";
    const char* text1 = "boardpack: interrupted by ";
    const char* text2 = "; unfinished outputs removed\n";
    [[maybe_unused]] auto a = ::write(2, text1, std::strlen(text1));
    [[maybe_unused]] auto b = ::write(2, name, std::strlen(name));
    [[maybe_unused]] auto c = ::write(2, text2, std::strlen(text2));
    ::_exit(128 + sig);
}

} // namespace

void forward_signals_to(int fd) {
    forward_fd.store(fd);
}

void start_signal_cleanup() {
    sigset_t set = cleanup_signals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::thread(wait_and_clean, set).detach();
}

} // namespace bp::app
