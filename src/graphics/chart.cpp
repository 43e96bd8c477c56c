#include "graphics/chart.hpp"

#include "graphics/chart_parts.hpp"
#include "graphics/spc_icon.hpp"

namespace bp::graphics {

namespace {

// An SPC chart's icons beside its title, each a Figure with its words as alt text and as an
// invisible word (labels style) for text extraction.
void draw_spc_icons(std::vector<display::Item>& out, const SpcView& spc, const ChartGeometry& g,
                    const ChartStyle& style) {
    auto spoken = [&](const std::string& words, Point c) {
        // As wide as the icon at most (smaller type), so it stays within the chart's box.
        TextStyle ts = style.labels;
        const double w = text_width(ts, words);
        if (w > g.icon_size && w > 0) ts.size *= g.icon_size / w;
        PlacedText t = place_text(ts, words, {c.x - g.icon_size / 2, c.y});
        display::TextRun run = text_run(ts, t);
        run.invisible = true;
        return run;
    };
    std::size_t k = 0;
    if (spc.variation && k < g.icon_centres.size()) {
        const Point c = g.icon_centres[k++];
        const display::TextRun word = spoken(spc.variation_words, c);
        draw_variation_icon(out, *spc.variation, c, g.icon_size, spc.colors, spc.variation_words,
                            &word);
    }
    if (spc.assurance && k < g.icon_centres.size()) {
        const Point c = g.icon_centres[k++];
        const display::TextRun word = spoken(spc.assurance_words, c);
        draw_assurance_icon(out, *spc.assurance, c, g.icon_size, spc.colors, spc.assurance_words,
                            &word);
    }
}

} // namespace

std::vector<std::string> draw_chart(std::vector<display::Item>& out, const ChartSpec& spec,
                                    Rect box, const ChartStyle& style) {
    ChartGeometry g = chart_geometry(spec, box, style);
    out.push_back(display::StructBegin{display::StructKind::Figure, 0,
                                       spec.alt.empty() ? chart_alt_text(spec, g) : spec.alt});
    detail::draw_bands(out, g, style);
    detail::draw_reference_bands(out, spec, g);
    detail::draw_grid(out, spec, g, style);
    if (detail::is_bar_chart(spec))
        detail::draw_bars(out, spec, g, style);
    else
        detail::draw_lines(out, spec, g, style);
    detail::draw_axis_break(out, g, style);
    detail::draw_reference_lines(out, spec, g, style);
    TextStyle values = style.values;
    values.size = g.value_label_size;
    for (const auto& v : g.value_labels)
        out.push_back(text_run(values, v.text));
    detail::draw_axis_text(out, g, style);
    for (const auto& t : g.title)
        out.push_back(text_run(style.title, t));
    for (const auto& t : g.subtitle)
        out.push_back(text_run(style.subtitle, t));
    detail::draw_legend(out, spec, g, style);
    if (g.source) out.push_back(text_run(style.source, *g.source));
    out.push_back(display::StructEnd{});
    // The icons are figures of their own beside the chart's (not nested in it).
    if (spec.spc && !g.icon_centres.empty()) draw_spc_icons(out, *spec.spc, g, style);
    return std::move(g.left_out);
}

} // namespace bp::graphics
