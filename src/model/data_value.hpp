// One stored figure (one row of values.csv): an indicator's value for an area and a period.
#pragma once

#include "core/source_pos.hpp"
#include "model/period.hpp"

#include <cstdint>
#include <string>

namespace bp::model {

// A stored value as the Dataset keeps it, in 32 bytes: the indicator and area as the number
// of their series, and where the value field was typed as a file number, line and column
// (Dataset::series_key and Dataset::pos give them back).
struct Value {
    double value = 0;
    Period period = Period::month(2000, 1);
    std::uint32_t series = 0;
    std::uint32_t file = 0;
    int line = 0;
    int col = 0;
};

// A stored value by name, as code that builds a data set writes it; `pos` is where the value
// field was typed.
struct NamedValue {
    std::string indicator;
    std::string area;
    Period period = Period::month(2000, 1);
    double value = 0;
    SourcePos pos;
};

} // namespace bp::model
