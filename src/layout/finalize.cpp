#include "layout/finalize.hpp"

#include "core/error.hpp"
#include "core/number_text.hpp"
#include "core/replace_all.hpp"
#include "graphics/text_style.hpp"

#include "layout/canvas.hpp"
#include "layout/simple_blocks.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <stdexcept>
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

// Headers and footers are running artifacts (PDF/UA: type Pagination), but for their buttons.
void begin_band(Canvas& canvas) {
    display::StructBegin band;
    band.kind = display::StructKind::Artifact;
    band.pagination = true;
    canvas.begin(std::move(band));
}

// The texts of band items marked as headings (`heading="N"`) drawn on the previous page and on
// this one: on a page right after one that drew the same text from the same item, the text is
// a running repeat (an artifact), else the page's title (a heading).
struct BandHeadings {
    std::map<const model::BandItem*, std::string> previous;
    std::map<const model::BandItem*, std::string> current;

    bool repeats(const model::BandItem* item, const std::string& text) const {
        auto it = previous.find(item);
        return it != previous.end() && it->second == text;
    }
    void next_page() {
        previous = std::move(current);
        current.clear();
    }
};

// Draws one band's items: left items from the left edge, right items ending at the right edge.
class BandPainter {
public:
    // `opens_section`: the page is its section's first, where a band text showing the
    // section's title is that section's heading (on later pages, a running header).
    // `cuts_warned` (may be null): the band texts already warned of as shortened.
    BandPainter(Canvas& canvas, const model::Theme& theme, StyleFonts& fonts, BandVars vars,
                bool has_next, bool has_prev, bool opens_section, BandHeadings& headings,
                std::set<std::string>* cuts_warned = nullptr)
        : canvas_(canvas), theme_(theme), fonts_(fonts), vars_(std::move(vars)),
          has_next_(has_next), has_prev_(has_prev), opens_section_(opens_section),
          headings_(headings), cuts_warned_(cuts_warned) {}

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
        // The texts share the room the buttons and page numbers leave: while they are too wide
        // together, the longest is shortened with … to what the others leave it.
        std::vector<std::size_t> texts;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (items[i].item->kind == model::BandItem::Kind::Text) texts.push_back(i);
        const double shared_room =
            text_room - (texts.size() > 1 ? static_cast<double>(texts.size() - 1) * gap_ : 0);
        for (std::size_t round = 0; round < texts.size(); ++round) {
            double sum = 0;
            std::size_t longest = texts.front();
            for (std::size_t i : texts) {
                sum += items[i].width;
                if (items[i].width > items[longest].width) longest = i;
            }
            if (sum <= shared_room + 1e-6) break;
            Placed& p = items[longest];
            const auto& style = theme_.style(p.item->style);
            auto m = fonts_.get(style).metrics;
            const double allowed = shared_room - (sum - p.width);
            std::string fitted = graphics::fit_text(
                graphics::TextStyle{0, m, style.size, style.color}, p.text, allowed);
            if (fitted.empty() || (fitted.size() < p.text.size() && fitted.size() <= 3))
                throw InputError(p.item->pos,
                                 "the texts of this header or footer band do not fit its width "
                                 "together (\"" +
                                     p.text + "\" would have " + fixed(std::max(0.0, allowed), 0) +
                                     " pt); shorten them or use a smaller style");
            if (fitted != p.text) report_cut(band, *p.item, p.text, fitted);
            p.text = std::move(fitted);
            p.width = m->width(p.text, style.size);
        }
        // Each item is drawn once, so its text moves into the page.
        for (auto& p : items)
            if (p.item->align == model::Align::Left) {
                draw(p.item, std::move(p.text), p.width, left, area);
                left += p.width + gap_;
            }
        // Right items are placed from the right edge but drawn left to right, so that their
        // reading order (and a PDF's tab order) is the order they are seen in.
        std::vector<double> right_x(items.size());
        for (std::size_t i = items.size(); i-- > 0;)
            if (items[i].item->align == model::Align::Right) {
                right -= items[i].width;
                right_x[i] = right;
                right -= gap_;
            }
        for (std::size_t i = 0; i < items.size(); ++i)
            if (items[i].item->align == model::Align::Right)
                draw(items[i].item, std::move(items[i].text), items[i].width, right_x[i], area);
        for (auto& p : items)
            if (p.item->align == model::Align::Center)
                draw(p.item, std::move(p.text), p.width, area.x + (area.w - p.width) / 2, area);
        close_heading();
    }

