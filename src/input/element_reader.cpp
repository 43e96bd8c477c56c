#include "input/element_reader.hpp"

#include "core/error.hpp"
#include "core/number_text.hpp"

#include <charconv>
#include <cmath>
#include <cstring>
#include <sstream>

namespace bp::input {

bool parse_number(const std::string& text, double& out) {
    std::size_t start = text.find_first_not_of(" \t");
    std::size_t end = text.find_last_not_of(" \t");
    if (start == std::string::npos) return false;
    const char* first = text.data() + start;
    const char* last = text.data() + end + 1;
    if (*first == '+') ++first;
    auto res = std::from_chars(first, last, out, std::chars_format::fixed);
    return res.ec == std::errc() && res.ptr == last && std::isfinite(out);
}

ElementReader::ElementReader(const XmlNode& node, const ElementGrammar& grammar) : node_(node) {
    for (const auto& a : node.attrs) {
        bool ok = false;
        for (std::string_view name : grammar.attributes)
            ok = ok || a.name == name;
        if (!ok) {
            std::string list;
            for (std::string_view name : grammar.attributes)
                list += std::string(list.empty() ? "" : ", ") + std::string(name);
            throw InputError(a.pos, "unknown attribute '" + a.name + "' on <" + node.name + ">" +
                                        (list.empty() ? " (it takes none)"
                                                      : " (expected one of: " + list + ")"));
        }
    }
}

void ElementReader::fail(const char* name, const std::string& message) const {
    throw InputError(pos_of(name), message);
}

const SourcePos& ElementReader::pos_of(const char* name) const {
    const XmlAttr* a = node_.attr(name);
    return a ? a->pos : node_.pos;
}

std::string ElementReader::text(const char* name, const std::string& fallback) const {
    const XmlAttr* a = node_.attr(name);
    return a ? a->value : fallback;
}

std::string ElementReader::required(const char* name) const {
    const XmlAttr* a = node_.attr(name);
    if (!a) fail(name, "<" + node_.name + "> needs the attribute '" + name + "'");
    if (a->value.empty()) fail(name, "'" + std::string(name) + "' must not be empty");
    return a->value;
}

double ElementReader::number(const char* name, double fallback, double min, double max) const {
    const XmlAttr* a = node_.attr(name);
    if (!a) return fallback;
    double v = 0;
    if (!parse_number(a->value, v))
        fail(name, "'" + std::string(name) + "' must be a number, not \"" + a->value + "\"");
    if (v < min || v > max)
        fail(name, "'" + std::string(name) + "' must be between " + fixed(min, 0) + " and " +
                       fixed(max, 0) + ", not " + a->value);
    return v;
}

int ElementReader::integer(const char* name, int fallback, int min, int max) const {
    double v = number(name, fallback, min, max);
    if (v != std::floor(v)) fail(name, "'" + std::string(name) + "' must be a whole number");
    return static_cast<int>(v);
}

bool ElementReader::flag(const char* name, bool fallback) const {
    std::string v = choice(name, fallback ? "yes" : "no", {"yes", "no"});
    return v == "yes";
}

std::string ElementReader::choice(const char* name, const std::string& fallback,
                                  std::initializer_list<const char*> choices) const {
    const XmlAttr* a = node_.attr(name);
    if (!a) return fallback;
    std::string list;
    for (const char* c : choices) {
        if (a->value == c) return a->value;
        list += std::string(list.empty() ? "" : ", ") + c;
    }
    fail(name, "'" + std::string(name) + "' must be one of " + list + ", not \"" + a->value + "\"");
}

std::vector<double> ElementReader::numbers(const char* name, double min, double max) const {
    std::vector<double> out;
    const XmlAttr* a = node_.attr(name);
    if (!a) return out;
    std::istringstream in(a->value);
    std::string word;
    while (in >> word) {
        double v = 0;
        if (!parse_number(word, v) || v < min || v > max)
            fail(name, "'" + std::string(name) + "' must be numbers between " + fixed(min, 0) +
                           " and " + fixed(max, 0) + ", not \"" + word + "\"");
        out.push_back(v);
    }
    return out;
}

void expect_no_children(const XmlNode& node) {
    for (const auto& c : node.children)
        if (!c.is_text())
            throw InputError(c.pos, "<" + c.name + "> is not allowed inside <" + node.name + ">");
}

} // namespace bp::input
