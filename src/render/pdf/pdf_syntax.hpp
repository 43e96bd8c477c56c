// PDF syntax written by hand for the objects libharu has no API for (structure elements, the
// parent tree, object and cross-reference streams): text strings and object references.
#pragma once

#include <string>
#include <string_view>

namespace bp::render::pdf {

// A PDF text string: "(…)" with the special bytes escaped if `utf8` is printable ASCII, else
// "<FEFF…>", UTF-16BE with a byte-order mark, in hex.
std::string text_string(std::string_view utf8);

// "12 0 R".
std::string reference(unsigned object);

} // namespace bp::render::pdf