private:
    // A band text shortened to `kept` (ending in …): a warning naming the band and the text lost,
    // once per item and text, or an error if the band says overflow="error".
    void report_cut(const model::Band& band, const model::BandItem& item, const std::string& whole,
                    const std::string& kept) {
        const std::string ellipsis = "\u2026";
        std::string prefix = kept;
        if (prefix.size() >= ellipsis.size() &&
            prefix.compare(prefix.size() - ellipsis.size(), ellipsis.size(), ellipsis) == 0)
            prefix.resize(prefix.size() - ellipsis.size());
        const std::string lost = whole.substr(std::min(prefix.size(), whole.size()));
        const std::string name = band.name.empty() ? "header or footer" : band.name;
        const std::string what = "the " + name + " band's text \"" + shown(whole) + "\"";
        if (band.cut_is_error)
            throw InputError(item.pos, what + " is too wide for the band: \"" + shown(lost) +
                                           "\" would be cut; shorten it or use a smaller style "
                                           "(overflow=\"error\" is set on <" +
                                           name + ">)");
        if (cuts_warned_ && !cuts_warned_->insert(item.pos.to_string() + whole).second) return;
        fonts_.warn({item.pos, Severity::Warning,
                     what + " is shortened to \"" + shown(kept) + "\" to fit the band: \"" +
                         shown(lost) + "\" is lost"});
    }

    // At most 80 bytes of `text` for a message (cut at a character, with … if longer).
    static std::string shown(const std::string& text) {
        if (text.size() <= 80) return text;
        std::size_t end = 80;
        while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
            --end;
        return text.substr(0, end) + "\u2026";
    }

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

    // The heading level of a text item on this page, or 0: a text showing {section.title} on
    // its section's first page (level 1 unless `heading` says), a text marked `heading` where
    // the previous page did not draw it.
    int heading_level(const model::BandItem* item, const std::string& text) {
        if (item->kind != model::BandItem::Kind::Text) return 0;
        if (item->text.find("{section.title}") != std::string::npos)
            return opens_section_ ? std::max(item->heading, 1) : 0;
        if (item->heading == 0) return 0;
        headings_.current[item] = text;
        return headings_.repeats(item, text) ? 0 : item->heading;
    }

    // Leaves an open heading for the band's artifact.
    void close_heading() {
        if (open_heading_ == 0) return;
        canvas_.end();
        begin_band(canvas_);
        open_heading_ = 0;
    }

    void draw(const model::BandItem* item, std::string text, double width, double x,
              const Rect& area) {
        const int level = heading_level(item, text);
        if (level != open_heading_) close_heading();
        if (item->kind == model::BandItem::Kind::Button) {
            // A button is a link, not decoration: it leaves the band's artifact.
            ButtonStyle bs = button_style();
            Size s = button_size(text, bs);
            canvas_.end();
            draw_button(canvas_, Rect{x, area.y + (area.h - s.h) / 2, s.w, s.h}, text, item->target,
                        bs);
            begin_band(canvas_);
            return;
        }
        const auto& style = theme_.style(item->style);
        ResolvedFont f = fonts_.get(style);
        double baseline = area.y + (area.h + f.metrics->cap_height(style.size)) / 2;
        if (level > 0 && open_heading_ == level) {
            // The next text of the same heading (a title and its period): a word space before
            // it, placed in the gap, so that the heading reads as words.
            const double space = f.metrics->width(" ", style.size);
            text.insert(0, 1, ' ');
            x -= space;
            width += space;
        } else if (level > 0) { // leaves the band's artifact: the page's heading
            canvas_.end();
            canvas_.begin(display::StructKind::Heading, "", level);
            open_heading_ = level;
        }
        canvas_.text({x, baseline}, f, style.size, style.color, std::move(text), width);
    }

    Canvas& canvas_;
    const model::Theme& theme_;
    StyleFonts& fonts_;
    BandVars vars_;
    bool has_next_;
    bool has_prev_;
    bool opens_section_;
    BandHeadings& headings_;
    int open_heading_ = 0; // the level of the heading element open, if any
    std::set<std::string>* cuts_warned_;
    double gap_ = 8;
    double pad_ = 10;
};

