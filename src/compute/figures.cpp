#include "compute/figures.hpp"

#include "compute/lookup_error.hpp"
#include "core/number_text.hpp"

namespace bp::compute {

using model::Period;

namespace {

std::string key_text(std::string_view indicator, std::string_view area, const Window& w) {
    return std::string(indicator) + " / " + std::string(area) + " / " + w.text();
}

// The stored value for the window, or for another period with exactly its months (a 12-month
// window and a year: "12m:2017-03" and "2016/17"), or nullptr.
const model::Value* stored_value(const model::Dataset& data, std::uint32_t series,
                                 const Window& w) {
    if (const model::Value* v = data.find_value(series, w)) return v;
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
    double sum = 0;
    auto add_month = [&](int serial, const model::Value* v) {
        if (v) {
            sum += v->value;
            ++out.months_used;
        } else {
            out.missing.push_back(Period::from_serial(serial));
        }
    };
    if (series)
        data_.for_each_month(*series, window.first_serial(), window.last_serial(), add_month);
    else
        for (int s = window.first_serial(); s <= window.last_serial(); ++s)
            add_month(s, nullptr);
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
