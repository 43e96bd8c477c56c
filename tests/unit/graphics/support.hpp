// Test helpers for graphics: a fixed-advance fake font, the real Liberation Sans faces, sample
// chart specs from the reference report, and queries over display-list items.
#pragma once

#include "display/display_list.hpp"
#include "graphics/chart.hpp"
#include "text/font_metrics.hpp"

#include <memory>
#include <string>
#include <vector>

namespace bp::graphics::test {

// Produces exact, simple metrics: every glyph 500/1000 em, ascent 0.8 em, descent 0.2 em,
// cap height 0.7 em; has no ellipsis glyph.
class FakeMetrics : public text::FontMetrics {
public:
    double width(std::string_view text, double size) const override;
    int advance(char32_t) const override { return 500; }
    bool has_glyph(char32_t cp) const override { return cp < 0x2000; }
    double ascent(double size) const override { return 0.8 * size; }
    double descent(double size) const override { return 0.2 * size; }
    double cap_height(double size) const override { return 0.7 * size; }
    const std::string& path() const override { return name_; }
    const std::string& name() const override { return name_; }

private:
    std::string name_ = "Fake";
};

// A chart style whose text all uses the fake metrics (regular font 0, bold font 1), base 10 pt.
ChartStyle fake_style();
// A chart style with the project's Liberation Sans (regular font 0, bold font 1), base 10 pt.
ChartStyle real_style();

// "Apr 15" … "Jul 17": 28 months, and their long names "Apr 2015" … "Jul 2017".
std::vector<std::string> months_short();
std::vector<std::string> months_long();
// The victim-based crime line chart: 28 months from 2,790 to 3,960 with two 12-month bands.
ChartSpec victim_chart();
// The sector chart: three series (Alcohol / Drugs / Youth related) over 24 months.
ChartSpec sector_chart();
// Fatal/serious casualties: 3 months × 2 years as grouped bars, with value labels.
ChartSpec casualties_chart();

// Every TextRun in `items`.
std::vector<display::TextRun> text_runs(const std::vector<display::Item>& items);
// Every PathItem in `items`.
std::vector<display::PathItem> paths(const std::vector<display::Item>& items);
// The box a run occupies in its style's metrics.
Rect run_box(const display::TextRun& run, const text::FontMetrics& metrics);
bool overlaps(const Rect& a, const Rect& b);
bool contains(const Rect& outer, const Rect& inner, double eps = 1e-6);
// The bounds of a path's points (control points included), widened by half `stroke` width.
Rect path_bounds(const display::PathItem& item);

} // namespace bp::graphics::test
