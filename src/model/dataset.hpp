// All the data of one report (a data folder): indicators, areas, stored values, stated figures
// and explicit verdicts, each with the SourcePos it came from, with lookups by key.
#pragma once

#include "model/data_area.hpp"
#include "model/data_indicator.hpp"
#include "model/data_stated.hpp"
#include "model/data_value.hpp"
#include "model/data_verdict.hpp"
#include "model/period.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace bp::model {

// The data set. Records keep file order. The add_* functions throw bp::InputError at the new
// record's position when its key is already taken (naming where it was first given); they do
// not check references between records (the reader does).
class Dataset {
public:
    void add_indicator(Indicator indicator);
    void add_area(Area area);
    void add_value(Value value);
    void add_stated(StatedFigure stated);
    void add_verdict(ExplicitVerdict verdict);

    const std::vector<Indicator>& indicators() const { return indicators_; }
    const std::vector<Area>& areas() const { return areas_; }
    const std::vector<Value>& values() const { return values_; }
    const std::vector<StatedFigure>& stated() const { return stated_; }
    const std::vector<ExplicitVerdict>& verdicts() const { return verdicts_; }

    // Lookups; nullptr when absent.
    const Indicator* find_indicator(std::string_view id) const;
    const Area* find_area(std::string_view id) const;
    const Value* find_value(std::string_view indicator, std::string_view area,
                            const Period& period) const;
    const ExplicitVerdict* find_verdict(std::string_view indicator, std::string_view area,
                                        const Period& period) const;

    // Areas whose parent is `parent`, in file order.
    std::vector<const Area*> children_of(std::string_view parent) const;
    // Areas of the given kind, in file order.
    std::vector<const Area*> areas_of_kind(std::string_view kind) const;
    // Stored values of one indicator for one area, in file order.
    std::vector<const Value*> values_of(std::string_view indicator, std::string_view area) const;

private:
    // (indicator, area, period) with the ids as small numbers: lookups hash four integers
    // instead of comparing strings (on a 1,200-sector report they were a fifth of the run).
    struct Key {
        std::uint32_t indicator;
        std::uint32_t area;
        int kind;
        int first;
        friend bool operator==(const Key&, const Key&) = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& k) const noexcept;
    };
    // The number of an indicator or area id, given out on first use.
    std::uint32_t name_number(const std::string& name);
    // The key of an existing (indicator, area, period), or nullopt if a name was never used.
    std::optional<Key> find_key(std::string_view indicator, std::string_view area,
                                const Period& period) const;
    std::vector<Indicator> indicators_;
    std::vector<Area> areas_;
    std::vector<Value> values_;
    std::vector<StatedFigure> stated_;
    std::vector<ExplicitVerdict> verdicts_;
    std::map<std::string, std::size_t, std::less<>> indicator_index_;
    std::map<std::string, std::size_t, std::less<>> area_index_;
    struct NameHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view name) const noexcept {
            return std::hash<std::string_view>{}(name);
        }
    };
    std::unordered_map<std::string, std::uint32_t, NameHash, std::equal_to<>> name_numbers_;
    std::unordered_map<Key, std::size_t, KeyHash> value_index_;
    std::unordered_map<Key, std::size_t, KeyHash> verdict_index_;
};

} // namespace bp::model
