#include "input/repeat_expander.hpp"

#include "core/error.hpp"
#include "core/replace_all.hpp"
#include "input/element_reader.hpp"

namespace bp::input {

namespace {

// The placeholders of one <repeat as="NAME">: {NAME.id} and {NAME.name}.
struct Placeholders {
    std::string id;
    std::string name;
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
    for (auto& c : node.children) {
        if (c.name == "repeat") throw InputError(c.pos, "<repeat> cannot be nested");
        substitute_all(c, p, area);
    }
}

} // namespace

void expand_repeats(XmlNode& node, const model::Dataset* data) {
    std::vector<XmlNode> out;
    for (auto& child : node.children) {
        if (child.name != "repeat") {
            expand_repeats(child, data);
            out.push_back(std::move(child));
            continue;
        }
        ElementReader r(child, {"areas", "as"});
        std::string kind = r.required("areas");
        std::string name = r.text("as", "area");
        if (!data)
            throw InputError(child.pos, "<repeat> needs data: give the report a data folder "
                                        "(data=\"…\" or --data)");
        auto areas = data->areas_of_kind(kind);
        if (areas.empty())
            throw InputError(r.pos_of("areas"), "the data has no areas of kind '" + kind + "'");
        const Placeholders placeholders{"{" + name + ".id}", "{" + name + ".name}"};
        out.reserve(out.size() + areas.size() * child.children.size());
        for (const model::Area* area : areas)
            for (const auto& item : child.children) {
                XmlNode copy = item;
                substitute_all(copy, placeholders, *area);
                out.push_back(std::move(copy));
            }
    }
    node.children = std::move(out);
}

} // namespace bp::input
