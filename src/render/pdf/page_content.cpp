#include "render/pdf/parts.hpp"

#include "core/error.hpp"
#include "render/pdf/content_writer.hpp"

#include <hpdf_pages.h>

#include <variant>

#if HPDF_VERSION_ID != 20300
#error "render/pdf/page_content.cpp uses libharu 2.3.0 internals; re-check them for this version"
#endif

namespace bp::render::pdf {

namespace {

// Turns one page's items into content-stream operators and link annotations, in painting
// order: the one switch over item kinds of the PDF renderer.
class PagePainter {
public:
    PagePainter(const PageTarget& target, ContentWriter& out)
        : t_(target), font_names_(target.fonts.size(), nullptr), out_(out) {
        out_.restart();
    }

    void operator()(const display::TextRun& run) {
        if (run.text.empty()) return;
        out_.text(font_name(run.font), run.size, run.color, run.origin.x, t_.y(run.origin.y),
                  run.text);
    }
    void operator()(const display::PathItem& item) { out_.path(item, t_.height); }
    void operator()(const display::ImageItem& item) {
        auto [it, added] = t_.images.try_emplace(item.path, nullptr);
        if (added) { // each file is embedded once
            it->second = HPDF_LoadPngImageFromFile(t_.doc.get(), item.path.c_str());
            t_.doc.check("loading PNG image " + item.path);
        }
        const auto& box = item.box;
        if (box.w <= 0 || box.h <= 0) return;
        const char* name = HPDF_Page_GetXObjectName(t_.page, it->second);
        t_.doc.check("placing PNG image " + item.path);
        out_.image(name, box.x, t_.y(box.bottom()), box.w, box.h);
    }
    void operator()(const display::LinkArea& link) { add_link(t_, link); }
    void operator()(const display::Destination&) {} // created before any content
    // libharu has no marked-content or structure-tree API, so no tagged PDF yet.
    void operator()(const display::StructBegin&) {}
    void operator()(const display::StructEnd&) {}

    std::string_view finish() { return out_.finish(); }

private:
    // The page's resource name of font `id` ("F1", …), added to the page's resources on first use.
    const char* font_name(display::FontId id) {
        if (id < 0 || static_cast<std::size_t>(id) >= font_names_.size())
            throw OutputError("PDF output failed: a text run on page " + std::to_string(t_.number) +
                              " uses font " + std::to_string(id) + " but the document has " +
                              std::to_string(font_names_.size()) + " fonts");
        const char*& name = font_names_[static_cast<std::size_t>(id)];
        if (!name) {
            name = HPDF_Page_GetLocalFontName(t_.page, t_.fonts[static_cast<std::size_t>(id)]);
            t_.doc.check("adding a font to page " + std::to_string(t_.number));
            if (!name)
                throw OutputError("PDF output failed: no font resource on page " +
                                  std::to_string(t_.number));
        }
        return name;
    }

    const PageTarget& t_;
    std::vector<const char*> font_names_;
    ContentWriter& out_;
};

} // namespace

void write_page(const PageTarget& target, const display::Page& page, ContentWriter& writer) {
    PagePainter painter(target, writer);
    for (const auto& item : page.items)
        std::visit(painter, item);
    set_page_content(target, painter.finish());
    target.doc.check("drawing page " + std::to_string(target.number));
}

} // namespace bp::render::pdf
