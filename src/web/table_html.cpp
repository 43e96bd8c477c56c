#include "web/table_html.hpp"

#include "core/markup_escape.hpp"

namespace bp::web {

std::string resolved_table_html(const ResolvedTable& t, const compute::VerdictWords& words,
                                const TableMarkup& m) {
    std::string h = "<table" + m.table_attributes + ">\n";
    if (!t.caption.empty())
        h += "<caption" + m.caption_attributes + ">" + markup_escaped(t.caption) + "</caption>\n";
    h += "<thead><tr>";
    for (std::size_t c = 0; c < t.header.size(); ++c)
        h += "<th scope=\"col\"" + m.cell(CellKind::ColumnHeader, c) + ">" +
             markup_escaped(t.header[c]) + "</th>";
    h += "</tr></thead>\n<tbody>\n";
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const auto& row = t.rows[r];
        h += "<tr>";
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            const std::string& v = row.cells[c];
            if (c == 0) {
                h += "<th scope=\"row\"" + m.cell(CellKind::RowHeader, c) + ">" +
                     markup_escaped(v) + "</th>";
            } else if (c == t.verdict_column) {
                h += "<td" + m.cell(CellKind::Verdict, c) + ">" + m.face(row.verdict) +
                     markup_escaped(words.word(row.verdict));
                std::size_t note = t.notes.size();
                for (std::size_t n = 0; n < t.notes.size() && !v.empty(); ++n)
                    if (t.notes[n].first == v) note = n;
                h += (note < t.notes.size() ? m.mark(r, note, v) : markup_escaped(v)) + "</td>";
            } else {
                h += "<td" + m.cell(CellKind::Figure, c) + ">" + markup_escaped(v) + "</td>";
            }
        }
        h += "</tr>\n";
    }
    return h + "</tbody>\n</table>\n";
}

std::string region_table_start(int number, const std::string& caption) {
    const std::string id = "table-" + std::to_string(number);
    return "<div class=\"table-region\" role=\"region\" tabindex=\"0\" aria-labelledby=\"" + id +
           "-caption\">\n<table id=\"" + id + "\">\n<caption id=\"" + id + "-caption\">" +
           markup_escaped(caption) + "</caption>\n";
}

} // namespace bp::web
