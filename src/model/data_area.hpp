// A geographical area figures are reported for (one row of areas.csv): the force, a local
// policing sector, …, with the area it is part of.
#pragma once

#include "core/source_pos.hpp"

#include <string>

namespace bp::model {

// One area: id ("bishop-auckland"), display name, kind ("force", "sector") and parent id
// ("" for a top-level area). `parent_pos` is where the parent was named, for errors.
struct Area {
    std::string id;
    std::string name;
    std::string kind;
    std::string parent;
    SourcePos pos;
    SourcePos parent_pos;
};

} // namespace bp::model
