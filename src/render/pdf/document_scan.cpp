// One pass over the display list for everything the libharu side needs of it. After this pass
// the libharu calls read only the scan and the pages' sizes, so page content can be made (and
// the pages' items freed) on other threads at the same time.
#include "render/pdf/parts.hpp"

#include "core/utf8.hpp"

#include <variant>

namespace bp::render::pdf {

namespace {

// Collects one page's items into the scan.
class PageScanner {
public:
    PageScanner(DocumentScan& scan, std::vector<std::vector<bool>>& seen, std::size_t page)
        : scan_(scan), seen_(seen), page_(page) {}

    void operator()(const display::TextRun& run) {
        if (run.font < 0 || static_cast<std::size_t>(run.font) >= seen_.size()) return;
        auto& set = seen_[static_cast<std::size_t>(run.font)];
        if (set.empty()) set.resize(0x10000);
        for (std::size_t pos = 0; pos < run.text.size();)
            set[pdf_code(next_code_point(run.text, pos))] = true;
    }
    void operator()(const display::ImageItem& image) {
        scan_.draws_image[page_] = true;
        for (const auto& known : scan_.images)
            if (known == image.path) return;
        scan_.images.push_back(image.path);
    }
    void operator()(const display::LinkArea& link) { scan_.links[page_].push_back(link); }
    void operator()(const display::Destination& dest) { scan_.destinations[page_].push_back(dest); }
    void operator()(const display::PathItem&) {}
    void operator()(const display::StructBegin&) {}
    void operator()(const display::StructEnd&) {}

private:
    DocumentScan& scan_;
    std::vector<std::vector<bool>>& seen_;
    std::size_t page_;
};

} // namespace

DocumentScan scan_document(const display::Document& document) {
    const std::size_t pages = document.pages.size();
    DocumentScan scan;
    scan.links.resize(pages);
    scan.destinations.resize(pages);
    scan.draws_image.resize(pages);
    std::vector<std::vector<bool>> seen(document.fonts.size());
    for (std::size_t i = 0; i < pages; ++i) {
        PageScanner scanner(scan, seen, i);
        for (const auto& item : document.pages[i].items)
            std::visit(scanner, item);
    }
    scan.codes.resize(seen.size());
    for (std::size_t f = 0; f < seen.size(); ++f)
        for (std::size_t c = 0; c < seen[f].size(); ++c)
            if (seen[f][c]) scan.codes[f].push_back(static_cast<char16_t>(c));
    return scan;
}

} // namespace bp::render::pdf
