#include "render/pdf/content_writer.hpp"

#include "core/utf8.hpp"
#include "render/pdf/font_codes.hpp"

#include <algorithm>
#include <cmath>

namespace bp::render::pdf {

namespace {

constexpr long long kScale[] = {1, 10, 100, 1000, 10000};
// Positions and lengths are written to 1/100 pt (3.5 µm), finer than any printer or screen;
// colour components to 1/1000, finer than 8-bit colour's steps of 1/255.
constexpr int kPlaces = 2;
constexpr int kColorPlaces = 3;

// `v` in units of 10^-decimals, rounded; out-of-range or non-finite values (never produced by
// layout) are clamped so that the stream stays valid.
long long scaled(double v, int decimals) {
    v = std::isfinite(v) ? std::clamp(v, -1e6, 1e6) : 0.0;
    return std::llround(v * static_cast<double>(kScale[decimals]));
}

// Appends `fixed` (a count of 10^-decimals) as a PDF number without trailing zeros, then a
// space. Digits are produced from the right: this runs for every number of every page.
void append_fixed(std::string& out, long long fixed, int decimals) {
    char buf[32];
    char* const end = buf + sizeof buf;
    char* p = end;
    *--p = ' ';
    const bool negative = fixed < 0;
    unsigned long long v = negative ? 0ull - static_cast<unsigned long long>(fixed)
                                    : static_cast<unsigned long long>(fixed);
    while (decimals > 0 && v % 10 == 0) { // trailing zeros of the fraction
        v /= 10;
        --decimals;
    }
    if (decimals > 0) {
        for (; decimals > 0; --decimals) {
            *--p = static_cast<char>('0' + v % 10);
            v /= 10;
        }
        *--p = '.';
    }
    do {
        *--p = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v != 0);
    if (negative) *--p = '-';
    out.append(p, end);
}

// True if the ops from `op` are a move, three lines and a close around an axis-aligned
// rectangle (as display::Path::rect makes it) whose corners start at points[pt].
bool is_rect_at(const display::Path& path, std::size_t op, std::size_t pt) {
    using Op = display::Path::Op;
    const auto& ops = path.ops();
    if (op + 5 > ops.size() || ops[op] != Op::Move || ops[op + 1] != Op::Line ||
        ops[op + 2] != Op::Line || ops[op + 3] != Op::Line || ops[op + 4] != Op::Close)
        return false;
    const Point* p = &path.points()[pt];
    return (p[0].y == p[1].y && p[1].x == p[2].x && p[2].y == p[3].y && p[3].x == p[0].x) ||
           (p[0].x == p[1].x && p[1].y == p[2].y && p[2].x == p[3].x && p[3].y == p[0].y);
}

} // namespace

void ContentWriter::number(double v, int decimals) {
    append_fixed(out_, scaled(v, decimals), decimals);
}

long long ContentWriter::units(double v) {
    return scaled(v, kPlaces);
}

void ContentWriter::position(long long units) {
    append_fixed(out_, units, kPlaces);
}

void ContentWriter::op(std::string_view name) {
    out_.append(name);
    out_ += '\n';
}

void ContentWriter::end_text() {
    if (!in_text_) return;
    op("ET");
    in_text_ = false;
}

void ContentWriter::fill_color(const Color& c) {
    if (c == fill_) return;
    number(c.r, kColorPlaces);
    number(c.g, kColorPlaces);
    number(c.b, kColorPlaces);
    op("rg");
    fill_ = c;
}

void ContentWriter::stroke_style(const display::Stroke& s) {
    if (s.color != stroke_) {
        number(s.color.r, kColorPlaces);
        number(s.color.g, kColorPlaces);
        number(s.color.b, kColorPlaces);
        op("RG");
        stroke_ = s.color;
    }
    if (s.width != line_width_) {
        number(s.width, kPlaces);
        op("w");
        line_width_ = s.width;
    }
    if (s.cap != cap_) {
        out_ += static_cast<char>('0' + static_cast<int>(s.cap));
        op(" J");
        cap_ = s.cap;
    }
    if (s.join != join_) {
        out_ += static_cast<char>('0' + static_cast<int>(s.join));
        op(" j");
        join_ = s.join;
    }
    const auto& dash = s.drawn_dash();
    if (dash != dash_) {
        out_ += '[';
        for (double d : dash)
            number(d, kPlaces);
        op("] 0 d");
        dash_ = dash;
    }
}

void ContentWriter::begin_marked(std::string_view tag, unsigned mcid) {
    end_text(); // sequences hold whole text objects
    out_ += '/';
    out_.append(tag);
    out_ += " <</MCID ";
    append_fixed(out_, mcid, 0);
    op(">> BDC");
}

void ContentWriter::begin_artifact(bool pagination) {
    end_text();
    op(pagination ? "/Artifact <</Type /Pagination>> BDC" : "/Artifact BMC");
}

void ContentWriter::end_marked() {
    end_text();
    op("EMC");
}

void ContentWriter::text(std::string_view font, double size, const Color& color, double x, double y,
                         std::string_view utf8, bool invisible) {
    if (utf8.empty()) return;
    fill_color(color);
    if (!in_text_) {
        op("BT");
        in_text_ = true;
        line_x_ = line_y_ = 0;
    }
    if (font != font_ || size != font_size_) {
        out_ += '/';
        out_.append(font);
        out_ += ' ';
        number(size, kPlaces);
        op("Tf");
        font_ = font;
        font_size_ = size;
    }
    if (invisible != invisible_) { // text state: kept across text objects
        op(invisible ? "3 Tr" : "0 Tr");
        invisible_ = invisible;
    }
    // Td moves from the start of the current line: whole units, so no error builds up.
    const long long tx = units(x), ty = units(y);
    position(tx - line_x_);
    position(ty - line_y_);
    op("Td");
    line_x_ = tx;
    line_y_ = ty;
    // A literal string of the codes' two bytes each (half the size of hex); the bytes that
    // are special in a literal string are escaped, a CR too (readers would read it as LF).
    out_ += '(';
    for (std::size_t pos = 0; pos < utf8.size();) {
        const unsigned code = pdf_code(next_code_point(utf8, pos));
        for (const char byte : {static_cast<char>(code >> 8), static_cast<char>(code & 0xFF)}) {
            if (byte == '(' || byte == ')' || byte == '\\') {
                out_ += '\\';
                out_ += byte;
            } else if (byte == '\r') {
                out_ += "\\r";
            } else {
                out_ += byte;
            }
        }
    }
    op(") Tj");
}

bool ContentWriter::outline(const display::Path& path, double page_height) {
    const auto& ops = path.ops();
    const auto& pts = path.points();
    auto at = [&](std::size_t i) {
        number(pts[i].x, kPlaces);
        number(page_height - pts[i].y, kPlaces);
    };
    // A line or curve with no current point starts the subpath at its first point (as cairo).
    std::size_t k = 0;
    bool open = false;
    for (std::size_t i = 0; i < ops.size(); ++i) {
        switch (ops[i]) {
        case display::Path::Op::Move:
            if (is_rect_at(path, i, k)) { // "x y w h re": a quarter of the bytes
                const long long x0 = units(pts[k].x), y0 = units(page_height - pts[k].y);
                position(x0);
                position(y0);
                position(units(pts[k + 2].x) - x0);
                position(units(page_height - pts[k + 2].y) - y0);
                op("re");
                k += 4;
                i += 4;
                open = true;
                continue;
            }
            at(k++);
            op("m");
            break;
        case display::Path::Op::Line:
            at(k++);
            op(open ? "l" : "m");
            break;
        case display::Path::Op::Curve:
            if (!open) {
                at(k);
                op("m");
            }
            at(k);
            at(k + 1);
            at(k + 2);
            op("c");
            k += 3;
            break;
        case display::Path::Op::Close:
            if (open) op("h");
            break;
        }
        open = open || ops[i] != display::Path::Op::Close;
    }
    return open;
}

void ContentWriter::path(const display::PathItem& item, double page_height) {
    const bool stroke = item.stroke && item.stroke->width > 0;
    if (item.path.empty() || (!item.fill && !stroke)) return;
    end_text();
    if (item.fill) fill_color(*item.fill);
    if (stroke) stroke_style(*item.stroke);
    const std::size_t start = out_.size();
    if (!outline(item.path, page_height)) {
        out_.resize(start); // only closes: nothing to paint
        return;
    }
    op(item.fill && stroke ? "B" : item.fill ? "f" : "S");
}

void ContentWriter::image(std::string_view name, double x, double y, double w, double h) {
    end_text();
    op("q");
    number(w, kPlaces);
    out_ += "0 0 ";
    number(h, kPlaces);
    number(x, kPlaces);
    number(y, kPlaces);
    op("cm");
    out_ += '/';
    out_.append(name);
    op(" Do");
    op("Q");
}

std::string_view ContentWriter::finish() {
    end_text();
    return out_;
}

void ContentWriter::restart() {
    std::string buffer = std::move(out_);
    buffer.clear();
    *this = ContentWriter{};
    out_ = std::move(buffer);
}

} // namespace bp::render::pdf
