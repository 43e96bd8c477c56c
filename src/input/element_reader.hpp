// Typed access to one XML element's attributes: rejects attributes the element does not
// allow and values of the wrong type, each with the attribute's file:line:col.
#pragma once

#include "input/layout_grammar.hpp"
#include "input/xml_document.hpp"

#include <initializer_list>
#include <string>
#include <vector>

namespace bp::input {

class ElementReader {
public:
    // Throws InputError if `node` has an attribute its element (`grammar`) does not accept.
    ElementReader(const XmlNode& node, const ElementGrammar& grammar);

    bool has(const char* name) const { return node_.attr(name) != nullptr; }
    std::string text(const char* name, const std::string& fallback = "") const;
    std::string required(const char* name) const;
    double number(const char* name, double fallback, double min, double max) const;
    int integer(const char* name, int fallback, int min, int max) const;
    bool flag(const char* name, bool fallback) const;
    // One of `choices`; `fallback` when absent.
    std::string choice(const char* name, const std::string& fallback,
                       std::initializer_list<const char*> choices) const;
    // Space-separated numbers, each within [min, max].
    std::vector<double> numbers(const char* name, double min, double max) const;
    // Where attribute `name` is, or the element if it is absent.
    const SourcePos& pos_of(const char* name) const;
    const XmlNode& node() const { return node_; }

private:
    [[noreturn]] void fail(const char* name, const std::string& message) const;
    const XmlNode& node_;
};

// Throws InputError if `node` has any element children (for elements that take only text).
void expect_no_children(const XmlNode& node);

// Parses a number strictly (whole text, finite, '.' decimal point, no locale).
bool parse_number(const std::string& text, double& out);

} // namespace bp::input
