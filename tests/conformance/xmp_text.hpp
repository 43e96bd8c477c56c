#pragma once

#include <string>

namespace pdfcheck {

// The properties of an XMP packet as boardpack-sized text reading gives them: a property
// written as an attribute (prefix:name="v"), as an element (<prefix:name>v</…>) or as an
// rdf:Alt/Seq/Bag (its first rdf:li). Values come back with XML entities resolved.
class XmpText {
public:
    explicit XmpText(std::string text) : text_(std::move(text)) {}

    std::string property(const std::string& qname) const; // "" if absent
    bool binds(const std::string& prefix, const std::string& uri) const;
    // A pdfaExtension:schemas entry whose pdfaSchema:namespaceURI is `uri`.
    bool describes_schema(const std::string& uri) const;
    // "" if the packet is well-formed as far as this reading goes (tags nest and close, every
    // '&' starts an entity reference, no '<' inside a value); else what is wrong.
    std::string malformed() const;

private:
    std::string text_;
};

} // namespace pdfcheck
