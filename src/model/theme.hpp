// The theme: text styles and colours read from the INI file, with sensible defaults.
#pragma once

#include "core/color.hpp"
#include "core/source_pos.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bp::model {

// How a class of text looks and is spaced.
struct TextStyle {
    std::string family = "Liberation Sans";
    bool bold = false;
    bool italic = false;
    double size = 10.5;
    double leading = 1.3; // line height as a multiple of size
    Color color{0.13, 0.13, 0.13};
    double space_before = 0;
    double space_after = 6;
    SourcePos family_pos; // where the family was set (for a missing-font error)
};

// The look the theme gives the Nth series of every chart ([series.N], N = 1–6): each field set
// replaces that of the default palette's Nth entry.
struct SeriesStyle {
    std::optional<Color> line;               // the line's colour
    std::optional<std::vector<double>> dash; // whole points on, off, …; empty: solid
    std::string marker;                      // none, circle, square, triangle, diamond; "": kept
    std::optional<Color> bar;                // a bar's fill
};
// The [labels] keys of the SPC words, one per compute::SpcWords member: spc-common-cause,
// spc-improvement-high, spc-improvement-low, spc-concern-high, spc-concern-low,
// spc-neither-high, spc-neither-low, spc-passing, spc-failing, spc-hit-and-miss,
// spc-point-common, spc-point-improvement, spc-point-concern, spc-point-special, spc-mean,
// spc-upper-limit, spc-lower-limit, spc-metric, spc-latest, spc-target, spc-variation,
// spc-assurance, spc-improving, spc-concerning, spc-neutral, spc-no-target.
const std::vector<std::string>& spc_label_keys();

// Colours and styles used by layout; keys are style names ("body", "h1", "banner", …).
struct Theme {
    std::map<std::string, TextStyle> styles;
    std::map<std::string, Color> colors; // "brand", "link", "rule", "zebra", "button", …
    // Verdict thresholds by polarity ("lower-is-better", "higher-is-better"): the change at or
    // beyond which a verdict is happy, and at or beyond which it is unhappy (percent or pp).
    std::map<std::string, std::pair<double, double>> verdict_limits;
    // The words the engine supplies where the layout gives none, from [labels]: "months" and
    // "short-months" (12 names each, comma-separated), "month", "rolling12", "ytd" and
    // "month-range" (window headers, with {month}, {mon}, {year} and the first month's
    // {first-month}, {first-mon}, {first-year}), "quarter" (month-table quarter headers, with
    // {q}, {first} and {last}), "average", "difference", "pct-difference"; the verdicts'
    // words "happy", "monitor", "unhappy" (what a face says: "On track", "Green") and
    // "verdict-alt" (a face's alt text, with {verdict}: "Verdict: {verdict}").
    std::map<std::string, std::string> labels;
    std::map<int, SeriesStyle> series; // by series number 1–6
    // The SPC words a theme may set in [labels] (compute::SpcWords holds their defaults; a
    // key absent here keeps its default): see spc_label_keys.
    std::map<std::string, std::string> spc_labels;
    SourcePos pos;

    // The named style, or "body" if absent.
    const TextStyle& style(const std::string& name) const;
    // The label for `key` (see labels); "" for an unknown key.
    const std::string& label(const std::string& key) const;
    // The name of month 1–12, long or short, from the "months" and "short-months" labels.
    std::string month_name(int month, bool short_name) const;
    // The named colour, or `fallback`.
    Color color(const std::string& name, Color fallback) const;

    // The built-in theme every INI file overrides key by key.
    static Theme defaults();
};

} // namespace bp::model
