#include "render/pdf/parts.hpp"

#include "core/error.hpp"

namespace bp::render::pdf {

Destinations create_destinations(HaruDoc& doc, const display::Document& document,
                                 const DocumentScan& scan, const std::vector<HPDF_Page>& pages) {
    Destinations destinations;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        for (const auto& d : scan.destinations[i]) {
            // A page top opens the whole page (/Fit); a place lower down is put at the top of
            // the window at full width (/FitH). libharu cannot write "keep the zoom" (/XYZ 0).
            HPDF_Destination dst = HPDF_Page_CreateDestination(pages[i]);
            if (d.y > 0)
                HPDF_Destination_SetFitH(dst,
                                         static_cast<HPDF_REAL>(document.pages[i].size.h - d.y));
            if (!destinations.emplace(d.name, dst).second)
                throw OutputError("PDF output failed: destination '" + d.name +
                                  "' is defined twice (again on page " + std::to_string(i + 1) +
                                  ")");
        }
        doc.check("creating the destinations of page " + std::to_string(i + 1));
    }
    return destinations;
}

HPDF_Destination find_destination(const Destinations& destinations, const std::string& name,
                                  const std::string& used_by) {
    auto it = destinations.find(name);
    if (it == destinations.end())
        throw OutputError("PDF output failed: " + used_by + " goes to unknown destination '" +
                          name + "'");
    return it->second;
}

HPDF_Annotation add_link(const PageTarget& target, const display::LinkArea& link) {
    const auto& box = link.box;
    HPDF_Rect rect{target.x(box.x), target.y(box.bottom()), target.x(box.right()), target.y(box.y)};
    HPDF_Annotation annot = nullptr;
    if (!link.dest.empty()) {
        annot = HPDF_Page_CreateLinkAnnot(
            target.page, rect,
            find_destination(target.destinations, link.dest,
                             "a link on page " + std::to_string(target.number)));
    } else if (link.uri.size() > kHaruMaxStringBytes) {
        throw OutputError("PDF output failed: the link to '" + haru_text(link.uri, 80) +
                          "…' on page " + std::to_string(target.number) +
                          " is longer than the PDF writer's limit of 65,535 bytes");
    } else if (!link.uri.empty()) {
        annot = HPDF_Page_CreateURILinkAnnot(target.page, rect, link.uri.c_str());
    } else {
        throw OutputError("PDF output failed: a link on page " + std::to_string(target.number) +
                          " has neither a destination nor a URI");
    }
    HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0); // no visible border
    return annot;
}

} // namespace bp::render::pdf
