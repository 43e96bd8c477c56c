// Expands <repeat areas="KIND" as="NAME"> … </repeat> into one copy of its content per area of
// that kind in the data (in data order), replacing {NAME.id} and {NAME.name} in attribute
// values and text. Copies keep the positions of the template for error messages.
#pragma once

#include "input/xml_document.hpp"
#include "model/dataset.hpp"

namespace bp::input {

// Expands every <repeat> under `node` in place. Throws InputError if a repeat is used without
// data, names an area kind the data lacks, or nests.
void expand_repeats(XmlNode& node, const model::Dataset* data);

} // namespace bp::input
