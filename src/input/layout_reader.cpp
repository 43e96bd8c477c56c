#include "input/layout_reader.hpp"

#include "core/error.hpp"
#include "input/data_reader.hpp"
#include "input/data_table_reader.hpp"
#include "input/element_reader.hpp"
#include "input/inline_reader.hpp"
#include "input/repeat_expander.hpp"

#include <cmath>
#include <exception>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string_view>
#include <thread>

namespace bp::input {

namespace {

namespace fs = std::filesystem;
using model::Align;

Align read_align(const ElementReader& r, const char* name, Align fallback) {
    const char* fb = fallback == Align::Left     ? "left"
                     : fallback == Align::Center ? "center"
                                                 : "right";
    std::string v = r.choice(name, fb, {"left", "center", "right"});
    return v == "left" ? Align::Left : v == "center" ? Align::Center : Align::Right;
}

std::string trimmed(const std::string& s) {
    auto a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos) return "";
    auto b = s.find_last_not_of(" \t\r\n");
    return s.substr(a, b - a + 1);
}

// Page sizes in points (portrait).
bool page_size(const std::string& name, double& w, double& h) {
    static const std::map<std::string, std::pair<double, double>> sizes = {
        {"A4", {595.28, 841.89}}, {"A3", {841.89, 1190.55}}, {"Letter", {612, 792}}};
    auto it = sizes.find(name);
    if (it == sizes.end()) return false;
    w = it->second.first;
    h = it->second.second;
    return true;
}

model::BandItem read_band_item(const XmlNode& node) {
    model::BandItem item;
    item.pos = node.pos;
    if (node.name == "text") {
        ElementReader r(node, grammar_of("band/text"));
        expect_no_children(node);
        item.kind = model::BandItem::Kind::Text;
        item.text = trimmed(plain_text(node));
        item.align = read_align(r, "align", Align::Left);
        item.style = r.text("style", "banner");
        item.heading = r.integer("heading", 0, 1, 3);
    } else if (node.name == "button") {
        ElementReader r(node, grammar_of("band/button"));
        expect_no_children(node);
        item.kind = model::BandItem::Kind::Button;
        item.text = trimmed(plain_text(node));
        if (item.text.empty()) throw InputError(node.pos, "<button> needs a label");
        item.target = parse_target(r.required("to"), r.pos_of("to"));
        item.align = read_align(r, "align", Align::Right);
        item.style = "button";
    } else if (node.name == "page-number") {
        ElementReader r(node, grammar_of("band/page-number"));
        expect_no_children(node);
        item.kind = model::BandItem::Kind::PageNumber;
        item.text = r.text("format", "Page {page} of {pages}");
        item.align = read_align(r, "align", Align::Right);
        item.style = r.text("style", "small");
    } else {
        throw InputError(node.pos, "<" + node.name +
                                       "> is not allowed in a header or footer (expected <text>, "
                                       "<button> or <page-number>)");
    }
    return item;
}

model::Band read_band(const XmlNode& node) {
    ElementReader r(node, grammar_of(node.name));
    model::Band band;
    band.name = node.name;
    band.height = r.number("height", 32, 0, 400);
    band.cut_is_error = r.choice("overflow", "shorten", {"shorten", "error"}) == "error";
    for (const auto& c : node.children) {
        if (c.is_text()) {
            if (!trimmed(c.text).empty())
                throw InputError(node.pos, "text in <" + node.name + "> must be inside <text>");
            continue;
        }
        band.items.push_back(read_band_item(c));
    }
    return band;
}

model::Template read_template(const XmlNode& node) {
    ElementReader r(node, grammar_of("template"));
    model::Template t;
    t.pos = node.pos;
    t.id = r.required("id");
    std::string size = r.choice("size", "A4", {"A4", "A3", "Letter"});
    page_size(size, t.width, t.height);
    if (r.choice("orientation", "landscape", {"landscape", "portrait"}) == "landscape")
        std::swap(t.width, t.height);
    std::vector<double> m = r.numbers("margin", 0, 200);
    if (m.size() == 1) m = {m[0], m[0], m[0], m[0]};
    if (m.size() == 2) m = {m[0], m[1], m[0], m[1]};
    if (!m.empty() && m.size() != 4)
        throw InputError(r.pos_of("margin"), "'margin' takes 1, 2 or 4 numbers (points)");
    if (m.size() == 4) {
        t.margin_top = m[0];
        t.margin_right = m[1];
        t.margin_bottom = m[2];
        t.margin_left = m[3];
    }
    for (const auto& c : node.children) {
        if (c.is_text()) continue;
        if (c.name == "header")
            t.header = read_band(c);
        else if (c.name == "footer")
            t.footer = read_band(c);
        else
            throw InputError(c.pos, "<" + c.name +
                                        "> is not allowed in <template> (expected "
                                        "<header> or <footer>)");
    }
    if (t.margin_top + t.margin_bottom + t.header.height + t.footer.height > t.height - 72)
        throw InputError(node.pos, "template '" + t.id +
                                       "' leaves less than 1 inch for content: reduce its "
                                       "margins, header or footer");
    return t;
}

model::Table read_table(const XmlNode& node) {
    ElementReader r(node, grammar_of("table"));
    model::Table t;
    t.widths = r.numbers("columns", 0.01, 1000);
    t.header_rows = r.integer("header-rows", 1, 0, 10);
    t.zebra = r.flag("zebra", true);
    for (const auto& c : node.children) {
        if (c.is_text()) continue;
        if (c.name != "row")
            throw InputError(c.pos, "<" + c.name + "> is not allowed in <table> (expected <row>)");
        ElementReader(c, grammar_of("table/row"));
        model::TableRow row;
        row.pos = c.pos;
        for (const auto& cell : c.children) {
            if (cell.is_text()) continue;
            if (cell.name != "cell")
                throw InputError(cell.pos,
                                 "<" + cell.name + "> is not allowed in <row> (expected <cell>)");
            ElementReader(cell, grammar_of("table/cell"));
            row.cells.push_back({read_inline(cell), cell.pos});
        }
        t.rows.push_back(std::move(row));
    }
    if (t.rows.empty()) throw InputError(node.pos, "<table> needs at least one <row>");
    std::size_t cols = t.widths.empty() ? t.rows.front().cells.size() : t.widths.size();
    if (cols == 0) throw InputError(node.pos, "<table> rows need at least one <cell>");
    for (const auto& row : t.rows)
        if (row.cells.size() != cols)
            throw InputError(row.pos, "this row has " + std::to_string(row.cells.size()) +
                                          " cells but the table has " + std::to_string(cols) +
                                          " columns");
    if (t.widths.empty()) t.widths.assign(cols, 1.0);
    if (r.has("align")) {
        std::istringstream in(r.text("align"));
        std::string word;
        while (in >> word) {
            if (word != "left" && word != "center" && word != "right")
                throw InputError(r.pos_of("align"), "'align' takes left, center or right per "
                                                    "column, not \"" +
                                                        word + "\"");
            t.align.push_back(word == "left"     ? Align::Left
                              : word == "center" ? Align::Center
                                                 : Align::Right);
        }
        if (t.align.size() != cols)
            throw InputError(r.pos_of("align"), "'align' names " + std::to_string(t.align.size()) +
                                                    " columns but the table has " +
                                                    std::to_string(cols));
    } else {
        t.align.assign(cols, Align::Left);
    }
    if (t.header_rows >= static_cast<int>(t.rows.size()) && t.header_rows > 0)
        throw InputError(r.pos_of("header-rows"), "the table has no rows below its header rows");
    return t;
}

model::Block read_block(const XmlNode& node);

// A <columns> row: two to four <column>s, each with its blocks; the widths given must leave
// room for the columns without one.
model::Columns read_columns(const XmlNode& node) {
    ElementReader r(node, grammar_of("columns"));
    model::Columns row;
    row.gap = r.number("gap", 12, 0, 72);
    double given = 0;
    std::size_t open = 0;
    for (const auto& c : node.children) {
        if (c.is_text()) {
            if (!trimmed(c.text).empty())
                throw InputError(node.pos, "text in <columns> must be inside a <column>");
            continue;
        }
        if (c.name != "column")
            throw InputError(c.pos, "<" + c.name +
                                        "> is not allowed in <columns> (expected "
                                        "<column>)");
        ElementReader cr(c, grammar_of("columns/column"));
        model::Column column;
        column.pos = c.pos;
        if (cr.has("width")) {
            std::string w = cr.text("width");
            double v = 0;
            if (w.empty() || w.back() != '%' || !parse_number(w.substr(0, w.size() - 1), v) ||
                v < 5 || v > 95)
                throw InputError(cr.pos_of("width"), "a column's width is a percentage of the "
                                                     "row from 5% to 95% (e.g. 60%), not \"" +
                                                         w + "\"");
            column.width = v;
            given += column.width;
        } else {
            ++open;
        }
        for (const auto& b : c.children) {
            if (b.is_text()) {
                if (!trimmed(b.text).empty())
                    throw InputError(c.pos, "text in <column> must be inside <p> or <heading>");
                continue;
            }
            if (b.name == "columns" || b.name == "page-break" || b.name == "repeat")
                throw InputError(b.pos, "<" + b.name + "> is not allowed in a <column>");
            model::Block block = read_block(b);
            if (const auto* chart = std::get_if<model::Chart>(&block.content))
                if (chart->fill || !chart->scale.empty())
                    throw InputError(b.pos, "a chart in a <column> cannot have height=\"fill\" "
                                            "or a scale group");
            column.blocks.push_back(std::move(block));
        }
        if (column.blocks.empty()) throw InputError(c.pos, "a <column> needs at least one block");
        row.columns.push_back(std::move(column));
    }
    if (row.columns.size() < 2 || row.columns.size() > 4)
        throw InputError(node.pos, "<columns> takes two to four <column>s, not " +
                                       std::to_string(row.columns.size()));
    if (given > 100 + 1e-9 || (open > 0 && given > 100 - 5.0 * static_cast<double>(open)) ||
        (open == 0 && std::abs(given - 100) > 1e-6))
        throw InputError(node.pos, "the columns' widths add up to " +
                                       std::to_string(static_cast<int>(given)) +
                                       "%: they must add up to 100% (or leave at least 5% for each "
                                       "column without a width)");
    const double share = open > 0 ? (100 - given) / static_cast<double>(open) : 0;
    for (auto& c : row.columns)
        if (c.width == 0) c.width = share;
    return row;
}

model::Block read_block(const XmlNode& node) {
    if (auto data_block = read_data_block(node)) return std::move(*data_block);
    model::Block block;
    block.pos = node.pos;
    block.element = node.name;
    const std::string& n = node.name;
    if (n == "heading") {
        ElementReader r(node, grammar_of("heading"));
        block.content = model::Heading{r.integer("level", 2, 1, 3), read_inline(node)};
    } else if (n == "p") {
        ElementReader r(node, grammar_of("p"));
        model::Paragraph p;
        p.text = read_inline(node);
        p.style = r.text("style", "body");
        p.align = r.choice("align", "left", {"left", "center", "right"});
        block.content = std::move(p);
    } else if (n == "list") {
        ElementReader(node, grammar_of("list"));
        model::BulletList list;
        for (const auto& c : node.children) {
            if (c.is_text()) continue;
            if (c.name != "item")
                throw InputError(c.pos, "<" + c.name +
                                            "> is not allowed in <list> (expected "
                                            "<item>)");
            ElementReader(c, grammar_of("list/item"));
            list.items.push_back(read_inline(c));
        }
        if (list.items.empty()) throw InputError(node.pos, "<list> needs at least one <item>");
        block.content = std::move(list);
    } else if (n == "table") {
        block.content = read_table(node);
    } else if (n == "spacer") {
        ElementReader r(node, grammar_of("spacer"));
        expect_no_children(node);
        block.content = model::Spacer{r.number("height", 12, 0, 2000)};
    } else if (n == "page-break") {
        ElementReader(node, grammar_of("page-break"));
        expect_no_children(node);
        block.content = model::PageBreak{};
    } else if (n == "button") {
        ElementReader r(node, grammar_of("button"));
        expect_no_children(node);
        model::Button b;
        b.label = trimmed(plain_text(node));
        if (b.label.empty()) throw InputError(node.pos, "<button> needs a label");
        b.target = parse_target(r.required("to"), r.pos_of("to"));
        b.align = read_align(r, "align", Align::Left);
        block.content = std::move(b);
    } else if (n == "columns") {
        block.content = read_columns(node);
    } else if (n == "menu") {
        ElementReader r(node, grammar_of("menu"));
        expect_no_children(node);
        block.content = model::Menu{r.required("of"), r.integer("columns", 3, 1, 6)};
    } else {
        throw InputError(node.pos, "unknown element <" + n +
                                       "> (a section takes heading, p, list, table, spacer, "
                                       "page-break, button, menu, indicator-table, "
                                       "period-table, month-table, chart, verdict-legend, "
                                       "columns, spc-table, spc-matrix)");
    }
    return block;
}

model::Section read_section(const XmlNode& node) {
    ElementReader r(node, grammar_of("section"));
    model::Section s;
    s.pos = node.pos;
    s.id = r.required("id");
    s.title = r.required("title");
    s.template_id = r.text("template");
    s.group = r.text("group");
    s.bookmark = r.flag("bookmark", true);
    s.bookmark_parent = r.text("bookmark-parent");
    s.new_page = r.flag("new-page", true);
    s.keep_together = r.flag("keep-together", false);
    s.per_page = r.integer("per-page", 0, 1, 12);
    std::istringstream terms(r.text("defines"));
    for (std::string term; std::getline(terms, term, ';');) {
        term = trimmed(term);
        if (!term.empty()) s.defines.push_back(term);
    }
    s.blocks.reserve(node.element_count());
    for (const auto& c : node.children) {
        if (c.is_text()) {
            if (!trimmed(c.text).empty())
                throw InputError(node.pos, "text in <section> must be inside <p> or <heading>");
            continue;
        }
        s.blocks.push_back(read_block(c));
    }
    return s;
}

// Every section id, template id and internal link target must resolve.
void check_references(const model::Report& report) {
    std::set<std::string> templates;
    for (const auto& t : report.templates)
        if (!templates.insert(t.id).second)
            throw InputError(t.pos, "template id '" + t.id + "' is used twice");
    std::map<std::string_view, const model::Section*> sections; // views of report's ids
    for (const auto& s : report.sections)
        if (!sections.emplace(s.id, &s).second)
            throw InputError(s.pos, "section id '" + s.id + "' is used twice");

    auto check_target = [&](const model::LinkTarget& t) {
        if (t.kind == model::LinkTarget::Kind::Section && !sections.count(t.value))
            throw InputError(t.pos, "link to a missing section '" + t.value + "'");
    };
    auto check_inline = [&](const model::InlineText& text) {
        for (const auto& piece : text)
            check_target(piece.link);
    };
    for (const auto& t : report.templates)
        for (const auto* band : {&t.header, &t.footer})
            for (const auto& item : band->items)
                check_target(item.target);
    std::map<std::string, std::string> terms;
    for (const auto& s : report.sections)
        for (const auto& term : s.defines)
            if (!terms.emplace(term, s.id).second)
                throw InputError(s.pos, "the term '" + term + "' is already defined by section '" +
                                            terms[term] + "'");
    std::set<std::string> groups;
    for (const auto& s : report.sections)
        if (!s.group.empty()) groups.insert(s.group);
    for (const auto& s : report.sections) {
        if (!s.template_id.empty() && !templates.count(s.template_id))
            throw InputError(s.pos, "section '" + s.id + "' uses a missing template '" +
                                        s.template_id + "'");
        if (!s.bookmark_parent.empty()) {
            auto it = sections.find(s.bookmark_parent);
            if (it == sections.end())
                throw InputError(s.pos,
                                 "bookmark-parent '" + s.bookmark_parent + "' is not a section");
            if (!it->second->bookmark_parent.empty())
                throw InputError(s.pos, "bookmark-parent '" + s.bookmark_parent +
                                            "' is itself nested; bookmarks nest one level");
        }
        model::for_each_block(s.blocks, [&](const model::Block& b) {
            if (auto* p = std::get_if<model::Paragraph>(&b.content)) check_inline(p->text);
            if (auto* h = std::get_if<model::Heading>(&b.content)) check_inline(h->text);
            if (auto* l = std::get_if<model::BulletList>(&b.content))
                for (const auto& item : l->items)
                    check_inline(item);
            if (auto* t = std::get_if<model::Table>(&b.content))
                for (const auto& row : t->rows)
                    for (const auto& cell : row.cells)
                        check_inline(cell.text);
            if (auto* btn = std::get_if<model::Button>(&b.content)) check_target(btn->target);
            if (auto* spc = std::get_if<model::SpcTable>(&b.content); spc && !spc->link.empty())
                for (const auto& id : spc->indicators) {
                    std::string target = spc->link;
                    target.replace(target.find("{indicator}"), 11, id);
                    check_target({model::LinkTarget::Kind::Section, target, spc->link_pos});
                }
            if (auto* m = std::get_if<model::Menu>(&b.content))
                if (!groups.count(m->group))
                    throw InputError(b.pos, "menu of a group '" + m->group +
                                                "' that no section belongs to");
        });
    }
}

std::string resolve(const std::string& base_dir, const std::string& path) {
    if (path.empty()) return "";
    fs::path p(path);
    return (p.is_absolute() ? p : fs::path(base_dir) / p).lexically_normal().string();
}

} // namespace

