#include "distribute/summary_html.hpp"

#include "core/markup_escape.hpp"

namespace bp::distribute {

std::string face_content_id(model::Verdict verdict) {
    return "face-" + verdict_word(verdict) + "@boardpack";
}

std::string face_alt(model::Verdict verdict) {
    switch (verdict) {
    case model::Verdict::Happy:
        return "Verdict: happy with the performance";
    case model::Verdict::Monitor:
        return "Verdict: closely monitoring performance";
    case model::Verdict::Unhappy:
        return "Verdict: unhappy with the performance";
    case model::Verdict::None:
        break;
    }
    return "";
}

std::string summary_html(const SummaryModel& s) {
    const std::string cell = "padding:3px 8px;border-bottom:1px solid #ccc;";
    std::string h;
    for (const auto& t : s.tables) {
        h += "<table style=\"border-collapse:collapse;margin:0 0 16px 0;font-family:Arial,"
             "sans-serif;font-size:14px\">\n";
        h += "<caption style=\"text-align:left;font-weight:bold;padding:4px 0\">" +
             markup_escaped(t.label_header) + "</caption>\n<thead><tr>";
        auto th = [&](const std::string& text, const char* align) {
            h += "<th scope=\"col\" style=\"" + cell + "text-align:" + align + "\">" +
                 markup_escaped(text) + "</th>";
        };
        th("Indicator", "left");
        th(t.before_header, "right");
        th(t.after_header, "right");
        th(t.change_header, "right");
        if (t.verdict) th(t.verdict_header, "left");
        h += "</tr></thead>\n<tbody>\n";
        for (const auto& r : t.rows) {
            h += "<tr><th scope=\"row\" style=\"" + cell + "text-align:left;font-weight:normal\">" +
                 markup_escaped(r.label) + "</th>";
            for (const std::string* v : {&r.before, &r.after, &r.change})
                h += "<td style=\"" + cell + "text-align:right\">" + markup_escaped(*v) + "</td>";
            if (t.verdict) {
                h += "<td style=\"" + cell + "text-align:left\">";
                if (r.verdict != model::Verdict::None)
                    h += "<img src=\"cid:" + face_content_id(r.verdict) + "\" alt=\"" +
                         markup_escaped(face_alt(r.verdict)) +
                         "\" width=\"16\" height=\"16\" style=\"vertical-align:middle\"> " +
                         verdict_word(r.verdict);
                h += markup_escaped(r.mark) + "</td>";
            }
            h += "</tr>\n";
        }
        h += "</tbody>\n</table>\n";
    }
    for (const auto& [mark, note] : s.notes)
        h += "<p style=\"font-size:12px\">" + markup_escaped(mark + " " + note) + "</p>\n";
    return h;
}

std::string summary_text(const SummaryModel& s) {
    std::string out;
    for (const auto& t : s.tables) {
        out += t.label_header + " (" + t.before_header + " → " + t.after_header + ", " +
               t.change_header + ")\n";
        for (const auto& r : t.rows) {
            out += "  - " + r.label + ": " + r.before + " → " + r.after + " (" + r.change + ")";
            if (t.verdict && r.verdict != model::Verdict::None)
                out += ", verdict: " + verdict_word(r.verdict);
            out += r.mark + "\n";
        }
        out += "\n";
    }
    for (const auto& [mark, note] : s.notes)
        out += mark + " " + note + "\n";
    return out;
}

} // namespace bp::distribute
