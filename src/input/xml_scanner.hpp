// Finds the position of every start tag and attribute in an XML text, in document order, and
// rejects structural errors (unclosed or mismatched tags, DTDs, excessive depth) with line:col.
#pragma once

#include "core/source_pos.hpp"
#include "core/text_position.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bp::input {

// A start tag's position and its attributes' positions, by name.
struct TagPositions {
    SourcePos pos;
    std::vector<std::pair<std::string, SourcePos>> attrs;
};

// Start tags in document order (the order of a pre-order walk of the element tree).
std::vector<TagPositions> scan_xml(const LineIndex& lines, std::string_view text);

} // namespace bp::input
