// Numbers as written in data files: strict plain decimals for stored values, and figures as a
// person typed them ("−9.77%", "24,106", "+1.65 pp") for stated figures. Locale-free.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bp::model {

// A parsed number with the count of digits written after its decimal point.
struct TypedNumber {
    double value = 0;
    int decimals = 0;
    std::string suffix; // "", "%" or "pp" (typed figures only)
};

// The largest magnitude accepted (exactly representable whole numbers stay exact).
inline constexpr double max_data_magnitude = 1e15;

// A stored value: optional '-', digits, optional '.' and digits ("1175", "-3", "11.33").
// No '+', exponents, thousands separators, spaces, NaN or infinities; at most 15 digits before
// the point. On failure returns nullopt and, if given, sets *problem.
std::optional<TypedNumber> parse_plain_number(std::string_view text,
                                              std::string* problem = nullptr);

// A typed figure: optional sign ('+', '-' or U+2212 '−', optionally followed by one space),
// digits with optional thousands separators in groups of three ("24,106"), optional fraction,
// optional suffix "%" or "pp" (optionally after one space). Same limits as above.
std::optional<TypedNumber> parse_typed_figure(std::string_view text,
                                              std::string* problem = nullptr);

} // namespace bp::model
