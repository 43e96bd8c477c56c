#include "distribute/summary_html.hpp"

#include "core/markup_escape.hpp"
#include "web/spc_table_html.hpp"
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

namespace {

const std::string kCell = "padding:3px 8px;border-bottom:1px solid #ccc;";
const char* const kTableStyle = " style=\"border-collapse:collapse;margin:0 0 16px 0;"
                                "font-family:Arial,sans-serif;font-size:14px\"";
const char* const kCaptionStyle = " style=\"text-align:left;font-weight:bold;padding:4px 0\"";

// A small image, decorative: its words follow it. `size` in CSS px: a face 16 (its PNG 32 px),
// an SPC icon 18 (36 px, the icon's 16 pt ring and a margin).
std::string icon_img(const std::string& content_id, int size = 16) {
    const std::string px = std::to_string(size);
    return "<img src=\"cid:" + content_id + "\" alt=\"\" width=\"" + px + "\" height=\"" + px +
           "\" style=\"vertical-align:middle\"> ";
}

std::string indicator_table_html(const SummaryModel& s, const SummaryTable& table) {
    const auto& t = table.cells;
    std::size_t verdict = std::string::npos;
    for (std::size_t c = 0; c < t.columns.size(); ++c)
        if (t.columns[c] == IndicatorColumn::Verdict) verdict = c;
    // The web edition's table markup, with inline styles and cid: faces for mail clients.
    web::TableMarkup markup;
    markup.table_attributes = kTableStyle;
    markup.caption_attributes = kCaptionStyle;
    markup.cell = [&](web::CellKind kind, std::size_t column) -> std::string {
        switch (kind) {
        case web::CellKind::ColumnHeader:
            return " style=\"" + kCell +
                   "text-align:" + (column == 0 || column == verdict ? "left" : "right") + "\"";
        case web::CellKind::RowHeader:
            return " style=\"" + kCell + "text-align:left;font-weight:normal\"";
        case web::CellKind::Verdict:
            return " style=\"" + kCell + "text-align:left\"";
        case web::CellKind::Figure:
            break;
        }
        return " style=\"" + kCell + "text-align:right\"";
    };
    markup.face = [](model::Verdict v) -> std::string {
        return v == model::Verdict::None ? "" : icon_img(face_content_id(v));
    };
    markup.mark = [](std::size_t, std::size_t, const std::string& mark) {
        return markup_escaped(mark);
    };
    std::string h = web::resolved_table_html({table.caption, t.header, t.rows, verdict, t.notes},
                                             s.words, markup);
    for (const auto& [mark, note] : t.notes)
        h += "<p style=\"font-size:12px\">" + markup_escaped(mark + " " + note) + "</p>\n";
    return h;
}

// The web edition's SPC table or matrix markup, with inline styles and cid: icons.
std::string spc_html(const SummaryModel& s, const SummarySpc& spc, SpcIconsShown* shown) {
    web::SpcMarkup markup;
    markup.table_attributes = kTableStyle;
    markup.caption_attributes = kCaptionStyle;
    const bool matrix = spc.matrix;
    markup.cell = [matrix](web::SpcCellKind kind, std::size_t column) -> std::string {
        switch (kind) {
        case web::SpcCellKind::ColumnHeader:
            return " style=\"" + kCell +
                   "text-align:" + (matrix || column == 0 || column >= 6 ? "left" : "right") + "\"";
        case web::SpcCellKind::RowHeader:
        case web::SpcCellKind::MatrixRowHeader:
            return " style=\"" + kCell + "text-align:left;font-weight:normal\"";
        case web::SpcCellKind::Icon:
        case web::SpcCellKind::MatrixEntry:
            return " style=\"" + kCell + "text-align:left\"";
        case web::SpcCellKind::Figure:
            break;
        }
        return " style=\"" + kCell + "text-align:right\"";
    };
    markup.variation_icon = [shown](compute::VariationIcon icon, const std::string& words) {
        if (icon == compute::VariationIcon::None) return std::string();
        if (shown) shown->variation.emplace(icon, words);
        return icon_img(spc_icon_content_id(icon), 18);
    };
    markup.assurance_icon = [shown](compute::AssuranceIcon icon, const std::string& words) {
        if (icon == compute::AssuranceIcon::None) return std::string();
        if (shown) shown->assurance.emplace(icon, words);
        return icon_img(spc_icon_content_id(icon), 18);
    };
    markup.entry = [&spc](std::size_t i) { return markup_escaped(spc.cells.rows[i].metric); };
    return matrix ? web::spc_matrix_html(spc.caption, spc.cells, s.spc_words, markup)
                  : web::spc_table_html(spc.caption, spc.cells, markup);
}

// Lines of cells separated by " | ".
void add_line(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c)
        out += (c ? " | " : "") + cells[c];
    out += "\n";
}