model::Report layout_from_xml(XmlNode root, const std::string& base_dir,
                              const model::Dataset* data) {
    expand_inner_repeats(root, data);
    if (root.name != "report")
        throw InputError(root.pos, "the root element must be <report>, not <" + root.name + ">");
    ElementReader r(root, grammar_of("report"));
    model::Report report;
    report.pos = root.pos;
    report.base_dir = base_dir;
    report.info.title = r.required("title");
    report.info.author = r.text("author");
    report.info.subject = r.text("subject");
    report.info.keywords = r.text("keywords");
    report.info.language = r.text("lang", "en-GB");
    report.keep_rows = static_cast<std::size_t>(r.integer("keep-rows", 3, 1, 10));
    report.theme_path = resolve(base_dir, r.text("theme"));
    report.data_path = resolve(base_dir, r.text("data"));
    auto read_child = [&](const XmlNode& c) {
        if (c.is_text()) {
            if (!trimmed(c.text).empty())
                throw InputError(root.pos, "text directly inside <report> is not allowed");
            return;
        }
        if (c.name == "template")
            report.templates.push_back(read_template(c));
        else if (c.name == "section")
            report.sections.push_back(read_section(c));
        else
            throw InputError(c.pos, "unknown element <" + c.name +
                                        "> (a report takes <template> and <section>)");
    };
    for (const auto& c : root.children) {
        if (c.name == "repeat")
            Repeat(c, data).for_each_copy(read_child); // one copy at a time
        else
            read_child(c);
    }
    if (report.sections.empty()) throw InputError(root.pos, "the report has no <section>");
    check_references(report);
    return report;
}

