#include "model/dataset.hpp"

#include "core/error.hpp"

#include <stdexcept>

namespace bp::model {

namespace {
std::string first_given(const SourcePos& pos) {
    return pos.to_string().empty() ? "" : " (first given at " + pos.to_string() + ")";
}
std::string key_text(const std::string& indicator, const std::string& area, const Period& p) {
    return indicator + " / " + area + " / " + p.text();
}
// Index `n` of a record vector as a number.
std::uint32_t number(std::size_t n) {
    if (n >= Dataset::none) throw std::length_error("too many records for one data set");
    return static_cast<std::uint32_t>(n);
}
// The record named by id number `n` in `records` (via `index`), or nullptr.
template <class T>
const T* record_at(const std::vector<T>& records, const std::vector<std::uint32_t>& index,
                   std::uint32_t n) {
    return n < index.size() && index[n] != Dataset::none ? &records[index[n]] : nullptr;
}
} // namespace

std::uint32_t Dataset::intern_indicator(std::string_view id) {
    std::uint32_t n = indicator_ids_.intern(id);
    if (n >= indicator_record_.size()) indicator_record_.resize(n + 1, none);
    return n;
}

std::uint32_t Dataset::intern_area(std::string_view id) {
    std::uint32_t n = area_ids_.intern(id);
    if (n >= area_record_.size()) area_record_.resize(n + 1, none);
    return n;
}

void Dataset::add_indicator(Indicator indicator) {
    std::uint32_t n = intern_indicator(indicator.id);
    std::uint32_t& record = indicator_record_[n];
    if (record != none)
        throw InputError(indicator.pos, "duplicate indicator \"" + indicator.id + "\"" +
                                            first_given(indicators_[record].pos));
    record = number(indicators_.size());
    indicators_.push_back(std::move(indicator));
}

void Dataset::add_area(Area area) {
    std::uint32_t n = intern_area(area.id);
    std::uint32_t& record = area_record_[n];
    if (record != none)
        throw InputError(area.pos,
                         "duplicate area \"" + area.id + "\"" + first_given(areas_[record].pos));
    record = number(areas_.size());
    areas_.push_back(std::move(area));
}

const std::string& Dataset::indicator_id(std::uint32_t n) const {
    return indicator_ids_.name(n);
}

const std::string& Dataset::area_id(std::uint32_t n) const {
    return area_ids_.name(n);
}

std::uint32_t Dataset::series_number(SeriesKey key) {
    auto next = number(series_.size());
    std::uint32_t found = series_index_.insert(pair_key(key.indicator, key.area), next);
    if (found != none) return found;
    series_.push_back(key);
    return next;
}

std::uint32_t Dataset::series_number(std::string_view indicator, std::string_view area) {
    return series_number(SeriesKey{intern_indicator(indicator), intern_area(area)});
}

std::optional<std::uint32_t> Dataset::find_series(SeriesKey key) const {
    std::uint32_t found = series_index_.find(pair_key(key.indicator, key.area));
    if (found == none) return std::nullopt;
    return found;
}

std::optional<std::uint32_t> Dataset::find_series(std::string_view indicator,
                                                  std::string_view area) const {
    SeriesKey key{indicator_number(indicator), area_number(area)};
    if (key.indicator == none || key.area == none) return std::nullopt;
    return find_series(key);
}

SourcePos Dataset::pos(const Value& value) const {
    return SourcePos{files_.name(value.file), value.line, value.col};
}

NamedValue Dataset::named(const Value& value) const {
    SeriesKey key = series_key(value.series);
    return NamedValue{indicator_id(key.indicator), area_id(key.area), value.period, value.value,
                      pos(value)};
}

void Dataset::add_value(const Value& value) {
    if (value.series >= series_.size() || value.file >= files_.size())
        throw std::invalid_argument("Dataset::add_value: not a series or file of this data set");
    auto next = number(values_.size());
    std::uint32_t old = value_index_.insert(value.series, value.period, next);
    if (old != none) {
        SeriesKey key = series_key(value.series);
        throw InputError(
            pos(value), "duplicate value for " +
                            key_text(indicator_id(key.indicator), area_id(key.area), value.period) +
                            first_given(pos(values_[old])));
    }
    values_.push_back(value);
}

void Dataset::add_value(const NamedValue& value) {
    add_value(Value{value.value, value.period, series_number(value.indicator, value.area),
                    file_number(value.pos.file), value.pos.line, value.pos.col});
}

void Dataset::add_stated(StatedFigure stated) {
    stated_.push_back(std::move(stated));
}

void Dataset::add_verdict(ExplicitVerdict verdict) {
    std::uint32_t series = series_number(verdict.indicator, verdict.area);
    std::uint32_t old = verdict_index_.insert(series, verdict.period, number(verdicts_.size()));
    if (old != none)
        throw InputError(verdict.pos,
                         "duplicate verdict for " +
                             key_text(verdict.indicator, verdict.area, verdict.period) +
                             first_given(verdicts_[old].pos));
    verdicts_.push_back(std::move(verdict));
}

const Indicator* Dataset::indicator_at(std::uint32_t n) const {
    return record_at(indicators_, indicator_record_, n);
}

const Area* Dataset::area_at(std::uint32_t n) const {
    return record_at(areas_, area_record_, n);
}

const Indicator* Dataset::find_indicator(std::string_view id) const {
    return indicator_at(indicator_number(id));
}

const Area* Dataset::find_area(std::string_view id) const {
    return area_at(area_number(id));
}

const Value* Dataset::find_value(std::uint32_t series, const Period& period) const {
    std::uint32_t found = value_index_.find(series, period);
    return found == none ? nullptr : &values_[found];
}

const Value* Dataset::find_value(std::string_view indicator, std::string_view area,
                                 const Period& period) const {
    auto series = find_series(indicator, area);
    return series ? find_value(*series, period) : nullptr;
}

void Dataset::add_target(Target target) {
    for (const Target& t : targets_)
        if (t.indicator == target.indicator && t.area == target.area && t.period == target.period)
            throw InputError(target.pos,
                             "duplicate target for " +
                                 key_text(target.indicator,
                                          target.area.empty() ? "(every area)" : target.area,
                                          target.period) +
                                 first_given(t.pos));
    targets_.push_back(std::move(target));
}

const Target* Dataset::find_target(std::string_view indicator, std::string_view area,
                                   const Period& period) const {
    const Target* any_area = nullptr;
    for (const Target& t : targets_) {
        if (t.indicator != indicator || !t.period.same_months(period)) continue;
        if (t.area == area) return &t;
        if (t.area.empty()) any_area = &t;
    }
    return any_area;
}

const ExplicitVerdict* Dataset::find_verdict(std::string_view indicator, std::string_view area,
                                             const Period& period) const {
    auto series = find_series(indicator, area);
    if (!series) return nullptr;
    std::uint32_t found = verdict_index_.find(*series, period);
    return found == none ? nullptr : &verdicts_[found];
}

std::vector<const Area*> Dataset::children_of(std::string_view parent) const {
    std::vector<const Area*> out;
    for (const Area& a : areas_)
        if (!a.parent.empty() && a.parent == parent) out.push_back(&a);
    return out;
}

std::vector<const Area*> Dataset::areas_of_kind(std::string_view kind) const {
    std::vector<const Area*> out;
    for (const Area& a : areas_)
        if (a.kind == kind) out.push_back(&a);
    return out;
}

std::vector<const Value*> Dataset::values_of(std::string_view indicator,
                                             std::string_view area) const {
    std::vector<const Value*> out;
    auto series = find_series(indicator, area);
    if (!series) return out;
    for (const Value& v : values_)
        if (v.series == *series) out.push_back(&v);
    return out;
}

} // namespace bp::model
