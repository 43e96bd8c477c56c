// An opaque RGB colour with components in [0, 1], parsed from "#rrggbb".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bp {

struct Color {
    double r = 0;
    double g = 0;
    double b = 0;
    friend bool operator==(const Color&, const Color&) = default;

    // Parses "#rrggbb" (case-insensitive); nullopt for anything else.
    static std::optional<Color> from_hex(std::string_view text);
    // The "#rrggbb" form, lower case.
    std::string to_hex() const;
};

} // namespace bp
