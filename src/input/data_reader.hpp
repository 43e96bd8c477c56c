// Reads a data folder (indicators.csv, areas.csv, values.csv and optionally stated.csv and
// verdicts.csv; see docs/data-format.md) into a model::Dataset, validating every field.
#pragma once

#include "model/dataset.hpp"

#include <string>
#include <vector>

namespace bp::input {

// Reads the data folder `dir`. Throws bp::InputError with "file:line:col" (file named as
// `dir` + "/" + file name) for the first problem: a bad header, a field that is not what its
// column needs (a number, unit, polarity, period, verdict…), an impossible value, an unknown
// indicator, area or parent area, a duplicate key, or a cycle of parent areas.
model::Dataset read_data_folder(const std::string& dir);

// The files a data folder may hold, in the order they are read (the last three optional): what
// a build depends on, for the outputs' record of their sources and for `watch`.
const std::vector<std::string>& data_file_names();

// read_data_folder in two parts. The first reads indicators.csv and areas.csv: all that a
// layout's <repeat> needs of the data.
model::Dataset read_data_catalogue(const std::string& dir);
// The second reads values.csv, stated.csv and verdicts.csv into `data`. It changes none of
// `data`'s indicators and areas, which another thread may read meanwhile.
void read_data_records(model::Dataset& data, const std::string& dir);

} // namespace bp::input
