#include "compute/window.hpp"

#include "compute/lookup_error.hpp"

#include <string>

namespace bp::compute {

namespace {

[[noreturn]] void bad(std::string_view text, const std::string& problem) {
    throw LookupError("bad window \"" + std::string(text) + "\": " + problem + "; expected " +
                      std::string(window_forms));
}

// A month ("2017-06") of a window's text, or a LookupError naming the whole text.
model::Period month_of(std::string_view whole, std::string_view part) {
    std::string problem;
    auto month = model::parse_period(part, &problem);
    if (!month) bad(whole, problem);
    if (month->kind() != model::Period::Kind::Month)
        bad(whole, "\"" + std::string(part) + "\" is not a month (YYYY-MM)");
    return *month;
}

} // namespace

Window parse_window(std::string_view text) {
    if (text.starts_with("ytd:")) {
        const model::Period end = month_of(text, text.substr(4));
        return model::Period::year_to_date(end.year(), end.month_of_year());
    }
    if (const auto dots = text.find(".."); dots != std::string_view::npos) {
        const model::Period first = month_of(text, text.substr(0, dots));
        const model::Period last = month_of(text, text.substr(dots + 2));
        if (last.first_serial() < first.first_serial())
            bad(text, "the range ends before it starts");
        if (last.first_serial() - first.first_serial() >= model::Period::max_range_months)
            bad(text, "a range is limited to " + std::to_string(model::Period::max_range_months) +
                          " months");
        return model::Period::month_range(first.first_serial(), last.first_serial());
    }
    std::string problem;
    auto period = model::parse_period(text, &problem);
    if (!period) bad(text, problem);
    return *period;
}

} // namespace bp::compute
