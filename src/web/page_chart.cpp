// PageWriter's charts: the graphics layer's drawing of the chart the PDF shows (same spec, same
// style, same geometry) as inline SVG in a <figure>, with its text alternative and its data.
#include "web/page_writer.hpp"

#include "core/markup_escape.hpp"
#include "graphics/chart.hpp"
#include "graphics/chart_data_table.hpp"
#include "layout/data_blocks.hpp"
#include "web/svg_items.hpp"

#include <stdexcept>

namespace bp::web {

namespace {

std::string esc(std::string_view s) {
    return markup_escaped(s);
}

// The chart's values as a table (graphics::chart_data_table): a row per category, a column per
// series, in a <details> element under the drawing.
std::string data_table(const graphics::ChartSpec& spec, int number) {
    const graphics::ChartDataTable t = graphics::chart_data_table(spec);
    const std::string id = "chart-" + std::to_string(number) + "-data";
    std::string h = "<details><summary>The chart's data</summary>\n<div class=\"table-region\" "
                    "role=\"region\" tabindex=\"0\" aria-labelledby=\"" +
                    id +
                    "\">\n<table>\n"
                    "<caption id=\"" +
                    id + "\">" + esc(spec.title.empty() ? "Chart data" : spec.title) +
                    "</caption>\n<thead><tr><th scope=\"col\">Category</th>";
    for (std::size_t c = 1; c < t.header.size(); ++c)
        h += "<th scope=\"col\">" + esc(t.header[c]) + "</th>";
    h += "</tr></thead>\n<tbody>\n";
    for (const auto& row : t.rows) {
        h += "<tr><th scope=\"row\">" + esc(row[0]) + "</th>";
        for (std::size_t c = 1; c < row.size(); ++c)
            h += "<td class=\"num\">" + (row[c].empty() ? std::string("no value") : esc(row[c])) +
                 "</td>";
        h += "</tr>\n";
    }
    return h + "</tbody>\n</table>\n</div>\n</details>\n";
}

} // namespace

std::string PageWriter::chart(const model::Block& b, const model::Chart& c,
                              const model::Section& s) {
    graphics::ChartSpec spec = layout::drawn_chart_spec(b, c, ctx_);
    const auto style = layout::chart_style(ctx_);
    const Rect box{0, 0, frame_width(s), c.height};
    std::vector<display::Item> items;
    graphics::draw_chart(items, spec, box, *style);
    const std::string alt =
        spec.alt.empty()
            ? graphics::chart_alt_text(spec, graphics::chart_geometry(spec, box, *style))
            : spec.alt;
    const int number = ++chart_;
    return "<figure id=\"chart-" + std::to_string(number) +
           "\">\n<figcaption class=\"visually-hidden\">" +
           esc(spec.title.empty() ? caption_of(s) : spec.title) + "</figcaption>\n" +
           svg_of_items(items, box, fonts_.fonts, "chart") + "\n<p class=\"note\">" + esc(alt) +
           "</p>\n" + data_table(spec, number) + "</figure>\n";
}

} // namespace bp::web
