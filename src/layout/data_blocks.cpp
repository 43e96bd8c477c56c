#include "layout/data_blocks.hpp"

#include "compute/indicator_table_cells.hpp"
#include "compute/lookup_error.hpp"
#include "compute/month_table_cells.hpp"
#include "compute/number_format.hpp"
#include "compute/period_table_cells.hpp"
#include "compute/spc_series.hpp"
#include "compute/spc_table_cells.hpp"
#include "compute/spc_words.hpp"
#include "core/error.hpp"
#include "core/number_text.hpp"
#include "graphics/face.hpp"
#include "layout/category_chart.hpp"
#include "layout/chart_block.hpp"
#include "layout/spc_chart.hpp"
#include "layout/text_block.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <span>

namespace bp::layout {

namespace {

using model::Align;

compute::Window window_at(const std::string& text, const SourcePos& pos) {
    try {
        return compute::parse_window(text);
    } catch (const compute::LookupError& e) {
        throw InputError(pos, e.what());
    }
}

using compute::at;

// Footnotes under a table: "* note" for each distinct mark.
void add_footnotes(const model::Block& b,
                   const std::vector<std::pair<std::string, std::string>>& notes, double width,
                   BuildContext& ctx, std::vector<BlockPtr>& out) {
    const model::TextStyle& style = ctx.theme.style("small");
    for (const auto& [mark, note] : notes) {
        auto laid = std::make_shared<LaidText>(
            lay_out_inline(plain(mark + " " + note), style, width, ctx.fonts, style.color));
        TextBlock::Options o;
        o.space_after = 8;
        out.push_back(std::make_unique<TextBlock>(b.pos, "footnote", std::move(laid), width, o));
    }
}

} // namespace

std::shared_ptr<const graphics::ChartStyle> chart_style(BuildContext& ctx) {
    if (ctx.chart_style) return ctx.chart_style;
    const model::TextStyle& body = ctx.theme.style("chart");
    model::TextStyle bold_style = body;
    bold_style.bold = true;
    ResolvedFont regular = ctx.fonts.get(body);
    ResolvedFont bold = ctx.fonts.get(bold_style);
    graphics::ChartStyle style = graphics::ChartStyle::with_fonts(regular.id, regular.metrics,
                                                                  bold.id, bold.metrics, body.size);
    // The theme's [series.N] over the palette's Nth look.
    for (const auto& [n, s] : ctx.theme.series) {
        if (n < 1 || n > static_cast<int>(style.palette.size())) continue;
        graphics::SeriesLook& look = style.palette[static_cast<std::size_t>(n - 1)];
        if (s.line) look.line = *s.line;
        if (s.dash) look.dash = *s.dash;
        if (s.bar) look.bar = *s.bar;
        if (!s.marker.empty())
            look.marker = s.marker == "none"       ? graphics::Marker::None
                          : s.marker == "square"   ? graphics::Marker::Square
                          : s.marker == "triangle" ? graphics::Marker::Triangle
                          : s.marker == "diamond"  ? graphics::Marker::Diamond
                                                   : graphics::Marker::Circle;
    }
    ctx.chart_style = std::make_shared<const graphics::ChartStyle>(std::move(style));
    return ctx.chart_style;
}

std::string average_label(const model::Chart& c, const BuildContext& ctx,
                          const std::string& value) {
    return compute::filled(c.average_label.empty() ? ctx.theme.label("average-line")
                                                   : c.average_label,
                           {{"{value}", value}});
}

std::string data_target_label(const std::vector<double>& values, int decimals,
                              const std::string& unit) {
    for (auto it = values.rbegin(); it != values.rend(); ++it)
        if (std::isfinite(*it))
            return "Target " + format_number(*it, NumberStyle{decimals, true, false, true}) + unit;
    return "Target";
}

// Applies a table's `columns` and `width` to its content; returns the table's width.
double apply_shape(TableContent& content, const model::TableShape& shape, double width,
                   const char* column_names) {
    if (!shape.columns.empty()) {
        if (shape.columns.size() != content.weights.size())
            throw InputError(
                shape.columns_pos,
                "columns has " + std::to_string(shape.columns.size()) + " widths for a table of " +
                    std::to_string(content.weights.size()) + " columns (" + column_names + ")");
        content.weights = shape.columns;
    }
    return width * shape.width / 100;
}

void build_indicator_table(const model::Block& b, const model::IndicatorTable& t, double width,
                           BuildContext& ctx, std::vector<BlockPtr>& out) {
    const compute::Figures& figures = need_figures(ctx, b.pos);
    std::vector<Diagnostic> warnings;
    compute::IndicatorTableCells cells =
        compute::indicator_table_cells(t, figures, ctx.theme, warnings);
    for (auto& w : warnings)
        ctx.fonts.warn(std::move(w));
    TableContent content;
    for (compute::IndicatorColumn column : cells.columns) {
        using C = compute::IndicatorColumn;
        content.weights.push_back(column == C::Label     ? 3.4
                                  : column == C::Change  ? 1.2
                                  : column == C::Target  ? 1.3
                                  : column == C::Verdict ? 1.0
                                                         : 1.5);
        content.align.push_back(column == C::Label     ? Align::Left
                                : column == C::Verdict ? Align::Center
                                                       : Align::Right);
    }
    const std::size_t columns = cells.columns.size();
    content.body.reserve(cells.rows.size());
    for (auto& row : cells.rows) {
        TableRowContent r;
        r.pos = row.pos;
        r.cells.reserve(columns);
        r.faces.reserve(columns);
        for (std::size_t c = 0; c < columns; ++c) {
            const bool verdict = cells.columns[c] == compute::IndicatorColumn::Verdict;
            r.cells.push_back(
                plain(std::move(row.cells[c]), false, c == 0 ? row.pos : SourcePos{}));
            r.faces.push_back(verdict ? face_of(row.verdict) : std::nullopt);
        }
        content.body.push_back(std::move(r));
    }
    TableRowContent header;
    header.pos = b.pos;
    header.cells.reserve(columns);
    for (std::size_t c = 0; c < columns; ++c)
        header.cells.push_back(
            plain(std::move(cells.header[c]), false, c == 0 ? b.pos : SourcePos{}));
    content.header.push_back(std::move(header));
    std::string column_names =
        t.change == "none" ? "label, before, after" : "label, before, after, change";
    if (t.target) column_names += ", target";
    if (t.verdict) column_names += ", verdict";
    const double table_width = apply_shape(content, t.shape, width, column_names.c_str());
    out.push_back(make_table(b.pos, std::move(content), table_width, ctx));
    add_footnotes(b, cells.notes, width, ctx, out);
}

void build_period_table(const model::Block& b, const model::PeriodTable& t, double width,
                        BuildContext& ctx, std::vector<BlockPtr>& out) {
    const compute::Figures& figures = need_figures(ctx, b.pos);
    compute::PeriodTableCells cells = compute::period_table_cells(t, b.pos, figures, ctx.theme);
    TableContent content;
    content.weights = {2, 1.5};
    content.align = {Align::Left, Align::Right};
    if (t.verdict) {
        content.weights.push_back(1.2);
        content.align.push_back(Align::Center);
    }
    TableRowContent header;
    header.pos = b.pos;
    for (auto& cell : cells.header)
        header.cells.push_back(plain(std::move(cell)));
    content.header.push_back(std::move(header));
    for (auto& row : cells.rows) {
        TableRowContent r;
        r.pos = row.pos;
        for (auto& cell : row.cells)
            r.cells.push_back(plain(std::move(cell)));
        r.faces.assign(2, std::nullopt);
        if (t.verdict) r.faces.push_back(face_of(row.verdict));
        content.body.push_back(std::move(r));
    }
    const double table_width = apply_shape(content, t.shape, width,
                                           t.verdict ? "period, value, verdict" : "period, value");
    out.push_back(make_table(b.pos, std::move(content), table_width, ctx));
    add_footnotes(b, cells.notes, width, ctx, out);
}

void build_month_table(const model::Block& b, const model::MonthTable& t, double width,
                       BuildContext& ctx, std::vector<BlockPtr>& out) {
    const compute::Figures& figures = need_figures(ctx, b.pos);
    const compute::MonthTableCells cells = compute::month_table_cells(t, figures, ctx.theme);
    // The parts share the column widths of a full one, so their months line up.
    const std::size_t per = cells.per;
    const char* names = t.average ? "label, one per month, average" : "label, one per month";
    if (!t.shape.columns.empty() && cells.month_count > per)
        throw InputError(t.shape.columns_pos,
                         "columns cannot be given for a month table drawn as several tables (" +
                             std::to_string(cells.month_count) + " months, " + std::to_string(per) +
                             " a table)");
    for (const compute::MonthTablePart& part : cells.parts) {
        TableContent content;
        content.weights = {3.2};
        content.align = {Align::Left};
        for (std::size_t i = 0; i < part.month_count; ++i) {
            content.weights.push_back(1);
            content.align.push_back(Align::Right);
        }
        if (part.average) {
            content.weights.push_back(1.2);
            content.align.push_back(Align::Right);
        }
        TableRowContent quarters, header;
        quarters.pos = header.pos = b.pos;
        for (const auto& text : part.quarters)
            quarters.cells.push_back(plain(text));
        quarters.spans = part.quarter_spans;
        for (const auto& text : part.months)
            header.cells.push_back(plain(text));
        content.header.push_back(std::move(quarters));
        content.header.push_back(std::move(header));
        for (const compute::MonthTableRow& row : part.rows) {
            TableRowContent r;
            r.pos = row.pos;
            for (const auto& text : row.cells)
                r.cells.push_back(plain(text));
            r.faces.assign(r.cells.size(), std::nullopt);
            content.body.push_back(std::move(r));
        }
        double table_width = apply_shape(content, t.shape, width, names);
        if (part.month_count < per || (t.average && !part.average)) {
            // A shorter table than a full one: as wide as its columns are in a full one.
            const double full = 3.2 + static_cast<double>(per) + (t.average ? 1.2 : 0);
            double own = 0;
            for (double w : content.weights)
                own += w;
            table_width *= own / full;
        }
        out.push_back(make_table(b.pos, std::move(content), table_width, ctx));
    }
}

namespace {

// The target of each month from targets.csv (NaN where none applies; compute::monthly_targets);
// an error at the chart's target attribute if no month has one.
std::vector<double> monthly_targets(const compute::Figures& figures, const model::Chart& c,
                                    const compute::Window& from, std::size_t months) {
    const model::ChartSeries& s = c.series.front();
    auto values = at(c.target_pos, [&] {
        return compute::monthly_targets(figures, s.indicator, s.area, from.first_serial(), months);
    });
    if (std::none_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); }))
        throw InputError(c.target_pos, "target=\"data\": targets.csv has no target for " +
                                           s.indicator + " / " + s.area + " in the chart's months");
    return values;
}

} // namespace

