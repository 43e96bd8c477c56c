// Highlighted category ranges: light shaded bands behind the data, labelled in the top strip.
#include "graphics/chart_parts.hpp"

#include <algorithm>

namespace bp::graphics::detail {

std::vector<BandPlacement> layout_bands(const ChartSpec& spec, const ChartGeometry& g,
                                        const ChartStyle& style, double top, bool labels) {
    const TextStyle& lab = style.labels;
    const double a = text_ascent(lab), d = text_descent(lab);
    const double baseline = top + (line_height(lab) - a - d) / 2 + a;
    std::vector<BandPlacement> out;
    for (int k = 0; k < static_cast<int>(spec.highlights.size()); ++k) {
        const Highlight& h = spec.highlights[k];
        double x0 = g.x_of(h.first) - g.slot / 2, x1 = g.x_of(h.last) + g.slot / 2;
        BandPlacement b{k, Rect{x0, top, x1 - x0, std::max(0.0, g.plot.bottom() - top)}, {}};
        if (labels && !h.label.empty() && top < g.plot.y) {
            double w = text_width(lab, h.label);
            if (w <= b.rect.w - 0.5 * lab.size)
                b.label = PlacedText{h.label, {x0 + (b.rect.w - w) / 2, baseline}, w};
        }
        out.push_back(std::move(b));
    }
    return out;
}

void draw_bands(std::vector<display::Item>& out, const ChartGeometry& g, const ChartStyle& style) {
    for (const auto& b : g.bands) {
        if (b.rect.w <= 0 || b.rect.h <= 0) continue;
        Color fill = band_fill(style, b.highlight);
        display::Path p;
        p.rect(b.rect);
        out.emplace_back(std::in_place_type<display::PathItem>, std::move(p), fill, std::nullopt);
    }
    for (const auto& b : g.bands)
        if (b.label) out.push_back(text_run(style.labels, *b.label));
}

} // namespace bp::graphics::detail
