// How a window is named in a column header or a chart: "12 months to end June 2016",
// "2016/17 Q1", "2016/17", "2009", "June 2017", in the theme's words.
#pragma once

#include "model/period.hpp"
#include "model/theme.hpp"

#include <initializer_list>
#include <string>
#include <utility>

namespace bp::compute {

// `text` with each "{key}" replaced by its value.
std::string filled(std::string text,
                   std::initializer_list<std::pair<const char*, std::string>> values);

// The name of `window` in the theme's words ([labels] month, rolling12, months, short-months).
std::string window_label(const model::Period& window, const model::Theme& theme);
// The same in the built-in words.
std::string window_label(const model::Period& window);

} // namespace bp::compute
