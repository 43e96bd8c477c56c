#include "support.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bp::graphics::test {

double FakeMetrics::width(std::string_view text, double size) const {
    std::size_t pos = 0;
    int count = 0;
    while (pos < text.size()) {
        next_code_point(text, pos);
        ++count;
    }
    return count * 0.5 * size;
}

namespace {

ChartStyle style_with(const text::FontMetrics* regular, const text::FontMetrics* bold) {
    return ChartStyle::with_fonts(0, regular, 1, bold, 10);
}

} // namespace

ChartStyle fake_style() {
    static const FakeMetrics fake;
    return style_with(&fake, &fake);
}

ChartStyle real_style() {
    static const auto regular =
        text::FontMetrics::load(std::string(BOARDPACK_FONT_DIR) + "/LiberationSans-Regular.ttf");
    static const auto bold =
        text::FontMetrics::load(std::string(BOARDPACK_FONT_DIR) + "/LiberationSans-Bold.ttf");
    return style_with(regular.get(), bold.get());
}

namespace {

const char* const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::vector<std::string> months(int first_month, int first_year, int count, bool full_year) {
    std::vector<std::string> out;
    for (int k = 0; k < count; ++k) {
        int m = (first_month - 1 + k) % 12, y = first_year + (first_month - 1 + k) / 12;
        out.push_back(std::string(month_names[m]) + " " +
                      (full_year ? std::to_string(y) : std::to_string(y % 100)));
    }
    return out;
}

} // namespace

std::vector<std::string> months_short() {
    return months(4, 2015, 28, false);
}
std::vector<std::string> months_long() {
    return months(4, 2015, 28, true);
}

ChartSpec victim_chart() {
    ChartSpec spec;
    spec.kind = ChartKind::Line;
    spec.title = "Victim based crime";
    spec.subtitle = "Durham Constabulary, April 2015 to July 2017";
    spec.source = "Source: Durham Constabulary recorded crime (illustrative monthly figures)";
    spec.categories = months_short();
    spec.categories_long = months_long();
    Series s{"Victim based crime", {}, {}};
    for (int i = 0; i < 28; ++i)
        s.values.push_back(std::round(2790 + 1170.0 * i / 27 + 120 * std::sin(i * 0.9)));
    s.values.front() = 2790;
    s.values.back() = 3960;
    spec.series = {s};
    spec.highlights = {{3, 14, "12 months to Jun 16"}, {15, 26, "12 months to Jun 17"}};
    spec.y_label = "Crimes per month";
    return spec;
}

ChartSpec sector_chart() {
    ChartSpec spec;
    spec.kind = ChartKind::Line;
    spec.title = "Alcohol, Drugs and Youth related anti-social behaviour";
    auto all = months(7, 2015, 24, false);
    spec.categories = all;
    spec.categories_long = months(7, 2015, 24, true);
    Series alcohol{"Alcohol Related", {}, {}}, drugs{"Drugs Related", {}, {}},
        youth{"Youth Related", {}, {}};
    for (int i = 0; i < 24; ++i) {
        alcohol.values.push_back(40 + 8 * std::sin(i * 0.5));
        drugs.values.push_back(12 + 4 * std::cos(i * 0.7));
        youth.values.push_back(95 - i + 10 * std::sin(i * 0.4));
    }
    drugs.values[5] = std::numeric_limits<double>::quiet_NaN(); // a gap
    spec.series = {alcohol, drugs, youth};
    return spec;
}

ChartSpec casualties_chart() {
    ChartSpec spec;
    spec.kind = ChartKind::GroupedBar;
    spec.title = "Fatal/Serious Casualties, 1st Quarter";
    spec.categories = {"Apr", "May", "Jun"};
    spec.categories_long = {"April", "May", "June"};
    spec.series = {{"2016/17", {14, 12, 17}, {}}, {"2017/18", {22, 25, 21}, {}}};
    spec.value_labels = true;
    return spec;
}

std::vector<display::TextRun> text_runs(const std::vector<display::Item>& items) {
    std::vector<display::TextRun> out;
    for (const auto& item : items)
        if (const auto* t = std::get_if<display::TextRun>(&item)) out.push_back(*t);
    return out;
}

std::vector<display::PathItem> paths(const std::vector<display::Item>& items) {
    std::vector<display::PathItem> out;
    for (const auto& item : items)
        if (const auto* p = std::get_if<display::PathItem>(&item)) out.push_back(*p);
    return out;
}

Rect run_box(const display::TextRun& run, const text::FontMetrics& metrics) {
    double a = metrics.ascent(run.size), d = metrics.descent(run.size);
    return Rect{run.origin.x, run.origin.y - a, run.width, a + d};
}

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

bool contains(const Rect& outer, const Rect& inner, double eps) {
    return inner.x >= outer.x - eps && inner.right() <= outer.right() + eps &&
           inner.y >= outer.y - eps && inner.bottom() <= outer.bottom() + eps;
}

Rect path_bounds(const display::PathItem& item) {
    double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;
    for (const auto& p : item.path.points()) {
        x0 = std::min(x0, p.x), y0 = std::min(y0, p.y);
        x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
    }
    double h = item.stroke ? item.stroke->width / 2 : 0;
    return Rect{x0 - h, y0 - h, x1 - x0 + 2 * h, y1 - y0 + 2 * h};
}

} // namespace bp::graphics::test
