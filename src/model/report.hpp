// The parsed layout description: report metadata, page templates, sections and their blocks.
// Plain data, no I/O; every element keeps the SourcePos it came from for error messages.
#pragma once

#include "core/source_pos.hpp"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace bp::model {

// Where a link or button goes: a section id, "@next" / "@prev" page, or an external URI.
struct LinkTarget {
    enum class Kind { None, Section, NextPage, PrevPage, Uri } kind = Kind::None;
    std::string value; // section id or URI
    SourcePos pos;
    bool empty() const { return kind == Kind::None; }
};

// A figure from the data written inline: the value of an indicator for an area and period.
struct FigureRef {
    std::string indicator;
    std::string area;
    std::string period;
    SourcePos pos;
    bool empty() const { return indicator.empty(); }
};

// A piece of inline text with its emphasis and optional link; or a figure from the data.
struct Inline {
    std::string text;
    bool bold = false;
    bool italic = false;
    LinkTarget link;
    FigureRef figure; // when set, `text` is replaced by the formatted figure
    SourcePos pos;    // the element the text is in (for warnings about its characters)
};

using InlineText = std::vector<Inline>;

// Block-level content of a section. Each block keeps its position for errors.
struct Heading {
    int level = 2;
    InlineText text;
};

struct Paragraph {
    InlineText text;
    std::string style = "body";
    std::string align = "left"; // left, center, right
};

struct BulletList {
    std::vector<InlineText> items;
};

struct TableCell {
    InlineText text;
    SourcePos pos;
};

struct TableRow {
    std::vector<TableCell> cells;
    SourcePos pos;
};

enum class Align { Left, Center, Right };

struct Table {
    std::vector<double> widths; // relative weights, one per column
    std::vector<Align> align;   // one per column
    int header_rows = 1;        // repeated when the table splits
    bool zebra = true;
    std::vector<TableRow> rows;
};

struct Spacer {
    double height = 12;
};

struct PageBreak {};

// A button (a boxed link) on its own line in the flow.
struct Button {
    std::string label;
    LinkTarget target;
    Align align = Align::Left;
};

// A grid of buttons linking to every section of a group.
struct Menu {
    std::string group;
    int columns = 3;
};

// A row of a data table: which indicator and area, and the label shown.
struct IndicatorRow {
    std::string indicator;
    std::string area;
    std::string label; // empty: the indicator's label
    SourcePos pos;
};

// The column widths and width of a generated table (indicator, period and month tables).
struct TableShape {
    std::vector<double> columns; // relative widths, one per column; empty: the table's own
    SourcePos columns_pos;
    double width = 100; // percent of the frame width; the table is left-aligned
};

// Indicators compared between two windows: label | before | after | change | verdict face
// (the change column left out with change="none").
struct IndicatorTable {
    std::string before; // window text, e.g. "12m:2016-06"
    std::string after;
    SourcePos before_pos;
    SourcePos after_pos;
    std::string change = "auto"; // auto, percent, absolute, none (no change column)
    int change_decimals = -1;    // -1: 1 for % differences, the indicator's decimals otherwise
    bool verdict = true;
    std::string label_header;
    std::string before_header; // empty: derived from the window ("12 months to end June 2016")
    std::string after_header;
    std::string change_header; // empty: "% Difference" or "Difference"
    std::string verdict_header = "Verdict";
    bool target = false; // a Target column (the target for the later window)
    std::string target_header = "Target";
    std::vector<IndicatorRow> rows;
    TableShape shape;
};

// One indicator over several periods, a row per period: period | value | verdict.
struct PeriodTable {
    std::string indicator;
    std::string area;
    std::vector<std::string> periods;
    SourcePos periods_pos;
    bool verdict = true;
    std::string period_header = "Period";
    std::string value_header; // empty: the indicator's label
    std::string verdict_header = "Verdict";
    TableShape shape;
};