graphics::ChartSpec chart_spec(const model::Block& b, const model::Chart& c, BuildContext& ctx) {
    if (c.x != "months") return category_chart_spec(b, c, ctx);
    const compute::Figures& figures = need_figures(ctx, b.pos);
    compute::Window from = window_at(c.from, c.range_pos);
    compute::Window to = window_at(c.to, c.range_pos);
    if (from.kind() != model::Period::Kind::Month || to.kind() != model::Period::Kind::Month ||
        to < from)
        throw InputError(c.range_pos, "a chart's from and to must be months, from before to");
    if (to.first_serial() - from.first_serial() >= 120)
        throw InputError(c.range_pos, "a chart shows at most 120 months");
    graphics::ChartSpec spec;
    spec.kind = c.kind == "bar" || c.kind == "hbar" ? graphics::ChartKind::Bar
                : c.kind == "grouped-bar"           ? graphics::ChartKind::GroupedBar
                                                    : graphics::ChartKind::Line;
    spec.horizontal = c.kind == "hbar";
    spec.stacked = c.stack;
    spec.title = c.title;
    spec.subtitle = c.subtitle;
    spec.source = c.source;
    spec.alt = c.alt;
    spec.y_label = c.y_label;
    spec.value_labels = c.value_labels;
    spec.y_from_zero = c.y_from_zero;
    bool long_range = to.year() != from.year();
    const auto months = static_cast<std::size_t>(to.first_serial() - from.first_serial() + 1);
    spec.categories.reserve(months);
    spec.categories_long.reserve(months);
    for (int serial = from.first_serial(); serial <= to.first_serial(); ++serial) {
        model::Period m = model::Period::from_serial(serial);
        std::string year = std::to_string(m.year());
        std::string category = ctx.theme.month_name(m.month_of_year(), true);
        if (long_range) category.append(" ").append(year, 2);
        spec.categories.push_back(std::move(category));
        spec.categories_long.push_back(
            ctx.theme.month_name(m.month_of_year(), false).append(" ").append(year));
    }
    int decimals = 0;
    spec.series.reserve(c.series.size());
    for (const auto& s : c.series) {
        const model::Indicator& ind =
            at(s.pos, [&]() -> const model::Indicator& { return figures.indicator(s.indicator); });
        decimals = std::max(decimals, ind.decimals);
        if (ind.unit == model::Unit::Percent) spec.unit = "%";
        graphics::Series series;
        series.name = s.label.empty() ? ind.label : s.label;
        if (s.style > 0) series.style = s.style - 1;
        auto points =
            at(s.pos, [&] { return figures.monthly_series(s.indicator, s.area, from, to); });
        bool any = false;
        series.values.reserve(points.size());
        for (const auto& p : points) {
            series.values.push_back(p.value ? *p.value : std::nan(""));
            any = any || p.value.has_value();
        }
        if (!any)
            throw InputError(s.pos, "no monthly values for " + s.indicator + " / " + s.area +
                                        " from " + c.from + " to " + c.to);
        spec.series.push_back(std::move(series));
    }
    spec.decimals = decimals;
    const std::size_t n = spec.categories.size();
    if (c.target_from_data) {
        auto values = monthly_targets(figures, c, from, n);
        std::string label = c.target_label.empty() ? data_target_label(values, decimals, spec.unit)
                                                   : c.target_label;
        spec.references.push_back(
            {graphics::ReferenceLine::Kind::Target, std::move(label), std::move(values)});
    } else if (c.target) {
        std::string label =
            c.target_label.empty()
                ? "Target " + format_number(*c.target, NumberStyle{decimals, true, false, true}) +
                      spec.unit
                : c.target_label;
        spec.references.push_back({graphics::ReferenceLine::Kind::Target, std::move(label),
                                   std::vector<double>(n, *c.target)});
    }
    if (c.average_line) {
        double sum = 0;
        int count = 0;
        for (double v : spec.series.front().values)
            if (std::isfinite(v)) sum += v, ++count;
        const double mean = sum / count; // every series has a value (checked above)
        NumberStyle ns;
        ns.decimals = decimals;
        spec.references.push_back({graphics::ReferenceLine::Kind::Average,
                                   average_label(c, ctx, format_number(mean, ns) + spec.unit),
                                   std::vector<double>(n, mean)});
    }
    if (c.tolerance) {
        NumberStyle ns;
        ns.decimals = decimals;
        spec.reference_bands.push_back({"Tolerance " + format_number(c.tolerance->first, ns) +
                                            "\u2013" + format_number(c.tolerance->second, ns) +
                                            spec.unit,
                                        std::vector<double>(n, c.tolerance->first),
                                        std::vector<double>(n, c.tolerance->second)});
    }
    if (c.kind == "spc") {
        const model::ChartSeries& s = c.series.front();
        add_spc(spec, c, figures.indicator(s.indicator), from.first_serial(), ctx.theme);
    }
    spec.y_min = c.y_min;
    spec.y_max = c.y_max;
    for (const auto& text : c.highlights) {
        compute::Window w = [&] {
            try {
                return window_at(text, c.highlights_pos);
            } catch (const InputError& e) {
                throw InputError(c.highlights_pos,
                                 e.message() + " (windows in highlight are separated by ';', e.g. "
                                               "highlight=\"2016/17 Q4; 2017/18 Q1\")");
            }
        }();
        int first = std::max(w.first_serial(), from.first_serial()) - from.first_serial();
        int last = std::min(w.last_serial(), to.first_serial()) - from.first_serial();
        if (first > last)
            throw InputError(c.highlights_pos,
                             "the highlighted window " + text + " lies outside the chart's months");
        spec.highlights.push_back({first, last, window_label(w, ctx.theme)});
    }
    return spec;
}

