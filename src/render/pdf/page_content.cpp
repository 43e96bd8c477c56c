#include "render/pdf/parts.hpp"

#include "core/error.hpp"

#include <variant>

namespace bp::render::pdf {

namespace {

// Turns one page's items into content-stream operators in painting order: the one switch over
// item kinds of the PDF renderer's content (links are annotations, added by write_page).
class PagePainter {
public:
    PagePainter(const ResourceNames& names, ContentWriter& out, double height, std::size_t index)
        : names_(names), out_(out), height_(height), index_(index) {
        out_.restart();
    }

    void operator()(const display::TextRun& run) {
        if (run.text.empty()) return;
        if (run.font < 0 || static_cast<std::size_t>(run.font) >= names_.fonts.size())
            throw OutputError("PDF output failed: a text run on page " +
                              std::to_string(index_ + 1) + " uses font " +
                              std::to_string(run.font) + " but the document has " +
                              std::to_string(names_.fonts.size()) + " fonts");
        out_.text(names_.fonts[static_cast<std::size_t>(run.font)], run.size, run.color,
                  run.origin.x, height_ - run.origin.y, run.text, run.invisible);
    }
    void operator()(const display::PathItem& item) { out_.path(item, height_); }
    void operator()(const display::ImageItem& item) {
        const auto& box = item.box;
        if (box.w <= 0 || box.h <= 0) return;
        out_.image(names_.images.at(item.path), box.x, height_ - box.bottom(), box.w, box.h);
    }
    void operator()(const display::LinkArea&) {}    // an annotation, not content
    void operator()(const display::Destination&) {} // created before any content
    // Structure is marked where the scan said (see mark()), not item by item.
    void operator()(const display::StructBegin&) {}
    void operator()(const display::StructEnd&) {}

private:
    const ResourceNames& names_;
    ContentWriter& out_;
    double height_;
    std::size_t index_;
};

} // namespace

std::string_view page_content(const display::Document& document, std::size_t index,
                              const ResourceNames& names, const std::vector<ContentMark>& marks,
                              ContentWriter& writer) {
    const display::Page& page = document.pages[index];
    PagePainter painter(names, writer, page.size.h, index);
    std::size_t next = 0; // the next mark
    for (std::size_t k = 0; k < page.items.size(); ++k) {
        if (next < marks.size() && marks[next].item == k) {
            const ContentMark& m = marks[next++];
            if (next > 1) writer.end_marked();
            if (m.owner == ContentMark::Owner::Element)
                writer.begin_marked(m.tag, m.mcid);
            else
                writer.begin_artifact(m.owner == ContentMark::Owner::Pagination);
        }
        std::visit(painter, page.items[k]);
    }
    if (next > 0) writer.end_marked();
    return writer.finish();
}

} // namespace bp::render::pdf
