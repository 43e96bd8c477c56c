#include "input/data_table_reader.hpp"

#include "core/error.hpp"
#include "input/element_reader.hpp"

#include <sstream>

namespace bp::input {

namespace {

std::vector<model::IndicatorRow> read_rows(const XmlNode& node) {
    std::vector<model::IndicatorRow> rows;
    for (const auto& c : node.children) {
        if (c.is_text()) continue;
        if (c.name != "row")
            throw InputError(c.pos, "<" + c.name + "> is not allowed in <" + node.name +
                                        "> (expected <row indicator=\"…\" area=\"…\"/>)");
        ElementReader r(c, grammar_of(node.name + "/row"));
        expect_no_children(c);
        rows.push_back({r.required("indicator"), r.required("area"), r.text("label"), c.pos});
    }
    if (rows.empty()) throw InputError(node.pos, "<" + node.name + "> needs at least one <row>");
    return rows;
}

// Splits a list of periods written with ';' or ',' between them ("2016/17 Q1; 2016/17 Q2").
std::vector<std::string> split_periods(const std::string& text) {
    std::vector<std::string> out;
    std::string item;
    std::istringstream in(text);
    while (std::getline(in, item, text.find(';') != std::string::npos ? ';' : ',')) {
        auto a = item.find_first_not_of(' ');
        auto b = item.find_last_not_of(' ');
        if (a != std::string::npos) out.push_back(item.substr(a, b - a + 1));
    }
    return out;
}

// Splits a list of windows: with ';' between them ("2017/18 Q1; 2017/18 Q2"); a list without
// ';' is read in the older space-separated form ("12m:2016-06 12m:2017-06"), where a
// quarter's "Q1"-"Q4" is kept with the year before it.
std::vector<std::string> split_windows(const std::string& text) {
    if (text.find(';') != std::string::npos) return split_periods(text);
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string w; in >> w;) {
        bool quarter = w.size() == 2 && w[0] == 'Q' && w[1] >= '1' && w[1] <= '4';
        if (quarter && !out.empty())
            out.back() += " " + w;
        else
            out.push_back(w);
    }
    return out;
}

model::TableShape table_shape(const ElementReader& r) {
    model::TableShape shape;
    if (r.has("columns")) shape.columns = r.numbers("columns", 0.01, 1000);
    shape.columns_pos = r.pos_of("columns");
    shape.width = r.number("width", 100, 10, 100);
    return shape;
}

model::IndicatorTable indicator_table(const XmlNode& node) {
    ElementReader r(node, grammar_of("indicator-table"));
    model::IndicatorTable t;
    t.before = r.required("before");
    t.after = r.required("after");
    t.before_pos = r.pos_of("before");
    t.after_pos = r.pos_of("after");
    t.change = r.choice("change", "auto", {"auto", "percent", "absolute", "none"});
    t.change_decimals = r.integer("change-decimals", -1, 0, 6);
    t.verdict = r.flag("verdict", true);
    t.label_header = r.text("label-header");
    t.before_header = r.text("before-header");
    t.after_header = r.text("after-header");
    t.change_header = r.text("change-header");
    t.verdict_header = r.text("verdict-header", "Verdict");
    t.target = r.flag("target", false);
    t.target_header = r.text("target-header", "Target");
    t.rows = read_rows(node);
    t.shape = table_shape(r);
    return t;
}

model::PeriodTable period_table(const XmlNode& node) {
    ElementReader r(node, grammar_of("period-table"));
    model::PeriodTable t;
    t.indicator = r.required("indicator");
    t.area = r.required("area");
    t.periods = split_periods(r.required("periods"));
    t.periods_pos = r.pos_of("periods");
    t.verdict = r.flag("verdict", true);
    t.period_header = r.text("period-header", "Period");
    t.value_header = r.text("value-header");
    t.verdict_header = r.text("verdict-header", "Verdict");
    expect_no_children(node);
    t.shape = table_shape(r);
    return t;
}

model::MonthTable month_table(const XmlNode& node) {
    ElementReader r(node, grammar_of("month-table"));
    model::MonthTable t;
    t.months = split_periods(r.required("months"));
    t.months_pos = r.pos_of("months");
    t.months_per_table = r.integer("months-per-table", 0, 1, 24);
    t.average = r.flag("average", true);
    t.decimals = r.integer("decimals", -1, 0, 6);
    t.rows = read_rows(node);
    t.shape = table_shape(r);
    return t;
}

// The x axis of a chart: months from..to, or a list of areas (or every area of a kind),
// periods or indicators; the attributes of the other forms are refused where they are.
void read_x_axis(const ElementReader& r, model::Chart& c) {
    c.x = r.choice("x", "months", {"months", "areas", "periods", "indicators"});
    const bool months = c.x == "months";
    auto refuse = [&](const char* name, const std::string& why) {
        if (r.has(name)) throw InputError(r.pos_of(name), std::string(name) + " " + why);
    };
    for (const char* name : {"areas", "area-kind", "periods", "indicators"})
        if (c.x != (std::string(name) == "area-kind" ? "areas" : name))
            refuse(name, "is for a chart with x=\"" +
                             std::string(std::string(name) == "area-kind" ? "areas" : name) + "\"");
    if (months) {
        refuse("window", "is for a category chart (x=\"areas\", \"periods\" or \"indicators\")");
        c.from = r.required("from");
        c.to = r.required("to");
        c.range_pos = r.pos_of("from");
        return;
    }
    refuse("from", "is for a chart of months; a category chart lists its categories");
    refuse("to", "is for a chart of months; a category chart lists its categories");
    refuse("highlight", "is for a chart of months");
    if (c.kind == "line" || c.kind == "spc")
        throw InputError(r.pos_of("kind"), "a category chart draws bars (kind=\"bar\", "
                                           "\"grouped-bar\" or \"hbar\")");
    if (c.x == "areas" && r.has("area-kind")) {
        refuse("areas", "and area-kind cannot both be given");
        c.area_kind = r.required("area-kind");
        c.categories_pos = r.pos_of("area-kind");
    } else {
        c.categories = split_periods(r.required(c.x.c_str()));
        c.categories_pos = r.pos_of(c.x.c_str());
        if (c.categories.empty()) throw InputError(c.categories_pos, c.x + " lists no " + c.x);
        if (c.categories.size() > 60)
            throw InputError(c.categories_pos, "a chart takes at most 60 categories");
    }
    if (c.x == "periods")
        refuse("window", "is for x=\"areas\" or \"indicators\" (the periods are the categories)");
    c.window = r.text("window");
    c.window_pos = r.pos_of("window");
}

model::ChartSeries chart_series(const XmlNode& child, const model::Chart& c) {
    ElementReader s(child, grammar_of("chart/series"));
    expect_no_children(child);
    auto refuse = [&](const char* name, const std::string& why) {
        if (s.has(name)) throw InputError(s.pos_of(name), std::string(name) + " " + why);
    };
    model::ChartSeries series;
    series.pos = child.pos;
    series.label = s.text("label");
    series.style = s.integer("style", 0, 1, 6);
    if (c.x == "indicators")
        refuse("indicator", "is not used on x=\"indicators\" (the chart lists them)");
    else
        series.indicator = s.required("indicator");
    if (c.x == "areas")
        refuse("area", "is not used on x=\"areas\" (the chart lists them)");
    else {
        series.area = s.text("area", c.area);
        if (series.area.empty())
            throw InputError(child.pos, "this series needs an area (on <series> or <chart>)");
    }
    if (c.x == "months" || c.x == "periods") {
        refuse("window", "is for x=\"areas\" or \"indicators\"");
    } else {
        series.window = s.text("window", c.window);
        if (series.window.empty())
            throw InputError(child.pos, "this series needs a window (on <series> or <chart>), "
                                        "e.g. window=\"2024/25 Q2\"");
        series.window_pos = s.has("window") ? s.pos_of("window") : c.window_pos;
    }
    return series;
}

// The SPC attributes of kind="spc" (refused on other kinds): one series, no average line or
// stacking (the mean is drawn), rebase months, baseline points, screening, rule lengths, icons.
void read_spc(const ElementReader& r, model::Chart& c) {
    const bool spc = c.kind == "spc";
    for (const char* name : {"rebase", "baseline", "screen", "run", "trend", "icons"})
        if (!spc && r.has(name))
            throw InputError(r.pos_of(name),
                             std::string(name) + " is for an SPC chart (kind=\"spc\")");
    if (!spc) return;
    c.spc_pos = r.pos_of("kind");
    if (c.series.size() != 1)
        throw InputError(c.series[1].pos, "an SPC chart (kind=\"spc\") takes one <series>");
    if (r.has("average-line"))
        throw InputError(r.pos_of("average-line"),
                         "average-line is not for an SPC chart (it draws its mean)");
    if (r.has("tolerance"))
        throw InputError(r.pos_of("tolerance"),
                         "tolerance is not for an SPC chart (it draws its process limits)");
    c.rebase = split_periods(r.text("rebase"));
    c.rebase_pos = r.pos_of("rebase");
    if (r.has("baseline")) c.baseline = r.integer("baseline", 0, 2, 120);
    c.screen = r.flag("screen", false);
    c.run = r.integer("run", 7, 0, 120);
    c.trend = r.integer("trend", 6, 0, 120);
    c.icons = r.flag("icons", false);
}

model::Chart chart(const XmlNode& node) {
    ElementReader r(node, grammar_of("chart"));
    model::Chart c;
    c.kind = r.choice("kind", "line", {"line", "bar", "grouped-bar", "hbar", "spc"});
    c.title = r.text("title");
    c.subtitle = r.text("subtitle");
    c.source = r.text("source");
    c.alt = r.text("alt");
    c.y_label = r.text("y-label");
    c.area = r.text("area");
    read_x_axis(r, c);
    c.highlights = split_windows(r.text("highlight"));
    c.highlights_pos = r.pos_of("highlight");
    c.stack = r.flag("stack", false);
    if (c.stack && (c.kind == "line" || c.kind == "spc"))
        throw InputError(r.pos_of("stack"), "only bars stack (kind=\"bar\" or \"hbar\")");
    auto optional_number = [&](const char* name) -> std::optional<double> {
        if (!r.has(name)) return std::nullopt;
        return r.number(name, 0, -1e15, 1e15);
    };
    c.y_min = optional_number("y-min");
    c.y_max = optional_number("y-max");
    if (c.y_min && c.y_max && !(*c.y_min < *c.y_max))
        throw InputError(r.pos_of("y-max"), "y-max must be greater than y-min");
    c.axis_pos = r.has("y-min") ? r.pos_of("y-min") : r.pos_of("y-max");
    c.scale = r.text("scale");
    c.target_from_data = r.text("target") == "data";
    if (!c.target_from_data) c.target = optional_number("target");
    c.target_label = r.text("target-label");
    c.average_line = r.flag("average-line", false);
    c.average_label = r.text("average-label");
    if (r.has("tolerance")) {
        auto parts = split_periods(r.text("tolerance"));
        double lo = 0, hi = 0;
        if (parts.size() != 2 || !parse_number(parts[0], lo) || !parse_number(parts[1], hi) ||
            !(lo < hi))
            throw InputError(r.pos_of("tolerance"),
                             "tolerance takes a low and a high value separated by ';' "
                             "(e.g. tolerance=\"7.5; 8.5\")");
        c.tolerance = std::pair{lo, hi};
    }
    if (c.kind == "hbar" && r.has("highlight"))
        throw InputError(r.pos_of("highlight"), "highlight is not drawn on horizontal bars "
                                                "(kind=\"hbar\"); use kind=\"bar\"");
    c.target_pos = r.pos_of("target");
    c.fill = r.text("height") == "fill";
    c.height = c.fill ? 200 : r.number("height", 200, 60, 1000);
    c.value_labels = r.flag("value-labels", false);
    if (r.has("y-from-zero")) c.y_from_zero = r.flag("y-from-zero", true);
    c.series.reserve(node.element_count());
    for (const auto& child : node.children) {
        if (child.is_text()) continue;
        if (child.name != "series")
            throw InputError(child.pos, "<" + child.name +
                                            "> is not allowed in <chart> (expected "
                                            "<series indicator=\"…\"/>)");
        c.series.push_back(chart_series(child, c));
    }
    if (c.series.empty()) throw InputError(node.pos, "<chart> needs at least one <series>");
    if (c.series.size() > 6) throw InputError(node.pos, "<chart> takes at most 6 series");
    read_spc(r, c);
    return c;
}

model::SpcTable spc_table(const XmlNode& node, bool matrix) {
    ElementReader r(node, grammar_of(matrix ? "spc-matrix" : "spc-table"));
    expect_no_children(node);
    model::SpcTable t;
    t.indicators = split_periods(r.required("indicators"));
    t.indicators_pos = r.pos_of("indicators");
    if (t.indicators.empty()) throw InputError(t.indicators_pos, "indicators lists none");
    if (t.indicators.size() > 200)
        throw InputError(t.indicators_pos, "an SPC table takes at most 200 indicators");
    t.area = r.required("area");
    t.from = r.required("from");
    t.to = r.required("to");
    t.range_pos = r.pos_of("from");
    t.rebase = split_periods(r.text("rebase"));
    t.rebase_pos = r.pos_of("rebase");
    if (r.has("baseline")) t.baseline = r.integer("baseline", 0, 2, 120);
    t.screen = r.flag("screen", false);
    t.run = r.integer("run", 7, 0, 120);
    t.trend = r.integer("trend", 6, 0, 120);
    t.shape = table_shape(r);
    t.matrix = matrix;
    if (matrix) {
        t.link = r.text("link");
        t.link_pos = r.pos_of("link");
        if (r.has("link") && t.link.find("{indicator}") == std::string::npos)
            throw InputError(t.link_pos, "link is a section id with {indicator} in it "
                                         "(link=\"metric-{indicator}\")");
    }
    return t;
}

} // namespace

