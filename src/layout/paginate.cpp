#include "layout/paginate.hpp"

#include "core/error.hpp"
#include "core/number_text.hpp"
#include "layout/canvas.hpp"

#include <algorithm>

namespace bp::layout {

Rect body_frame(const model::Template& t) {
    const double gap = 10;
    double top = t.margin_top + (t.header.height > 0 ? t.header.height + gap : 0);
    double bottom = t.height - t.margin_bottom - (t.footer.height > 0 ? t.footer.height + gap : 0);
    return Rect{t.margin_left, top, t.width - t.margin_left - t.margin_right, bottom - top};
}

namespace {
constexpr double kSectionGap = 14; // between sections sharing a page
} // namespace

double grid_share(const model::Section& section, const model::Template& tmpl) {
    return section.per_page > 0
               ? (body_frame(tmpl).h - (section.per_page - 1) * kSectionGap) / section.per_page
               : 0;
}

double fill_height(const std::vector<BlockPtr>& blocks, double share) {
    std::size_t fills = 0;
    double fixed_height = 0;
    for (const auto& b : blocks) {
        fixed_height += b->space_before() + b->space_after();
        if (b->fills())
            ++fills;
        else
            fixed_height += b->height();
    }
    return fills == 0 ? 0 : (share - fixed_height - 1e-6) / static_cast<double>(fills);
}

void Paginator::new_page(const model::Template& tmpl, const model::Section& section) {
    // Room for as many items as the last page had, and its bands: pages of a long report are
    // alike, and growing a page item by item moved every item several times.
    const std::size_t expected = doc_.pages.empty() ? 0 : doc_.pages.back().items.size() + 32;
    doc_.pages.push_back(display::Page{Size{tmpl.width, tmpl.height}, {}});
    doc_.pages.back().items.reserve(expected);
    pages_.push_back(PageContext{&tmpl, &section, {}});
    frame_ = body_frame(tmpl);
    y_ = frame_.y;
    if (terms_) terms_->new_page();
    pending_space_ = 0;
}

void Paginator::place(const Block& block) {
    Canvas canvas(doc_.pages.back(), terms_, &warnings_);
    block.draw(canvas, {frame_.x, y_});
    const double top = y_;
    y_ += block.height();
    pending_space_ = block.space_after();
    note_share(top, y_);
}

void Paginator::note_share(double top, double bottom) {
    auto& shares = pages_.back().shares;
    if (shares.empty() || shares.back().section != current_) {
        shares.push_back(SectionShare{current_, top, bottom, !current_started_});
        current_started_ = true;
    }
    shares.back().bottom = std::max(shares.back().bottom, bottom);
}

void Paginator::too_big(const Block& block) const {
    throw InputError(block.pos(), block.what() + " does not fit on an empty page: it needs " +
                                      fixed(block.height(), 0) + " pt but page " +
                                      std::to_string(doc_.pages.size()) + " has " +
                                      fixed(frame_.h, 0) + " pt");
}

void Paginator::add_section(const model::Section& section, const model::Template& tmpl,
                            std::vector<BlockPtr> blocks) {
    if (terms_) terms_->set_section(section.id);
    current_ = &section;
    current_started_ = false;
    bool same_template = !pages_.empty() && pages_.back().tmpl == &tmpl;
    const double section_gap = kSectionGap;
    double whole = 0;
    for (const auto& b : blocks)
        whole += b->space_before() + b->height() + b->space_after();
    // A page grid: the section's share of the body, blocks that fill growing into what is left.
    const double share = grid_share(section, tmpl);
    if (share > 0) {
        const double each = fill_height(blocks, share);
        for (const auto& b : blocks)
            if (b->fills()) b->fill_to(each);
        whole = 0;
        for (const auto& b : blocks)
            whole += b->space_before() + b->height() + b->space_after();
        whole = std::max(share, whole);
    }
    if (section.new_page || !same_template) {
        new_page(tmpl, section);
    } else if (!at_top()) {
        pending_space_ = std::max(pending_space_, section_gap);
        bool keep = section.keep_together || share > 0;
        if (keep && pending_space_ + whole > avail() + 1e-6 && whole <= frame_.h)
            new_page(tmpl, section);
    }
    const double section_top = y_ + (at_top() ? 0 : pending_space_);
    const std::size_t section_page = doc_.pages.size();
    std::string dest = section_dest(section.id);
    bool dest_placed = false;
    auto place_dest = [&] {
        if (dest_placed) return;
        Canvas(doc_.pages.back()).destination(std::move(dest), at_top() ? 0 : y_);
        dest_placed = true;
    };

    // Blocks from `next` on are still to place; a split's tail, or a block that moves to the
    // next page, goes back into the slot it was taken from.
    std::size_t next = 0;
    while (next < blocks.size()) {
        BlockPtr block = std::move(blocks[next++]);
        if (block->is_page_break()) {
            place_dest();
            new_page(tmpl, section);
            continue;
        }
        double gap = at_top() ? 0 : std::max(pending_space_, block->space_before());
        double need = block->height();
        // A heading needs room for itself and the start of what follows it.
        if (block->keep_with_next() && next < blocks.size() && !blocks[next]->is_page_break()) {
            bool next_fits = blocks[next]->can_start(std::max(0.0, avail() - gap - need));
            if (!next_fits && !at_top() && need + blocks[next]->height() <= frame_.h) {
                new_page(tmpl, section);
                gap = 0;
            }
        }
        if (gap + need <= avail() + 1e-6) {
            y_ += gap;
            place_dest();
            place(*block);
            continue;
        }
        double room = std::max(0.0, avail() - gap);
        Split parts = block->split(room);
        if (!parts.head && at_top()) parts = block->split_at_top(room);
        if (parts.head && parts.head->height() > room + 1e-6) parts = {}; // never overflow a page
        if (parts.head) {
            y_ += gap;
            place_dest();
            place(*parts.head);
            if (parts.tail) {
                new_page(tmpl, section);
                blocks[--next] = std::move(parts.tail);
            }
            continue;
        }
        if (at_top()) too_big(*block);
        new_page(tmpl, section);
        blocks[--next] = std::move(block);
    }
    if (!dest_placed && !doc_.pages.empty()) place_dest();
    // The next section of the grid starts at this one's share, however short its content.
    if (share > 0 && doc_.pages.size() == section_page && y_ < section_top + share) {
        y_ = section_top + share;
        pending_space_ = 0;
        if (current_started_) note_share(section_top, y_);
    }
}

} // namespace bp::layout
