#include "model/theme.hpp"

namespace bp::model {

const std::vector<std::string>& spc_label_keys() {
    static const std::vector<std::string> keys = {
        "spc-common-cause",  "spc-improvement-high", "spc-improvement-low",
        "spc-concern-high",  "spc-concern-low",      "spc-neither-high",
        "spc-neither-low",   "spc-passing",          "spc-failing",
        "spc-hit-and-miss",  "spc-point-common",     "spc-point-improvement",
        "spc-point-concern", "spc-point-special",    "spc-mean",
        "spc-upper-limit",   "spc-lower-limit",      "spc-metric",
        "spc-latest",        "spc-target",           "spc-variation",
        "spc-assurance",     "spc-improving",        "spc-concerning",
        "spc-neutral",       "spc-no-target"};
    return keys;
}

const TextStyle& Theme::style(const std::string& name) const {
    auto it = styles.find(name);
    if (it != styles.end()) return it->second;
    return styles.at("body");
}

const std::string& Theme::label(const std::string& key) const {
    static const std::string none;
    auto it = labels.find(key);
    return it == labels.end() ? none : it->second;
}

std::string Theme::month_name(int month, bool short_name) const {
    const std::string& names = label(short_name ? "short-months" : "months");
    std::size_t start = 0;
    for (int i = 1; i < month; ++i) {
        start = names.find(',', start);
        if (start == std::string::npos) return "";
        ++start;
    }
    std::size_t end = names.find(',', start);
    std::string name = names.substr(start, end == std::string::npos ? end : end - start);
    std::size_t a = name.find_first_not_of(' ');
    std::size_t b = name.find_last_not_of(' ');
    return a == std::string::npos ? "" : name.substr(a, b - a + 1);
}

Color Theme::color(const std::string& name, Color fallback) const {
    auto it = colors.find(name);
    return it == colors.end() ? fallback : it->second;
}

Theme Theme::defaults() {
    Theme t;
    auto hex = [](const char* h) { return *Color::from_hex(h); };
    TextStyle body;
    t.styles["body"] = body;
    TextStyle h1 = body;
    h1.bold = true;
    h1.size = 20;
    h1.leading = 1.2;
    h1.color = hex("#1f3864");
    h1.space_after = 10;
    t.styles["h1"] = h1;
    TextStyle h2 = h1;
    h2.size = 15;
    h2.space_before = 6;
    h2.space_after = 6;
    t.styles["h2"] = h2;
    TextStyle h3 = h2;
    h3.size = 12;
    t.styles["h3"] = h3;
    TextStyle banner = body;
    banner.bold = true;
    banner.size = 14;
    banner.color = hex("#ffffff");
    t.styles["banner"] = banner;
    TextStyle small = body;
    small.size = 8.5;
    small.color = hex("#555555");
    t.styles["small"] = small;
    TextStyle button = body;
    button.bold = true;
    button.size = 10;
    button.color = hex("#ffffff");
    t.styles["button"] = button;
    TextStyle table = body;
    table.size = 10;
    table.space_after = 0;
    t.styles["table"] = table;
    TextStyle table_header = table;
    table_header.bold = true;
    table_header.color = hex("#ffffff");
    t.styles["table-header"] = table_header;
    TextStyle chart = body;
    chart.size = 9;
    t.styles["chart"] = chart;
    TextStyle menu = button;
    menu.size = 12;
    t.styles["menu"] = menu;
    t.labels["months"] = "January,February,March,April,May,June,July,August,September,"
                         "October,November,December";
    t.labels["short-months"] = "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec";
    t.labels["month"] = "{month} {year}";
    t.labels["rolling12"] = "12 months to end {month} {year}";
    t.labels["ytd"] = "Year to date {mon} {year}";
    t.labels["month-range"] = "{first-mon} {first-year} \u2013 {mon} {year}";
    t.labels["quarter"] = "Quarter {q} {first}\u2013{last}";
    t.labels["average"] = "Avg";
    t.labels["average-line"] = "Average {value}";
    t.labels["difference"] = "Difference";
    t.labels["pct-difference"] = "% Difference";
    t.labels["happy"] = "On track";
    t.labels["monitor"] = "Needs watching";
    t.labels["unhappy"] = "Off track";
    t.labels["verdict-alt"] = "Verdict: {verdict}";
    t.colors["brand"] = hex("#1f3864");
    t.colors["accent"] = hex("#2e75b6");
    t.colors["link"] = hex("#1f5fa8");
    t.colors["rule"] = hex("#bfbfbf");
    t.colors["zebra"] = hex("#eef2f8");
    t.colors["button"] = hex("#2e75b6");
    t.colors["table-header"] = hex("#1f3864");
    return t;
}

} // namespace bp::model
