#include "input/repeat_expander.hpp"

#include "core/error.hpp"
#include "core/replace_all.hpp"
#include "input/element_reader.hpp"

#include <algorithm>
#include <utility>

namespace bp::input {

namespace {

// One copy's placeholders and their values ({NAME.id} → "n1", …).
using Placeholders = std::vector<std::pair<std::string, std::string>>;

// `text` with the placeholders replaced (most text has none: left as it is).
void substitute(std::string& text, const Placeholders& p) {
    if (text.find('{') == std::string::npos) return;
    for (const auto& [key, value] : p)
        text = replace_all(std::move(text), key, value);
}

void substitute_all(XmlNode& node, const Placeholders& p) {
    for (auto& a : node.attrs)
        substitute(a.value, p);
    substitute(node.text, p);
    for (auto& c : node.children)
        substitute_all(c, p);
}

Placeholders area_placeholders(const std::string& as, const model::Area& area) {
    return {{"{" + as + ".id}", area.id}, {"{" + as + ".name}", area.name}};
}

Placeholders indicator_placeholders(const std::string& as, const model::Indicator& ind) {
    auto key = [&](const char* field) { return "{" + as + "." + field + "}"; };
    return {{key("id"), ind.id},
            {key("name"), ind.label},
            {key("label"), ind.label},
            {key("unit"), std::string(model::unit_name(ind.unit))},
            {key("polarity"), std::string(model::polarity_name(ind.polarity))},
            {key("decimals"), std::to_string(ind.decimals)},
            {key("group"), ind.group},
            {key("description"), ind.description}};
}

// The words of a space-separated list.
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < text.size()) {
        if (text[at] == ' ') {
            ++at;
            continue;
        }
        std::size_t end = text.find(' ', at);
        if (end == std::string_view::npos) end = text.size();
        out.emplace_back(text.substr(at, end - at));
        at = end;
    }
    return out;
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

std::vector<const model::Indicator*>
indicators_selected(std::string_view words, const model::Dataset& data, const SourcePos& pos) {
    std::vector<const model::Indicator*> out;
    auto add = [&](const model::Indicator& ind) {
        if (std::find(out.begin(), out.end(), &ind) == out.end()) out.push_back(&ind);
    };
    for (const std::string& word : words_of(words)) {
        const model::Indicator* by_id = data.find_indicator(word);
        bool group = false;
        for (const model::Indicator& ind : data.indicators())
            if (word == "*" || ind.group == word) group = true;
        if (by_id && group)
            throw InputError(pos, "'" + word +
                                      "' is both a group and an indicator id: rename the group in "
                                      "indicators.csv");
        if (by_id) {
            add(*by_id);
            continue;
        }
        if (!group)
            throw InputError(pos, "'" + word +
                                      "' is neither a group nor an indicator id in "
                                      "indicators.csv");
        for (const model::Indicator& ind : data.indicators())
            if (word == "*" || ind.group == word) add(ind);
    }
    if (out.empty()) throw InputError(pos, "no indicators named: give groups or indicator ids");
    return out;
}

Repeat::Repeat(const XmlNode& node, const model::Dataset* data) : node_(node) {
    ElementReader r(node, grammar_of("repeat"));
    if (r.has("areas") == r.has("indicators"))
        throw InputError(node.pos, "<repeat> needs either areas=\"KIND\" or "
                                   "indicators=\"GROUPS-OR-IDS\", not both or neither");
    as_ = r.text("as", r.has("areas") ? "area" : "indicator");
    if (!data)
        throw InputError(node.pos, "<repeat> needs data: give the report a data folder "
                                   "(data=\"…\" or --data)");
    if (r.has("areas")) {
        std::string kind = r.required("areas");
        areas_ = data->areas_of_kind(kind);
        if (areas_.empty())
            throw InputError(r.pos_of("areas"), "the data has no areas of kind '" + kind + "'");
    } else {
        indicators_ = indicators_selected(r.required("indicators"), *data, r.pos_of("indicators"));
    }
    for (const auto& item : node.children)
        if (const XmlNode* nested = nested_repeat(item))
            throw InputError(nested->pos, "<repeat> cannot be nested");
}

void Repeat::for_each_copy(const std::function<void(const XmlNode&)>& f) const {
    std::vector<XmlNode> copies(node_.children.size()); // one per content node, reassigned
    auto copy_with = [&](const Placeholders& placeholders) {
        for (std::size_t i = 0; i < copies.size(); ++i) {
            copies[i] = node_.children[i];
            substitute_all(copies[i], placeholders);
            f(copies[i]);
        }
    };
    for (const model::Area* area : areas_)
        copy_with(area_placeholders(as_, *area));
    for (const model::Indicator* ind : indicators_)
        copy_with(indicator_placeholders(as_, *ind));
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
