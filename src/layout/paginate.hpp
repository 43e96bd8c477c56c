// The one pagination loop: places blocks in the current page's frame, splits them at the page
// end, starts new pages, and stops with an error for a block that fits no empty page.
#pragma once

#include "display/display_list.hpp"
#include "layout/block.hpp"
#include "layout/term_links.hpp"
#include "model/report.hpp"

#include <vector>

namespace bp::layout {

// What finishing a page needs to know: its template and the section shown in its header.
struct PageContext {
    const model::Template* tmpl = nullptr;
    const model::Section* section = nullptr;
};

// The body frame of a template's page: between the header and footer bands, inside margins.
Rect body_frame(const model::Template& t);

class Paginator {
public:
    // `terms` (may be null) are linked in body text, once per page.
    Paginator(display::Document& doc, TermLinks* terms) : doc_(doc), terms_(terms) {}

    // Lays out one section's blocks; starts a new page when the section asks for one, when the
    // template changes, or when there is no page yet.
    void add_section(const model::Section& section, const model::Template& tmpl,
                     std::vector<BlockPtr> blocks);

    const std::vector<PageContext>& pages() const { return pages_; }

private:
    void new_page(const model::Template& tmpl, const model::Section& section);
    bool at_top() const { return y_ <= frame_.y + 1e-6; }
    double avail() const { return frame_.bottom() - y_; }
    void place(const Block& block);
    [[noreturn]] void too_big(const Block& block) const;

    display::Document& doc_;
    TermLinks* terms_;
    std::vector<PageContext> pages_;
    Rect frame_;
    double y_ = 0;
    double pending_space_ = 0; // space_after of the last block placed
};

} // namespace bp::layout
