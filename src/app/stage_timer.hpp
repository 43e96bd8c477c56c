// Times the stages of one run (reading, checking, layout, writing) and reports them with the
// peak memory, for `--timings`: one line on stderr that says where the time goes.
#pragma once

#include <chrono>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bp::app {

class StageTimer {
public:
    StageTimer();
    // Ends the stage running since the last lap (or since construction), calling it `name`.
    void lap(std::string_view name);
    // "timings: read 4.1 ms, …, total 21.3 ms; peak memory 13.6 MiB".
    void report(std::ostream& out) const;

private:
    using Clock = std::chrono::steady_clock;
    Clock::time_point start_;
    Clock::time_point last_;
    std::vector<std::pair<std::string, double>> laps_; // name, milliseconds
};

} // namespace bp::app
