// Locale-independent ASCII case folding for file and family names.
#pragma once

#include <string>
#include <string_view>

namespace bp::text {

// Produces `s` with A–Z turned into a–z; other bytes unchanged.
std::string ascii_lower(std::string_view s);

// Whether `a` and `b` are equal ignoring ASCII case.
bool equal_ignoring_case(std::string_view a, std::string_view b);

} // namespace bp::text
