#include "render/pdf/parts.hpp"

namespace bp::render::pdf {

namespace {

void add_entries(HaruDoc& doc, HPDF_Outline parent,
                 const std::vector<display::OutlineEntry>& entries,
                 const Destinations& destinations, HPDF_Encoder utf8, int depth) {
    for (const auto& entry : entries) {
        HPDF_Outline outline =
            HPDF_CreateOutline(doc.get(), parent, haru_text(entry.title).c_str(), utf8);
        const std::string what = "the outline entry '" + haru_text(entry.title, 80) + "'";
        HPDF_Outline_SetDestination(outline, find_destination(destinations, entry.dest, what));
        // Top-level entries start expanded so the sections show; deeper ones folded.
        HPDF_Outline_SetOpened(outline, depth == 0 && !entry.children.empty());
        doc.check("adding " + what);
        add_entries(doc, outline, entry.children, destinations, utf8, depth + 1);
    }
}

} // namespace

void add_outline(HaruDoc& doc, const std::vector<display::OutlineEntry>& entries,
                 const Destinations& destinations) {
    HPDF_Encoder utf8 = HPDF_GetEncoder(doc.get(), "UTF-8");
    doc.check("preparing the outline");
    add_entries(doc, nullptr, entries, destinations, utf8, 0);
}

} // namespace bp::render::pdf
