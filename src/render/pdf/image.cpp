#include "render/pdf/parts.hpp"

namespace bp::render::pdf {

void draw_image(const PageTarget& target, const display::ImageItem& item) {
    auto [it, added] = target.images.try_emplace(item.path, nullptr);
    if (added) { // each file is embedded once
        it->second = HPDF_LoadPngImageFromFile(target.doc.get(), item.path.c_str());
        target.doc.check("loading PNG image " + item.path);
    }
    const auto& box = item.box;
    if (box.w <= 0 || box.h <= 0) return;
    HPDF_Page_DrawImage(target.page, it->second, target.x(box.x), target.y(box.bottom()),
                        static_cast<HPDF_REAL>(box.w), static_cast<HPDF_REAL>(box.h));
}

} // namespace bp::render::pdf