// The section a page's running header names: the one whose blocks take most of the page's
// body (from the top of its first block there to the bottom of its last, a grid section to the
// end of its share); on a tie, the first of them. A page with no blocks names the section that
// started it.
const model::Section& header_section(const PageContext& page) {
    const SectionShare* most = nullptr;
    for (const auto& share : page.shares)
        if (!most || share.bottom - share.top > most->bottom - most->top + 1e-6) most = &share;
    return most ? *most->section : *page.section;
}

// True if `section` starts on `page` (its first block is there, or the page has none and
// the section started it on a new page).
bool starts_on(const PageContext& page, const model::Section& section, bool first_page) {
    for (const auto& share : page.shares)
        if (share.section == &section) return share.starts;
    return first_page;
}

// Replaces "@next"/"@prev" link destinations with page destinations, and says where they go
// in the description of their Link element ("Next Page: Crook"); drops impossible ones.
void resolve_page_links(display::Page& page, std::size_t index,
                        const std::vector<PageContext>& pages) {
    auto& items = page.items;
    std::size_t element = items.size(); // the Link element last begun, if any
    std::size_t kept = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (auto* link = std::get_if<display::LinkArea>(&items[i])) {
            const bool next = link->dest == "@next", prev = link->dest == "@prev";
            if ((next && index + 1 >= pages.size()) || (prev && index == 0)) continue;
            if (next || prev) {
                const std::size_t to = next ? index + 1 : index - 1;
                link->dest = page_dest(to);
                const std::string& title = header_section(pages[to]).title;
                if (element < kept && !title.empty())
                    std::get<display::StructBegin>(items[element]).alt += ": " + title;
            }
        }
        if (kept != i) items[kept] = std::move(items[i]);
        if (auto* begin = std::get_if<display::StructBegin>(&items[kept]);
            begin && begin->kind == display::StructKind::Link)
            element = kept;
        ++kept;
    }
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(kept), items.end());
}

// The bookmarks: each section's entry under its `bookmark-parent`'s, to any depth. A parent
// must be a bookmarked section that comes earlier; anything else is an error at the section.
std::vector<display::OutlineEntry> build_outline(const model::Report& report) {
    std::vector<display::OutlineEntry> outline;
    std::map<std::string, std::vector<std::size_t>> path_of; // section id → indexes from the top
    std::map<std::string, const model::Section*> by_id;
    for (const auto& s : report.sections)
        by_id.emplace(s.id, &s);
    std::map<std::string, bool> seen;
    for (const auto& s : report.sections) {
        seen[s.id] = true;
        if (!s.bookmark) continue;
        display::OutlineEntry entry{s.title, section_dest(s.id), {}};
        std::vector<std::size_t> path;
        std::vector<display::OutlineEntry>* siblings = &outline;
        if (!s.bookmark_parent.empty()) {
            auto parent = path_of.find(s.bookmark_parent);
            if (parent == path_of.end()) {
                auto it = by_id.find(s.bookmark_parent);
                std::string why = it == by_id.end()       ? "is not a section"
                                  : !it->second->bookmark ? "has no bookmark"
                                  : !seen.count(s.bookmark_parent)
                                      ? "comes later (a parent must come first)"
                                      : "has no bookmark";
                throw InputError(s.pos, "bookmark-parent \"" + s.bookmark_parent + "\" " + why);
            }
            path = parent->second;
            for (std::size_t i : path)
                siblings = &(*siblings)[i].children;
        }
        path.push_back(siblings->size());
        siblings->push_back(std::move(entry));
        path_of[s.id] = std::move(path);
    }
    return outline;
}

} // namespace

