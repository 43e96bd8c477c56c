// Reads a layout description (XML) into model::Report, checking every element, attribute,
// type and reference (templates, link targets) with file:line:col errors.
#pragma once

#include "input/xml_document.hpp"
#include "model/dataset.hpp"
#include "model/report.hpp"

#include <optional>
#include <string>

namespace bp::input {

// A layout with the data set it names (or the caller's data folder), repeats expanded.
struct LoadedReport {
    model::Report report;
    std::optional<model::Dataset> data;
};

// Reads the layout at `path` and its data folder: `data_dir` if given, else the layout's
// data attribute (relative to the layout), else none.
LoadedReport read_report(const std::string& path, const std::string& data_dir = "");

// Reads and checks a layout that uses no data.
model::Report read_layout(const std::string& path);

// Converts an already parsed document (`base_dir` resolves relative theme/data paths);
// <repeat> elements are expanded over `data`'s areas.
model::Report layout_from_xml(XmlNode root, const std::string& base_dir,
                              const model::Dataset* data = nullptr);

// The data folder named by the root element's data attribute, resolved against `base_dir`
// ("" if none).
std::string data_folder_of(const XmlNode& root, const std::string& base_dir);

} // namespace bp::input
