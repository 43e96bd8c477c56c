#include "compute/figures.hpp"

#include "compute/lookup_error.hpp"
#include "core/number_text.hpp"

namespace bp::compute {

using model::Period;

namespace {

std::string key_text(std::string_view indicator, std::string_view area, const Window& w) {
    return std::string(indicator) + " / " + std::string(area) + " / " + w.text();
}

// Other periods with exactly the months of `w` (a 12-month window and a year).
std::vector<Period> same_month_periods(const Window& w) {
    std::vector<Period> out;
    if (w.month_count() != 12) return out;
    Period last = w.last_month();
    Period candidates[] = {Period::rolling12(last.year(), last.month_of_year()),
                           Period::financial_year(w.first_month().year()),
                           Period::calendar_year(w.first_month().year())};
    for (const Period& p : candidates)
        if (p != w && p.same_months(w)) out.push_back(p);
    return out;
}

} // namespace

Figures::Figures(const model::Dataset& data, VerdictRules rules)
    : data_(data), rules_(std::move(rules)) {}

const model::Indicator& Figures::indicator(std::string_view id) const {
    const model::Indicator* found = data_.find_indicator(id);
    if (!found) throw LookupError("unknown indicator \"" + std::string(id) + "\"");
    return *found;
}

const model::Area& Figures::area(std::string_view id) const {
    const model::Area* found = data_.find_area(id);
    if (!found) throw LookupError("unknown area \"" + std::string(id) + "\"");
    return *found;
}

std::vector<const model::Area*> Figures::areas_of_kind(std::string_view kind) const {
    return data_.areas_of_kind(kind);
}

std::vector<const model::Area*> Figures::children(std::string_view parent) const {
    area(parent);
    return data_.children_of(parent);
}

Resolution Figures::resolve(const model::Indicator& ind, std::string_view area_id,
                            const Window& window) const {
    Resolution out;
    if (const model::Value* v = data_.find_value(ind.id, area_id, window)) {
        out.value = v->value;
        out.stored = v;
        return out;
    }
    for (const Period& p : same_month_periods(window)) {
        if (const model::Value* v = data_.find_value(ind.id, area_id, p)) {
            out.value = v->value;
            out.stored = v;
            return out;
        }
    }
    double sum = 0;
    for (const Period& month : window.months()) {
        if (const model::Value* v = data_.find_value(ind.id, area_id, month)) {
            sum += v->value;
            ++out.months_used;
        } else {
            out.missing.push_back(month);
        }
    }
    if (!out.missing.empty()) return out;
    // Rounded to 10 decimals so that binary noise never decides a rounding when printed.
    out.value = round_half_away(ind.unit == model::Unit::Count ? sum : sum / out.months_used, 10);
    return out;
}

std::optional<double> Figures::try_value(std::string_view indicator_id, std::string_view area_id,
                                         const Window& window) const {
    const model::Indicator& ind = indicator(indicator_id);
    area(area_id);
    return resolve(ind, area_id, window).value;
}

double Figures::value(std::string_view indicator_id, std::string_view area_id,
                      const Window& window) const {
    const model::Indicator& ind = indicator(indicator_id);
    area(area_id);
    Resolution r = resolve(ind, area_id, window);
    if (r.value) return *r.value;
    std::string message = "no value for " + key_text(indicator_id, area_id, window);
    if (window.kind() != Period::Kind::Month) {
        if (static_cast<int>(r.missing.size()) == window.month_count()) {
            message += " (no stored value and none of its " + std::to_string(window.month_count()) +
                       " monthly values)";
        } else {
            message += " (missing month";
            message += r.missing.size() > 1 ? "s " : " ";
            for (std::size_t i = 0; i < r.missing.size(); ++i)
                message += (i ? ", " : "") + r.missing[i].text();
            message += ")";
        }
    }
    throw LookupError(message);
}

const model::ExplicitVerdict* Figures::explicit_verdict(std::string_view indicator_id,
                                                        std::string_view area_id,
                                                        const Window& window) const {
    indicator(indicator_id);
    area(area_id);
    return data_.find_verdict(indicator_id, area_id, window);
}

Comparison Figures::compare(std::string_view indicator_id, std::string_view area_id,
                            const Window& before, const Window& after, ChangeMode mode) const {
    const model::Indicator& ind = indicator(indicator_id);
    Comparison c;
    c.before = value(indicator_id, area_id, before);
    c.after = value(indicator_id, area_id, after);
    c.change = compute_change(c.before, c.after, ind.unit, mode);
    c.rule_change = rule_change(c.before, c.after, ind.unit);
    if (const model::ExplicitVerdict* v = data_.find_verdict(indicator_id, area_id, after)) {
        c.verdict = v->verdict;
        c.explicit_verdict = true;
        c.mark = v->mark;
        c.note = v->note;
        c.verdict_pos = v->pos;
    } else {
        c.verdict = rules_.judge(ind.polarity, c.rule_change);
    }
    return c;
}

std::vector<SeriesPoint> Figures::monthly_series(std::string_view indicator_id,
                                                 std::string_view area_id, const Window& from_month,
                                                 const Window& to_month) const {
    const model::Indicator& ind = indicator(indicator_id);
    area(area_id);
    if (from_month.kind() != Period::Kind::Month || to_month.kind() != Period::Kind::Month)
        throw LookupError("a monthly series runs from a month to a month (e.g. 2015-04 to "
                          "2017-06), not " +
                          from_month.text() + " to " + to_month.text());
    int first = from_month.first_serial();
    int last = to_month.first_serial();
    if (last < first)
        throw LookupError("a monthly series must not end (" + to_month.text() +
                          ") before it starts (" + from_month.text() + ")");
    if (last - first >= 1200) throw LookupError("a monthly series is limited to 1,200 months");
    std::vector<SeriesPoint> out;
    for (int s = first; s <= last; ++s) {
        SeriesPoint point{Period::from_serial(s), std::nullopt};
        if (const model::Value* v = data_.find_value(ind.id, area_id, point.month))
            point.value = v->value;
        out.push_back(point);
    }
    return out;
}

double Figures::total_of_children(std::string_view indicator_id, std::string_view parent_area,
                                  const Window& window) const {
    const model::Indicator& ind = indicator(indicator_id);
    if (!ind.additive)
        throw LookupError("indicator " + ind.id +
                          " is not additive: its child areas do not add up to a total");
    auto kids = children(parent_area);
    if (kids.empty())
        throw LookupError("area " + std::string(parent_area) + " has no child areas to total");
    double sum = 0;
    for (const model::Area* child : kids)
        sum += value(indicator_id, child->id, window);
    return sum;
}

std::optional<double> average(const std::vector<std::optional<double>>& values) {
    double sum = 0;
    int n = 0;
    for (const auto& v : values) {
        if (!v) continue;
        sum += *v;
        ++n;
    }
    if (n == 0) return std::nullopt;
    return sum / n;
}

std::optional<double> average(const std::vector<double>& values) {
    if (values.empty()) return std::nullopt;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / static_cast<double>(values.size());
}

} // namespace bp::compute
