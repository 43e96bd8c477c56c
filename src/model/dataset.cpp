#include "model/dataset.hpp"

#include "core/error.hpp"

namespace bp::model {

namespace {
std::string first_given(const SourcePos& pos) {
    return pos.to_string().empty() ? "" : " (first given at " + pos.to_string() + ")";
}
std::string key_text(const std::string& indicator, const std::string& area, const Period& p) {
    return indicator + " / " + area + " / " + p.text();
}
} // namespace

void Dataset::add_indicator(Indicator indicator) {
    auto [it, added] = indicator_index_.emplace(indicator.id, indicators_.size());
    if (!added)
        throw InputError(indicator.pos, "duplicate indicator \"" + indicator.id + "\"" +
                                            first_given(indicators_[it->second].pos));
    indicators_.push_back(std::move(indicator));
}

void Dataset::add_area(Area area) {
    auto [it, added] = area_index_.emplace(area.id, areas_.size());
    if (!added)
        throw InputError(area.pos, "duplicate area \"" + area.id + "\"" +
                                       first_given(areas_[it->second].pos));
    areas_.push_back(std::move(area));
}

std::size_t Dataset::KeyHash::operator()(const Key& k) const noexcept {
    std::uint64_t h = (static_cast<std::uint64_t>(k.indicator) << 32) ^ k.area;
    h ^= (static_cast<std::uint64_t>(static_cast<std::uint32_t>(k.first)) << 8 ^
          static_cast<std::uint32_t>(k.kind)) *
         0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return static_cast<std::size_t>(h ^ (h >> 32));
}

std::uint32_t Dataset::name_number(const std::string& name) {
    auto it = name_numbers_.try_emplace(name, static_cast<std::uint32_t>(name_numbers_.size()));
    return it.first->second;
}

std::optional<Dataset::Key> Dataset::find_key(std::string_view indicator, std::string_view area,
                                              const Period& period) const {
    auto i = name_numbers_.find(indicator);
    auto a = name_numbers_.find(area);
    if (i == name_numbers_.end() || a == name_numbers_.end()) return std::nullopt;
    return Key{i->second, a->second, static_cast<int>(period.kind()), period.first_serial()};
}

void Dataset::add_value(Value value) {
    const Key key{name_number(value.indicator), name_number(value.area),
                  static_cast<int>(value.period.kind()), value.period.first_serial()};
    auto [it, added] = value_index_.emplace(key, values_.size());
    if (!added)
        throw InputError(value.pos, "duplicate value for " +
                                        key_text(value.indicator, value.area, value.period) +
                                        first_given(values_[it->second].pos));
    values_.push_back(std::move(value));
}

void Dataset::add_stated(StatedFigure stated) {
    stated_.push_back(std::move(stated));
}

void Dataset::add_verdict(ExplicitVerdict verdict) {
    const Key key{name_number(verdict.indicator), name_number(verdict.area),
                  static_cast<int>(verdict.period.kind()), verdict.period.first_serial()};
    auto [it, added] = verdict_index_.emplace(key, verdicts_.size());
    if (!added)
        throw InputError(verdict.pos,
                         "duplicate verdict for " +
                             key_text(verdict.indicator, verdict.area, verdict.period) +
                             first_given(verdicts_[it->second].pos));
    verdicts_.push_back(std::move(verdict));
}

const Indicator* Dataset::find_indicator(std::string_view id) const {
    auto it = indicator_index_.find(id);
    return it == indicator_index_.end() ? nullptr : &indicators_[it->second];
}

const Area* Dataset::find_area(std::string_view id) const {
    auto it = area_index_.find(id);
    return it == area_index_.end() ? nullptr : &areas_[it->second];
}

const Value* Dataset::find_value(std::string_view indicator, std::string_view area,
                                 const Period& period) const {
    auto key = find_key(indicator, area, period);
    if (!key) return nullptr;
    auto it = value_index_.find(*key);
    return it == value_index_.end() ? nullptr : &values_[it->second];
}

const ExplicitVerdict* Dataset::find_verdict(std::string_view indicator, std::string_view area,
                                             const Period& period) const {
    auto key = find_key(indicator, area, period);
    if (!key) return nullptr;
    auto it = verdict_index_.find(*key);
    return it == verdict_index_.end() ? nullptr : &verdicts_[it->second];
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
    for (const Value& v : values_)
        if (v.indicator == indicator && v.area == area) out.push_back(&v);
    return out;
}

} // namespace bp::model
