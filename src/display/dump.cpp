#include "display/display_list.hpp"

#include "core/number_text.hpp"

#include <locale>
#include <sstream>

namespace bp::display {

namespace {

std::string n(double v) {
    return fixed(v, 2);
}
std::string pt(Point p) {
    return n(p.x) + "," + n(p.y);
}
std::string box(const Rect& r) {
    return n(r.x) + "," + n(r.y) + " " + n(r.w) + "x" + n(r.h);
}

const char* kind_name(StructKind k) {
    switch (k) {
    case StructKind::Heading:
        return "heading";
    case StructKind::Paragraph:
        return "paragraph";
    case StructKind::List:
        return "list";
    case StructKind::ListItem:
        return "list-item";
    case StructKind::ListLabel:
        return "list-label";
    case StructKind::ListBody:
        return "list-body";
    case StructKind::Table:
        return "table";
    case StructKind::TableRow:
        return "row";
    case StructKind::TableHeaderCell:
        return "header-cell";
    case StructKind::TableCell:
        return "cell";
    case StructKind::Figure:
        return "figure";
    case StructKind::Link:
        return "link";
    case StructKind::Artifact:
        return "artifact";
    }
    return "?";
}

void dump_path(std::ostream& os, const Path& path) {
    std::size_t k = 0;
    const auto& pts = path.points();
    for (auto op : path.ops()) {
        switch (op) {
        case Path::Op::Move:
            os << " M" << pt(pts[k++]);
            break;
        case Path::Op::Line:
            os << " L" << pt(pts[k++]);
            break;
        case Path::Op::Curve:
            os << " C" << pt(pts[k]) << " " << pt(pts[k + 1]) << " " << pt(pts[k + 2]);
            k += 3;
            break;
        case Path::Op::Close:
            os << " Z";
            break;
        }
    }
}

void dump_outline(std::ostream& os, const std::vector<OutlineEntry>& entries, int depth) {
    for (const auto& e : entries) {
        os << "outline " << std::string(depth * 2, ' ') << '"' << e.title << "\" -> " << e.dest
           << '\n';
        dump_outline(os, e.children, depth + 1);
    }
}

struct ItemDumper {
    std::ostream& os;
    void operator()(const TextRun& t) {
        os << "  text " << pt(t.origin) << " font=" << t.font << " size=" << n(t.size)
           << " color=" << t.color.to_hex() << " w=" << n(t.width)
           << (t.invisible ? " invisible" : "") << " \"" << t.text << "\"\n";
    }
    void operator()(const PathItem& p) {
        os << "  path";
        if (p.fill) os << " fill=" << p.fill->to_hex();
        if (p.stroke) {
            os << " stroke=" << p.stroke->color.to_hex() << " width=" << n(p.stroke->width);
            if (!p.stroke->dash.empty()) {
                os << " dash=";
                for (std::size_t i = 0; i < p.stroke->dash.size(); ++i)
                    os << (i ? "," : "") << n(p.stroke->dash[i]);
            }
        }
        dump_path(os, p.path);
        os << '\n';
    }
    void operator()(const ImageItem& i) { os << "  image " << box(i.box) << ' ' << i.path << '\n'; }
    void operator()(const LinkArea& l) {
        os << "  link " << box(l.box) << (l.dest.empty() ? " uri=" + l.uri : " dest=" + l.dest)
           << '\n';
    }
    void operator()(const Destination& d) { os << "  dest " << d.name << " y=" << n(d.y) << '\n'; }
    void operator()(const StructBegin& s) {
        os << "  begin " << kind_name(s.kind);
        if (s.level) os << " level=" << s.level;
        if (!s.alt.empty()) os << " alt=\"" << s.alt << '"';
        if (s.id) os << " split-id"; // the value differs between runs; tests compare ids directly
        if (s.scope == StructBegin::Scope::Column) os << " scope=column";
        if (s.scope == StructBegin::Scope::Row) os << " scope=row";
        if (s.col_span > 1) os << " span=" << s.col_span;
        if (s.pagination) os << " pagination";
        os << '\n';
    }
    void operator()(const StructEnd&) { os << "  end\n"; }
};

} // namespace

std::string dump(const Document& doc) {
    std::ostringstream os;
    os.imbue(std::locale::classic());
    os << "title \"" << doc.info.title << "\"\n";
    os << "lang " << doc.info.language << '\n';
    for (std::size_t i = 0; i < doc.fonts.size(); ++i)
        os << "font " << i << ' ' << doc.fonts[i].name << '\n';
    dump_outline(os, doc.outline, 0);
    for (const auto& l : doc.page_labels)
        os << "labels from=" << l.first_page << " style=" << static_cast<int>(l.style)
           << " prefix=\"" << l.prefix << "\" start=" << l.start << '\n';
    for (std::size_t p = 0; p < doc.pages.size(); ++p) {
        const Page& page = doc.pages[p];
        os << "page " << p + 1 << ' ' << n(page.size.w) << 'x' << n(page.size.h) << '\n';
        ItemDumper d{os};
        for (const auto& item : page.items)
            std::visit(d, item);
    }
    return os.str();
}

} // namespace bp::display
