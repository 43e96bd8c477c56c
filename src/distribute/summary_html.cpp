#include "distribute/summary_html.hpp"

#include "core/markup_escape.hpp"

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
        h += "<table style=\"border-collapse:collapse;margin:0 0 16px 0;font-family:Arial,"
             "sans-serif;font-size:14px\">\n";
        if (!caption.empty())
            h += "<caption style=\"text-align:left;font-weight:bold;padding:4px 0\">" +
                 markup_escaped(caption) + "</caption>\n";
        h += "<thead><tr>";
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            const char* align = t.columns[c] == IndicatorColumn::Label     ? "left"
                                : t.columns[c] == IndicatorColumn::Verdict ? "left"
                                                                           : "right";
            h += "<th scope=\"col\" style=\"" + cell + "text-align:" + align + "\">" +
                 markup_escaped(t.header[c]) + "</th>";
        }
        h += "</tr></thead>\n<tbody>\n";
        for (const auto& r : t.rows) {
            h += "<tr>";
            for (std::size_t c = 0; c < t.columns.size(); ++c) {
                const std::string& v = r.cells[c];
                switch (t.columns[c]) {
                case IndicatorColumn::Label:
                    h += "<th scope=\"row\" style=\"" + cell +
                         "text-align:left;font-weight:normal\">" + markup_escaped(v) + "</th>";
                    break;
                case IndicatorColumn::Verdict:
                    h += "<td style=\"" + cell + "text-align:left\">";
                    if (r.verdict != model::Verdict::None)
                        h += "<img src=\"cid:" + face_content_id(r.verdict) +
                             "\" alt=\"\" width=\"16\" height=\"16\" "
                             "style=\"vertical-align:middle\"> ";
                    h += markup_escaped(verdict_text(s, r, v)) + "</td>";
                    break;
                default:
                    h +=
                        "<td style=\"" + cell + "text-align:right\">" + markup_escaped(v) + "</td>";
                }
            }
            h += "</tr>\n";
        }
        h += "</tbody>\n</table>\n";
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
