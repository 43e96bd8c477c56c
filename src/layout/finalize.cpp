#include "layout/finalize.hpp"

#include "core/replace_all.hpp"
#include "graphics/text_style.hpp"

#include "layout/canvas.hpp"
#include "layout/simple_blocks.hpp"

#include <algorithm>
#include <map>
#include <string_view>

namespace bp::layout {

namespace {

// The values of a page's band placeholders: {pages}, {page}, {report.title}, {section.title},
// replaced in that order (the order of their names, which decides what becomes of a value that
// itself holds a placeholder).
struct BandVars {
    std::string pages;
    std::string page;
    std::string_view report_title;
    std::string_view section_title;
};

// Draws one band's items: left items from the left edge, right items ending at the right edge.
class BandPainter {
public:
    BandPainter(Canvas& canvas, const model::Theme& theme, StyleFonts& fonts, BandVars vars,
                bool has_next, bool has_prev)
        : canvas_(canvas), theme_(theme), fonts_(fonts), vars_(std::move(vars)),
          has_next_(has_next), has_prev_(has_prev) {}

    void paint(const model::Band& band, const Rect& area) {
        // Measure every visible item first; text gets whatever the buttons leave.
        struct Placed {
            const model::BandItem* item;
            std::string text;
            double width;
        };
        std::vector<Placed> items;
        items.reserve(band.items.size());
        double fixed_width = 0;
        for (const auto& item : band.items) {
            if (item.kind == model::BandItem::Kind::Button) {
                if (item.target.kind == model::LinkTarget::Kind::NextPage && !has_next_) continue;
                if (item.target.kind == model::LinkTarget::Kind::PrevPage && !has_prev_) continue;
                double w = button_size(item.text, button_style()).w;
                items.push_back({&item, item.text, w});
                fixed_width += w + gap_;
            } else {
                std::string text = expand(item.text);
                const auto& style = theme_.style(item.style);
                double w = fonts_.get(style).metrics->width(text, style.size);
                items.push_back({&item, std::move(text), w});
                if (item.kind == model::BandItem::Kind::PageNumber) fixed_width += w + gap_;
            }
        }
        double left = area.x + pad_, right = area.right() - pad_;
        double text_room = std::max(20.0, area.w - 2 * pad_ - fixed_width);
        for (auto& p : items)
            if (p.item->kind == model::BandItem::Kind::Text) {
                const auto& style = theme_.style(p.item->style);
                auto m = fonts_.get(style).metrics;
                p.text = graphics::fit_text(graphics::TextStyle{0, m, style.size, style.color},
                                            p.text, text_room);
                p.width = m->width(p.text, style.size);
            }
        // Each item is drawn once, so its text moves into the page.
        for (auto& p : items)
            if (p.item->align == model::Align::Left) {
                draw(p.item, std::move(p.text), p.width, left, area);
                left += p.width + gap_;
            }
        for (auto it = items.rbegin(); it != items.rend(); ++it)
            if (it->item->align == model::Align::Right) {
                right -= it->width;
                draw(it->item, std::move(it->text), it->width, right, area);
                right -= gap_;
            }
        for (auto& p : items)
            if (p.item->align == model::Align::Center)
                draw(p.item, std::move(p.text), p.width, area.x + (area.w - p.width) / 2, area);
    }

private:
    ButtonStyle button_style() {
        const auto& style = theme_.style("button");
        return ButtonStyle{fonts_.get(style),
                           style.size,
                           style.color,
                           theme_.color("button", Color{0.18, 0.46, 0.71}),
                           10,
                           5};
    }

    std::string expand(std::string text) const {
        text = replace_all(std::move(text), "{pages}", vars_.pages);
        text = replace_all(std::move(text), "{page}", vars_.page);
        text = replace_all(std::move(text), "{report.title}", vars_.report_title);
        return replace_all(std::move(text), "{section.title}", vars_.section_title);
    }