// Indicators by month, a column per month (blank where there is no value), grouped under
// financial quarters, with an optional average of the months present; more months than a table
// takes are drawn as several tables, one under the other, the average in the last.
struct MonthTable {
    static constexpr std::size_t max_months = 120;
    std::vector<std::string> months; // months, or ranges of months ("2023-11..2026-10")
    SourcePos months_pos;
    int months_per_table = 0; // 0: all (at most 24), 12 a table when there are more
    bool average = true;
    int decimals = -1; // -1: the indicator's decimals (the average gets one more)
    std::vector<IndicatorRow> rows;
    TableShape shape;
};

// One series of a chart: an indicator's monthly values for an area; on a category chart, an
// indicator's value in a window for each category (x="areas": each area; x="periods": each
// window, `window` unused; x="indicators": each indicator, `indicator` unused).
struct ChartSeries {
    std::string indicator;
    std::string area;  // empty: the chart's area
    std::string label; // empty: the indicator's label (or the window's on x="indicators")
    SourcePos pos;
    std::string window; // category charts; empty: the chart's window
    SourcePos window_pos;
    int style = 0; // 1–6: the palette's (or theme's [series.N]) look; 0: by position
};

// A chart of monthly values: line, bar or grouped bar, over a range of months, with optional
// highlighted windows (e.g. the two 12-month windows a table compares).
struct Chart {
    std::string kind = "line"; // line, bar, grouped-bar, hbar (horizontal bars)
    // The x axis: months (from..to), or categories: areas, periods or indicators.
    std::string x = "months";
    std::vector<std::string> categories; // x="areas" / "periods" / "indicators": the list given
    std::string area_kind;               // x="areas" without a list: every area of this kind
    SourcePos categories_pos;            // where the list (or area-kind) is
    std::string window;                  // category charts: the series' default window
    SourcePos window_pos;
    bool stack = false; // bars: the series of a category stacked on one bar
    std::string title;
    std::string subtitle;
    std::string source;
    std::string alt; // the author's text alternative; empty: made from what is drawn
    std::string y_label;
    std::string area;
    std::string from; // first month, e.g. "2015-04"
    std::string to;   // last month
    SourcePos range_pos;
    std::vector<std::string> highlights; // windows, e.g. "12m:2016-06"
    SourcePos highlights_pos;
    double height = 200;
    bool fill = false; // height="fill": the room its section's share of the page leaves
    bool value_labels = false;
    std::optional<bool> y_from_zero;    // unset: bars from zero, lines fitted to the data
    std::optional<double> y_min, y_max; // fixed ends of the value scale
    SourcePos axis_pos;                 // where y-min / y-max / target / tolerance are
    std::string scale;            // a scale group: charts naming the same one share one value scale
    std::optional<double> target; // a constant target line
    bool target_from_data = false; // target="data": the first series' targets from targets.csv
    SourcePos target_pos;
    std::string target_label;  // empty: "Target N"
    bool average_line = false; // a line at the mean of the first series' values
    std::string average_label; // empty: the theme's [labels] average-line, with {value}
    std::optional<std::pair<double, double>> tolerance; // a shaded band between two values
    std::vector<ChartSeries> series;
    // kind="spc": recalculation months (each starts a new segment), the baseline (the first N
    // points of each segment make its mean and limits; unset: all), screening of moving
    // ranges, the lengths of the run and trend rules, and the icons beside the title.
    std::vector<std::string> rebase;
    SourcePos spc_pos; // where kind="spc" is (errors of the SPC computation point here)
    SourcePos rebase_pos;
    std::optional<int> baseline;
    bool screen = false;
    int run = 7;
    int trend = 6;
    bool icons = false;
};

// The SPC summary of indicators: one row per indicator, each an XmR chart of an area's months
// from..to (as an SPC chart computes it): metric | latest | target | mean | lower limit | upper
// limit | variation (icon and words) | assurance (icon and words).
struct SpcTable {
    std::vector<std::string> indicators;
    SourcePos indicators_pos;
    std::string area;
    std::string from; // first month, e.g. "2023-04"
    std::string to;   // last month
    SourcePos range_pos;
    std::vector<std::string> rebase; // recalculation months, as on an SPC chart
    SourcePos rebase_pos;
    std::optional<int> baseline;
    bool screen = false;
    int run = 7;
    int trend = 6;
    TableShape shape;
    // <spc-matrix>: the same indicators placed in a grid of variation × assurance, each a link
    // to the section whose id is `link` with {indicator} replaced ("" : no links).
    bool matrix = false;
    std::string link;
    SourcePos link_pos;
};

