// Appends display items to one page: text runs, filled or stroked paths, links, destinations
// and structure marks, with the small helpers every block needs.
#pragma once

#include "display/display_list.hpp"
#include "layout/style_fonts.hpp"
#include "layout/term_links.hpp"
#include "model/report.hpp"

#include <string>
#include <vector>

namespace bp::layout {

class Canvas {
public:
    // `warnings` (may be null) receives what drawing warns of (chart labels left out).
    explicit Canvas(display::Page& page, TermLinks* terms = nullptr,
                    std::vector<Diagnostic>* warnings = nullptr)
        : page_(page), terms_(terms), warnings_(warnings) {}

    void text(Point baseline, const ResolvedFont& font, double size, Color color, std::string text,
              double width);
    void fill_rect(const Rect& r, Color color);
    void stroke_line(Point a, Point b, Color color, double width);
    void path(display::PathItem item);
    // A link over `box` to `target` (section ids become "section-ID"; @next/@prev are resolved
    // when the document is finished).
    void link(const Rect& box, const model::LinkTarget& target);
    void destination(std::string name, double y);
    void begin(display::StructKind kind, std::string alt = "", int level = 0);
    void begin(display::StructBegin element);
    void end();
    void add(display::Item item) { page_.items.push_back(std::move(item)); }

    display::Page& page() { return page_; }
    // Glossary terms to link in body text on this page (null where none are linked).
    TermLinks* terms() { return terms_; }
    // Notes a warning about what is drawn (dropped where nobody collects them).
    void warn(Diagnostic warning) {
        if (warnings_) warnings_->push_back(std::move(warning));
    }

private:
    display::Page& page_;
    TermLinks* terms_;
    std::vector<Diagnostic>* warnings_;
};

// The destination name for a section.
std::string section_dest(const std::string& section_id);
// The destination name for the top of a page (0-based index).
std::string page_dest(std::size_t page_index);

} // namespace bp::layout
