#include "compute/window_label.hpp"

#include <cstring>

namespace bp::compute {

std::string filled(std::string text,
                   std::initializer_list<std::pair<const char*, std::string>> values) {
    for (const auto& [key, value] : values)
        for (std::size_t at = text.find(key); at != std::string::npos;
             at = text.find(key, at + value.size()))
            text.replace(at, std::strlen(key), value);
    return text;
}

std::string window_label(const model::Period& w, const model::Theme& theme) {
    using Kind = model::Period::Kind;
    model::Period last = w.last_month();
    model::Period first = w.first_month();
    auto fill = [&](const std::string& pattern) {
        return filled(pattern, {{"{first-month}", theme.month_name(first.month_of_year(), false)},
                                {"{first-mon}", theme.month_name(first.month_of_year(), true)},
                                {"{first-year}", std::to_string(first.year())},
                                {"{month}", theme.month_name(last.month_of_year(), false)},
                                {"{mon}", theme.month_name(last.month_of_year(), true)},
                                {"{year}", std::to_string(last.year())}});
    };
    switch (w.kind()) {
    case Kind::Rolling12:
        return fill(theme.label("rolling12"));
    case Kind::Month:
        return fill(theme.label("month"));
    case Kind::YearToDate:
        return fill(theme.label("ytd"));
    case Kind::MonthRange:
        return fill(theme.label("month-range"));
    default:
        return w.text();
    }
}

std::string window_label(const model::Period& w) {
    static const model::Theme defaults = model::Theme::defaults();
    return window_label(w, defaults);
}

} // namespace bp::compute
