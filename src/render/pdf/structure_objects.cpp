#include "render/pdf/structure_objects.hpp"

#include "render/pdf/pdf_syntax.hpp"

namespace bp::render::pdf {

namespace {

// One element's dictionary.
std::string element_object(const Structure& s, std::size_t index, const StructureTargets& t,
                           unsigned first) {
    const StructElement& e = s.elements[index];
    std::string out = "<</S/"; // /Type /StructElem is optional
    out += e.type;
    out += "/P ";
    out += reference(e.parent < 0 ? t.root : first + static_cast<unsigned>(e.parent));
    if (e.page >= 0) out += "/Pg " + reference(t.pages[static_cast<std::size_t>(e.page)]);
    if (!e.kids.empty()) {
        out += e.kids.size() > 1 ? "/K[" : "/K ";
        for (std::size_t k = 0; k < e.kids.size(); ++k) {
            const StructKid& kid = e.kids[k];
            if (k > 0) out += ' ';
            switch (kid.kind) {
            case StructKid::Kind::Element:
                out += reference(first + kid.value);
                break;
            case StructKid::Kind::Content:
                if (static_cast<std::int32_t>(kid.page) == e.page)
                    out += std::to_string(kid.value);
                else // content on another page than the element's /Pg
                    out += "<</Type/MCR/Pg " + reference(t.pages[kid.page]) + "/MCID " +
                           std::to_string(kid.value) + ">>";
                break;
            case StructKid::Kind::Annotation:
                out += "<</Type/OBJR/Pg " + reference(t.pages[kid.page]) + "/Obj " +
                       reference(t.annotations[kid.page][kid.value]) + ">>";
                break;
            }
        }
        if (e.kids.size() > 1) out += ']';
    }
    const std::string_view type = e.type;
    if (type == "Figure") out += "/Alt" + text_string(e.alt.empty() ? "Figure" : e.alt);
    if (type == "Link" && !e.alt.empty()) out += "/Alt" + text_string(e.alt);
    if (type == "TH" || type == "TD") {
        std::string attributes;
        if (e.scope == display::StructBegin::Scope::Column) attributes += "/Scope/Column";
        if (e.scope == display::StructBegin::Scope::Row) attributes += "/Scope/Row";
        if (e.col_span > 1) attributes += "/ColSpan " + std::to_string(e.col_span);
        if (!attributes.empty()) out += "/A<</O/Table" + attributes + ">>";
    }
    out += ">>";
    return out;
}

} // namespace

StructureObjects structure_objects(const Structure& s, const StructureTargets& t, unsigned first) {
    StructureObjects result;
    result.objects.reserve(s.elements.size() + 1);
    for (std::size_t i = 0; i < s.elements.size(); ++i)
        result.objects.push_back(element_object(s, i, t, first));

    // The parent tree: key p holds page p's elements by MCID, then one key per link annotation.
    std::string tree = "<</Nums[";
    unsigned key = 0;
    for (std::size_t p = 0; p < s.mcid_owners.size(); ++p, ++key) {
        tree += std::to_string(key) + "[";
        for (std::size_t m = 0; m < s.mcid_owners[p].size(); ++m) {
            if (m > 0) tree += ' ';
            tree += reference(first + s.mcid_owners[p][m]);
        }
        tree += "]";
    }
    for (const auto& owners : s.link_owners)
        for (std::uint32_t element : owners)
            tree += std::to_string(key++) + " " + reference(first + element) + " ";
    tree += "]>>";
    result.objects.push_back(std::move(tree));

    result.root_entries = structure_root_entries(s, first);
    return result;
}

std::string structure_root_entries(const Structure& s, unsigned first) {
    std::size_t keys = s.mcid_owners.size(); // one a page, then one a link annotation
    for (const auto& owners : s.link_owners)
        keys += owners.size();
    return "/Type /StructTreeRoot\n/K " + reference(first) + "\n/ParentTree " +
           reference(first + static_cast<unsigned>(s.elements.size())) + "\n/ParentTreeNextKey " +
           std::to_string(keys) + "\n";
}

} // namespace bp::render::pdf
