#include "render/pdf/parts.hpp"

#include "core/error.hpp"

namespace bp::render::pdf {

void draw_text(const PageTarget& target, const display::TextRun& run) {
    if (run.text.empty()) return;
    if (run.font < 0 || static_cast<std::size_t>(run.font) >= target.fonts.size())
        throw OutputError("PDF output failed: a text run on page " + std::to_string(target.number) +
                          " uses font " + std::to_string(run.font) + " but the document has " +
                          std::to_string(target.fonts.size()) + " fonts");
    HPDF_Page page = target.page;
    HPDF_Page_GSave(page);
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, target.fonts[static_cast<std::size_t>(run.font)],
                             static_cast<HPDF_REAL>(run.size));
    HPDF_Page_SetRGBFill(page, static_cast<HPDF_REAL>(run.color.r),
                         static_cast<HPDF_REAL>(run.color.g), static_cast<HPDF_REAL>(run.color.b));
    HPDF_Page_TextOut(page, target.x(run.origin.x), target.y(run.origin.y), run.text.c_str());
    HPDF_Page_EndText(page);
    HPDF_Page_GRestore(page);
}

} // namespace bp::render::pdf
