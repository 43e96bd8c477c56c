#include "child_process.hpp"

#include "case_files.hpp"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <grp.h>
#include <stdexcept>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace bp::robustness {

namespace fs = std::filesystem;

namespace {

// Whether process `pid` blocks or catches `sig` yet (its /proc status masks): a program that
// handles a signal only once main() has set that up is not sent it before.
bool handles(pid_t pid, int sig) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("SigBlk:", 0) == 0 || line.rfind("SigCgt:", 0) == 0) {
            const unsigned long long mask = std::stoull(line.substr(7), nullptr, 16);
            if (mask & (1ull << (sig - 1))) return true;
        }
    return false;
}

} // namespace

RunResult run_boardpack(const std::string& program, const std::vector<std::string>& args,
                        const fs::path& cwd, double time_limit_seconds, int as_user, int signal,
                        double signal_after) {
    // Output goes to files outside `cwd`, so the folder's snapshot sees only what boardpack
    // wrote.
    const fs::path out_file = cwd.string() + ".stdout", err_file = cwd.string() + ".stderr";
    std::vector<std::string> argv_strings{program};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_strings)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        int in = open("/dev/null", O_RDONLY);
        int out = open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int err = open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
            _exit(127);
        if (as_user >= 0) {
            const auto id = static_cast<uid_t>(as_user);
            if (setgroups(0, nullptr) != 0 || setresgid(id, id, id) != 0 ||
                setresuid(id, id, id) != 0)
                _exit(126);
        }
        if (chdir(cwd.c_str()) != 0) _exit(127);
        execv(program.c_str(), argv.data());
        _exit(127);
    }

    RunResult r;
    const auto start = std::chrono::steady_clock::now();
    const auto deadline = start + std::chrono::duration<double>(time_limit_seconds);
    const auto signal_at = start + std::chrono::duration<double>(signal_after);
    bool signalled = false;
    int status = 0;
    struct rusage usage {};
    while (true) {
        pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid) break;
        if (done < 0 && errno != EINTR) throw std::runtime_error("wait4 failed");
        if (signal != 0 && !signalled && std::chrono::steady_clock::now() >= signal_at &&
            handles(pid, signal)) {
            kill(pid, signal);
            signalled = true;
        }
        if (std::chrono::steady_clock::now() > deadline && !r.timed_out) {
            r.timed_out = true;
            kill(pid, SIGKILL);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    r.exited = WIFEXITED(status);
    r.status = r.exited ? WEXITSTATUS(status) : -1;
    r.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    r.peak_rss_kib = usage.ru_maxrss;
    r.out = read_bytes(out_file);
    r.err = read_bytes(err_file);
    fs::remove(out_file);
    fs::remove(err_file);
    return r;
}

bool can_run_as(int id, const std::string& must_run) {
    if (geteuid() != 0) return false;
    pid_t pid = fork();
    if (pid < 0) return false;
    if (pid == 0) {
        const auto u = static_cast<uid_t>(id);
        const bool dropped = setgroups(0, nullptr) == 0 && setresgid(u, u, u) == 0 &&
                             setresuid(u, u, u) == 0 && geteuid() == u &&
                             (must_run.empty() || access(must_run.c_str(), X_OK) == 0);
        _exit(dropped ? 0 : 1);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid) return false;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace bp::robustness
