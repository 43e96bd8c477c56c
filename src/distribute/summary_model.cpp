#include "distribute/summary_model.hpp"

#include "compute/lookup_error.hpp"
#include "compute/number_format.hpp"
#include "compute/window.hpp"
#include "core/error.hpp"

namespace bp::distribute {

namespace {

// Runs `f`, turning a missing figure into an error at the layout position that asked for it.
template <typename F> auto at(const SourcePos& pos, F&& f) {
    try {
        return f();
    } catch (const compute::LookupError& e) {
        throw InputError(pos, e.what());
    }
}

SummaryTable table_of(const model::IndicatorTable& t, const compute::Figures& figures,
                      SummaryModel& model) {
    SummaryTable out;
    const compute::Window before =
        at(t.before_pos, [&] { return compute::parse_window(t.before); });
    const compute::Window after = at(t.after_pos, [&] { return compute::parse_window(t.after); });
    const compute::ChangeMode mode = t.change == "percent"    ? compute::ChangeMode::Percent
                                     : t.change == "absolute" ? compute::ChangeMode::Absolute
                                                              : compute::ChangeMode::Auto;
    out.label_header = t.label_header;
    out.before_header = t.before_header.empty() ? t.before : t.before_header;
    out.after_header = t.after_header.empty() ? t.after : t.after_header;
    out.verdict_header = t.verdict_header;
    out.verdict = t.verdict;
    bool any_percent = false;
    for (const auto& row : t.rows) {
        const compute::Comparison cmp = at(
            row.pos, [&] { return figures.compare(row.indicator, row.area, before, after, mode); });
        const model::Indicator& ind = figures.indicator(row.indicator);
        const int decimals = compute::change_decimals(cmp.change, ind, t.change_decimals);
        any_percent = any_percent || cmp.change.kind == compute::ChangeKind::Percent;
        SummaryRow r;
        r.label = row.label.empty() ? ind.label : row.label;
        r.before = compute::format_value(cmp.before, ind);
        r.after = compute::format_value(cmp.after, ind);
        r.change = compute::format_change(cmp.change, ind, decimals);
        r.verdict = t.verdict ? cmp.verdict : model::Verdict::None;
        r.mark = cmp.mark;
        if (!cmp.mark.empty() && !cmp.note.empty()) {
            bool seen = false;
            for (const auto& n : model.notes)
                seen = seen || n.first == cmp.mark;
            if (!seen) model.notes.emplace_back(cmp.mark, cmp.note);
        }
        out.rows.push_back(std::move(r));
    }
    out.change_header = !t.change_header.empty() ? t.change_header
                        : any_percent            ? "% Difference"
                                                 : "Difference";
    return out;
}

} // namespace

SummaryModel summary_model(const model::Report& report, const compute::Figures& figures) {
    SummaryModel model;
    model.title = report.info.title;
    for (const auto& section : report.sections)
        for (const auto& block : section.blocks)
            if (const auto* t = std::get_if<model::IndicatorTable>(&block.content))
                model.tables.push_back(table_of(*t, figures, model));
    return model;
}

std::string verdict_word(model::Verdict verdict) {
    switch (verdict) {
    case model::Verdict::Happy:
        return "happy";
    case model::Verdict::Monitor:
        return "monitoring";
    case model::Verdict::Unhappy:
        return "unhappy";
    case model::Verdict::None:
        break;
    }
    return "";
}

} // namespace bp::distribute
