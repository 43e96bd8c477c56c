// The layout language's elements and the attributes each accepts: the one list ElementReader
// checks attributes against, so docs/layout-reference.md can be tested against it.
#pragma once

#include <string_view>
#include <vector>

namespace bp::input {

// An element of the layout language. `key` is its name, or "parent/name" where the same name
// means another element elsewhere ("table/row", "chart/series", "band/button" for a button in
// a header or footer).
struct ElementGrammar {
    std::string_view key;
    std::vector<std::string_view> attributes;
};

// Every element the reader accepts, in the order of the reference.
const std::vector<ElementGrammar>& layout_grammar();

// The element `key`; throws std::logic_error if there is none (a reader bug, not bad input).
const ElementGrammar& grammar_of(std::string_view key);

} // namespace bp::input