namespace {
std::string folder_of(const std::string& path) {
    std::string dir = fs::path(path).parent_path().string();
    return dir.empty() ? "." : dir;
}
} // namespace

std::string data_folder_of(const XmlNode& root, const std::string& base_dir) {
    const XmlAttr* a = root.attr("data");
    return a ? resolve(base_dir, a->value) : "";
}

model::Report read_layout(const std::string& path) {
    return layout_from_xml(read_xml_file(path), folder_of(path));
}

LoadedReport read_report(const std::string& path, const std::string& data_dir) {
    XmlNode root = read_xml_file(path);
    std::string base = folder_of(path);
    std::string folder = data_dir.empty() ? data_folder_of(root, base) : data_dir;
    LoadedReport out;
    if (folder.empty()) {
        out.report = layout_from_xml(std::move(root), base, nullptr);
    } else {
        // The data's records (most of its reading) are read on a second thread while the layout
        // is read here: the layout needs only the indicators and areas, read before. A data
        // error is reported before a layout error, as when the two were read one after the other.
        out.data = read_data_catalogue(folder);
        std::exception_ptr data_error, layout_error;
        std::thread records([&] {
            try {
                read_data_records(*out.data, folder);
            } catch (...) {
                data_error = std::current_exception();
            }
        });
        try {
            out.report = layout_from_xml(std::move(root), base, &*out.data);
        } catch (...) {
            layout_error = std::current_exception();
        }
        records.join();
        if (data_error) std::rethrow_exception(data_error);
        if (layout_error) std::rethrow_exception(layout_error);
    }
    out.report.data_path = folder;
    return out;
}

} // namespace bp::input
