// One stored figure (one row of values.csv): an indicator's value for an area and a period.
#pragma once

#include "core/source_pos.hpp"
#include "model/period.hpp"

#include <string>

namespace bp::model {

// A stored value; `pos` is where the value field is in the file.
struct Value {
    std::string indicator;
    std::string area;
    Period period = Period::month(2000, 1);
    double value = 0;
    SourcePos pos;
};

} // namespace bp::model
