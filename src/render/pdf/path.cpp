#include "render/pdf/parts.hpp"

#include "core/error.hpp"

#include <hpdf_pages.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

#if HPDF_VERSION_ID != 20300
#error "render/pdf/path.cpp writes to libharu 2.3.0's page stream; re-check it for this version"
#endif

namespace bp::render::pdf {

namespace {

// libharu's operator functions format every number with float precision and clear a 512-byte
// buffer per call; on a chart-heavy report they were a third of the run time. Paths are
// therefore written to the page's content stream directly (libharu 2.3's HPDF_PageAttr gives
// the stream; a path with its state inside q … Q leaves libharu's graphics state untouched).
// Coordinates keep 3 decimals (1/1000 pt), colours 4.
// Collects the operators of one path item.
class Ops {
public:
    // A PDF number with at most `decimals` (≤ 4) decimals and no trailing zeros. Out-of-range
    // or non-finite values (never produced by layout) are clamped so the stream stays valid.
    void number(double v, int decimals) {
        static constexpr long long scale[] = {1, 10, 100, 1000, 10000};
        v = std::isfinite(v) ? std::clamp(v, -1e6, 1e6) : 0.0;
        long long fixed = std::llround(v * static_cast<double>(scale[decimals]));
        if (fixed < 0) {
            out_ += '-';
            fixed = -fixed;
        }
        char buf[24];
        auto end = std::to_chars(buf, buf + sizeof buf, fixed / scale[decimals]).ptr;
        long long fraction = fixed % scale[decimals];
        if (fraction != 0) {
            *end++ = '.';
            for (long long unit = scale[decimals] / 10; fraction != 0; unit /= 10) {
                *end++ = static_cast<char>('0' + fraction / unit);
                fraction %= unit;
            }
        }
        out_.append(buf, end);
        out_ += ' ';
    }
    void point(double x, double y) {
        number(x, 3);
        number(y, 3);
    }
    void color(const Color& c, const char* name) {
        number(c.r, 4);
        number(c.g, 4);
        number(c.b, 4);
        op(name);
    }
    void op(std::string_view op) {
        out_.append(op);
        out_ += '\n';
    }
    const std::string& text() const { return out_; }

private:
    std::string out_;
};

// libharu's dash operands are whole points from 1 to 100, one or an even number, at most 8:
// lengths are rounded (at least 1), an odd pattern is doubled (PDF repeats it anyway), and a
// pattern with no length is solid. render/png/path.cpp applies the same rule.
std::vector<int> whole_point_dash(const std::vector<double>& dash) {
    double total = 0;
    for (double d : dash)
        total += std::max(d, 0.0);
    if (total < 0.5) return {};
    std::vector<int> out;
    for (double d : dash)
        out.push_back(static_cast<int>(std::clamp(std::lround(d), 1L, 100L)));
    if (out.size() % 2 == 1 && out.size() > 1) out.insert(out.end(), out.begin(), out.end());
    if (out.size() > 8) out.resize(8);
    return out;
}

void stroke_style(Ops& ops, const display::Stroke& s) {
    ops.color(s.color, "RG");
    ops.number(s.width, 3);
    ops.op("w");
    switch (s.cap) {
    case display::Stroke::Cap::Butt:
        ops.op("0 J");
        break;
    case display::Stroke::Cap::Round:
        ops.op("1 J");
        break;
    case display::Stroke::Cap::Square:
        ops.op("2 J");
        break;
    }
    switch (s.join) {
    case display::Stroke::Join::Miter:
        ops.op("0 j");
        break;
    case display::Stroke::Join::Round:
        ops.op("1 j");
        break;
    case display::Stroke::Join::Bevel:
        ops.op("2 j");
        break;
    }
    auto dash = whole_point_dash(s.dash);
    if (!dash.empty()) {
        std::string pattern = "["; // as libharu writes it: "[3 1 ] 0 d"
        for (int d : dash)
            pattern += std::to_string(d) + " ";
        ops.op(pattern + "] 0 d");
    }
}

// Emits the outline; a line or curve with no current point starts the subpath at its first
// point (as cairo does). Returns false if nothing was emitted.
bool emit_path(Ops& ops, const PageTarget& t, const display::Path& path) {
    const auto& pts = path.points();
    std::size_t k = 0;
    bool open = false;
    auto at = [&](std::size_t i) { ops.point(t.x(pts[i].x), t.y(pts[i].y)); };
    for (auto op : path.ops()) {
        switch (op) {
        case display::Path::Op::Move:
            at(k++);
            ops.op("m");
            break;
        case display::Path::Op::Line:
            at(k++);
            ops.op(open ? "l" : "m");
            break;
        case display::Path::Op::Curve:
            if (!open) {
                at(k);
                ops.op("m");
            }
            at(k);
            at(k + 1);
            at(k + 2);
            ops.op("c");
            k += 3;
            break;
        case display::Path::Op::Close:
            if (open) ops.op("h");
            break;
        }
        open = open || op != display::Path::Op::Close;
    }
    return open;
}

} // namespace

void draw_path(const PageTarget& target, const display::PathItem& item) {
    const bool stroke = item.stroke && item.stroke->width > 0; // width 0 draws nothing (as cairo)
    if (item.path.empty() || (!item.fill && !stroke)) return;
    Ops ops;
    ops.op("q");
    if (item.fill) ops.color(*item.fill, "rg");
    if (stroke) stroke_style(ops, *item.stroke);
    if (!emit_path(ops, target, item.path)) return;
    ops.op(item.fill && stroke ? "B" : item.fill ? "f" : "S");
    ops.op("Q");
    auto* attr = static_cast<HPDF_PageAttr>(target.page->attr);
    if (attr->gmode != HPDF_GMODE_PAGE_DESCRIPTION)
        throw OutputError("PDF output failed: a path on page " + std::to_string(target.number) +
                          " was drawn inside a text object");
    if (HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(ops.text().data()),
                          static_cast<HPDF_UINT>(ops.text().size())) != HPDF_OK)
        target.doc.check("drawing a path on page " + std::to_string(target.number));
}

} // namespace bp::render::pdf
