// WCAG 2.2 contrast: the contrast ratio of two colours, and the theme's colour pairs that the
// web edition shows text in, checked against AA (a warning for each pair below it).
#pragma once

#include "core/color.hpp"
#include "core/error.hpp"
#include "model/theme.hpp"

#include <vector>

namespace bp::web {

// The WCAG relative-luminance contrast ratio of `a` and `b`, from 1 to 21.
double contrast_ratio(Color a, Color b);

// The colours the web edition draws text in, each on its background.
struct ColorPair {
    std::string name; // e.g. "style.body on white"
    Color text;
    Color background;
    bool large = false; // large text (18 pt, or 14 pt bold): AA needs 3:1, else 4.5:1
};
std::vector<ColorPair> web_color_pairs(const model::Theme& theme);

// A warning at the theme for every pair of web_color_pairs below AA.
std::vector<Diagnostic> contrast_warnings(const model::Theme& theme);

} // namespace bp::web
