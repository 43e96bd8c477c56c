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

// Runs `program args…` with `cwd` as working folder and stdin from /dev/null; with `signal`
// non-zero, sends it to the program `signal_after` seconds after the start.
RunResult run_boardpack(const std::string& program, const std::vector<std::string>& args,
                        const std::filesystem::path& cwd, double time_limit_seconds, int signal = 0,
                        double signal_after = 0);

} // namespace bp::robustness