std::string spc_text(const SummaryModel& s, const SummarySpc& spc) {
    std::string out;
    if (!spc.caption.empty()) out += spc.caption + "\n";
    if (spc.matrix) {
        for (const auto& line : web::spc_matrix_rows(spc.cells, s.spc_words))
            add_line(out, line);
    } else {
        add_line(out, spc.cells.header);
        for (const auto& r : spc.cells.rows)
            add_line(out, {r.metric, r.latest, r.target, r.mean, r.lower, r.upper,
                           r.variation_words, r.assurance_words});
    }
    return out + "\n";
}

std::string indicator_table_text(const SummaryModel& s, const SummaryTable& table) {
    const auto& t = table.cells;
    std::string out;
    if (!table.caption.empty()) out += table.caption + "\n";
    add_line(out, t.header);
    for (const auto& r : t.rows) {
        std::vector<std::string> cells = r.cells;
        for (std::size_t c = 0; c < cells.size(); ++c)
            if (t.columns[c] == IndicatorColumn::Verdict) cells[c] = verdict_text(s, r, r.cells[c]);
        add_line(out, cells);
    }
    for (const auto& [mark, note] : t.notes)
        out += mark + " " + note + "\n";
    return out + "\n";
}

// The name of an icon in its Content-ID.
const char* icon_name(compute::VariationIcon icon) {
    switch (icon) {
    case compute::VariationIcon::CommonCause:
        return "common-cause";
    case compute::VariationIcon::ImprovementHigh:
        return "improvement-high";
    case compute::VariationIcon::ImprovementLow:
        return "improvement-low";
    case compute::VariationIcon::ConcernHigh:
        return "concern-high";
    case compute::VariationIcon::ConcernLow:
        return "concern-low";
    case compute::VariationIcon::NeitherHigh:
        return "neither-high";
    case compute::VariationIcon::NeitherLow:
        return "neither-low";
    case compute::VariationIcon::None:
        break;
    }
    return "none";
}

const char* icon_name(compute::AssuranceIcon icon) {
    switch (icon) {
    case compute::AssuranceIcon::ConsistentlyPassing:
        return "passing";
    case compute::AssuranceIcon::ConsistentlyFailing:
        return "failing";
    case compute::AssuranceIcon::HitAndMiss:
        return "hit-and-miss";
    case compute::AssuranceIcon::None:
        break;
    }
    return "none";
}

} // namespace

std::string spc_icon_content_id(compute::VariationIcon icon) {
    return std::string("spc-variation-") + icon_name(icon) + "@boardpack";
}

std::string spc_icon_content_id(compute::AssuranceIcon icon) {
    return std::string("spc-assurance-") + icon_name(icon) + "@boardpack";
}

std::string summary_html(const SummaryModel& s, SpcIconsShown* shown) {
    std::string h;
    for (const SummaryPart& p : s.parts)
        h +=
            p.spc ? spc_html(s, s.spc[p.index], shown) : indicator_table_html(s, s.tables[p.index]);
    return h;
}

std::string summary_text(const SummaryModel& s) {
    std::string out;
    for (const SummaryPart& p : s.parts)
        out += p.spc ? spc_text(s, s.spc[p.index]) : indicator_table_text(s, s.tables[p.index]);
    return out;
}

} // namespace bp::distribute
