#include "compute/indicator_table_cells.hpp"

#include "compute/lookup_error.hpp"
#include "compute/number_format.hpp"
#include "compute/window.hpp"
#include "compute/window_label.hpp"

namespace bp::compute {

namespace {

// A warning at the row when the printed change differs from the change a reader computes from
// the printed figures (the change is computed from the exact values: 8.167 → 8.533 prints as
// 8.2 → 8.5 with a change of +0.4, but 8.5 − 8.2 is +0.3).
void warn_unreproducible(const SourcePos& pos, const Comparison& cmp, const model::Indicator& ind,
                         ChangeMode mode, int decimals, std::vector<Diagnostic>& warnings) {
    auto again = unreproducible_change(cmp.before, cmp.after, cmp.change, ind, mode, decimals);
    if (!again) return;
    warnings.push_back({pos, Severity::Warning,
                        ind.id + ": the change " + format_change(cmp.change, ind, decimals) +
                            " cannot be reproduced from the printed figures " +
                            format_value(cmp.before, ind) + " \u2192 " +
                            format_value(cmp.after, ind) + " (which give " + *again +
                            "); it is computed from the exact values (show more decimals, or "
                            "store the rounded figures)"});
}

} // namespace

IndicatorTableCells indicator_table_cells(const model::IndicatorTable& t, const Figures& figures,
                                          const model::Theme& theme,
                                          std::vector<Diagnostic>& warnings) {
    const Window before = at(t.before_pos, [&] { return parse_window(t.before); });
    const Window after = at(t.after_pos, [&] { return parse_window(t.after); });
    const ChangeMode mode = t.change == "percent"    ? ChangeMode::Percent
                            : t.change == "absolute" ? ChangeMode::Absolute
                                                     : ChangeMode::Auto;
    IndicatorTableCells out;
    const bool change = t.change != "none";
    out.columns = {IndicatorColumn::Label, IndicatorColumn::Before, IndicatorColumn::After};
    if (change) out.columns.push_back(IndicatorColumn::Change);
    if (t.target) out.columns.push_back(IndicatorColumn::Target);
    if (t.verdict) out.columns.push_back(IndicatorColumn::Verdict);
    out.rows.reserve(t.rows.size());
    bool any_percent = false;
    for (const auto& row : t.rows) {
        const Comparison cmp = at(
            row.pos, [&] { return figures.compare(row.indicator, row.area, before, after, mode); });
        const model::Indicator& ind = figures.indicator(row.indicator);
        const int decimals = change_decimals(cmp.change, ind, t.change_decimals);
        any_percent = any_percent || cmp.change.kind == ChangeKind::Percent;
        IndicatorTableRow r;
        r.pos = row.pos;
        r.cells.reserve(out.columns.size());
        r.cells.push_back(row.label.empty() ? ind.label : row.label);
        r.cells.push_back(format_value(cmp.before, ind));
        r.cells.push_back(format_value(cmp.after, ind));
        if (change) {
            r.cells.push_back(format_change(cmp.change, ind, decimals));
            warn_unreproducible(row.pos, cmp, ind, mode, decimals, warnings);
        }
        if (t.target) r.cells.push_back(cmp.target ? format_value(*cmp.target, ind) : "\u2013");
        if (t.verdict) {
            r.cells.push_back(cmp.mark);
            r.verdict = cmp.verdict;
            if (!cmp.mark.empty() && !cmp.note.empty()) {
                bool seen = false;
                for (const auto& n : out.notes)
                    seen = seen || n.first == cmp.mark;
                if (!seen) out.notes.emplace_back(cmp.mark, cmp.note);
            }
        }
        out.rows.push_back(std::move(r));
    }
    out.header.reserve(out.columns.size());
    out.header.push_back(t.label_header);
    out.header.push_back(t.before_header.empty() ? window_label(before, theme) : t.before_header);
    out.header.push_back(t.after_header.empty() ? window_label(after, theme) : t.after_header);
    if (change)
        out.header.push_back(!t.change_header.empty() ? t.change_header
                             : any_percent            ? theme.label("pct-difference")
                                                      : theme.label("difference"));
    if (t.target) out.header.push_back(t.target_header);
    if (t.verdict) out.header.push_back(t.verdict_header);
    return out;
}

} // namespace bp::compute