void finalize(display::Document& doc, const std::vector<PageContext>& pages,
              const model::Report& report, const model::Theme& theme, StyleFonts& fonts) {
    std::size_t count = doc.pages.size();
    if (pages.size() != count)
        throw std::logic_error("finalize: " + std::to_string(count) + " pages but " +
                               std::to_string(pages.size()) + " page contexts");
    for (std::size_t i = 0; i < count; ++i)
        if (!pages[i].tmpl || !pages[i].section)
            throw std::logic_error("finalize: page " + std::to_string(i + 1) +
                                   " has no template or section");
    BandHeadings headings;
    std::set<std::string> cuts_warned; // band texts shortened, warned of once each
    for (std::size_t i = 0; i < count; ++i) {
        display::Page& page = doc.pages[i];
        const model::Template& t = *pages[i].tmpl;
        Canvas canvas(page);
        canvas.destination(page_dest(i), 0);
        const model::Section& named = header_section(pages[i]);
        BandVars vars{std::to_string(count), std::to_string(i + 1),
                      graphics::shown_prefix(report.info.title),
                      graphics::shown_prefix(named.title)};
        const bool opens_section =
            i == 0 || starts_on(pages[i], named, header_section(pages[i - 1]).id != named.id);
        double content_w = t.width - t.margin_left - t.margin_right;
        // The header goes before the body in reading order (it may hold the section's
        // heading), the footer after it. Both are painted apart and the page is put together
        // in one vector of exactly its size: the body's vector, freed, is then reused by the
        // next page's, rather than left as a hole for every page (at 1,200 sectors that was
        // a third of the peak memory).
        display::Page header{page.size, {}};
        if (t.header.height > 0) {
            Canvas header_canvas(header);
            BandPainter painter(header_canvas, theme, fonts, vars, i + 1 < count, i > 0,
                                opens_section, headings, &cuts_warned);
            Rect area{t.margin_left, t.margin_top, content_w, t.header.height};
            begin_band(header_canvas);
            header_canvas.fill_rect(area, theme.color("brand", Color{0.12, 0.22, 0.39}));
            painter.paint(t.header, area);
            header_canvas.end();
        }
        display::Page footer{page.size, {}};
        Canvas footer_canvas(footer);
        BandPainter painter(footer_canvas, theme, fonts, std::move(vars), i + 1 < count, i > 0,
                            opens_section, headings, &cuts_warned);
        begin_band(footer_canvas);
        if (t.footer.height > 0) {
            Rect area{t.margin_left, t.height - t.margin_bottom - t.footer.height, content_w,
                      t.footer.height};
            footer_canvas.stroke_line({area.x, area.y}, {area.right(), area.y},
                                      theme.color("rule", Color{0.75, 0.75, 0.75}), 0.75);
            painter.paint(t.footer, area);
        }
        footer_canvas.end();
        std::vector<display::Item> items;
        items.reserve(header.items.size() + page.items.size() + footer.items.size());
        for (auto* part : {&header.items, &page.items, &footer.items})
            std::move(part->begin(), part->end(), std::back_inserter(items));
        page.items = std::move(items);
        resolve_page_links(page, i, pages);
        headings.next_page();
    }
    doc.outline = build_outline(report);
    doc.page_labels = {display::PageLabelRange{0, display::PageLabelRange::Style::Decimal, "", 1}};
}

} // namespace bp::layout