std::optional<model::Block> read_data_block(const XmlNode& node) {
    auto block = [&](auto content) {
        model::Block b;
        b.content = std::move(content);
        b.pos = node.pos;
        b.element = node.name;
        return std::optional<model::Block>(std::move(b));
    };
    if (node.name == "indicator-table") return block(indicator_table(node));
    if (node.name == "period-table") return block(period_table(node));
    if (node.name == "month-table") return block(month_table(node));
    if (node.name == "chart") return block(chart(node));
    if (node.name == "spc-table") return block(spc_table(node, false));
    if (node.name == "spc-matrix") return block(spc_table(node, true));
    if (node.name == "verdict-legend") {
        ElementReader r(node, grammar_of("verdict-legend"));
        expect_no_children(node);
        model::VerdictLegend legend;
        legend.happy = r.text("happy", legend.happy);
        legend.monitor = r.text("monitor", legend.monitor);
        legend.unhappy = r.text("unhappy", legend.unhappy);
        if (legend.happy.empty() && legend.monitor.empty() && legend.unhappy.empty())
            throw InputError(node.pos, "<verdict-legend> with every sentence empty shows nothing "
                                       "(leave out only the verdicts the report never gives)");
        return block(std::move(legend));
    }
    return std::nullopt; // not a data block: no copies made
}

} // namespace bp::input
