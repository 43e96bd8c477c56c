#include "app/stage_timer.hpp"

#include "core/number_text.hpp"

#include <sys/resource.h>

namespace bp::app {

namespace {
double ms_between(std::chrono::steady_clock::time_point a,
                  std::chrono::steady_clock::time_point b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
}
} // namespace

StageTimer::StageTimer() : start_(Clock::now()), last_(start_) {}

void StageTimer::lap(std::string_view name) {
    auto now = Clock::now();
    laps_.emplace_back(std::string(name), ms_between(last_, now));
    last_ = now;
}

void StageTimer::report(std::ostream& out) const {
    out << "timings:";
    for (const auto& [name, ms] : laps_)
        out << ' ' << name << ' ' << fixed(ms, 1) << " ms,";
    out << " total " << fixed(ms_between(start_, last_), 1) << " ms";
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0) // ru_maxrss is in KiB on Linux
        out << "; peak memory " << fixed(static_cast<double>(usage.ru_maxrss) / 1024.0, 1)
            << " MiB";
    out << '\n';
}

} // namespace bp::app
