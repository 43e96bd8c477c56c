#include "web/page_writer.hpp"

#include "core/markup_escape.hpp"
#include "core/replace_all.hpp"
#include "layout/paginate.hpp"

#include <algorithm>
#include <variant>

namespace bp::web {

namespace {

std::string esc(std::string_view s) {
    return markup_escaped(s);
}

// The text of inline content without markup (for captions).
std::string plain_text(const model::InlineText& text) {
    std::string out;
    for (const auto& piece : text)
        out += piece.text;
    return out;
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// `text` with each run of whitespace (across pieces too) one space, none at either end, as the
// PDF's lines have it (text::InlineScanner), so glossary terms match across line breaks.
model::InlineText collapse_spaces(model::InlineText text) {
    bool space = true; // at the start: drop leading whitespace
    for (auto& piece : text) {
        std::string out;
        for (char c : piece.text) {
            if (is_space(c)) {
                if (!space) out += ' ';
                space = true;
            } else {
                out += c;
                space = false;
            }
        }
        piece.text = std::move(out);
    }
    for (auto it = text.rbegin(); it != text.rend(); ++it) {
        while (!it->text.empty() && it->text.back() == ' ')
            it->text.pop_back();
        if (!it->text.empty()) break;
    }
    return text;
}

// False for every T, so that a static_assert on it fails only when instantiated.
template <class> inline constexpr bool dependent_false = false;

} // namespace

PageWriter::PageWriter(const model::Report& report, layout::BuildContext& ctx,
                       display::Document& fonts)
    : report_(report), ctx_(ctx), fonts_(fonts), words_(compute::VerdictWords::from(ctx.theme)) {
    for (const auto& section : report.sections)
        for (const auto& term : section.defines)
            terms_.define(term, section.id);
    for (std::size_t i = 0; i < report.sections.size(); ++i)
        if (i == 0 || report.sections[i].new_page) page_starts_.push_back(i);
}

std::string PageWriter::href(const model::LinkTarget& target) const {
    using K = model::LinkTarget::Kind;
    if (target.kind == K::Uri) return target.value;
    if (target.kind == K::Section) return "#" + target.value;
    // @next / @prev in the text of page `page_`: the section that starts the next (previous)
    // page, as the PDF's link goes to that page.
    if (target.kind == K::NextPage && page_ + 1 < page_starts_.size())
        return "#" + report_.sections[page_starts_[page_ + 1]].id;
    if (target.kind == K::PrevPage && page_ > 0 && page_ <= page_starts_.size())
        return "#" + report_.sections[page_starts_[page_ - 1]].id;
    return {};
}

std::string PageWriter::heading(int level, const std::string& html, const std::string& id) {
    level = std::clamp(level, 1, std::min(6, last_heading_ + 1));
    last_heading_ = level;
    const std::string tag = "h" + std::to_string(level);
    return "<" + tag + (id.empty() ? "" : " id=\"" + esc(id) + "\"") + ">" + html + "</" + tag +
           ">\n";
}

std::string PageWriter::inline_text(const model::InlineText& source, bool link_terms) {
    const model::InlineText text = collapse_spaces(layout::resolve_figures(source, ctx_));
    std::string out;
    for (const auto& piece : text) {
        std::string h;
        const std::string url = href(piece.link);
        if (!url.empty() || !link_terms || terms_.empty()) {
            h = esc(piece.text);
        } else {
            std::size_t at = 0;
            for (const auto& m : terms_.claim(piece.text)) {
                h += esc(std::string_view(piece.text).substr(at, m.begin - at));
                h += "<a href=\"#" + esc(m.section) + "\">" +
                     esc(std::string_view(piece.text).substr(m.begin, m.end - m.begin)) + "</a>";
                at = m.end;
            }
            h += esc(std::string_view(piece.text).substr(at));
        }
        if (piece.italic) h = "<em>" + h + "</em>";
        if (piece.bold) h = "<strong>" + h + "</strong>";
        if (!url.empty()) h = "<a href=\"" + esc(url) + "\">" + h + "</a>";
        out += h;
    }
    return out;
}

std::string PageWriter::caption_of(const model::Section& s) {
    if (!last_heading_text_.empty()) return last_heading_text_;
    return s.title.empty() ? report_.info.title : s.title; // a caption names every table
}

double PageWriter::frame_width(const model::Section& s) const {
    if (column_width_ > 0) return column_width_; // inside a column: the column's width
    static const model::Template fallback;
    const model::Template* t = report_.templates.empty() ? &fallback : &report_.templates.front();
    for (const auto& candidate : report_.templates)
        if (candidate.id == s.template_id) t = &candidate;
    return layout::body_frame(*t).w;
}

std::string PageWriter::menu(const model::Menu& m) {
    std::string h =
        "<nav aria-label=\"" + esc(m.group.empty() ? "Sections" : m.group) + "\"><ul>\n";
    for (const auto& s : report_.sections)
        if (s.group == m.group && !s.title.empty())
            h += "<li><a href=\"#" + esc(s.id) + "\">" + esc(s.title) + "</a></li>\n";
    return h + "</ul></nav>\n";
}

// The links a page's footer band offers (Main Menu, Next Page, …): "Next" goes to the section
// that starts the next page, "Previous" to the one that starts the page before.
std::string PageWriter::pager(std::size_t page) const {
    const model::Section& first = report_.sections[page_starts_[page]];
    const model::Template* t = template_of(first);
    if (!t) return {};
    std::string links;
    for (const auto* band : {&t->header, &t->footer})
        for (const auto& item : band->items) {
            if (item.kind != model::BandItem::Kind::Button) continue;
            std::string url = href(item.target);
            using K = model::LinkTarget::Kind;
            if (item.target.kind == K::NextPage && page + 1 < page_starts_.size())
                url = "#" + report_.sections[page_starts_[page + 1]].id;
            if (item.target.kind == K::PrevPage && page > 0)
                url = "#" + report_.sections[page_starts_[page - 1]].id;
            if (url.empty() || url == "#" + first.id) continue;
            links += "<a href=\"" + esc(url) + "\">" + esc(item.text) + "</a>";
        }
    return links.empty() ? std::string() : "<p class=\"pager\">" + links + "</p>\n";
}

const model::Template* PageWriter::template_of(const model::Section& s) const {
    const model::Template* t = report_.templates.empty() ? nullptr : &report_.templates.front();
    for (const auto& candidate : report_.templates)
        if (candidate.id == s.template_id) t = &candidate;
    return t;
}

// The section's title as its page's bands title it in the PDF ("Objective: {section.title}"),
// then the other band texts the template marks as titles (heading="1"…"3"), as paragraphs:
// e.g. the cover's period line. Texts naming the page number are left to the PDF.
std::string PageWriter::page_titles(const model::Section& s, int level) {
    std::string title = s.title;
    std::vector<std::string> others;
    if (const model::Template* t = template_of(s))
        for (const auto* band : {&t->header, &t->footer})
            for (const auto& item : band->items) {
                if (item.kind != model::BandItem::Kind::Text ||
                    item.text.find("{page") != std::string::npos)
                    continue;
                std::string text = replace_all(item.text, "{report.title}", report_.info.title);
                const bool names_section = text.find("{section.title}") != std::string::npos;
                text = replace_all(std::move(text), "{section.title}", s.title);
                if (names_section && !s.title.empty())
                    title = text;
                else if (item.heading > 0 && !text.empty())
                    others.push_back(std::move(text));
            }
    std::string h = title.empty() ? std::string() : heading(level, esc(title));
    for (const auto& text : others)
        if (text != title && text != s.title) h += "<p class=\"band\">" + esc(text) + "</p>\n";
    return h;
}

std::string PageWriter::section(std::size_t index, int level) {
    const model::Section& s = report_.sections[index];
    terms_.set_section(s.id);
    last_heading_text_.clear();
    std::string h;
    last_heading_ = std::min(last_heading_, level - 1);
    if (level == 2)
        h += page_titles(s, level);
    else if (!s.title.empty())
        h += heading(level, esc(s.title));
    for (const auto& b : s.blocks)
        h += block(b, s);
    return h;
}

std::string PageWriter::block(const model::Block& b, const model::Section& s) {
    return std::visit(
        [&](const auto& c) -> std::string {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, model::Heading>) {
                last_heading_text_ =
                    plain_text(collapse_spaces(layout::resolve_figures(c.text, ctx_)));
                return heading(c.level + 1, inline_text(c.text, false));
            } else if constexpr (std::is_same_v<T, model::Paragraph>) {
                const std::string cls = c.style == "body" ? "" : " class=\"" + esc(c.style) + "\"";
                return "<p" + cls + ">" + inline_text(c.text) + "</p>\n";
            } else if constexpr (std::is_same_v<T, model::BulletList>) {
                std::string h = "<ul>\n";
                for (const auto& item : c.items)
                    h += "<li>" + inline_text(item) + "</li>\n";
                return h + "</ul>\n";
            } else if constexpr (std::is_same_v<T, model::Table>) {
                return static_table(c, s);
            } else if constexpr (std::is_same_v<T, model::Button>) {
                const std::string url = href(c.target);
                if (url.empty()) return {};
                return "<p><a href=\"" + esc(url) + "\">" + esc(c.label) + "</a></p>\n";
            } else if constexpr (std::is_same_v<T, model::Menu>) {
                return menu(c);
            } else if constexpr (std::is_same_v<T, model::IndicatorTable>) {
                return indicator_table(b, c, s);
            } else if constexpr (std::is_same_v<T, model::PeriodTable>) {
                return period_table(b, c, s);
            } else if constexpr (std::is_same_v<T, model::Chart>) {
                return chart(b, c, s);
            } else if constexpr (std::is_same_v<T, model::VerdictLegend>) {
                return verdict_legend(c);
            } else if constexpr (std::is_same_v<T, model::MonthTable>) {
                return month_table(b, c, s);
            } else if constexpr (std::is_same_v<T, model::SpcTable>) {
                return spc_block(b, c, s);
            } else if constexpr (std::is_same_v<T, model::Columns>) {
                return columns(c, s);
            } else if constexpr (std::is_same_v<T, model::Spacer> ||
                                 std::is_same_v<T, model::PageBreak>) {
                return {}; // room and page breaks are the PDF's; a web page flows
            } else {
                static_assert(dependent_false<T>, "the web edition renders every block kind");
            }
        },
        b.content);
}

// A row of columns as the PDF reads it, column 1 then column 2: a flex container whose columns
// stand side by side where the screen is wide enough and stack where it is not. Each column's
// blocks are drawn at the column's width in the PDF (its charts' drawings are that width).
std::string PageWriter::columns(const model::Columns& row, const model::Section& s) {
    const double frame = frame_width(s);
    const double gaps = row.gap * static_cast<double>(row.columns.size() - 1);
    const double room = std::max(1.0, frame - gaps);
    // A heading inside a column names that column's tables, not those after the row.
    const std::string heading_before = last_heading_text_;
    std::string h = "<div class=\"columns\">\n";
    for (const model::Column& c : row.columns) {
        last_heading_text_ = heading_before;
        const double saved = column_width_;
        column_width_ = room * c.width / 100;
        h += "<div class=\"column\" style=\"flex-grow:" +
             std::to_string(std::max(1, static_cast<int>(c.width + 0.5))) + "\">\n";
        for (const auto& b : c.blocks)
            h += block(b, s);
        h += "</div>\n";
        column_width_ = saved;
    }
    last_heading_text_ = heading_before;
    return h + "</div>\n";
}

std::string PageWriter::body() {
    std::string h = heading(1, esc(report_.info.title));
    std::size_t page = 0;
    bool in_glossary = false;
    for (std::size_t i = 0; i < report_.sections.size(); ++i) {
        const model::Section& s = report_.sections[i];
        page_ = page;
        const bool term = !s.defines.empty();
        if (term && !in_glossary) h += "<dl class=\"glossary\">\n";
        if (!term && in_glossary) h += "</dl>\n";
        in_glossary = term;
        if (term) { // a glossary entry: the term, and what the section says of it
            terms_.set_section(s.id);
            last_heading_text_.clear();
            h += "<dt id=\"" + esc(s.id) + "\">" + esc(s.title) + "</dt>\n<dd>\n";
            for (const auto& b : s.blocks)
                h += block(b, s);
            h += "</dd>\n";
        } else {
            h += "<section id=\"" + esc(s.id) + "\">\n" + section(i, s.new_page || i == 0 ? 2 : 3) +
                 "</section>\n";
        }
        const bool page_ends = i + 1 == report_.sections.size() || report_.sections[i + 1].new_page;
        if (page_ends) {
            if (in_glossary) {
                h += "</dl>\n";
                in_glossary = false;
            }
            h += pager(page++);
        }
    }
    return h;
}

} // namespace bp::web
