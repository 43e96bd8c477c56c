#include "input/inline_reader.hpp"

#include "core/error.hpp"
#include "input/element_reader.hpp"

namespace bp::input {

namespace {

void collect(const XmlNode& node, model::Inline style, model::InlineText& out) {
    for (const auto& child : node.children) {
        if (child.is_text()) {
            model::Inline piece = style;
            piece.text = child.text;
            piece.pos = node.pos;
            out.push_back(std::move(piece));
            continue;
        }
        model::Inline inner = style;
        if (child.name == "b") {
            ElementReader(child, grammar_of("b"));
            inner.bold = true;
        } else if (child.name == "i") {
            ElementReader(child, grammar_of("i"));
            inner.italic = true;
        } else if (child.name == "a") {
            ElementReader attrs(child, grammar_of("a"));
            if (!style.link.empty())
                throw InputError(child.pos, "links cannot be nested inside links");
            inner.link = parse_target(attrs.required("to"), attrs.pos_of("to"));
        } else if (child.name == "fig") {
            ElementReader attrs(child, grammar_of("fig"));
            expect_no_children(child);
            model::Inline piece = style;
            piece.figure = model::FigureRef{attrs.required("indicator"), attrs.required("area"),
                                            attrs.required("period"), child.pos};
            out.push_back(std::move(piece));
            continue;
        } else if (child.name == "br") {
            ElementReader(child, grammar_of("br"));
            expect_no_children(child);
            model::Inline piece = style;
            piece.text = "\u2028";
            out.push_back(std::move(piece));
            continue;
        } else {
            throw InputError(child.pos, "<" + child.name + "> is not allowed inside <" + node.name +
                                            "> (inline text takes <b>, <i>, <a>, <fig>, <br>)");
        }
        collect(child, inner, out);
    }
}

} // namespace

model::InlineText read_inline(const XmlNode& node) {
    model::InlineText out;
    collect(node, model::Inline{}, out);
    return out;
}

model::LinkTarget parse_target(const std::string& text, const SourcePos& pos) {
    model::LinkTarget t;
    t.pos = pos;
    if (text.size() > 65535)
        throw InputError(pos, "the link target is " + std::to_string(text.size()) +
                                  " bytes long; a PDF link holds at most 65535");
    t.value = text;
    if (text == "@next")
        t.kind = model::LinkTarget::Kind::NextPage;
    else if (text == "@prev")
        t.kind = model::LinkTarget::Kind::PrevPage;
    else if (text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0 ||
             text.rfind("mailto:", 0) == 0)
        t.kind = model::LinkTarget::Kind::Uri;
    else if (!text.empty() && text[0] == '@')
        throw InputError(pos, "unknown link target '" + text + "' (expected @next or @prev)");
    else if (text.empty())
        throw InputError(pos, "empty link target");
    else
        t.kind = model::LinkTarget::Kind::Section;
    return t;
}

std::string plain_text(const XmlNode& node) {
    std::string out;
    for (const auto& c : node.children)
        out += c.is_text() ? c.text : plain_text(c);
    return out;
}

} // namespace bp::input
