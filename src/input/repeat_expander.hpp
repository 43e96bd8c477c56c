// Expands <repeat areas="KIND" as="NAME"> … </repeat> into one copy of its content per area of
// that kind in the data (in data order), replacing {NAME.id} and {NAME.name} in attribute
// values and text; <repeat indicators="GROUP-OR-ID …" as="NAME"> copies it once per indicator
// (a group's in data order, listed ids in the order listed), replacing {NAME.id},
// {NAME.name}, {NAME.label}, {NAME.unit}, {NAME.polarity}, {NAME.decimals}, {NAME.group} and
// {NAME.description}. Copies keep the positions of the template for error messages.
#pragma once

#include "input/xml_document.hpp"
#include "model/dataset.hpp"

#include <functional>
#include <string>
#include <vector>

namespace bp::input {

// Produces the copies of one checked <repeat>'s content, one area or indicator at a time.
class Repeat {
public:
    // Checks `node`, a <repeat>. Throws InputError if it is used without data, gives both or
    // neither of areas and indicators, names an area kind the data lacks or a word that is
    // neither a group nor an indicator id, or has a <repeat> inside it.
    Repeat(const XmlNode& node, const model::Dataset* data);

    // Calls `f` with a copy of each node of the content for each area or indicator, in order.
    // The copies are made in nodes kept from one to the next, so copying mostly reuses their
    // room; a copy is valid only during its call.
    void for_each_copy(const std::function<void(const XmlNode&)>& f) const;

private:
    const XmlNode& node_;
    std::vector<const model::Area*> areas_;
    std::vector<const model::Indicator*> indicators_;
    std::string as_; // "NAME"
};

// The indicators `words` select (space-separated groups or indicator ids; "*" is every
// indicator), in the order described above, each once. Throws InputError at `pos` for a word
// that is neither a group nor an indicator id, or is both.
std::vector<const model::Indicator*>
indicators_selected(std::string_view words, const model::Dataset& data, const SourcePos& pos);

// Expands every <repeat> below the children of `root` in place, and checks the <repeat>s among
// its children but leaves them for the reader to expand with Repeat::for_each_copy (so a
// layout repeated over a thousand areas is never held as a thousand copies). Throws what
// Repeat throws, for the first offending <repeat> in document order.
void expand_inner_repeats(XmlNode& root, const model::Dataset* data);

} // namespace bp::input
