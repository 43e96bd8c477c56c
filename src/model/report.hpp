// The parsed layout description: report metadata, page templates, sections and their blocks.
// Plain data, no I/O; every element keeps the SourcePos it came from for error messages.
#pragma once

#include "core/source_pos.hpp"

#include <memory>
#include <string>
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

// A piece of inline text with its emphasis and optional link.
struct Inline {
    std::string text;
    bool bold = false;
    bool italic = false;
    LinkTarget link;
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
    std::vector<double> widths;       // relative weights, one per column
    std::vector<Align> align;         // one per column
    int header_rows = 1;              // repeated when the table splits
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

struct Block {
    std::variant<Heading, Paragraph, BulletList, Table, Spacer, PageBreak, Button, Menu> content;
    SourcePos pos;
    std::string element; // element name, for messages
};

// An item of a page header or footer band.
struct BandItem {
    enum class Kind { Text, Button, PageNumber } kind = Kind::Text;
    std::string text; // may contain {section.title}, {report.title}, {page}, {pages}
    LinkTarget target;
    Align align = Align::Left;
    std::string style;
    SourcePos pos;
};

// A header or footer band: its height and items.
struct Band {
    double height = 0;
    std::vector<BandItem> items;
};

// A page template: size, margins, header and footer.
struct Template {
    std::string id;
    double width = 841.89;  // A4 landscape by default (points)
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
    std::string group;            // menus list the sections of a group
    std::string bookmark_parent;  // nest the bookmark under this section's
    bool bookmark = true;
    bool new_page = true;         // false: continue on the current page if it fits
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
    std::string theme_path;   // resolved path of the theme INI, empty for the default theme
    std::string data_path;    // resolved path of the data folder, empty if none
    std::string base_dir;     // folder of the layout file
    std::vector<Template> templates;
    std::vector<Section> sections;
    SourcePos pos;
};

} // namespace bp::model