// The meaning of each verdict face, as a legend: one sentence per face, from the layout.
struct VerdictLegend {
    std::string happy = "On track.";
    std::string monitor = "Needs watching.";
    std::string unhappy = "Off track: action needed.";
};

struct Block;

// One column of a <columns> row: its share of the row's width and its blocks, top to bottom.
struct Column {
    double width = 0; // percent of the row's width, less the gaps; 0: an equal share of the rest
    std::vector<Block> blocks;
    SourcePos pos;
};

// Blocks side by side (a chart beside its commentary): a row of columns kept on one page, read
// column by column.
struct Columns {
    std::vector<Column> columns;
    double gap = 12; // points between neighbouring columns
};

struct Block {
    std::variant<Heading, Paragraph, BulletList, Table, Spacer, PageBreak, Button, Menu,
                 IndicatorTable, PeriodTable, MonthTable, Chart, VerdictLegend, Columns, SpcTable>
        content;
    SourcePos pos;
    std::string element; // element name, for messages
};

// Calls f(block) for each of `blocks` in reading order, and for the blocks of each column of a
// <columns> among them, column by column (after the Columns block itself).
template <class F> void for_each_block(const std::vector<Block>& blocks, F&& f) {
    for (const Block& b : blocks) {
        f(b);
        if (const auto* row = std::get_if<Columns>(&b.content))
            for (const Column& c : row->columns)
                for_each_block(c.blocks, f);
    }
}

// An item of a page header or footer band.
struct BandItem {
    enum class Kind { Text, Button, PageNumber } kind = Kind::Text;
    std::string text; // may contain {section.title}, {report.title}, {page}, {pages}
    LinkTarget target;
    Align align = Align::Left;
    std::string style;
    // Text only: 1–3 if the text is a title of the page (a heading of that level where it is
    // first drawn, an artifact where the next pages repeat it); 0 for decoration.
    int heading = 0;
    SourcePos pos;
};

// A header or footer band: its height and items.
struct Band {
    std::string name; // "header" or "footer", for messages
    double height = 0;
    std::vector<BandItem> items;
    // A text too wide for the band is shortened with … and a warning (false), or is an error.
    bool cut_is_error = false;
};

// A page template: size, margins, header and footer.
struct Template {
    std::string id;
    double width = 841.89; // A4 landscape by default (points)
    double height = 595.28;
    double margin_top = 36, margin_right = 36, margin_bottom = 36, margin_left = 36;
    Band header;
    Band footer;
    SourcePos pos;
};

// A section: a titled part of the report with its own template and bookmark.
struct Section {
    std::string id;
    std::string title;
    std::string template_id;
    std::string group;           // menus list the sections of a group
    std::string bookmark_parent; // nest the bookmark under this section's
    bool bookmark = true;
    bool new_page = true;       // false: continue on the current page if it fits
    bool keep_together = false; // start a new page unless the whole section fits
    int per_page = 0; // N > 0: the section takes 1/N of the page's body height (a page grid)
    std::vector<std::string>
        defines; // glossary terms: linked here where they first appear on a page
    std::vector<Block> blocks;
    SourcePos pos;
};

// Report metadata shown in the PDF's document properties.
struct ReportInfo {
    std::string title;
    std::string author;
    std::string subject;
    std::string keywords;
    std::string language = "en-GB";
};

// The whole layout description.
struct Report {
    ReportInfo info;
    std::string theme_path;    // resolved path of the theme INI, empty for the default theme
    std::string data_path;     // resolved path of the data folder, empty if none
    std::string base_dir;      // folder of the layout file
    std::size_t keep_rows = 3; // table body rows kept on either side of a page break
    std::vector<Template> templates;
    std::vector<Section> sections;
    SourcePos pos;
};

} // namespace bp::model
