// The display list: the single hand-off between layout and the renderers. A Document is a list
// of pages of positioned items of a closed set of kinds, plus the outline, page labels,
// document info and fonts. Coordinates are points with the origin at the page's top-left.
#pragma once

#include "core/color.hpp"
#include "core/geometry.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace bp::display {

// A font face used by the document: a TrueType file the renderers load.
struct FontFace {
    std::string name; // e.g. "LiberationSans-Bold"
    std::string path; // absolute path of the .ttf file
    friend bool operator==(const FontFace&, const FontFace&) = default;
};

// Index into Document::fonts.
using FontId = int;

// A run of text in one font, size and colour; `origin` is the left end of its baseline.
struct TextRun {
    Point origin;
    FontId font = 0;
    double size = 10;
    Color color;
    std::string text; // UTF-8
    double width = 0; // advance width as measured by layout
    // Not painted (PDF text render mode 3), but read by text extraction and assistive
    // technology: e.g. the verdict word that a face stands for.
    bool invisible = false;
};

// A path outline: moves, lines, cubic Béziers and closes, in page coordinates. Its ops and
// points share one allocation (a report holds tens of thousands of paths), so a Path is one
// pointer in its item.
class Path {
public:
    enum class Op : std::uint8_t { Move, Line, Curve, Close };

    Path() = default;
    Path(const Path& other);
    Path& operator=(const Path& other);
    Path(Path&&) noexcept = default;
    Path& operator=(Path&&) noexcept = default;

    Path& move_to(Point p);
    Path& line_to(Point p);
    Path& curve_to(Point c1, Point c2, Point end);
    Path& close();
    Path& rect(const Rect& r);
    // A full circle as four Bézier arcs.
    Path& circle(Point centre, double radius);
    // A circular arc from angle a0 to a1 (radians, clockwise on the page as y grows down),
    // as Bézier segments of at most 90°. Starts with a line_to if the path is open, else a move.
    Path& arc(Point centre, double radius, double a0, double a1);
    // Makes room for `ops` more ops and `points` more points: an empty path gets exactly that,
    // a path short of room max(needed, twice its capacity), so appending stays amortised O(1).
    // rect, circle, arc and curve_to make their own room; a move into an empty path makes room
    // for the line that usually follows it (a lone move draws nothing).
    Path& reserve(std::size_t ops, std::size_t points);

    std::span<const Op> ops() const;
    // Points consumed in order: one per Move/Line, three per Curve, none per Close.
    std::span<const Point> points() const;
    bool empty() const { return ops().empty(); }

private:
    // The start of the allocation: counts and room, then the points, then the ops.
    struct Header {
        std::uint32_t ops = 0;
        std::uint32_t points = 0;
        std::uint32_t op_room = 0;
        std::uint32_t point_room = 0;
    };
    Header* header() const { return reinterpret_cast<Header*>(data_.get()); }
    Point* point_data() const;
    Op* op_data() const;
    // A copy of `from` in a new allocation with room for `op_room` ops and `point_room` points.
    static Path copy_with_room(const Path& from, std::size_t op_room, std::size_t point_room);
    // Moves the path into a new allocation with room for `op_room` ops and `point_room` points.
    void reallocate(std::size_t op_room, std::size_t point_room);
    void push(Op op);
    void push(Point p);

    std::unique_ptr<std::byte[]> data_; // null for an empty path that has no room yet
};

// How a path's outline is drawn.
struct Stroke {
    Color color;
    double width = 1;
    std::vector<double> dash; // on/off lengths in points; empty for a solid line
    enum class Cap : std::uint8_t { Butt, Round, Square } cap = Cap::Butt;
    enum class Join : std::uint8_t { Miter, Round, Bevel } join = Join::Miter;

    // The dash as every renderer draws it: `dash` if no length is negative or non-finite, there
    // are at most 16 and they add up to more than 0; otherwise empty (a solid line).
    const std::vector<double>& drawn_dash() const;
};

// A path filled and/or stroked (fill first, then stroke).
struct PathItem {
    Path path;
    std::optional<Color> fill;
    std::optional<Stroke> stroke;
};

// A PNG image file drawn into a box.
struct ImageItem {
    Rect box;
    std::string path;
};

// A clickable area: to a named destination in this document, or to a URI.
struct LinkArea {
    Rect box;
    std::string dest; // set for internal links
    std::string uri;  // set for external links
};

// A named place that links and outline entries can go to; `y` is the top of the view.
struct Destination {
    std::string name;
    double y = 0;
};

// Logical structure for a tagged, accessible PDF: items between a StructBegin and its
// StructEnd belong to that element. Elements nest. Text belongs to the innermost element open;
// paths and images outside a Figure are decoration (artifacts), and so is everything inside an
// Artifact.
enum class StructKind : std::uint8_t {
    Heading,
    Paragraph,
    List,
    ListItem,
    ListLabel, // the bullet or number of a list item
    ListBody,  // the content of a list item
    Table,
    TableRow,
    TableHeaderCell,
    TableCell,
    Figure,
    Link,
    Artifact, // headers, footers, decoration: not part of the content
};

struct StructBegin {
    StructKind kind = StructKind::Paragraph;
    int level = 0;   // heading level (1–6); 0 otherwise
    std::string alt; // text alternative for figures; link description
    // Non-zero for an element that a page break may split: every part carries the same id and
    // continues the one element (a table, list or paragraph over two pages stays one element).
    std::uint64_t id = 0;
    // Table header cells: the cells the header describes.
    enum class Scope : std::uint8_t { None, Column, Row } scope = Scope::None;
    int col_span = 1; // table cells spanning several columns
    // Artifacts: true for running headers, footers and repeated table headers (PDF artifact
    // type Pagination); false for other decoration (type Layout).
    bool pagination = false;
};

struct StructEnd {};

using Item =
    std::variant<TextRun, PathItem, ImageItem, LinkArea, Destination, StructBegin, StructEnd>;

// One page: its size and items in painting order.
struct Page {
    Size size;
    std::vector<Item> items;
};

// A bookmark: a title and the destination it opens; children nest under it.
struct OutlineEntry {
    std::string title;
    std::string dest;
    std::vector<OutlineEntry> children;
};

// Page numbering as shown by viewers, from `first_page` (0-based) to the next range.
struct PageLabelRange {
    int first_page = 0;
    enum class Style : std::uint8_t {
        Decimal,
        LowerRoman,
        UpperRoman,
        None
    } style = Style::Decimal;
    std::string prefix;
    int start = 1;
};

// Document information (PDF Info dictionary and language).
struct DocInfo {
    std::string title;
    std::string author;
    std::string subject;
    std::string keywords;
    std::string language; // BCP 47, e.g. "en-GB"
    std::string creator;  // the tool, e.g. "boardpack 0.1.0"
    // Seconds since the epoch for CreationDate/ModDate; unset writes no dates (reproducible).
    std::optional<long long> created;
    // What the report was built from: "SHA256 PATH" per input (app/source_record.hpp), written
    // in the XMP as bp:sources.
    std::vector<std::string> sources;
};

// The whole laid-out report.
struct Document {
    DocInfo info;
    std::vector<FontFace> fonts;
    std::vector<Page> pages;
    std::vector<OutlineEntry> outline;
    std::vector<PageLabelRange> page_labels;
    bool show_outline = true; // open with the bookmarks panel shown

    // Adds `face` unless present; returns its id.
    FontId font_id(const FontFace& face);
};

// A stable, line-oriented text form of the document for tests and debugging: one line per item,
// numbers rounded to 0.01 pt, independent of locale.
std::string dump(const Document& doc);

} // namespace bp::display
