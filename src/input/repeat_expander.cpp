#include "input/repeat_expander.hpp"

#include "core/error.hpp"
#include "core/replace_all.hpp"
#include "input/element_reader.hpp"

namespace bp::input {

namespace {

// `text` with {NAME.id} and {NAME.name} replaced by the area's.
std::string substitute(std::string text, const std::string& name, const model::Area& area) {
    return replace_all(replace_all(std::move(text), "{" + name + ".id}", area.id),
                       "{" + name + ".name}", area.name);
}

void substitute_all(XmlNode& node, const std::string& name, const model::Area& area) {
    for (auto& a : node.attrs)
        a.value = substitute(std::move(a.value), name, area);
    node.text = substitute(std::move(node.text), name, area);
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
