#include "compute/month_table_cells.hpp"

#include "compute/lookup_error.hpp"
#include "compute/number_format.hpp"
#include "compute/window.hpp"
#include "compute/window_label.hpp"
#include "core/error.hpp"

#include <algorithm>
#include <optional>
#include <span>

namespace bp::compute {

namespace {

// The months a month table lists: each item a month, or a range of months ("2023-11..2026-10")
// standing for its months.
std::vector<Window> table_months(const model::MonthTable& t) {
    std::vector<Window> months;
    for (const auto& text : t.months) {
        Window w = at(t.months_pos, [&] { return parse_window(text); });
        if (w.kind() == model::Period::Kind::MonthRange) {
            for (const model::Period& m : w.months())
                months.push_back(m);
            continue;
        }
        if (w.kind() != model::Period::Kind::Month)
            throw InputError(t.months_pos, "'" + text +
                                               "' is not a month or a range of months (write "
                                               "2017-04 or 2016-05..2017-04)");
        months.push_back(w);
    }
    if (months.size() > model::MonthTable::max_months)
        throw InputError(t.months_pos, "a month table takes at most " +
                                           std::to_string(model::MonthTable::max_months) +
                                           " months, not " + std::to_string(months.size()));
    return months;
}

// The two header rows of a part's months: financial quarters over their months, then the
// months; with the average's column when `average`.
void add_month_headers(MonthTablePart& part, std::span<const Window> months, bool average,
                       const model::Theme& theme) {
    part.quarters = {""};
    part.quarter_spans = {1};
    part.months = {""};
    int last_quarter = -1;
    for (const auto& m : months) {
        part.months.push_back(theme.month_name(m.month_of_year(), true));
        const int fy_start = m.month_of_year() >= 4 ? m.year() : m.year() - 1;
        const int q = (m.month_of_year() + 8) % 12 / 3 + 1;
        const int key = fy_start * 4 + q;
        if (key == last_quarter) {
            ++part.quarter_spans.back();
            continue;
        }
        last_quarter = key;
        const model::Period fq = model::Period::financial_quarter(fy_start, q);
        part.quarters.push_back(
            filled(theme.label("quarter"),
                   {{"{q}", std::to_string(q)},
                    {"{year}", model::Period::financial_year(fy_start).text()},
                    {"{first}", theme.month_name(fq.first_month().month_of_year(), true)},
                    {"{last}", theme.month_name(fq.last_month().month_of_year(), true)}}));
        part.quarter_spans.push_back(1);
    }
    if (average) {
        part.months.push_back(theme.label("average"));
        part.quarters.emplace_back();
        part.quarter_spans.push_back(1);
    }
}

} // namespace

MonthTableCells month_table_cells(const model::MonthTable& t, const Figures& figures,
                                  const model::Theme& theme) {
    const std::vector<Window> months = table_months(t);
    // Every row's values, and how it is printed, before the months are cut into parts.
    struct RowValues {
        const model::Indicator* ind;
        const model::IndicatorRow* row;
        int decimals;
        std::vector<std::optional<double>> values;
    };
    std::vector<RowValues> rows;
    for (const auto& row : t.rows) {
        // The data set's own indicator (at() hands back a copy, which would not outlive this
        // loop's turn).
        at(row.pos, [&] { return figures.indicator(row.indicator).id; });
        const model::Indicator& ind = figures.indicator(row.indicator);
        at(row.pos, [&] { return figures.area(row.area).id; });
        RowValues rv{&ind, &row, t.decimals >= 0 ? t.decimals : ind.decimals, {}};
        for (const auto& m : months)
            rv.values.push_back(figures.try_value(row.indicator, row.area, m));
        rows.push_back(std::move(rv));
    }
    MonthTableCells out;
    out.month_count = months.size();
    // At most `per` months a part (all of them up to 24); the last has the average of all.
    out.per = t.months_per_table > 0 ? static_cast<std::size_t>(t.months_per_table)
              : months.size() <= 24  ? months.size()
                                     : 12;
    for (std::size_t first = 0; first < months.size(); first += out.per) {
        MonthTablePart part;
        part.month_count = std::min(out.per, months.size() - first);
        part.average = t.average && first + part.month_count == months.size();
        part.first = window_label(months[first], theme);
        part.last = window_label(months[first + part.month_count - 1], theme);
        add_month_headers(part, std::span(months).subspan(first, part.month_count), part.average,
                          theme);
        for (const RowValues& rv : rows) {
            MonthTableRow r;
            r.pos = rv.row->pos;
            r.cells.push_back(rv.row->label.empty() ? rv.ind->label : rv.row->label);
            for (std::size_t i = first; i < first + part.month_count; ++i)
                r.cells.push_back(rv.values[i] ? format_value(*rv.values[i], *rv.ind, rv.decimals)
                                               : "");
            if (part.average) {
                const auto avg = average(rv.values);
                r.cells.push_back(avg ? format_value(*avg, *rv.ind, rv.decimals + 1) : "");
            }
            part.rows.push_back(std::move(r));
        }
        out.parts.push_back(std::move(part));
    }
    return out;
}

} // namespace bp::compute
