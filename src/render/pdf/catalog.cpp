// libharu 2.3 has no public API for the catalog's /Lang or for page labels with UTF-8 prefixes
// or without a numbering style. Its installed headers (hpdf_doc.h, hpdf_catalog.h,
// hpdf_objects.h) expose the document's catalog and object functions, which its own
// HPDF_AddPageLabel and HPDF_SetInfoAttr use; this file is the only user of them.
#include "render/pdf/parts.hpp"

#include "core/error.hpp"

#include <algorithm>

#if HPDF_VERSION_ID != 20300
#error "render/pdf/catalog.cpp uses libharu 2.3.0 internals; re-check them for this version"
#endif

namespace bp::render::pdf {

namespace {

const char* style_name(display::PageLabelRange::Style style) {
    switch (style) {
    case display::PageLabelRange::Style::Decimal:
        return "D";
    case display::PageLabelRange::Style::LowerRoman:
        return "r";
    case display::PageLabelRange::Style::UpperRoman:
        return "R";
    case display::PageLabelRange::Style::None:
        return nullptr;
    }
    return nullptr;
}

} // namespace

void set_language(HaruDoc& doc, const std::string& language) {
    if (language.empty()) return;
    HPDF_Dict_Add(doc.get()->catalog, "Lang", haru_string(doc, language));
    doc.check("setting the document language '" + language + "'");
}

void set_page_labels(HaruDoc& doc, const std::vector<display::PageLabelRange>& ranges,
                     std::size_t page_count) {
    if (ranges.empty()) return;
    auto sorted = ranges;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.first_page < b.first_page; });
    if (sorted.front().first_page != 0) // PDF requires a label range starting at page 0
        sorted.insert(sorted.begin(), display::PageLabelRange{});
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const auto& r = sorted[i];
        if (r.first_page < 0 || static_cast<std::size_t>(r.first_page) >= page_count ||
            (i > 0 && r.first_page == sorted[i - 1].first_page) || r.start < 1)
            throw OutputError("PDF output failed: invalid page label range from page index " +
                              std::to_string(r.first_page) + " starting at " +
                              std::to_string(r.start) + " (document has " +
                              std::to_string(page_count) + " pages)");
        HPDF_Dict label = HPDF_Dict_New(doc.get()->mmgr);
        doc.check("creating a page label");
        if (const char* s = style_name(r.style)) HPDF_Dict_AddName(label, "S", s);
        if (!r.prefix.empty()) HPDF_Dict_Add(label, "P", haru_string(doc, r.prefix));
        if (r.start != 1) HPDF_Dict_AddNumber(label, "St", r.start);
        HPDF_Catalog_AddPageLabel(doc.get()->catalog, static_cast<HPDF_UINT>(r.first_page), label);
        doc.check("adding the page labels from page index " + std::to_string(r.first_page));
    }
}

} // namespace bp::render::pdf
