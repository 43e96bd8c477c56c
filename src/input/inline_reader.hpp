// Reads mixed inline content (text with <b>, <i> and <a to="…">) into model::InlineText.
#pragma once

#include "input/xml_document.hpp"
#include "model/report.hpp"

namespace bp::input {

// The inline content of `node`; whitespace is kept as written (layout collapses it).
model::InlineText read_inline(const XmlNode& node);

// Parses a link target: "@next", "@prev", a URI (scheme "http:", "https:" or "mailto:") or a
// section id (checked later against the sections).
model::LinkTarget parse_target(const std::string& text, const SourcePos& pos);

// All text of `node` and its descendants, concatenated.
std::string plain_text(const XmlNode& node);

} // namespace bp::input
