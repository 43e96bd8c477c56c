// An XML element tree with the source position of every element and attribute. Boost's
// PropertyTree parses the file; a small scanner of the same text finds where each start tag
// and attribute is, and catches structural errors (truncation, mismatched tags, DTDs, depth)
// with an exact line:col before the parser sees them.
#pragma once

#include "core/source_pos.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace bp::input {

// An attribute and where its name starts.
struct XmlAttr {
    std::string name;
    std::string value;
    SourcePos pos;
};

// An element (name non-empty) or a text node (name empty, text set).
struct XmlNode {
    std::string name;
    std::string text;
    SourcePos pos;
    std::vector<XmlAttr> attrs;
    std::vector<XmlNode> children;

    bool is_text() const { return name.empty(); }
    // How many children are elements (not text).
    std::size_t element_count() const;
    const XmlAttr* attr(std::string_view key) const;
};

// Limits that keep hostile input from exhausting the stack or memory.
inline constexpr int kMaxXmlDepth = 64;
inline constexpr std::size_t kMaxXmlBytes = 32u << 20;

// Parses `text` (the contents of `file`) into its root element. Throws bp::InputError.
XmlNode parse_xml(const std::string& file, const std::string& text);

// Reads and parses a file. Throws bp::InputError if it cannot be read.
XmlNode read_xml_file(const std::string& path);

} // namespace bp::input
