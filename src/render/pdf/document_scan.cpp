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
    PageScanner(DocumentScan& scan, std::vector<std::vector<bool>>& seen, std::size_t page,
                StructureBuilder* structure)
        : scan_(scan), seen_(seen), page_(page), structure_(structure) {
        if (structure_) structure_->start_page(page);
    }
    // The index of the item visited next.
    void at(std::size_t item) { item_ = item; }

    void operator()(const display::TextRun& run) {
        if (structure_ && !run.text.empty()) structure_->paint(item_, true);
        if (run.font < 0 || static_cast<std::size_t>(run.font) >= seen_.size()) return;
        auto& set = seen_[static_cast<std::size_t>(run.font)];
        if (set.empty()) set.resize(0x10000);
        for (std::size_t pos = 0; pos < run.text.size();)
            set[pdf_code(next_code_point(run.text, pos))] = true;
    }
    void operator()(const display::ImageItem& image) {
        if (structure_ && image.box.w > 0 && image.box.h > 0) structure_->paint(item_, false);
        scan_.draws_image[page_] = true;
        for (const auto& known : scan_.images)
            if (known == image.path) return;
        scan_.images.push_back(image.path);
    }
    void operator()(const display::LinkArea& link) {
        if (structure_) structure_->link(link);
        scan_.links[page_].push_back(link);
    }
    void operator()(const display::Destination& dest) { scan_.destinations[page_].push_back(dest); }
    void operator()(const display::PathItem& item) {
        // What ContentWriter::path paints: a path with a fill or a visible stroke.
        if (structure_ && !item.path.empty() &&
            (item.fill || (item.stroke && item.stroke->width > 0)))
            structure_->paint(item_, false);
    }
    void operator()(const display::StructBegin& element) {
        if (structure_) structure_->begin(element);
    }
    void operator()(const display::StructEnd&) {
        if (structure_) structure_->end();
    }

private:
    DocumentScan& scan_;
    std::vector<std::vector<bool>>& seen_;
    std::size_t page_;
    StructureBuilder* structure_;
    std::size_t item_ = 0;
};

} // namespace

DocumentScan scan_document(const display::Document& document, bool tagged) {
    const std::size_t pages = document.pages.size();
    DocumentScan scan;
    scan.links.resize(pages);
    scan.destinations.resize(pages);
    scan.draws_image.resize(pages);
    std::vector<std::vector<bool>> seen(document.fonts.size());
    StructureBuilder structure;
    for (std::size_t i = 0; i < pages; ++i) {
        PageScanner scanner(scan, seen, i, tagged ? &structure : nullptr);
        const auto& items = document.pages[i].items;
        for (std::size_t k = 0; k < items.size(); ++k) {
            scanner.at(k);
            std::visit(scanner, items[k]);
        }
    }
    if (tagged) scan.structure = structure.finish();
    scan.codes.resize(seen.size());
    for (std::size_t f = 0; f < seen.size(); ++f)
        for (std::size_t c = 0; c < seen[f].size(); ++c)
            if (seen[f][c]) scan.codes[f].push_back(static_cast<char16_t>(c));
    return scan;
}

} // namespace bp::render::pdf
