// The one pagination loop: places blocks in the current page's frame, splits them at the page
// end, starts new pages, and stops with an error for a block that fits no empty page.
#pragma once

#include "display/display_list.hpp"
#include "layout/block.hpp"
#include "layout/term_links.hpp"
#include "model/report.hpp"

#include <vector>

namespace bp::layout {

// The part of a page's body one section's blocks take: from the top of its first block there
// to the bottom of its last (a grid section to the end of its share).
struct SectionShare {
    const model::Section* section = nullptr;
    double top = 0;
    double bottom = 0;
    bool starts = false; // the section's first block is on this page
};

// What finishing a page needs to know: its template, the section that started the page, and
// the share of the body each section placed on it takes, in order.
struct PageContext {
    const model::Template* tmpl = nullptr;
    const model::Section* section = nullptr;
    std::vector<SectionShare> shares;
};

// The body frame of a template's page: between the header and footer bands, inside margins.
Rect body_frame(const model::Template& t);

// The height of a section's share of a page grid (per-page="N"), or 0 if it has none.
double grid_share(const model::Section& section, const model::Template& tmpl);

// The height each block that fills (a chart with height="fill") gets in a grid share of
// `share` points: what the other blocks and every block's spacing leave, split evenly.
double fill_height(const std::vector<BlockPtr>& blocks, double share);

class Paginator {
public:
    // `terms` (may be null) are linked in body text, once per page.
    Paginator(display::Document& doc, TermLinks* terms) : doc_(doc), terms_(terms) {}

    // Lays out one section's blocks; starts a new page when the section asks for one, when the
    // template changes, or when there is no page yet.
    void add_section(const model::Section& section, const model::Template& tmpl,
                     std::vector<BlockPtr> blocks);

    const std::vector<PageContext>& pages() const { return pages_; }
    // What drawing the blocks warned of (chart labels left out), in order.
    std::vector<Diagnostic>& warnings() { return warnings_; }

private:
    void new_page(const model::Template& tmpl, const model::Section& section);
    bool at_top() const { return y_ <= frame_.y + 1e-6; }
    double avail() const { return frame_.bottom() - y_; }
    void place(const Block& block);
    // Notes that the current section's blocks reach down to `bottom` on this page.
    void note_share(double top, double bottom);
    [[noreturn]] void too_big(const Block& block) const;

    display::Document& doc_;
    TermLinks* terms_;
    std::vector<PageContext> pages_;
    std::vector<Diagnostic> warnings_;
    Rect frame_;
    double y_ = 0;
    double pending_space_ = 0;                // space_after of the last block placed
    const model::Section* current_ = nullptr; // the section add_section is placing
    bool current_started_ = false;            // it has placed a block already
};

} // namespace bp::layout
