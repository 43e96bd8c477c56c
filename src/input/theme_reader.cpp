#include "input/theme_reader.hpp"

#include "core/error.hpp"
#include "core/text_position.hpp"
#include "core/utf8.hpp"
#include "input/element_reader.hpp"
#include "input/file_text.hpp"
#include "input/text_checks.hpp"

#include <algorithm>

#include <boost/property_tree/ini_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include <cmath>
#include <sstream>

namespace bp::input {

namespace {

namespace pt = boost::property_tree;

// Where each "[section]" and "key" of an INI text is, found by a line scan.
struct IniPositions {
    std::map<std::string, SourcePos> sections;
    std::map<std::pair<std::string, std::string>, SourcePos> keys;
    std::map<std::pair<std::string, std::string>, SourcePos> values; // first character after '='
};

IniPositions locate(const LineIndex& lines, const std::string& text) {
    IniPositions out;
    std::string section;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        std::size_t first = line.find_first_not_of(" \t\r");
        if (first != std::string::npos && line[first] != ';' && line[first] != '#') {
            if (line[first] == '[') {
                std::size_t close = line.find(']', first);
                section =
                    line.substr(first + 1, close == std::string::npos ? 0 : close - first - 1);
                out.sections.emplace(section, lines.at(start + first));
            } else {
                std::size_t eq = line.find('=');
                std::string key = line.substr(first, eq == std::string::npos ? 0 : eq - first);
                while (!key.empty() && (key.back() == ' ' || key.back() == '\t'))
                    key.pop_back();
                out.keys.emplace(std::make_pair(section, key), lines.at(start + first));
                if (eq != std::string::npos) {
                    std::size_t value = line.find_first_not_of(" \t", eq + 1);
                    if (value == std::string::npos) value = eq + 1;
                    out.values.emplace(std::make_pair(section, key), lines.at(start + value));
                }
            }
        }
        start = end + 1;
    }
    return out;
}

// Reads one value with its position for errors.
class ValueReader {
public:
    ValueReader(const IniPositions& where, const std::string& file) : where_(where), file_(file) {}

    SourcePos pos(const std::string& section, const std::string& key) const {
        auto it = where_.keys.find({section, key});
        if (it != where_.keys.end()) return it->second;
        auto s = where_.sections.find(section);
        return s != where_.sections.end() ? s->second : SourcePos{file_, 0, 0};
    }

    // Where the value of `key` starts (the key's position if it has none).
    SourcePos value_pos(const std::string& section, const std::string& key) const {
        auto it = where_.values.find({section, key});
        return it != where_.values.end() ? it->second : pos(section, key);
    }

    [[noreturn]] void fail(const std::string& section, const std::string& key,
                           const std::string& message) const {
        throw InputError(pos(section, key), message);
    }

    // An error about the value of `key`, at the value.
    [[noreturn]] void fail_value(const std::string& section, const std::string& key,
                                 const std::string& message) const {
        throw InputError(value_pos(section, key), message);
    }

    double number(const std::string& section, const std::string& key, const std::string& value,
                  double min, double max) const {
        double v = 0;
        if (!parse_number(value, v))
            fail_value(section, key, "'" + key + "' must be a number, not \"" + value + "\"");
        if (v < min || v > max) fail_value(section, key, "'" + key + "' is out of range: " + value);
        return v;
    }

    bool flag(const std::string& section, const std::string& key, const std::string& value) const {
        if (value == "yes" || value == "true") return true;
        if (value == "no" || value == "false") return false;
        fail_value(section, key, "'" + key + "' must be yes or no, not \"" + value + "\"");
    }

