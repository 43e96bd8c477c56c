// Runs a program in a folder with a time limit, capturing its output, exit status and peak
// memory, and telling a crash (signal) apart from an exit.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace bp::robustness {

struct RunResult {
    bool exited = false;    // ended by exit(), not by a signal
    int status = -1;        // exit status if exited
    int signal = 0;         // the signal if not
    bool timed_out = false; // killed after the time limit
    long peak_rss_kib = 0;
    std::string out;
    std::string err;
};

// The unprivileged user (nobody) that cases which mean nothing to root run as when the suite
// runs as root.
constexpr int kUnprivilegedId = 65534;

// Runs `program args…` with `cwd` as working folder and stdin from /dev/null; with
// `as_user` ≥ 0 (root only), as that user and group with no supplementary groups; with `signal`
// non-zero, sends it to the program `signal_after` seconds after the start, or as soon after as
// the program blocks or catches it (a slow start-up, e.g. under a sanitizer, is waited for).
RunResult run_boardpack(const std::string& program, const std::vector<std::string>& args,
                        const std::filesystem::path& cwd, double time_limit_seconds,
                        int as_user = -1, int signal = 0, double signal_after = 0);

// Whether this process can run a child as `id` (it is root and the system lets it drop to it)
// and, given `must_run`, whether `id` can execute that file (not under a 0700 folder).
bool can_run_as(int id, const std::string& must_run = {});

} // namespace bp::robustness
