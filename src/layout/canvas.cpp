#include "layout/canvas.hpp"

#include "text/glyph_substitute.hpp"

namespace bp::layout {

std::string section_dest(const std::string& section_id) {
    return "section-" + section_id;
}
std::string page_dest(std::size_t page_index) {
    return "page-" + std::to_string(page_index + 1);
}

void Canvas::text(Point baseline, const ResolvedFont& font, double size, Color color,
                  std::string text, double width) {
    if (text.empty()) return;
    // Whatever the caller measured, a character the font cannot draw is drawn as the same
    // substitute in the PDF and the previews (layout warns where it knows the position).
    text::substitute_missing_glyphs(text, *font.metrics);
    page_.items.push_back(display::TextRun{baseline, font.id, size, color, std::move(text), width});
}

void Canvas::fill_rect(const Rect& r, Color color) {
    display::PathItem item;
    item.path.rect(r);
    item.fill = color;
    page_.items.push_back(std::move(item));
}

void Canvas::stroke_line(Point a, Point b, Color color, double width) {
    display::PathItem item;
    item.path.move_to(a).line_to(b);
    item.stroke =
        display::Stroke{color, width, {}, display::Stroke::Cap::Butt, display::Stroke::Join::Miter};
    page_.items.push_back(std::move(item));
}

void Canvas::path(display::PathItem item) {
    page_.items.push_back(std::move(item));
}

void Canvas::link(const Rect& box, const model::LinkTarget& target) {
    using Kind = model::LinkTarget::Kind;
    display::LinkArea area{box, "", ""};
    switch (target.kind) {
    case Kind::None:
        return;
    case Kind::Section:
        area.dest = section_dest(target.value);
        break;
    case Kind::NextPage:
        area.dest = "@next";
        break;
    case Kind::PrevPage:
        area.dest = "@prev";
        break;
    case Kind::Uri:
        area.uri = target.value;
        break;
    }
    page_.items.push_back(std::move(area));
}

void Canvas::destination(std::string name, double y) {
    page_.items.push_back(display::Destination{std::move(name), y});
}

void Canvas::begin(display::StructKind kind, std::string alt, int level) {
    page_.items.push_back(display::StructBegin{kind, level, std::move(alt)});
}

void Canvas::begin(display::StructBegin element) {
    page_.items.push_back(std::move(element));
}

void Canvas::end() {
    page_.items.push_back(display::StructEnd{});
}

} // namespace bp::layout
