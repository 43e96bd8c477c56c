#include "input/xml_document.hpp"

#include "core/error.hpp"
#include "core/text_position.hpp"
#include "core/utf8.hpp"
#include "input/file_text.hpp"
#include "input/text_checks.hpp"
#include "input/xml_scanner.hpp"

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <algorithm>
#include <sstream>

namespace bp::input {

namespace pt = boost::property_tree;

std::size_t XmlNode::element_count() const {
    return static_cast<std::size_t>(std::count_if(children.begin(), children.end(),
                                                  [](const XmlNode& c) { return !c.is_text(); }));
}

const XmlAttr* XmlNode::attr(std::string_view key) const {
    for (const auto& a : attrs)
        if (a.name == key) return &a;
    return nullptr;
}

namespace {

// Rebuilds the element tree from the property tree, taking positions from the scan in order.
class TreeBuilder {
public:
    TreeBuilder(const std::vector<TagPositions>& tags, const std::string& file)
        : tags_(tags), file_(file) {}

    XmlNode element(const std::string& name, const pt::ptree& tree) {
        XmlNode node;
        node.name = name;
        const TagPositions* tag = next_tag();
        if (tag) node.pos = tag->pos;
        node.children.reserve(tree.size() - tree.count("<xmlattr>")); // elements and text
        for (const auto& [key, child] : tree) {
            if (key == "<xmlattr>") {
                node.attrs.reserve(child.size());
                std::size_t i = 0; // the parser keeps the scan's order: the i-th is the i-th
                for (const auto& [attr, value] : child) {
                    SourcePos apos = node.pos;
                    if (tag && i < tag->attrs.size() && tag->attrs[i].first == attr)
                        apos = tag->attrs[i].second;
                    else if (tag)
                        for (const auto& [n, p] : tag->attrs)
                            if (n == attr) apos = p;
                    node.attrs.push_back({attr, value.data(), apos});
                    ++i;
                }
            } else if (key == "<xmltext>") {
                XmlNode text;
                text.text = child.data();
                text.pos = node.pos;
                node.children.push_back(std::move(text));
            } else if (key == "<xmlcomment>") {
                continue;
            } else {
                node.children.push_back(element(key, child));
            }
        }
        return node;
    }

private:
    const TagPositions* next_tag() { return index_ < tags_.size() ? &tags_[index_++] : nullptr; }

    const std::vector<TagPositions>& tags_;
    const std::string& file_;
    std::size_t index_ = 0;
};

} // namespace

XmlNode parse_xml(const std::string& file, const std::string& raw) {
    if (raw.size() > kMaxXmlBytes)
        throw InputError(SourcePos{file, 1, 1},
                         "the file is larger than " + std::to_string(kMaxXmlBytes >> 20) + " MiB");
    std::string text = without_bom(raw);
    LineIndex lines(file, text);
    check_utf8_text(lines, text);
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            throw InputError(lines.at(i), "control character (byte " + std::to_string(c) +
                                              ") is not allowed in XML");
        // U+FFFE and U+FFFF (EF BF BE, EF BF BF): XML 1.0 allows neither (Char, section 2.2).
        if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE)
            throw InputError(lines.at(i), std::string("character U+") +
                                              (text[i + 2] == '\xBE' ? "FFFE" : "FFFF") +
                                              " is not allowed in XML");
    }
    std::vector<TagPositions> tags = scan_xml(lines, text);

    pt::ptree tree;
    try {
        std::istringstream in(text);
        pt::read_xml(in, tree, pt::xml_parser::no_concat_text | pt::xml_parser::no_comments);
    } catch (const pt::xml_parser_error& e) {
        throw InputError(SourcePos{file, static_cast<int>(e.line()), 0}, e.message());
    }
    if (tree.size() != 1) throw InputError(SourcePos{file, 1, 1}, "expected one root element");
    TreeBuilder builder(tags, file);
    const auto& [root_name, root] = tree.front();
    return builder.element(root_name, root);
}

XmlNode read_xml_file(const std::string& path) {
    return parse_xml(path, read_file_text(path));
}

} // namespace bp::input
