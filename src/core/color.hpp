// An opaque RGB colour with components in [0, 1], parsed from "#rrggbb".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bp {

// Single precision: 24 bits per channel is far beyond the 8 of "#rrggbb" and of any output,
// and it keeps the display list's items small (every text run and path holds a colour).
struct Color {
    float r = 0;
    float g = 0;
    float b = 0;

    constexpr Color() = default;
    constexpr Color(double red, double green, double blue)
        : r(static_cast<float>(red)), g(static_cast<float>(green)), b(static_cast<float>(blue)) {}
    friend bool operator==(const Color&, const Color&) = default;

    // Parses "#rrggbb" (case-insensitive); nullopt for anything else.
    static std::optional<Color> from_hex(std::string_view text);
    // The "#rrggbb" form, lower case.
    std::string to_hex() const;
};

} // namespace bp
