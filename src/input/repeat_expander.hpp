// Expands <repeat areas="KIND" as="NAME"> … </repeat> into one copy of its content per area of
// that kind in the data (in data order), replacing {NAME.id} and {NAME.name} in attribute
// values and text. Copies keep the positions of the template for error messages.
#pragma once

#include "input/xml_document.hpp"
#include "model/dataset.hpp"

#include <functional>
#include <string>
#include <vector>

namespace bp::input {

// Produces the copies of one checked <repeat>'s content, one area at a time.
class Repeat {
public:
    // Checks `node`, a <repeat>. Throws InputError if it is used without data, names an area
    // kind the data lacks, or has a <repeat> inside it.
    Repeat(const XmlNode& node, const model::Dataset* data);

    // Calls `f` with a copy of each node of the content for each area, in order. The copies
    // are made in nodes kept from area to area, so copying mostly reuses their room; a copy
    // is valid only during its call.
    void for_each_copy(const std::function<void(const XmlNode&)>& f) const;

private:
    const XmlNode& node_;
    std::vector<const model::Area*> areas_;
    std::string id_;   // "{NAME.id}"
    std::string name_; // "{NAME.name}"
};

// Expands every <repeat> below the children of `root` in place, and checks the <repeat>s among
// its children but leaves them for the reader to expand with Repeat::for_each_copy (so a
// layout repeated over a thousand areas is never held as a thousand copies). Throws what
// Repeat throws, for the first offending <repeat> in document order.
void expand_inner_repeats(XmlNode& root, const model::Dataset* data);

} // namespace bp::input