    Color color(const std::string& section, const std::string& key,
                const std::string& value) const {
        auto c = Color::from_hex(value);
        if (!c)
            fail_value(section, key,
                       "'" + key + "' must be a colour like #1f3864, not \"" + value + "\"");
        return *c;
    }

private:
    const IniPositions& where_;
    const std::string& file_;
};

void read_style(model::TextStyle& style, const std::string& section, const pt::ptree& keys,
                const ValueReader& v) {
    for (const auto& [key, node] : keys) {
        const std::string& value = node.data();
        if (key == "family") {
            style.family = value;
            style.family_pos = v.pos(section, key);
        } else if (key == "bold")
            style.bold = v.flag(section, key, value);
        else if (key == "italic")
            style.italic = v.flag(section, key, value);
        else if (key == "size")
            style.size = v.number(section, key, value, 4, 96);
        else if (key == "leading")
            style.leading = v.number(section, key, value, 0.8, 4);
        else if (key == "color")
            style.color = v.color(section, key, value);
        else if (key == "space-before")
            style.space_before = v.number(section, key, value, 0, 200);
        else if (key == "space-after")
            style.space_after = v.number(section, key, value, 0, 200);
        else
            v.fail(section, key,
                   "unknown key '" + key + "' in [" + section +
                       "] (expected family, bold, italic, size, leading, color, "
                       "space-before, space-after)");
    }
}

// N for a section "[series.N]" with N from 1 to 6, else 0.
int series_number(const std::string& section) {
    if (section.size() != 8 || section.rfind("series.", 0) != 0) return 0;
    const char n = section[7];
    return n >= '1' && n <= '6' ? n - '0' : 0;
}

// A [series.N] section: color, dash (solid, dashed, dotted, or whole points "6 3"), marker,
// bar.
model::SeriesStyle read_series_style(const std::string& section, const pt::ptree& keys,
                                     const ValueReader& v) {
    model::SeriesStyle out;
    for (const auto& [key, node] : keys) {
        const std::string& value = node.data();
        if (key == "color") {
            out.line = v.color(section, key, value);
        } else if (key == "bar") {
            out.bar = v.color(section, key, value);
        } else if (key == "marker") {
            if (value != "none" && value != "circle" && value != "square" && value != "triangle" &&
                value != "diamond")
                v.fail_value(section, key,
                             "'marker' must be none, circle, square, triangle or diamond, not \"" +
                                 value + "\"");
            out.marker = value;
        } else if (key == "dash") {
            std::vector<double> dash;
            if (value == "dashed") {
                dash = {6, 3};
            } else if (value == "dotted") {
                dash = {1, 2};
            } else if (value != "solid") {
                std::istringstream in(value);
                for (std::string word; in >> word;)
                    dash.push_back(std::round(v.number(section, key, word, 1, 50)));
                if (dash.size() < 2 || dash.size() > 6 || dash.size() % 2 != 0)
                    v.fail_value(section, key,
                                 "'dash' is solid, dashed, dotted, or 2, 4 or 6 whole points "
                                 "(on, off, …), not \"" +
                                     value + "\"");
            }
            out.dash = std::move(dash);
        } else {
            v.fail(section, key,
                   "unknown key '" + key + "' in [" + section +
                       "] (expected color, dash, marker, bar)");
        }
    }
    return out;
}

} // namespace

