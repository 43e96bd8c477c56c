// Reads a layout description (XML) into model::Report, checking every element, attribute,
// type and reference (templates, link targets) with file:line:col errors.
#pragma once

#include "input/xml_document.hpp"
#include "model/report.hpp"

#include <string>

namespace bp::input {

// Reads and checks the layout file at `path`.
model::Report read_layout(const std::string& path);

// Converts an already parsed document (`base_dir` resolves relative theme/data paths).
model::Report layout_from_xml(const XmlNode& root, const std::string& base_dir);

} // namespace bp::input