std::optional<graphics::Face> face_of(model::Verdict v) {
    switch (v) {
    case model::Verdict::Happy:
        return graphics::Face::Happy;
    case model::Verdict::Monitor:
        return graphics::Face::Monitoring;
    case model::Verdict::Unhappy:
        return graphics::Face::Unhappy;
    case model::Verdict::None:
        break;
    }
    return std::nullopt;
}

graphics::ChartSpec drawn_chart_spec(const model::Block& b, const model::Chart& c,
                                     BuildContext& ctx) {
    graphics::ChartSpec spec = chart_spec(b, c, ctx);
    if (!c.scale.empty() && ctx.scales)
        if (auto it = ctx.scales->find(c.scale); it != ctx.scales->end())
            spec.shared_range = it->second;
    if (!c.scale.empty() && ctx.plot_heights)
        if (auto it = ctx.plot_heights->find(c.scale); it != ctx.plot_heights->end())
            spec.plot_height = it->second;
    try {
        graphics::validate(spec);
    } catch (const std::invalid_argument& e) {
        const std::string what = e.what();
        throw InputError(c.axis_pos, what.substr(what.find(": ") + 2));
    }
    return spec;
}

void build_chart(const model::Block& b, const model::Chart& c, double width, BuildContext& ctx,
                 std::vector<BlockPtr>& out) {
    graphics::ChartSpec spec = drawn_chart_spec(b, c, ctx);
    out.push_back(std::make_unique<ChartBlock>(b.pos, std::move(spec), chart_style(ctx), width,
                                               c.height, c.fill));
}

