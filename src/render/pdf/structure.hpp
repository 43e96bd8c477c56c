// The logical structure of a tagged PDF (PDF/UA-1), made from the display list's structure
// marks in one pass over the pages: the structure elements (one per element, however many pages
// it spans), and for each page where its marked-content sequences start and whom they belong to.
// Knows nothing of libharu: page content (on worker threads) follows the marks, and
// structure_objects.cpp writes the elements as PDF objects.
#pragma once

#include "display/display_list.hpp"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace bp::render::pdf {

// What a structure element holds, in reading order.
struct StructKid {
    enum class Kind : std::uint8_t { Element, Content, Annotation } kind = Kind::Element;
    std::uint32_t page = 0;  // Content and Annotation: the 0-based page
    std::uint32_t value = 0; // Element: its index; Content: the MCID; Annotation: the page's
                             // link number, in the order of its link areas
};

// One element of the structure tree. Element 0 is the Document.
struct StructElement {
    const char* type = "Document"; // standard structure type: "P", "H1", "TD", …
    std::int32_t parent = -1;
    std::int32_t page = -1; // the page of its first marked content (its /Pg), if any
    std::vector<StructKid> kids;
    std::string alt; // Figure: the text alternative; Link: the description
    display::StructBegin::Scope scope = display::StructBegin::Scope::None;
    int col_span = 1;
};

// From item `item` of a page on, painting belongs to a structure element (with a marked-content
// id) or is an artifact, until the next mark or the end of the page.
struct ContentMark {
    enum class Owner : std::uint8_t { Element, Layout, Pagination } owner = Owner::Element;
    std::uint32_t item = 0;
    std::uint32_t mcid = 0;   // Element only
    const char* tag = "Span"; // Element only: its structure type, as the sequence's tag
};

// The whole document's structure.
struct Structure {
    std::vector<StructElement> elements;
    std::vector<std::vector<ContentMark>> marks;         // by page
    std::vector<std::vector<std::uint32_t>> mcid_owners; // by page, by MCID: the element
    std::vector<std::vector<std::uint32_t>> link_owners; // by page, by link area: the element
};

// Builds a Structure page by page, fed the items in painting order (document_scan.cpp).
class StructureBuilder {
public:
    StructureBuilder();
    void start_page(std::size_t page);
    void begin(const display::StructBegin& element);
    void end();
    // Item `item` of the current page paints: text (or an invisible run) or a path or image.
    void paint(std::size_t item, bool is_text);
    // A link area of the current page (the next in order).
    void link(const display::LinkArea& area);
    // The finished structure: heading levels made consecutive, from H1.
    Structure finish();

private:
    // An open element, or an open artifact (element < 0).
    struct Open {
        std::int32_t element = -1;
        bool artifact = false;
        bool pagination = false;
    };
    std::uint32_t add_element(const char* type, std::int32_t parent);
    std::int32_t innermost_element() const;
    // The element text outside every element belongs to: a paragraph of its own.
    std::uint32_t loose_text_element();
    void mark(ContentMark::Owner owner, std::int32_t element, std::size_t item);

    Structure s_;
    std::vector<Open> open_;
    std::vector<int> heading_levels_; // by element; 0 for non-headings
    std::unordered_map<std::uint64_t, std::uint32_t> by_id_;
    std::size_t page_ = 0;
    ContentMark::Owner owner_ = ContentMark::Owner::Layout;
    std::int32_t owner_element_ = -2; // the owner of the sequence open on this page (-2: none)
    std::int32_t loose_ = -1;         // the paragraph of loose text being filled, if any
};

} // namespace bp::render::pdf
