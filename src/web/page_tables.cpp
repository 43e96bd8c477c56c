// PageWriter's tables: indicator tables (compute::indicator_table_cells, the PDF's cells), period
// tables, the layout's own tables, the verdict legend, faces and footnotes.
#include "web/page_writer.hpp"

#include "compute/period_table_cells.hpp"
#include "core/markup_escape.hpp"
#include "graphics/face.hpp"
#include "layout/data_blocks.hpp"
#include "web/svg_items.hpp"
#include "web/table_html.hpp"

namespace bp::web {

namespace {

std::string esc(std::string_view s) {
    return markup_escaped(s);
}

} // namespace

std::string PageWriter::face(model::Verdict verdict) {
    const auto f = layout::face_of(verdict);
    if (!f) return {};
    graphics::FaceStyle style;
    style.happy = ctx_.theme.color("happy", style.happy);
    style.monitoring = ctx_.theme.color("monitor", style.monitoring);
    style.unhappy = ctx_.theme.color("unhappy", style.unhappy);
    std::vector<display::Item> items;
    graphics::draw_face(items, *f, Point{8, 8}, 14, style, words_.alt(verdict));
    return svg_of_items(items, Rect{0, 0, 16, 16}, fonts_.fonts, "face");
}

// The notes of a table as a list, each linked back to its first mark; `ref_ids[i]` is the id
// of note i's first mark in the table ("" if no row shows it).
std::string PageWriter::footnotes(const std::vector<std::pair<std::string, std::string>>& notes,
                                  std::vector<std::string>& ref_ids) {
    if (notes.empty()) return {};
    std::string h = "<ul class=\"footnotes\">\n";
    for (std::size_t i = 0; i < notes.size(); ++i) {
        h += "<li id=\"fn-" +
             std::to_string(footnote_ - static_cast<int>(notes.size()) + static_cast<int>(i) + 1) +
             "\">" + esc(notes[i].first + " " + notes[i].second);
        if (!ref_ids[i].empty()) h += " <a href=\"#" + ref_ids[i] + "\">Back to the table</a>";
        h += "</li>\n";
    }
    return h + "</ul>\n";
}

std::string PageWriter::resolved_table(
    const std::vector<std::string>& header, const std::vector<compute::IndicatorTableRow>& rows,
    std::size_t verdict_column, const std::vector<std::pair<std::string, std::string>>& notes,
    const std::string& caption) {
    const int number = ++table_;
    const int first_note = footnote_ + 1;
    footnote_ += static_cast<int>(notes.size());
    std::vector<std::string> ref_ids(notes.size());
    const std::string id = "table-" + std::to_string(number);
    TableMarkup markup;
    markup.table_attributes = " id=\"" + id + "\"";
    markup.caption_attributes = " id=\"" + id + "-caption\"";
    markup.cell = [](CellKind kind, std::size_t) -> std::string {
        return kind == CellKind::Figure    ? " class=\"num\""
               : kind == CellKind::Verdict ? " class=\"verdict\""
                                           : "";
    };
    markup.face = [this](model::Verdict v) { return face(v); };
    markup.mark = [&](std::size_t row, std::size_t note, const std::string& mark) {
        const std::string ref = "fnref-" + std::to_string(number) + "-" + std::to_string(row + 1);
        if (ref_ids[note].empty()) ref_ids[note] = ref;
        return "<a id=\"" + ref + "\" href=\"#fn-" +
               std::to_string(first_note + static_cast<int>(note)) + "\">" + esc(mark) + "</a>";
    };
    const ResolvedTable table{caption, header, rows, verdict_column, notes};
    // The table first: it finds the marks the notes link back to.
    std::string h =
        "<div class=\"table-region\" role=\"region\" tabindex=\"0\" aria-labelledby=\"" + id +
        "-caption\">\n" + resolved_table_html(table, words_, markup) + "</div>\n";
    return h + footnotes(notes, ref_ids);
}

std::string PageWriter::indicator_table(const model::Block& b, const model::IndicatorTable& t,
                                        const model::Section& s) {
    const compute::Figures& figures = layout::need_figures(ctx_, b.pos);
    const compute::IndicatorTableCells cells =
        compute::indicator_table_cells(t, figures, ctx_.theme, warnings_);
    std::size_t verdict = std::string::npos;
    for (std::size_t c = 0; c < cells.columns.size(); ++c)
        if (cells.columns[c] == compute::IndicatorColumn::Verdict) verdict = c;
    return resolved_table(cells.header, cells.rows, verdict, cells.notes, caption_of(s));
}

std::string PageWriter::period_table(const model::Block& b, const model::PeriodTable& t,
                                     const model::Section& s) {
    const compute::Figures& figures = layout::need_figures(ctx_, b.pos);
    const compute::PeriodTableCells cells =
        compute::period_table_cells(t, b.pos, figures, ctx_.theme);
    return resolved_table(cells.header, cells.rows, cells.verdict ? 2 : std::string::npos,
                          cells.notes, caption_of(s));
}

std::string PageWriter::static_table(const model::Table& t, const model::Section& s) {
    const int number = ++table_;
    std::string h = region_table_start(number, caption_of(s));
    const std::size_t header_rows =
        std::min<std::size_t>(static_cast<std::size_t>(std::max(0, t.header_rows)), t.rows.size());
    if (header_rows > 0) h += "<thead>\n";
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        if (r == header_rows) h += (header_rows > 0 ? "</thead>\n" : "") + std::string("<tbody>\n");
        h += "<tr>";
        for (std::size_t c = 0; c < t.rows[r].cells.size(); ++c) {
            const std::string text = inline_text(t.rows[r].cells[c].text);
            if (r < header_rows)
                h += "<th scope=\"col\">" + text + "</th>";
            else if (c == 0)
                h += "<th scope=\"row\">" + text + "</th>";
            else
                h += "<td>" + text + "</td>";
        }
        h += "</tr>\n";
    }
    if (header_rows == t.rows.size()) h += header_rows > 0 ? "</thead>\n<tbody>\n" : "<tbody>\n";
    return h + region_table_end;
}

std::string PageWriter::verdict_legend(const model::VerdictLegend& legend) {
    const std::pair<model::Verdict, const std::string&> meanings[] = {
        {model::Verdict::Happy, legend.happy},
        {model::Verdict::Monitor, legend.monitor},
        {model::Verdict::Unhappy, legend.unhappy}};
    std::string h = "<dl class=\"verdict-legend\">\n";
    for (const auto& [verdict, meaning] : meanings) {
        if (meaning.empty()) continue;
        h += "<dt>" + face(verdict) + esc(words_.word(verdict)) + "</dt><dd>" + esc(meaning) +
             "</dd>\n";
    }
    return h + "</dl>\n";
}

} // namespace bp::web