void build_spc_table(const model::Block& b, const model::SpcTable& t, double width,
                     BuildContext& ctx, std::vector<BlockPtr>& out) {
    const compute::Figures& figures = need_figures(ctx, b.pos);
    compute::SpcTableCells cells = compute::spc_table_cells(t, figures, ctx.theme);
    TableContent content;
    content.weights = {2.6, 1.9, 1.0, 1.0, 1.0, 1.0, 2.5, 2.5};
    content.align = {Align::Left,  Align::Right, Align::Right, Align::Right,
                     Align::Right, Align::Right, Align::Left,  Align::Left};
    TableRowContent header;
    header.pos = b.pos;
    for (auto& h : cells.header)
        header.cells.push_back(
            plain(std::move(h), false, header.cells.empty() ? b.pos : SourcePos{}));
    content.header.push_back(std::move(header));
    for (auto& row : cells.rows) {
        TableRowContent r;
        r.pos = row.pos;
        for (std::string* text : {&row.metric, &row.latest, &row.target, &row.mean, &row.lower,
                                  &row.upper, &row.variation_words, &row.assurance_words})
            r.cells.push_back(
                plain(std::move(*text), false, r.cells.empty() ? row.pos : SourcePos{}));
        r.faces.assign(r.cells.size(), std::nullopt);
        r.icons.assign(r.cells.size(), std::nullopt);
        if (auto v = variation_shape(row.variation))
            r.icons[6] = SpcIconCell{*v, r.cells[6].front().text};
        if (auto a = assurance_shape(row.assurance))
            r.icons[7] = SpcIconCell{*a, r.cells[7].front().text};
        content.body.push_back(std::move(r));
    }
    const double table_width =
        apply_shape(content, t.shape, width,
                    "metric, latest, target, mean, lower limit, upper limit, variation, assurance");
    out.push_back(make_table(b.pos, std::move(content), table_width, ctx));
}

