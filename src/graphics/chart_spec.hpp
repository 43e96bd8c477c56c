// What a chart shows: its kind, titles, categories, data series and highlighted ranges.
#pragma once

#include "graphics/spc_icon.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bp::graphics {

enum class ChartKind : std::uint8_t {
    Line,      // one polyline per series through the category centres
    Bar,       // one bar per category (several series are drawn side by side, as GroupedBar)
    GroupedBar // categories × series: a group of bars per category
};

// Produces one data series: its legend name, one value per category (NaN = no value: a gap
// in a line, no bar), and optionally which palette entry draws it (default: its position).
struct Series {
    std::string name;
    std::vector<double> values;
    std::optional<int> style;
};

// Produces a shaded band behind categories first..last (0-based, inclusive), e.g. the two
// 12-month windows a table compares, with a short label such as "12 months to Jun 16".
struct Highlight {
    int first = 0;
    int last = 0;
    std::string label;
};

// Produces a reference line across the plot: a target, an average or another constant, with
// one value per category (NaN = none there), drawn as a step through the category slots. A
// constant is the same value everywhere; a target series from the data plugs in as it is.
struct ReferenceLine {
    // Mean and limits: an SPC chart's centre line (solid) and process limits (dashed).
    enum class Kind : std::uint8_t { Target, Average, Mean, UpperLimit, LowerLimit };
    Kind kind = Kind::Target;
    std::string label; // drawn at the line's right end, e.g. "Target 8"
    std::vector<double> values;
};

// Produces a shaded tolerance band between low[i] and high[i] in each category slot.
struct ReferenceBand {
    std::string label; // drawn at the band's right end, e.g. "Tolerance 7.5–8.5"
    std::vector<double> low, high;
};

// The class of a point of an SPC chart, drawn by colour and marker shape: common cause (grey
// circle), improvement (blue square), concern (orange diamond), special cause of a neutral
// indicator (purple triangle).
enum class SpcMark : std::uint8_t { Common, Improvement, Concern, Special };

// Produces one segment of an SPC chart (between rebases): categories first..last, and whether
// its limits were clipped to the unit's bounds (a count's lower limit at 0).
struct SpcSegment {
    int first = 0;
    int last = 0;
    bool lower_clipped = false;
    bool upper_clipped = false;
};

// Produces what an SPC chart adds to a line chart of its one series: each point's class, the
// segments (the mean and limits themselves are reference lines of kinds Mean, UpperLimit and
// LowerLimit), the icons and the words the alt text gives them, all computed by the caller.
struct SpcView {
    std::vector<SpcMark> marks; // one per category
    std::vector<SpcSegment> segments;
    std::array<std::string, 4> mark_words; // the words of each SpcMark, for the alt text
    std::optional<VariationShape> variation;
    std::optional<AssuranceShape> assurance;
    std::string variation_words; // "" when there is no variation icon
    std::string assurance_words; // "" when there is no assurance icon (no target)
    bool icons = false;          // draw the icons beside the title
    int decimals = 0;            // digits of the mean and limits (see spc_value_text)
    SpcColors colors;
};

// Everything a chart draws. `categories` are the x-axis labels ("Apr 15" or "Apr");
// `categories_long`, if given (same length), names them in full for the alt text
// ("April 2015"). Values are formatted with `decimals` digits and `unit` appended ("%").
struct ChartSpec {
    ChartKind kind = ChartKind::Line;
    std::string title;
    std::string subtitle; // e.g. "April 2015 to July 2017"; empty for none
    std::string source;   // e.g. "Source: Durham Constabulary"; empty for none
    std::string alt;      // the author's text alternative; empty: chart_alt_text's
    std::vector<std::string> categories;
    std::vector<std::string> categories_long;
    std::vector<Series> series;
    std::vector<Highlight> highlights;
    bool value_labels = false; // bars: every bar; lines: every point if they fit, else the ends
    std::string y_label;       // drawn horizontally above the y tick labels; empty for none
    // true: the value scale always includes zero; false: only when the data start near zero
    // (see nice_ticks). Unset: true for bars (bars must start at zero), false for lines.
    std::optional<bool> y_from_zero;
    // Fixed ends of the value scale: the axis starts at y_min / ends at y_max exactly (the
    // ticks between stay round). They must cover every value drawn (see validate).
    std::optional<double> y_min, y_max;
    // The values a shared scale must cover (every chart of a scale group gets the group's
    // lowest and highest value here): the scale is fitted to these instead of this chart's.
    std::optional<std::pair<double, double>> shared_range;
    // A chart of a shared scale: its plot is no taller than this (the plot height every chart of
    // the group can have), so small multiples are drawn the same size; the room left is below
    // the source line.
    std::optional<double> plot_height;
    std::vector<ReferenceLine> references;
    std::vector<ReferenceBand> reference_bands;
    int decimals = 0;
    std::string unit;
    // Category charts (areas, periods or indicators on the x axis rather than months): the alt
    // text names every category and value.
    bool categorical = false;
    // Bars only. horizontal: bars run left to right from the base line, one row per category,
    // the category names down the left (for long names); no highlights (reference lines and
    // bands run down the plot).
    // stacked: the series of a category stack on one bar (positive values up from zero,
    // negative values down), value labels give each stack's total.
    bool horizontal = false;
    bool stacked = false;
    // An SPC chart (kind Line, one series): its marks, segments and icons.
    std::optional<SpcView> spc;
};

// Checks that every series, reference line and band has one value per category,
// categories_long is empty or as long as categories, highlights lie within the categories,
// y_min < y_max and the fixed ends cover every value drawn. Throws std::invalid_argument
// naming the chart and the problem.
void validate(const ChartSpec& spec);

// The lowest and highest finite value the chart draws (series, reference lines and bands, and
// for stacked bars each stack's ends); nullopt if there is none.
std::optional<std::pair<double, double>> value_range(const ChartSpec& spec);

// The text of an SPC chart's mean or limit `v`: spec.spc->decimals digits (spec.decimals
// without spc), spec.unit appended. The labels of the lines and the alt text both use it.
std::string spc_value_text(const ChartSpec& spec, double v);

// Stacked bars: where each segment starts, starts[s][c] (positive values stack up from zero,
// negative ones down; NaN values take no room), and each category's stack ends.
struct Stacks {
    std::vector<std::vector<double>> starts;
    std::vector<double> top, bottom; // per category: the sum of the positive / negative values
    std::vector<double> total;       // per category: the sum of the finite values (NaN if none)
};
Stacks stacks_of(const ChartSpec& spec);

} // namespace bp::graphics
