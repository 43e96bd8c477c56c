#include "distribute/summary_html.hpp"

#include "core/markup_escape.hpp"
#include "web/table_html.hpp"

namespace bp::distribute {

namespace {

using compute::IndicatorColumn;

// A verdict cell as words: the verdict's word and the footnote mark ("Green*").
std::string verdict_text(const SummaryModel& s, const compute::IndicatorTableRow& row,
                         const std::string& mark) {
    return s.words.word(row.verdict) + mark;
}

} // namespace

std::string face_content_id(model::Verdict verdict) {
    return "face-" + std::string(model::verdict_name(verdict)) + "@boardpack";
}

std::string summary_html(const SummaryModel& s) {
    const std::string cell = "padding:3px 8px;border-bottom:1px solid #ccc;";
    std::string h;
    for (const auto& [caption, t] : s.tables) {
        std::size_t verdict = std::string::npos;
        for (std::size_t c = 0; c < t.columns.size(); ++c)
            if (t.columns[c] == IndicatorColumn::Verdict) verdict = c;
        // The web edition's table markup, with inline styles and cid: faces for mail clients.
        web::TableMarkup markup;
        markup.table_attributes = " style=\"border-collapse:collapse;margin:0 0 16px 0;"
                                  "font-family:Arial,sans-serif;font-size:14px\"";
        markup.caption_attributes = " style=\"text-align:left;font-weight:bold;padding:4px 0\"";
        markup.cell = [&](web::CellKind kind, std::size_t column) -> std::string {
            switch (kind) {
            case web::CellKind::ColumnHeader:
                return " style=\"" + cell +
                       "text-align:" + (column == 0 || column == verdict ? "left" : "right") + "\"";
            case web::CellKind::RowHeader:
                return " style=\"" + cell + "text-align:left;font-weight:normal\"";
            case web::CellKind::Verdict:
                return " style=\"" + cell + "text-align:left\"";
            case web::CellKind::Figure:
                break;
            }
            return " style=\"" + cell + "text-align:right\"";
        };
        markup.face = [](model::Verdict v) -> std::string {
            if (v == model::Verdict::None) return "";
            return "<img src=\"cid:" + face_content_id(v) +
                   "\" alt=\"\" width=\"16\" height=\"16\" style=\"vertical-align:middle\"> ";
        };
        markup.mark = [](std::size_t, std::size_t, const std::string& mark) {
            return markup_escaped(mark);
        };
        h += web::resolved_table_html({caption, t.header, t.rows, verdict, t.notes}, s.words,
                                      markup);
        for (const auto& [mark, note] : t.notes)
            h += "<p style=\"font-size:12px\">" + markup_escaped(mark + " " + note) + "</p>\n";
    }
    return h;
}

std::string summary_text(const SummaryModel& s) {
    std::string out;
    for (const auto& [caption, t] : s.tables) {
        if (!caption.empty()) out += caption + "\n";
        auto line = [&](const std::vector<std::string>& cells, const auto& text_of) {
            for (std::size_t c = 0; c < cells.size(); ++c)
                out += (c ? " | " : "") + text_of(c);
            out += "\n";
        };
        line(t.header, [&](std::size_t c) { return t.header[c]; });
        for (const auto& r : t.rows)
            line(r.cells, [&](std::size_t c) {
                return t.columns[c] == IndicatorColumn::Verdict ? verdict_text(s, r, r.cells[c])
                                                                : r.cells[c];
            });
        for (const auto& [mark, note] : t.notes)
            out += mark + " " + note + "\n";
        out += "\n";
    }
    return out;
}

} // namespace bp::distribute