void build_spc_matrix(const model::Block& b, const model::SpcTable& t, double width,
                      BuildContext& ctx, std::vector<BlockPtr>& out) {
    const compute::Figures& figures = need_figures(ctx, b.pos);
    const compute::SpcTableCells cells = compute::spc_table_cells(t, figures, ctx.theme);
    const compute::SpcWords words = compute::spc_words(ctx.theme);
    // Each cell's metrics, in the order listed, each a link to its section when `link` is set.
    std::array<std::array<model::InlineText, 4>, 4> grid;
    bool neutral = false;
    for (std::size_t i = 0; i < cells.rows.size(); ++i) {
        const auto& row = cells.rows[i];
        const int r = compute::spc_matrix_row(row.variation);
        if (r < 0) continue;
        neutral = neutral || r == 3;
        model::InlineText& cell =
            grid[static_cast<std::size_t>(r)]
                [static_cast<std::size_t>(compute::spc_matrix_column(row.assurance))];
        if (!cell.empty()) cell.push_back(plain("; ").front());
        model::Inline piece = plain(row.metric, false, row.pos).front();
        if (!t.link.empty()) {
            std::string target = t.link;
            target.replace(target.find("{indicator}"), 11, t.indicators[i]);
            piece.link = {model::LinkTarget::Kind::Section, std::move(target), t.link_pos};
        }
        cell.push_back(std::move(piece));
    }
    TableContent content;
    content.weights = {2.4, 1.9, 1.9, 1.9, 1.4};
    content.align = {Align::Left, Align::Left, Align::Left, Align::Left, Align::Left};
    content.zebra = false;
    TableRowContent header;
    header.pos = b.pos;
    header.cells = {plain(words.variation + " × " + words.assurance, false, b.pos),
                    plain(words.consistently_passing), plain(words.hit_and_miss),
                    plain(words.consistently_failing), plain(words.no_target)};
    header.faces.assign(5, std::nullopt);
    content.header.push_back(std::move(header));
    const std::pair<compute::VariationIcon, const std::string*> rows[] = {
        {compute::VariationIcon::ImprovementHigh, &words.improving},
        {compute::VariationIcon::CommonCause, &words.common_cause},
        {compute::VariationIcon::ConcernHigh, &words.concerning},
        {compute::VariationIcon::NeitherHigh, &words.neutral}};
    for (std::size_t r = 0; r < 4; ++r) {
        if (r == 3 && !neutral) continue; // no neutral indicator: no row for it
        TableRowContent row;
        row.pos = b.pos;
        row.cells.push_back(plain(*rows[r].second, false, b.pos));
        for (auto& cell : grid[r])
            row.cells.push_back(std::move(cell));
        row.faces.assign(5, std::nullopt);
        row.icons.assign(5, std::nullopt);
        if (auto v = variation_shape(rows[r].first))
            row.icons[0] = SpcIconCell{*v, *rows[r].second};
        content.body.push_back(std::move(row));
    }
    const double table_width = apply_shape(content, t.shape, width, "");
    out.push_back(make_table(b.pos, std::move(content), table_width, ctx));
}

void build_verdict_legend(const model::Block& b, const model::VerdictLegend& legend, double width,
                          BuildContext& ctx, std::vector<BlockPtr>& out) {
    const std::pair<graphics::Face, const std::string&> kMeanings[] = {
        {graphics::Face::Happy, legend.happy},
        {graphics::Face::Monitoring, legend.monitor},
        {graphics::Face::Unhappy, legend.unhappy}};
    TableContent content;
    content.weights = {1, 9};
    content.align = {Align::Center, Align::Left};
    content.zebra = false;
    for (const auto& [face, meaning] : kMeanings) {
        if (meaning.empty()) continue; // a verdict the report never gives: left out
        TableRowContent r;
        r.pos = b.pos;
        r.cells.push_back(plain(""));
        r.cells.push_back(plain(meaning));
        r.faces = {face, std::nullopt};
        content.body.push_back(std::move(r));
    }
    out.push_back(make_table(b.pos, std::move(content), width, ctx));
}

} // namespace bp::layout
