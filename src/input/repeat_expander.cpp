#include "input/repeat_expander.hpp"

#include "core/error.hpp"
#include "input/element_reader.hpp"

namespace bp::input {

namespace {

void substitute(std::string& text, const std::string& key, const std::string& value) {
    for (std::size_t at = text.find(key); at != std::string::npos;
         at = text.find(key, at + value.size()))
        text.replace(at, key.size(), value);
}

void substitute_all(XmlNode& node, const std::string& name, const model::Area& area) {
    for (auto& a : node.attrs) {
        substitute(a.value, "{" + name + ".id}", area.id);
        substitute(a.value, "{" + name + ".name}", area.name);
    }
    substitute(node.text, "{" + name + ".id}", area.id);
    substitute(node.text, "{" + name + ".name}", area.name);
    for (auto& c : node.children) {
        if (c.name == "repeat") throw InputError(c.pos, "<repeat> cannot be nested");
        substitute_all(c, name, area);
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
        for (const model::Area* area : areas)
            for (const auto& item : child.children) {
                XmlNode copy = item;
                substitute_all(copy, name, *area);
                out.push_back(std::move(copy));
            }
    }
    node.children = std::move(out);
}

} // namespace bp::input
