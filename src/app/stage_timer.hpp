// Times the stages of one run (reading, checking, layout, writing) and reports them with the
// peak memory, for `--timings`: one line on stderr that says where the time goes.
#pragma once

#include <chrono>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace bp::app {

class StageTimer {
public:
    StageTimer();
    // Ends the stage running since the last lap (or since construction), calling it `name`.
    void lap(std::string_view name);
    // "timings: read 4.1 ms (9.8 MiB), …, total 21.3 ms; peak memory 13.6 MiB": each stage's
    // time and the peak memory when it ended.
    void report(std::ostream& out) const;

private:
    using Clock = std::chrono::steady_clock;
    Clock::time_point start_;
    Clock::time_point last_;
    struct Lap {
        std::string name;
        double ms;
        double peak_mib;
    };
    std::vector<Lap> laps_;
};

} // namespace bp::app