model::Theme theme_from_ini(const std::string& file, const std::string& raw) {
    model::Theme theme = model::Theme::defaults();
    theme.pos = SourcePos{file, 1, 1};
    std::string text = without_bom(raw);
    LineIndex lines(file, text);
    check_utf8_text(lines, text);
    pt::ptree tree;
    try {
        std::istringstream in(text);
        pt::read_ini(in, tree);
    } catch (const pt::ini_parser_error& e) {
        // At the line's first character that is not a space (where the bad text starts).
        std::size_t start = 0;
        for (unsigned long n = 1; n < e.line() && start != std::string::npos; ++n) {
            start = text.find('\n', start);
            if (start != std::string::npos) ++start;
        }
        if (e.line() > 0 && start != std::string::npos) {
            std::size_t first = text.find_first_not_of(" \t", start);
            if (first != std::string::npos && text[first] != '\n')
                throw InputError(lines.at(first), e.message());
        }
        throw InputError(SourcePos{file, static_cast<int>(e.line()), 1}, e.message());
    }
    IniPositions where = locate(lines, text);
    ValueReader v(where, file);
    for (const auto& [section, pos] : where.sections) // empty sections too
        if (section != "colors" && section != "verdicts" && section != "labels" &&
            !(section.rfind("style.", 0) == 0 && section.size() > 6) && !series_number(section))
            throw InputError(pos, "unknown section [" + section +
                                      "] (expected [colors], [style.NAME], [series.1] to "
                                      "[series.6], [verdicts] or [labels])");
    for (const auto& [section, keys] : tree) {
        if (keys.empty() && !keys.data().empty())
            v.fail("", section, "key '" + section + "' must be inside a [section]");
        if (section == "colors") {
            for (const auto& [key, node] : keys)
                theme.colors[key] = v.color(section, key, node.data());
        } else if (section.rfind("style.", 0) == 0 && section.size() > 6) {
            std::string name = section.substr(6);
            model::TextStyle style =
                theme.styles.count(name) ? theme.styles[name] : theme.styles["body"];
            read_style(style, section, keys, v);
            theme.styles[name] = style;
        } else if (section == "labels") {
            for (const auto& [key, node] : keys) {
                const auto& spc = model::spc_label_keys();
                if (std::find(spc.begin(), spc.end(), key) != spc.end()) {
                    if (node.data().empty())
                        v.fail_value(section, key, "'" + key + "' needs words");
                    theme.spc_labels[key] = node.data();
                    continue;
                }
                if (!theme.labels.count(key))
                    v.fail(
                        section, key,
                        "unknown key '" + key +
                            "' in [labels] (expected months, short-months, month, rolling12, ytd, "
                            "month-range, "
                            "quarter, average, average-line, difference, pct-difference, happy, "
                            "monitor, "
                            "unhappy, verdict-alt, or an spc-* key)");
                const std::string& value = node.data();
                if (key == "months" || key == "short-months") {
                    int names = 1;
                    for (char c : value)
                        names += c == ',';
                    theme.labels[key] = value;
                    bool empty = false;
                    for (int m = 1; m <= names && m <= 12; ++m)
                        empty = empty || theme.month_name(m, key == "short-months").empty();
                    if (names != 12 || empty)
                        v.fail(section, key,
                               "'" + key + "' takes 12 month names separated by commas, not " +
                                   std::to_string(names));
                }
                theme.labels[key] = value;
            }
        } else if (const int n = series_number(section)) {
            theme.series[n] = read_series_style(section, keys, v);
        } else if (section == "verdicts") {
            for (const auto& [key, node] : keys) {
                if (key != "lower-is-better" && key != "higher-is-better")
                    v.fail(section, key,
                           "unknown key '" + key +
                               "' in [verdicts] (expected lower-is-better, "
                               "higher-is-better)");
                std::istringstream in(node.data());
                std::string a, b, extra;
                in >> a >> b >> extra;
                if (b.empty() || !extra.empty())
                    v.fail_value(section, key,
                                 "'" + key +
                                     "' takes two numbers: the happy limit and "
                                     "the unhappy limit, e.g. \"-2 2\"");
                double happy = v.number(section, key, a, -1000, 1000);
                double unhappy = v.number(section, key, b, -1000, 1000);
                if (key == "lower-is-better" ? happy > unhappy : happy < unhappy)
                    v.fail_value(section, key,
                                 "'" + key + "': the happy limit " + a +
                                     (key == "lower-is-better" ? " is above" : " is below") +
                                     " the unhappy limit " + b);
                theme.verdict_limits[key] = {happy, unhappy};
            }
        } else {
            auto it = where.sections.find(section);
            throw InputError(it != where.sections.end() ? it->second : SourcePos{file, 1, 1},
                             "unknown section [" + section +
                                 "] (expected [colors], [style.NAME], [series.1] to [series.6], "
                                 "[verdicts] or [labels])");
        }
    }
    return theme;
}

model::Theme read_theme(const std::string& path) {
    if (path.empty()) return model::Theme::defaults();
    return theme_from_ini(path, read_file_text(path));
}

} // namespace bp::input
