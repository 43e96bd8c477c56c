#include "compute/figures.hpp"

#include "compute/lookup_error.hpp"
#include "core/number_text.hpp"

#include <algorithm>

namespace bp::compute {

using model::Period;

namespace {

std::string key_text(std::string_view indicator, std::string_view area, const Window& w) {
    return std::string(indicator) + " / " + std::string(area) + " / " + w.text();
}

// The stored value for the window, or for another period with exactly its months (a 12-month
// window and a year: "12m:2017-03" and "2016/17"; a year to date and a month or quarter:
// "ytd:2017-06" and "2017/18 Q1"), or nullptr.
const model::Value* stored_value(const model::Dataset& data, std::uint32_t series,
                                 const Window& w) {
    if (const model::Value* v = data.find_value(series, w)) return v;
    const Period first = w.first_month();
    if (w.month_count() == 1 && w != first) return data.find_value(series, first);
    if (w.month_count() == 3 && (first.month_of_year() - 4 + 12) % 3 == 0) {
        const int start_year = first.month_of_year() >= 4 ? first.year() : first.year() - 1;
        const Period q =
            Period::financial_quarter(start_year, (first.month_of_year() + 8) % 12 / 3 + 1);
        if (q != w && q.same_months(w)) return data.find_value(series, q);
    }
    if (w.month_count() != 12) return nullptr;
    const Period last = w.last_month();
    for (const Period& p : {Period::rolling12(last.year(), last.month_of_year()),
                            Period::financial_year(w.first_month().year()),
                            Period::calendar_year(w.first_month().year())})
        if (p != w && p.same_months(w))
            if (const model::Value* v = data.find_value(series, p)) return v;
    return nullptr;
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
    return resolve_series(ind, data_.find_series(ind.id, area_id), window);
}

Resolution Figures::resolve_series(const model::Indicator& ind, std::optional<std::uint32_t> series,
                                   const Window& window) const {
    Resolution out;
    if (series && (out.stored = stored_value(data_, *series, window))) {
        out.value = out.stored->value;
        return out;
    }
    const model::Aggregation aggregation = model::aggregation_of(ind);
    // Weighted means weigh each month by the denominator indicator's value for that month.
    std::optional<std::uint32_t> weights;
    if (aggregation == model::Aggregation::WeightedMean && series)
        weights = data_.find_series(ind.denominator, data_.area_id(data_.series_key(*series).area));
    double sum = 0;
    double weight_sum = 0;
    double last = 0;
    auto add_month = [&](int serial, const model::Value* v) {
        if (!v) {
            out.missing.push_back(Period::from_serial(serial));
            return;
        }
        ++out.months_used;
        last = v->value;
        if (aggregation != model::Aggregation::WeightedMean) {
            sum += v->value;
            return;
        }
        const Period month = Period::from_serial(serial);
        const model::Value* w = weights ? data_.find_value(*weights, month) : nullptr;
        if (!w) {
            out.missing.push_back(month);
            out.missing_weight = true;
            return;
        }
        sum += v->value * w->value;
        weight_sum += w->value;
    };
    if (aggregation == model::Aggregation::Last) {
        // Only the window's last month counts.
        if (series)
            data_.for_each_month(*series, window.last_serial(), window.last_serial(), add_month);
        else
            add_month(window.last_serial(), nullptr);
    } else if (series) {
        data_.for_each_month(*series, window.first_serial(), window.last_serial(), add_month);
    } else {
        for (int s = window.first_serial(); s <= window.last_serial(); ++s)
            add_month(s, nullptr);
    }
    if (!out.missing.empty() || out.months_used == 0) return out;
    double value = sum;
    switch (aggregation) {
    case model::Aggregation::Sum:
        break;
    case model::Aggregation::Mean:
        value = sum / out.months_used;
        break;
    case model::Aggregation::Last:
        value = last;
        break;
    case model::Aggregation::WeightedMean:
        if (weight_sum == 0) return out; // no weight: no mean
        value = sum / weight_sum;
        break;
    }
    // Rounded to 10 decimals so that binary noise never decides a rounding when printed.
    out.value = round_half_away(value, 10);
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
    if (r.missing_weight) {
        message += " (the weighted mean needs " + ind.denominator + " for month";
        message += r.missing.size() > 1 ? "s " : " ";
        for (std::size_t i = 0; i < r.missing.size(); ++i)
            message += (i ? ", " : "") + r.missing[i].text();
        message += ")";
    } else if (r.missing.empty()) {
        message += " (the weights of " + ind.denominator + " add up to zero)";
    } else if (window.kind() != Period::Kind::Month) {
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
    c.change = compute_change(c.before, c.after, ind, mode);
    c.rule_change = rule_change(c.before, c.after, ind);
    if (const model::Target* t = find_target(ind, area_id, after)) {
        c.target = t->value;
        c.tolerance = t->tolerance.value_or(ind.rule.tolerance);
    }
    if (const model::ExplicitVerdict* v = data_.find_verdict(indicator_id, area_id, after)) {
        c.verdict = v->verdict;
        c.explicit_verdict = true;
        c.mark = v->mark;
        c.note = v->note;
        c.verdict_pos = v->pos;
        return c;
    }
    c.verdict = rule_verdict(ind, area_id, c, after);
    return c;
}

bool judges_change_from_before(const model::Indicator& ind) {
    return ind.rule.kind == model::RuleKind::Theme || ind.rule.kind == model::RuleKind::Limits;
}

model::Verdict Figures::rule_verdict(const model::Indicator& ind, std::string_view area_id,
                                     const Comparison& c, const Window& after) const {
    using model::RuleKind;
    const model::VerdictRule& rule = ind.rule;
    if (ind.polarity == model::Polarity::Neutral || rule.kind == RuleKind::None)
        return model::Verdict::None;
    if (rule.kind == RuleKind::Target) {
        if (!c.target)
            throw LookupError("no target for " + key_text(ind.id, area_id, after) +
                              " (the rule of " + ind.id +
                              " judges against a target: add one "
                              "to targets.csv)");
        return judge_target(ind.polarity, c.after, *c.target, c.tolerance);
    }
    double change = c.rule_change;
    double before = c.before;
    if (rule.kind == RuleKind::Baseline) {
        const Window base = parse_window(rule.baseline);
        before = value(ind.id, area_id, base);
        change = rule_change(before, c.after, ind);
    }
    // The best possible value held: no warning (a count, rate or duration of 0 that stays 0; a
    // percentage of 100 that stays 100).
    if (before == c.after && is_best_value(ind, c.after)) return model::Verdict::Happy;
    if (rule.kind == RuleKind::Limits || (rule.kind == RuleKind::Baseline && rule.own_limits)) {
        VerdictRules own;
        own.set(ind.polarity, rule.happy, rule.unhappy);
        return own.judge(ind.polarity, change);
    }
    return rules_.judge(ind.polarity, change);
}

std::optional<double> Figures::target(std::string_view indicator_id, std::string_view area_id,
                                      const Window& window) const {
    const model::Indicator& ind = indicator(indicator_id);
    area(area_id);
    const model::Target* t = find_target(ind, area_id, window);
    return t ? std::optional<double>(t->value) : std::nullopt;
}

const model::Target* Figures::find_target(const model::Indicator& ind, std::string_view area_id,
                                          const Window& window) const {
    if (const model::Target* exact = data_.find_target(ind.id, area_id, window)) return exact;
    if (aggregation_of(ind) == model::Aggregation::Sum) return nullptr;
    const model::Target* best = nullptr;
    for (const model::Target& t : data_.targets()) {
        if (t.indicator != ind.id || !t.period.covers(window)) continue;
        if (!t.area.empty() && t.area != area_id) continue;
        if (!best || t.period.month_count() < best->period.month_count() ||
            (t.period.month_count() == best->period.month_count() && !t.area.empty()))
            best = &t;
    }
    return best;
}

std::vector<TargetPoint> Figures::target_series(std::string_view indicator_id,
                                                std::string_view area_id) const {
    const model::Indicator& ind = indicator(indicator_id);
    area(area_id);
    std::vector<TargetPoint> out;
    for (const model::Target& t : data_.targets()) {
        if (t.indicator != indicator_id || (t.area != area_id && !t.area.empty())) continue;
        // The area's own target wins over the one for every area at the same window.
        const model::Target* used = data_.find_target(indicator_id, area_id, t.period);
        if (used != &t) continue;
        out.push_back({t.period, t.value, t.tolerance.value_or(ind.rule.tolerance)});
    }
    std::sort(out.begin(), out.end(), [](const TargetPoint& a, const TargetPoint& b) {
        return a.window.first_serial() != b.window.first_serial()
                   ? a.window.first_serial() < b.window.first_serial()
                   : a.window.last_serial() < b.window.last_serial();
    });
    return out;
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
    out.reserve(static_cast<std::size_t>(last - first + 1));
    for (int s = first; s <= last; ++s)
        out.push_back(SeriesPoint{Period::from_serial(s), std::nullopt});
    if (const auto series = data_.find_series(ind.id, area_id))
        data_.for_each_month(*series, first, last, [&](int s, const model::Value* v) {
            if (v) out[static_cast<std::size_t>(s - first)].value = v->value;
        });
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

bool is_best_value(const model::Indicator& ind, double value) {
    using model::Unit;
    if (ind.polarity == model::Polarity::LowerIsBetter)
        return value == 0 &&
               (ind.unit == Unit::Count || ind.unit == Unit::Percent || ind.unit == Unit::Rate ||
                ind.unit == Unit::Duration || ind.unit == Unit::Ratio);
    if (ind.polarity == model::Polarity::HigherIsBetter)
        return value == 100 && ind.unit == Unit::Percent;
    return false;
}

model::Verdict judge_target(model::Polarity polarity, double value, double target,
                            double tolerance) {
    // Rounded to 10 decimals so that binary noise never moves a figure across the line.
    const double short_by = round_half_away(
        polarity == model::Polarity::LowerIsBetter ? value - target : target - value, 10);
    if (polarity == model::Polarity::Neutral) return model::Verdict::None;
    if (short_by <= 0) return model::Verdict::Happy;
    if (short_by <= tolerance) return model::Verdict::Monitor;
    return model::Verdict::Unhappy;
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

model::Verdict period_verdict(const Figures& figures, std::string_view indicator,
                              std::string_view area, const Window& window,
                              const std::optional<Window>& above) {
    if (const model::ExplicitVerdict* ev = figures.explicit_verdict(indicator, area, window))
        return ev->verdict;
    const bool against_row_above = judges_change_from_before(figures.indicator(indicator));
    if (against_row_above && !above) return model::Verdict::None;
    return figures.compare(indicator, area, against_row_above ? *above : window, window).verdict;
}

} // namespace bp::compute
