// Builds small data sets in code for tests; every record gets a position "mem:N:1".
#pragma once

#include "model/dataset.hpp"

#include <initializer_list>
#include <optional>
#include <string>

namespace bp::test {

// A Dataset assembled record by record.
class DatasetBuilder {
public:
    DatasetBuilder& indicator(const std::string& id, model::Unit unit,
                              model::Polarity polarity = model::Polarity::LowerIsBetter,
                              int decimals = 0, bool additive = false) {
        model::Indicator ind;
        ind.id = id;
        ind.label = id + " label";
        ind.unit = unit;
        ind.polarity = polarity;
        ind.decimals = decimals;
        ind.additive = additive;
        ind.pos = next();
        data.add_indicator(std::move(ind));
        return *this;
    }
    // An indicator with every option set by the caller (its position is given here).
    DatasetBuilder& add(model::Indicator ind) {
        ind.pos = next();
        data.add_indicator(std::move(ind));
        return *this;
    }
    DatasetBuilder& target(const std::string& ind, const std::string& area,
                           const std::string& period, double v,
                           std::optional<double> tolerance = std::nullopt) {
        data.add_target({ind, area, *model::parse_period(period), v, tolerance, next()});
        return *this;
    }
    DatasetBuilder& area(const std::string& id, const std::string& parent = "",
                         const std::string& kind = "sector") {
        data.add_area({id, id + " name", kind, parent, next(), {}});
        return *this;
    }
    DatasetBuilder& value(const std::string& ind, const std::string& area,
                          const std::string& period, double v) {
        data.add_value({ind, area, *model::parse_period(period), v, next()});
        return *this;
    }
    // Consecutive monthly values from `first_month` ("2016-07").
    DatasetBuilder& months(const std::string& ind, const std::string& area,
                           const std::string& first_month, std::initializer_list<double> values) {
        int serial = model::parse_period(first_month)->first_serial();
        for (double v : values)
            data.add_value({ind, area, model::Period::from_serial(serial++), v, next()});
        return *this;
    }
    DatasetBuilder& verdict(const std::string& ind, const std::string& area,
                            const std::string& period, model::Verdict v,
                            const std::string& mark = "", const std::string& note = "") {
        data.add_verdict({ind, area, *model::parse_period(period), v, mark, note, next()});
        return *this;
    }

    model::Dataset data;

private:
    SourcePos next() { return SourcePos{"mem", ++line_, 1}; }
    int line_ = 0;
};

} // namespace bp::test
