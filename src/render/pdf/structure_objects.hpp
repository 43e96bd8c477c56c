// The structure tree as PDF objects (ISO 32000-1 14.7): one StructElem per element, the
// ParentTree that maps each page's marked content and each link annotation back to its element,
// and the entries of the StructTreeRoot. Written as text for an object stream (pdf_file.cpp).
#pragma once

#include "render/pdf/structure.hpp"

#include <string>
#include <vector>

namespace bp::render::pdf {

// Object numbers the structure refers to.
struct StructureTargets {
    unsigned root = 0;                              // the StructTreeRoot
    std::vector<unsigned> pages;                    // by page
    std::vector<std::vector<unsigned>> annotations; // by page, by link area
};

// The objects, numbered from `first` in order: element i is `first + i`, the parent tree last.
struct StructureObjects {
    std::vector<std::string> objects;
    std::string root_entries; // the body of the StructTreeRoot dictionary
};

StructureObjects structure_objects(const Structure& structure, const StructureTargets& targets,
                                   unsigned first);
// The same root_entries, without making the objects.
std::string structure_root_entries(const Structure& structure, unsigned first);

} // namespace bp::render::pdf
