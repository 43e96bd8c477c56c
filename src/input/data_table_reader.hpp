// Reads the data-driven blocks of a layout: <indicator-table>, <period-table>, <month-table>
// and <verdict-legend>. Ids and windows are checked later, against the data, by layout.
#pragma once

#include "input/xml_document.hpp"
#include "model/report.hpp"

#include <optional>

namespace bp::input {

// The block for `node` if it is one of the data-driven elements, else nullopt.
std::optional<model::Block> read_data_block(const XmlNode& node);

} // namespace bp::input
