#include "web/svg_items.hpp"

#include "core/markup_escape.hpp"
#include "core/number_text.hpp"

#include <cmath>
#include <variant>

namespace bp::web {

namespace {

std::string num(double v) {
    std::string s = fixed(v, 2);
    while (s.find('.') != std::string::npos && (s.back() == '0' || s.back() == '.')) {
        const bool dot = s.back() == '.';
        s.pop_back();
        if (dot) break;
    }
    return s == "-0" ? "0" : s;
}

std::string point(Point p) {
    return num(p.x) + " " + num(p.y);
}

std::string path_data(const display::Path& path) {
    std::string d;
    auto pts = path.points();
    std::size_t i = 0;
    for (auto op : path.ops()) {
        switch (op) {
        case display::Path::Op::Move:
            d += "M" + point(pts[i++]);
            break;
        case display::Path::Op::Line:
            d += "L" + point(pts[i++]);
            break;
        case display::Path::Op::Curve:
            d += "C" + point(pts[i]) + " " + point(pts[i + 1]) + " " + point(pts[i + 2]);
            i += 3;
            break;
        case display::Path::Op::Close:
            d += "Z";
            break;
        }
    }
    return d;
}

std::string path_element(const display::PathItem& p) {
    std::string e = "<path d=\"" + path_data(p.path) + "\" fill=\"" +
                    (p.fill ? p.fill->to_hex() : std::string("none")) + "\"";
    if (p.stroke) {
        const auto& s = *p.stroke;
        e += " stroke=\"" + s.color.to_hex() + "\" stroke-width=\"" + num(s.width) + "\"";
        if (s.cap == display::Stroke::Cap::Round) e += " stroke-linecap=\"round\"";
        if (s.cap == display::Stroke::Cap::Square) e += " stroke-linecap=\"square\"";
        if (s.join == display::Stroke::Join::Round) e += " stroke-linejoin=\"round\"";
        if (s.join == display::Stroke::Join::Bevel) e += " stroke-linejoin=\"bevel\"";
        const auto& dash = s.drawn_dash();
        if (!dash.empty()) {
            e += " stroke-dasharray=\"";
            for (std::size_t k = 0; k < dash.size(); ++k)
                e += (k ? " " : "") + num(dash[k]);
            e += "\"";
        }
    }
    return e + "/>";
}

std::string text_element(const display::TextRun& t, const std::vector<display::FontFace>& fonts) {
    const std::string face =
        t.font >= 0 && static_cast<std::size_t>(t.font) < fonts.size() ? fonts[t.font].name : "";
    std::string e = "<text x=\"" + num(t.origin.x) + "\" y=\"" + num(t.origin.y) +
                    "\" font-size=\"" + num(t.size) + "\" fill=\"" + t.color.to_hex() + "\"";
    if (face.find("Bold") != std::string::npos) e += " font-weight=\"bold\"";
    if (face.find("Italic") != std::string::npos || face.find("Oblique") != std::string::npos)
        e += " font-style=\"italic\"";
    // The width layout measured: the browser's font fits the same room.
    if (t.width > 0) e += " textLength=\"" + num(t.width) + "\" lengthAdjust=\"spacingAndGlyphs\"";
    return e + ">" + markup_escaped(t.text, false) + "</text>";
}

} // namespace

std::string svg_of_items(const std::vector<display::Item>& items, Rect box,
                         const std::vector<display::FontFace>& fonts,
                         const std::string& css_class) {
    std::string s = "<svg class=\"" + css_class + "\" viewBox=\"" + num(box.x) + " " + num(box.y) +
                    " " + num(box.w) + " " + num(box.h) + "\" width=\"" +
                    std::to_string(std::lround(box.w)) + "\" height=\"" +
                    std::to_string(std::lround(box.h)) + "\" aria-hidden=\"true\">";
    for (const auto& item : items) {
        if (const auto* p = std::get_if<display::PathItem>(&item))
            s += path_element(*p);
        else if (const auto* t = std::get_if<display::TextRun>(&item); t && !t->invisible)
            s += text_element(*t, fonts);
    }
    return s + "</svg>";
}

} // namespace bp::web