    void draw(const model::BandItem* item, std::string text, double width, double x,
              const Rect& area) {
        if (item->kind == model::BandItem::Kind::Button) {
            ButtonStyle bs = button_style();
            Size s = button_size(text, bs);
            draw_button(canvas_, Rect{x, area.y + (area.h - s.h) / 2, s.w, s.h}, text, item->target,
                        bs);
            return;
        }
        const auto& style = theme_.style(item->style);
        ResolvedFont f = fonts_.get(style);
        double baseline = area.y + (area.h + f.metrics->cap_height(style.size)) / 2;
        canvas_.text({x, baseline}, f, style.size, style.color, std::move(text), width);
    }

    Canvas& canvas_;
    const model::Theme& theme_;
    StyleFonts& fonts_;
    BandVars vars_;
    bool has_next_;
    bool has_prev_;
    double gap_ = 8;
    double pad_ = 10;
};

// Replaces "@next"/"@prev" link destinations with page destinations; drops impossible ones.
void resolve_page_links(display::Page& page, std::size_t index, std::size_t count) {
    auto& items = page.items;
    items.erase(std::remove_if(items.begin(), items.end(),
                               [&](display::Item& item) {
                                   auto* link = std::get_if<display::LinkArea>(&item);
                                   if (!link) return false;
                                   if (link->dest == "@next") {
                                       if (index + 1 >= count) return true;
                                       link->dest = page_dest(index + 1);
                                   } else if (link->dest == "@prev") {
                                       if (index == 0) return true;
                                       link->dest = page_dest(index - 1);
                                   }
                                   return false;
                               }),
                items.end());
}

std::vector<display::OutlineEntry> build_outline(const model::Report& report) {
    std::vector<display::OutlineEntry> outline;
    std::map<std::string, std::size_t> top_index;
    for (const auto& s : report.sections) {
        if (!s.bookmark) continue;
        display::OutlineEntry entry{s.title, section_dest(s.id), {}};
        auto parent = top_index.find(s.bookmark_parent);
        if (!s.bookmark_parent.empty() && parent != top_index.end()) {
            outline[parent->second].children.push_back(std::move(entry));
        } else {
            top_index[s.id] = outline.size();
            outline.push_back(std::move(entry));
        }
    }
    return outline;
}

} // namespace

void finalize(display::Document& doc, const std::vector<PageContext>& pages,
              const model::Report& report, const model::Theme& theme, StyleFonts& fonts) {
    std::size_t count = doc.pages.size();
    for (std::size_t i = 0; i < count; ++i) {
        display::Page& page = doc.pages[i];
        const model::Template& t = *pages[i].tmpl;
        Canvas canvas(page);
        canvas.destination(page_dest(i), 0);
        BandVars vars{std::to_string(count), std::to_string(i + 1),
                      graphics::shown_prefix(report.info.title),
                      graphics::shown_prefix(pages[i].section->title)};
        BandPainter painter(canvas, theme, fonts, std::move(vars), i + 1 < count, i > 0);
        double content_w = t.width - t.margin_left - t.margin_right;
        canvas.begin(display::StructKind::Artifact);
        if (t.header.height > 0) {
            Rect area{t.margin_left, t.margin_top, content_w, t.header.height};
            canvas.fill_rect(area, theme.color("brand", Color{0.12, 0.22, 0.39}));
            painter.paint(t.header, area);
        }
        if (t.footer.height > 0) {
            Rect area{t.margin_left, t.height - t.margin_bottom - t.footer.height, content_w,
                      t.footer.height};
            canvas.stroke_line({area.x, area.y}, {area.right(), area.y},
                               theme.color("rule", Color{0.75, 0.75, 0.75}), 0.75);
            painter.paint(t.footer, area);
        }
        canvas.end();
        resolve_page_links(page, i, count);
    }
    doc.outline = build_outline(report);
    doc.page_labels = {display::PageLabelRange{0, display::PageLabelRange::Style::Decimal, "", 1}};
}

} // namespace bp::layout
