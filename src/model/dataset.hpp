// All the data of one report (a data folder): indicators, areas, stored values, stated figures
// and explicit verdicts, each with the place it came from, with lookups by key.
#pragma once

#include "model/data_area.hpp"
#include "model/data_indicator.hpp"
#include "model/data_stated.hpp"
#include "model/data_target.hpp"
#include "model/data_value.hpp"
#include "model/data_verdict.hpp"
#include "model/flat_index.hpp"
#include "model/name_table.hpp"
#include "model/period.hpp"
#include "model/period_index.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp::model {

// The indicator and area of a series, as the numbers Dataset gives their ids.
struct SeriesKey {
    std::uint32_t indicator = 0;
    std::uint32_t area = 0;
};

// The data set. Records keep file order. Indicator ids, area ids, (indicator, area) series and
// file names are numbered in order of first use, so stored values stay small and lookups hash
// integers. The add_* functions throw bp::InputError at the new record's position when its key
// is already taken (naming where it was first given); they do not check references between
// records (the reader does).
class Dataset {
public:
    static constexpr std::uint32_t none = NameTable::none;

    void add_indicator(Indicator indicator);
    void add_area(Area area);
    // A value whose series and file are numbers of this data set (series_number, file_number).
    void add_value(const Value& value);
    void add_value(const NamedValue& value);
    void add_stated(StatedFigure stated);
    void add_verdict(ExplicitVerdict verdict);
    // A target; throws at its position if (indicator, area, period) already has one.
    void add_target(Target target);
    // Makes room for `count` more stored values.
    void reserve_values(std::size_t count) { values_.reserve(values_.size() + count); }

    const std::vector<Indicator>& indicators() const { return indicators_; }
    const std::vector<Area>& areas() const { return areas_; }
    const std::vector<Value>& values() const { return values_; }
    const std::vector<StatedFigure>& stated() const { return stated_; }
    const std::vector<ExplicitVerdict>& verdicts() const { return verdicts_; }
    const std::vector<Target>& targets() const { return targets_; }

    // Numbers. An id's number, or none if no record ever named it.
    std::uint32_t indicator_number(std::string_view id) const { return indicator_ids_.find(id); }
    std::uint32_t area_number(std::string_view id) const { return area_ids_.find(id); }
    const std::string& indicator_id(std::uint32_t number) const;
    const std::string& area_id(std::uint32_t number) const;
    // The series of (indicator, area), numbered now if it has no number yet.
    std::uint32_t series_number(std::string_view indicator, std::string_view area);
    std::uint32_t series_number(SeriesKey key);
    // The series, or nullopt if no stored value or verdict was ever given for it.
    std::optional<std::uint32_t> find_series(std::string_view indicator,
                                             std::string_view area) const;
    std::optional<std::uint32_t> find_series(SeriesKey key) const;
    SeriesKey series_key(std::uint32_t series) const { return series_[series]; }
    std::uint32_t file_number(std::string_view file) { return files_.intern(file); }
    // Where a stored value was typed, and the value by name.
    SourcePos pos(const Value& value) const;
    NamedValue named(const Value& value) const;

    // Lookups; nullptr when absent.
    const Indicator* find_indicator(std::string_view id) const;
    const Indicator* indicator_at(std::uint32_t number) const;
    const Area* find_area(std::string_view id) const;
    const Area* area_at(std::uint32_t number) const;
    const Value* find_value(std::uint32_t series, const Period& period) const;
    const Value* find_value(std::string_view indicator, std::string_view area,
                            const Period& period) const;
    // Calls f(serial, value) for the months `first` to `last` (serials) of a series, in order,
    // with nullptr where a month has no stored value.
    template <class F> void for_each_month(std::uint32_t series, int first, int last, F&& f) const {
        value_index_.for_each_month(series, first, last, [&](int serial, std::uint32_t n) {
            f(serial, n == none ? nullptr : &values_[n]);
        });
    }
    const ExplicitVerdict* find_verdict(std::string_view indicator, std::string_view area,
                                        const Period& period) const;
    // The target for exactly `period`'s months: the area's own, else the one for every area
    // (area empty in targets.csv); nullptr if none. A scan of the targets (a report has tens).
    const Target* find_target(std::string_view indicator, std::string_view area,
                              const Period& period) const;

    // Areas whose parent is `parent`, in file order.
    std::vector<const Area*> children_of(std::string_view parent) const;
    // Areas of the given kind, in file order.
    std::vector<const Area*> areas_of_kind(std::string_view kind) const;
    // Stored values of one indicator for one area, in file order.
    std::vector<const Value*> values_of(std::string_view indicator, std::string_view area) const;

private:
    std::uint32_t intern_indicator(std::string_view id);
    std::uint32_t intern_area(std::string_view id);

    std::vector<Indicator> indicators_;
    std::vector<Area> areas_;
    std::vector<Value> values_;
    std::vector<StatedFigure> stated_;
    std::vector<ExplicitVerdict> verdicts_;
    std::vector<Target> targets_;
    NameTable indicator_ids_;
    NameTable area_ids_;
    NameTable files_;
    std::vector<std::uint32_t> indicator_record_; // by id number: index in indicators_, or none
    std::vector<std::uint32_t> area_record_;      // by id number: index in areas_, or none
    std::vector<SeriesKey> series_;               // by series number
    FlatIndex series_index_;                      // (indicator, area) numbers → series number
    PeriodIndex value_index_;                     // (series, period) → index in values_
    PeriodIndex verdict_index_;                   // (series, period) → index in verdicts_
};

} // namespace bp::model
