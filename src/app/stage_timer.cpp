#include "app/stage_timer.hpp"

#include "core/number_text.hpp"

#include <sys/resource.h>

namespace bp::app {

namespace {
// The process's peak resident memory so far in MiB (0 if unknown).
double peak_mib() {
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0) return 0;
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

double ms_between(std::chrono::steady_clock::time_point a,
                  std::chrono::steady_clock::time_point b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
}
} // namespace

StageTimer::StageTimer() : start_(Clock::now()), last_(start_) {}

void StageTimer::lap(std::string_view name) {
    auto now = Clock::now();
    laps_.push_back({std::string(name), ms_between(last_, now), peak_mib()});
    last_ = now;
}

void StageTimer::report(std::ostream& out) const {
    out << "timings:";
    for (const auto& lap : laps_)
        out << ' ' << lap.name << ' ' << fixed(lap.ms, 1) << " ms (" << fixed(lap.peak_mib, 1)
            << " MiB),";
    out << " total " << fixed(ms_between(start_, last_), 1) << " ms; peak memory "
        << fixed(peak_mib(), 1) << " MiB\n";
}

} // namespace bp::app
