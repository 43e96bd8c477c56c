#include "render/pdf/structure.hpp"

#include <algorithm>
#include <cstring>

namespace bp::render::pdf {

namespace {

constexpr const char* kHeadings[] = {"H1", "H2", "H3", "H4", "H5", "H6"};

const char* type_of(display::StructKind kind) {
    using K = display::StructKind;
    switch (kind) {
    case K::Heading:
        return "H"; // numbered in finish()
    case K::Paragraph:
        return "P";
    case K::List:
        return "L";
    case K::ListItem:
        return "LI";
    case K::ListLabel:
        return "Lbl";
    case K::ListBody:
        return "LBody";
    case K::Table:
        return "Table";
    case K::TableRow:
        return "TR";
    case K::TableHeaderCell:
        return "TH";
    case K::TableCell:
        return "TD";
    case K::Figure:
        return "Figure";
    case K::Link:
        return "Link";
    case K::Artifact:
        break;
    }
    return "Span";
}

bool is(const char* type, const char* name) {
    return std::strcmp(type, name) == 0;
}

} // namespace

StructureBuilder::StructureBuilder() {
    s_.elements.emplace_back(); // the Document
    heading_levels_.push_back(0);
}

void StructureBuilder::start_page(std::size_t page) {
    page_ = page;
    if (s_.marks.size() <= page) {
        s_.marks.resize(page + 1);
        s_.mcid_owners.resize(page + 1);
        s_.link_owners.resize(page + 1);
    }
    open_.clear(); // a page's marks are balanced; whatever is not closes with the page
    owner_element_ = -2;
    loose_ = -1;
}

std::uint32_t StructureBuilder::add_element(const char* type, std::int32_t parent) {
    const auto index = static_cast<std::uint32_t>(s_.elements.size());
    StructElement e;
    e.type = type;
    e.parent = parent;
    s_.elements.push_back(std::move(e));
    heading_levels_.push_back(0);
    s_.elements[static_cast<std::size_t>(parent)].kids.push_back(
        {StructKid::Kind::Element, 0, index});
    return index;
}

std::int32_t StructureBuilder::innermost_element() const {
    for (auto it = open_.rbegin(); it != open_.rend(); ++it)
        if (it->element >= 0) return it->element;
    return -1;
}

void StructureBuilder::begin(const display::StructBegin& b) {
    loose_ = -1;
    const bool in_artifact = !open_.empty() && open_.back().artifact;
    if (in_artifact || b.kind == display::StructKind::Artifact) {
        open_.push_back({-1, true, in_artifact ? open_.back().pagination : b.pagination});
        return;
    }
    if (b.id != 0) {
        if (auto found = by_id_.find(b.id); found != by_id_.end()) { // a split's later part
            open_.push_back({static_cast<std::int32_t>(found->second), false, false});
            return;
        }
    }
    const std::int32_t parent = std::max(innermost_element(), 0);
    const std::uint32_t index = add_element(type_of(b.kind), parent);
    StructElement& e = s_.elements[index];
    e.alt = b.alt;
    e.scope = b.scope;
    e.col_span = std::max(1, b.col_span);
    if (b.kind == display::StructKind::Heading) heading_levels_[index] = std::clamp(b.level, 1, 6);
    if (b.id != 0) by_id_.emplace(b.id, index);
    open_.push_back({static_cast<std::int32_t>(index), false, false});
}

void StructureBuilder::end() {
    loose_ = -1;
    if (!open_.empty()) open_.pop_back();
}

std::uint32_t StructureBuilder::loose_text_element() {
    if (loose_ < 0) loose_ = static_cast<std::int32_t>(add_element("P", 0));
    return static_cast<std::uint32_t>(loose_);
}

void StructureBuilder::mark(ContentMark::Owner owner, std::int32_t element, std::size_t item) {
    if (owner == owner_ && element == owner_element_) return; // the same sequence goes on
    owner_ = owner;
    owner_element_ = element;
    ContentMark m;
    m.owner = owner;
    m.item = static_cast<std::uint32_t>(item);
    if (owner == ContentMark::Owner::Element) {
        auto& owners = s_.mcid_owners[page_];
        StructElement& e = s_.elements[static_cast<std::size_t>(element)];
        m.mcid = static_cast<std::uint32_t>(owners.size());
        m.tag = e.type;
        owners.push_back(static_cast<std::uint32_t>(element));
        e.kids.push_back({StructKid::Kind::Content, static_cast<std::uint32_t>(page_), m.mcid});
        if (e.page < 0) e.page = static_cast<std::int32_t>(page_);
    }
    s_.marks[page_].push_back(m);
}

void StructureBuilder::paint(std::size_t item, bool is_text) {
    for (auto it = open_.rbegin(); it != open_.rend(); ++it)
        if (it->artifact)
            return mark(it->pagination ? ContentMark::Owner::Pagination
                                       : ContentMark::Owner::Layout,
                        -1, item);
    // Paths and images are decoration (rules, fills, backgrounds), but in a figure.
    const bool in_figure = std::any_of(open_.begin(), open_.end(), [&](const Open& o) {
        return o.element >= 0 &&
               is(s_.elements[static_cast<std::size_t>(o.element)].type, "Figure");
    });
    if (!is_text && !in_figure) return mark(ContentMark::Owner::Layout, -1, item);
    std::int32_t element = innermost_element();
    if (element < 0) element = static_cast<std::int32_t>(loose_text_element());
    mark(ContentMark::Owner::Element, element, item);
}

void StructureBuilder::link(const display::LinkArea& area) {
    std::int32_t element = -1;
    for (auto it = open_.rbegin(); it != open_.rend() && element < 0; ++it)
        if (it->element >= 0 && is(s_.elements[static_cast<std::size_t>(it->element)].type, "Link"))
            element = it->element;
    if (element < 0) { // an annotation must belong to a Link element: one of its own
        element = static_cast<std::int32_t>(add_element("Link", std::max(innermost_element(), 0)));
        s_.elements[static_cast<std::size_t>(element)].alt =
            area.dest.empty() ? area.uri : area.dest;
    }
    auto& owners = s_.link_owners[page_];
    s_.elements[static_cast<std::size_t>(element)].kids.push_back(
        {StructKid::Kind::Annotation, static_cast<std::uint32_t>(page_),
         static_cast<std::uint32_t>(owners.size())});
    owners.push_back(static_cast<std::uint32_t>(element));
}

Structure StructureBuilder::finish() {
    // Heading levels as the reader meets them (PDF/UA: H1 first, no level skipped): one deeper
    // than the nearest heading before it of a lower layout level, so that headings of one
    // layout level under the same parent stay siblings (a glossary's level-3 terms under its
    // level-1 banner are all H2, not H2, H3, H3…).
    std::vector<int> open; // the layout levels of the headings that enclose the next one
    for (std::size_t i = 0; i < s_.elements.size(); ++i) {
        const int layout_level = heading_levels_[i];
        if (layout_level == 0) continue;
        while (!open.empty() && open.back() >= layout_level)
            open.pop_back();
        const int level = std::min(static_cast<int>(open.size()) + 1, 6);
        s_.elements[i].type = kHeadings[level - 1];
        open.push_back(layout_level);
    }
    return std::move(s_);
}

} // namespace bp::render::pdf
