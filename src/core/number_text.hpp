// Locale-independent text for numbers: fixed decimals rounded half away from zero on the
// number's shortest decimal form (so 1.005 → "1.01"), thousands separators, an explicit sign
// with the true minus sign (U+2212). Never depends on the user's locale.
#pragma once

#include <string>

namespace bp {

struct NumberStyle {
    int decimals = 0;           // digits after the decimal point
    bool thousands = true;      // "24,106" rather than "24106"
    bool explicit_sign = false; // "+6" and "−9.96"; zero has no sign
    bool unicode_minus = true;  // U+2212 rather than '-'
};

// Rounds half away from zero to `decimals` digits, using the shortest decimal representation
// of `value` (what a person typed), not its binary expansion.
double round_half_away(double value, int decimals);

// Formats `value` with the given style. NaN and infinities are formatted as "n/a".
std::string format_number(double value, const NumberStyle& style = {});

// Plain fixed-point text with '.' and no separators, for dumps and PDF operators.
std::string fixed(double value, int decimals);

} // namespace bp
