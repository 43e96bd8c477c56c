#include "compute/period_table_cells.hpp"

#include "compute/lookup_error.hpp"
#include "compute/number_format.hpp"
#include "compute/window.hpp"
#include "compute/window_label.hpp"

#include <optional>

namespace bp::compute {

PeriodTableCells period_table_cells(const model::PeriodTable& t, const SourcePos& pos,
                                    const Figures& figures, const model::Theme& theme) {
    const model::Indicator& ind =
        at(pos, [&]() -> const model::Indicator& { return figures.indicator(t.indicator); });
    PeriodTableCells out;
    out.verdict = t.verdict;
    out.header.push_back(t.period_header);
    out.header.push_back(t.value_header.empty() ? ind.label : t.value_header);
    if (t.verdict) out.header.push_back(t.verdict_header);
    std::optional<Window> above; // a change rule judges a row against the row above
    for (const auto& text : t.periods) {
        const Window w = at(t.periods_pos, [&] { return parse_window(text); });
        const double v = at(t.periods_pos, [&] { return figures.value(t.indicator, t.area, w); });
        IndicatorTableRow r;
        r.pos = t.periods_pos;
        r.cells.push_back(window_label(w, theme));
        r.cells.push_back(format_value(v, ind));
        if (t.verdict) {
            const model::ExplicitVerdict* ev = figures.explicit_verdict(t.indicator, t.area, w);
            r.cells.push_back(ev ? ev->mark : "");
            r.verdict = at(t.periods_pos,
                           [&] { return period_verdict(figures, t.indicator, t.area, w, above); });
            if (ev && !ev->mark.empty() && !ev->note.empty())
                out.notes.emplace_back(ev->mark, ev->note);
        }
        above = w;
        out.rows.push_back(std::move(r));
    }
    return out;
}

} // namespace bp::compute
