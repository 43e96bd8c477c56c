// The legend: one swatch and name per named series, then (where highlighted ranges could not be
// labelled inside their bands) one key per range, in rows that wrap at the chart's width.
#include "graphics/chart_parts.hpp"

#include <algorithm>

namespace bp::graphics::detail {

namespace {

// Swatch size: a short stretch of line for line charts, a small square for bars.
Size swatch_size(const ChartSpec& spec, const ChartStyle& style) {
    double em = style.legend.size;
    if (is_bar_chart(spec)) return {0.75 * em, 0.75 * em};
    return {2.4 * em, std::max(style.marker_size, style.line_width)};
}

} // namespace

double layout_legend(const ChartSpec& spec, const ChartStyle& style, const Rect& box, double top,
                     std::vector<LegendEntry>& out, bool series, bool highlights) {
    out.clear();
    out.reserve(static_cast<std::size_t>(std::count_if(
        spec.series.begin(), spec.series.end(), [](const Series& s) { return !s.name.empty(); })));
    const TextStyle& ls = style.legend;
    const double pad = 0.4 * ls.size, spacing = 1.4 * ls.size, row_h = line_height(ls);
    double x = box.x, y = top;
    auto add = [&](int s, int highlight, const std::string& name, Size sw) {
        std::string text = fit_text(ls, name, box.w - sw.w - pad);
        if (text.empty()) return;
        double w = text_width(ls, text);
        double entry_w = sw.w + pad + w;
        if (x > box.x && x + entry_w > box.right()) {
            x = box.x;
            y += row_h;
        }
        double baseline = y + text_ascent(ls);
        double middle = baseline - text_cap_height(ls) / 2;
        out.push_back(LegendEntry{s, Rect{x, middle - sw.h / 2, sw.w, sw.h},
                                  PlacedText{std::move(text), {x + sw.w + pad, baseline}, w},
                                  highlight});
        x += entry_w + spacing;
    };
    if (series)
        for (int s = 0; s < static_cast<int>(spec.series.size()); ++s)
            if (!spec.series[s].name.empty())
                add(s, -1, spec.series[s].name, swatch_size(spec, style));
    if (highlights) // a square of the band's colour and the range's label
        for (int k = 0; k < static_cast<int>(spec.highlights.size()); ++k)
            if (!spec.highlights[k].label.empty())
                add(0, k, spec.highlights[k].label, {0.75 * ls.size, 0.75 * ls.size});
    return out.empty() ? 0 : y + row_h - top;
}

Color band_fill(const ChartStyle& style, int k) {
    return style.band_fills.empty()
               ? rgb(0xeeeeee)
               : style.band_fills[static_cast<std::size_t>(k) % style.band_fills.size()];
}

void draw_legend(std::vector<display::Item>& out, const ChartSpec& spec, const ChartGeometry& g,
                 const ChartStyle& style) {
    const bool bars = is_bar_chart(spec);
    for (const auto& e : g.legend) {
        if (e.highlight >= 0) {       // a highlighted range's key: its band colour, outlined
            const double half = 0.25; // the outline's half width, kept inside the swatch
            display::Path p;
            p.rect(Rect{e.swatch.x + half, e.swatch.y + half, e.swatch.w - 2 * half,
                        e.swatch.h - 2 * half});
            display::PathItem item{std::move(p), band_fill(style, e.highlight), std::nullopt};
            item.stroke = display::Stroke{};
            item.stroke->color = style.axis;
            item.stroke->width = 0.5;
            out.push_back(std::move(item));
            out.push_back(text_run(style.legend, e.label));
            continue;
        }
        const SeriesLook& look = look_of(spec, style, e.series);
        if (bars) {
            display::Path p;
            p.rect(e.swatch);
            out.emplace_back(std::in_place_type<display::PathItem>, std::move(p), look.bar,
                             std::nullopt);
        } else {
            // Inset by half the line width so round caps stay within the swatch.
            double ymid = e.swatch.y + e.swatch.h / 2, inset = style.line_width / 2;
            display::Path p;
            p.move_to({e.swatch.x + inset, ymid}).line_to({e.swatch.right() - inset, ymid});
            auto item = stroke_path(std::move(p), look.line, style.line_width, look.dash);
            item.stroke->cap =
                look.dash.empty() ? display::Stroke::Cap::Round : display::Stroke::Cap::Butt;
            out.push_back(std::move(item));
            if (g.markers && look.marker != Marker::None) {
                const Point centre{e.swatch.x + e.swatch.w / 2, ymid};
                out.push_back(marker_item(look.marker, {&centre, 1}, style.marker_size, look.line));
            }
        }
        out.push_back(text_run(style.legend, e.label));
    }
}

} // namespace bp::graphics::detail
