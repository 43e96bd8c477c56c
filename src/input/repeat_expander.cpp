#include "input/repeat_expander.hpp"

#include "core/error.hpp"
#include "core/replace_all.hpp"
#include "input/element_reader.hpp"

namespace bp::input {

namespace {

// The placeholders of one <repeat as="NAME">: {NAME.id} and {NAME.name}.
struct Placeholders {
    const std::string& id;
    const std::string& name;
};

// `text` with the placeholders replaced by the area's (most text has none: left as it is).
void substitute(std::string& text, const Placeholders& p, const model::Area& area) {
    if (text.find('{') == std::string::npos) return;
    text = replace_all(replace_all(std::move(text), p.id, area.id), p.name, area.name);
}

void substitute_all(XmlNode& node, const Placeholders& p, const model::Area& area) {
    for (auto& a : node.attrs)
        substitute(a.value, p, area);
    substitute(node.text, p, area);
    for (auto& c : node.children)
        substitute_all(c, p, area);
}

// The first <repeat> below `node` (not `node` itself) in document order, or null.
const XmlNode* nested_repeat(const XmlNode& node) {
    for (const auto& c : node.children) {
        if (c.name == "repeat") return &c;
        if (const XmlNode* found = nested_repeat(c)) return found;
    }
    return nullptr;
}

// Expands every <repeat> under `node` in place: all are checked, in document order, before any
// is expanded.
void expand_repeats(XmlNode& node, const model::Dataset* data) {
    std::vector<Repeat> repeats;
    for (auto& child : node.children) {
        if (child.name == "repeat")
            repeats.emplace_back(child, data);
        else
            expand_repeats(child, data);
    }
    if (repeats.empty()) return; // nothing to rebuild
    std::vector<XmlNode> out;
    auto repeat = repeats.begin();
    for (auto& child : node.children) {
        if (child.name != "repeat") {
            out.push_back(std::move(child));
            continue;
        }
        (repeat++)->for_each_copy([&](const XmlNode& copy) { out.push_back(copy); });
    }
    node.children = std::move(out);
}

} // namespace

Repeat::Repeat(const XmlNode& node, const model::Dataset* data) : node_(node) {
    ElementReader r(node, grammar_of("repeat"));
    std::string kind = r.required("areas");
    std::string name = r.text("as", "area");
    if (!data)
        throw InputError(node.pos, "<repeat> needs data: give the report a data folder "
                                   "(data=\"…\" or --data)");
    areas_ = data->areas_of_kind(kind);
    if (areas_.empty())
        throw InputError(r.pos_of("areas"), "the data has no areas of kind '" + kind + "'");
    for (const auto& item : node.children)
        if (const XmlNode* nested = nested_repeat(item))
            throw InputError(nested->pos, "<repeat> cannot be nested");
    id_ = "{" + name + ".id}";
    name_ = "{" + name + ".name}";
}

void Repeat::for_each_copy(const std::function<void(const XmlNode&)>& f) const {
    const Placeholders placeholders{id_, name_};
    std::vector<XmlNode> copies(node_.children.size()); // one per content node, reassigned
    for (const model::Area* area : areas_)
        for (std::size_t i = 0; i < copies.size(); ++i) {
            copies[i] = node_.children[i];
            substitute_all(copies[i], placeholders, *area);
            f(copies[i]);
        }
}

void expand_inner_repeats(XmlNode& root, const model::Dataset* data) {
    for (auto& child : root.children) {
        if (child.name == "repeat")
            Repeat(child, data); // checked here, expanded as the reader reaches it
        else
            expand_repeats(child, data);
    }
}

} // namespace bp::input
