#include "layout/block_builder.hpp"

#include "compute/verdict_words.hpp"

#include "compute/lookup_error.hpp"
#include "compute/number_format.hpp"
#include "core/error.hpp"
#include "layout/columns_block.hpp"
#include "layout/data_blocks.hpp"

#include "layout/list_block.hpp"
#include "layout/menu_block.hpp"
#include "layout/simple_blocks.hpp"
#include "layout/spc_chart.hpp"
#include "layout/table_block.hpp"
#include "layout/text_block.hpp"

namespace bp::layout {

namespace {

// Lays inline text out; `body` marks running text, where glossary terms are linked.
std::shared_ptr<const LaidText> lay(model::InlineText text, const model::TextStyle& style,
                                    double width, BuildContext& ctx, bool body = false) {
    Color link = ctx.theme.color("link", style.color);
    auto laid =
        std::make_shared<LaidText>(lay_out_inline(std::move(text), style, width, ctx.fonts, link));
    laid->link_terms = body;
    return laid;
}

// Lays a table cell out in a theme style (`body`: a body cell), sharing an identical cell laid
// out before where the cache holds one.
std::shared_ptr<const LaidText> lay_cell(model::InlineText text, const model::TextStyle& style,
                                         double width, BuildContext& ctx, bool body) {
    if (!CellCache::holds(text)) return lay(std::move(text), style, width, ctx, body);
    return ctx.cells.get(std::move(text), style, width, body, [&](model::InlineText cell) {
        return lay(std::move(cell), style, width, ctx, body);
    });
}

model::Align align_of(const std::string& name) {
    return name == "right"    ? model::Align::Right
           : name == "center" ? model::Align::Center
                              : model::Align::Left;
}

BlockPtr heading(const model::Block& b, const model::Heading& h, double width, BuildContext& ctx) {
    const model::TextStyle& style = ctx.theme.style("h" + std::to_string(h.level));
    TextBlock::Options o;
    o.kind = display::StructKind::Heading;
    o.level = h.level;
    o.space_before = style.space_before;
    o.space_after = style.space_after;
    o.keep_with_next = true;
    return std::make_unique<TextBlock>(
        b.pos, "heading", lay(resolve_figures(h.text, ctx), style, width, ctx), width, o);
}

BlockPtr paragraph(const model::Block& b, const model::Paragraph& p, double width,
                   BuildContext& ctx) {
    const model::TextStyle& style = ctx.theme.style(p.style);
    TextBlock::Options o;
    o.align = align_of(p.align);
    o.space_before = style.space_before;
    o.space_after = style.space_after;
    return std::make_unique<TextBlock>(
        b.pos, "paragraph", lay(resolve_figures(p.text, ctx), style, width, ctx, true), width, o);
}

BlockPtr list(const model::Block& b, const model::BulletList& l, double width, BuildContext& ctx) {
    const model::TextStyle& style = ctx.theme.style("body");
    double indent = style.size * 1.4;
    std::vector<std::shared_ptr<const LaidText>> items;
    items.reserve(l.items.size());
    for (const auto& item : l.items)
        items.push_back(lay(resolve_figures(item, ctx), style, width - indent, ctx, true));
    return std::make_unique<ListBlock>(b.pos, std::move(items), ctx.fonts.get(style), indent,
                                       style.size * 0.35, style.space_after);
}

BlockPtr table(const model::Block& b, const model::Table& t, double width, BuildContext& ctx) {
    TableContent content{t.widths, t.align, {}, {}, t.zebra};
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        TableRowContent row;
        row.pos = t.rows[r].pos;
        row.cells.reserve(t.rows[r].cells.size());
        for (const auto& cell : t.rows[r].cells)
            row.cells.push_back(resolve_figures(cell.text, ctx));
        (static_cast<int>(r) < t.header_rows ? content.header : content.body)
            .push_back(std::move(row));
    }
    return make_table(b.pos, std::move(content), width, ctx);
}

BlockPtr button(const model::Block& b, const model::Button& btn, double width, BuildContext& ctx) {
    const model::TextStyle& style = ctx.theme.style("button");
    ButtonStyle bs{ctx.fonts.get(style),
                   style.size,
                   style.color,
                   ctx.theme.color("button", Color{0.18, 0.46, 0.71}),
                   10,
                   5};
    return std::make_unique<ButtonBlock>(b.pos, btn.label, btn.target, bs, btn.align, width);
}

BlockPtr menu(const model::Block& b, const model::Menu& m, double width, BuildContext& ctx) {
    const model::TextStyle& style = ctx.theme.style("menu");
    double gap = 10;
    double cell_w = (width - gap * (m.columns - 1)) / m.columns;
    std::vector<MenuEntry> entries;
    for (const auto& s : ctx.report.sections) {
        if (s.group != m.group) continue;
        auto laid = std::make_shared<LaidText>(lay_out_inline(plain(s.title, false, s.pos), style,
                                                              cell_w - 16, ctx.fonts, style.color));
        model::LinkTarget target{model::LinkTarget::Kind::Section, s.id, b.pos};
        entries.push_back(MenuEntry{std::move(laid), std::move(target)});
    }
    return std::make_unique<MenuBlock>(b.pos, std::move(entries), m.columns, width,
                                       ctx.theme.color("button", Color{0.18, 0.46, 0.71}), gap);
}

// Width of what follows the last digit of a one-line cell ("%", " pp"), or 0.
double suffix_width(const LaidText& cell) {
    if (cell.lines.size() != 1 || cell.lines[0].pieces.empty()) return 0;
    const Piece& last = cell.lines[0].pieces.back();
    std::size_t digit = last.text.find_last_of("0123456789");
    if (digit == std::string::npos) return 0;
    return last.font.metrics->width(std::string_view(last.text).substr(digit + 1), cell.size);
}

// Right-aligned columns of numbers line up on their last digit, whatever follows it.
void align_digits(std::vector<LaidRow>& rows, const std::vector<model::Align>& align) {
    for (std::size_t col = 0; col < align.size(); ++col) {
        if (align[col] != model::Align::Right) continue;
        double widest = 0;
        for (const auto& row : rows)
            if (row.spans.empty() && col < row.cells.size())
                widest = std::max(widest, suffix_width(*row.cells[col]));
        if (widest == 0) continue;
        for (auto& row : rows) {
            if (!row.spans.empty() || col >= row.cells.size()) continue;
            row.insets.resize(row.cells.size(), 0);
            row.insets[col] = widest - suffix_width(*row.cells[col]);
        }
    }
}

// Throws unless every row's cells and spans fit the table's columns and every column has an
// alignment: the table draws by these indexes without checking them again.
void check_columns(const SourcePos& pos, const TableContent& content) {
    const std::size_t columns = content.weights.size();
    if (columns == 0) throw InputError(pos, "a table needs at least one column");
    if (content.align.size() != columns)
        throw InputError(pos, "a table has " + std::to_string(columns) + " columns but " +
                                  std::to_string(content.align.size()) + " alignments");
    auto check_row = [&](const TableRowContent& row) {
        const SourcePos& at = row.pos.file.empty() ? pos : row.pos;
        if (!row.spans.empty() && row.spans.size() != row.cells.size())
            throw InputError(at, "a table row has " + std::to_string(row.cells.size()) +
                                     " cells but " + std::to_string(row.spans.size()) + " spans");
        std::size_t used = 0;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            const int span = row.spans.empty() ? 1 : row.spans[c];
            if (span < 1) throw InputError(at, "a table cell must span at least one column");
            used += static_cast<std::size_t>(span);
        }
        if (used > columns)
            throw InputError(at, "a table row needs " + std::to_string(used) +
                                     " columns but the table has " + std::to_string(columns));
    };
    for (const auto& row : content.header)
        check_row(row);
    for (const auto& row : content.body)
        check_row(row);
}

// The formatted value of an inline figure.
std::string figure_text(const model::FigureRef& fig, const BuildContext& ctx) {
    const compute::Figures& figures = need_figures(ctx, fig.pos);
    try {
        const model::Indicator& ind = figures.indicator(fig.indicator);
        double v = figures.value(fig.indicator, fig.area, compute::parse_window(fig.period));
        return compute::format_value(v, ind);
    } catch (const compute::LookupError& e) {
        throw InputError(fig.pos, e.what());
    }
}

} // namespace

model::InlineText plain(std::string text, bool bold, const SourcePos& pos) {
    model::InlineText out(1);
    out.front().text = std::move(text);
    out.front().bold = bold;
    out.front().pos = pos;
    return out;
}

BlockPtr make_table(const SourcePos& pos, TableContent content, double width, BuildContext& ctx) {
    check_columns(pos, content);
    graphics::FaceStyle faces;
    faces.happy = ctx.theme.color("happy", faces.happy);
    faces.monitoring = ctx.theme.color("monitor", faces.monitoring);
    faces.unhappy = ctx.theme.color("unhappy", faces.unhappy);
    TableStyle ts{ctx.theme.color("table-header", Color{0.12, 0.22, 0.39}),
                  ctx.theme.color("zebra", Color{0.93, 0.95, 0.97}),
                  ctx.theme.color("rule", Color{0.75, 0.75, 0.75}),
                  6,
                  4,
                  faces,
                  ctx.theme.style("table").size * 1.3,
                  ctx.fonts.get(ctx.theme.style("table")),
                  {},
                  {},
                  ctx.report.keep_rows};
    const compute::VerdictWords words = compute::VerdictWords::from(ctx.theme);
    const model::Verdict verdicts[] = {model::Verdict::Happy, model::Verdict::Monitor,
                                       model::Verdict::Unhappy}; // in graphics::Face order
    for (std::size_t i = 0; i < 3; ++i) {
        ts.face_words[i] = words.word(verdicts[i]);
        ts.face_alts[i] = words.alt(verdicts[i]);
    }
    double total = 0;
    for (double w : content.weights)
        total += w;
    std::vector<double> widths;
    widths.reserve(content.weights.size());
    for (double w : content.weights)
        widths.push_back(width * w / total);
    // Rows of a table with verdict faces are all tall enough for a face, so zebra bands match.
    double min_height = 0;
    for (const auto& row : content.body) {
        for (const auto& f : row.faces)
            if (f) min_height = ts.face_size;
        for (const auto& i : row.icons)
            if (i) min_height = ts.face_size;
    }
    ts.spc_colors = spc_colors(ctx.theme);
    // Lays one row out, taking its content.
    auto lay_row = [&](TableRowContent& row, const model::TextStyle& style, bool body) {
        LaidRow out;
        out.pos = std::move(row.pos);
        out.faces = std::move(row.faces);
        out.icons = std::move(row.icons);
        out.spans = std::move(row.spans);
        out.cells.reserve(row.cells.size());
        double h = 0;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            auto [first, span] = cell_columns(out, c);
            double w = 0;
            for (std::size_t k = first; k < first + span && k < widths.size(); ++k)
                w += widths[k];
            if (c < out.icons.size() && out.icons[c]) w -= ts.face_size + 3; // the icon's room
            auto cell = lay_cell(std::move(row.cells[c]), style, std::max(1.0, w - 2 * ts.pad_x),
                                 ctx, body);
            h = std::max(h, static_cast<double>(cell->lines.size()) * cell->line_height);
            out.cells.push_back(std::move(cell));
        }
        out.height = std::max(h, min_height) + 2 * ts.pad_y;
        return out;
    };
    std::vector<LaidRow> header, body;
    header.reserve(content.header.size());
    body.reserve(content.body.size());
    for (auto& row : content.header)
        header.push_back(lay_row(row, ctx.theme.style("table-header"), false));
    for (auto& row : content.body)
        body.push_back(lay_row(row, ctx.theme.style("table"), true));
    align_digits(body, content.align);
    return std::make_unique<TableBlock>(pos, std::move(widths), std::move(content.align),
                                        std::move(header), std::move(body), content.zebra, ts);
}

const compute::Figures& need_figures(const BuildContext& ctx, const SourcePos& pos) {
    if (!ctx.figures)
        throw InputError(pos, "this needs data: give the report a data folder (data=\"…\" on "
                              "<report>, or --data DIR)");
    return *ctx.figures;
}

model::InlineText resolve_figures(const model::InlineText& text, const BuildContext& ctx) {
    model::InlineText out;
    out.reserve(text.size());
    for (const auto& piece : text) {
        model::Inline& copy = out.emplace_back();
        copy.bold = piece.bold;
        copy.italic = piece.italic;
        copy.link = piece.link;
        copy.pos = piece.pos;
        copy.text = piece.figure.empty() ? piece.text : figure_text(piece.figure, ctx);
    }
    return out;
}

namespace {

std::vector<BlockPtr> build_block_list(const std::vector<model::Block>& blocks, double width,
                                       BuildContext& ctx);

// A row of columns: each column's blocks laid out at its share of the width less the gaps.
BlockPtr columns(const model::Block& b, const model::Columns& row, double width,
                 BuildContext& ctx) {
    const double gaps = row.gap * static_cast<double>(row.columns.size() - 1);
    const double room = std::max(1.0, width - gaps);
    std::vector<LaidColumn> laid;
    double x = 0;
    for (const model::Column& c : row.columns) {
        const double w = room * c.width / 100;
        laid.push_back(LaidColumn{x, build_block_list(c.blocks, w, ctx)});
        x += w + row.gap;
    }
    return std::make_unique<ColumnsBlock>(b.pos, std::move(laid));
}

std::vector<BlockPtr> build_block_list(const std::vector<model::Block>& blocks, double width,
                                       BuildContext& ctx) {
    std::vector<BlockPtr> out;
    out.reserve(blocks.size()); // tables with footnotes add more
    for (const auto& b : blocks) {
        std::visit(
            [&](const auto& content) {
                using T = std::decay_t<decltype(content)>;
                if constexpr (std::is_same_v<T, model::Heading>)
                    out.push_back(heading(b, content, width, ctx));
                else if constexpr (std::is_same_v<T, model::Paragraph>)
                    out.push_back(paragraph(b, content, width, ctx));
                else if constexpr (std::is_same_v<T, model::BulletList>)
                    out.push_back(list(b, content, width, ctx));
                else if constexpr (std::is_same_v<T, model::Table>)
                    out.push_back(table(b, content, width, ctx));
                else if constexpr (std::is_same_v<T, model::Spacer>)
                    out.push_back(std::make_unique<SpacerBlock>(b.pos, content.height));
                else if constexpr (std::is_same_v<T, model::PageBreak>)
                    out.push_back(std::make_unique<PageBreakBlock>(b.pos));
                else if constexpr (std::is_same_v<T, model::Button>)
                    out.push_back(button(b, content, width, ctx));
                else if constexpr (std::is_same_v<T, model::Menu>)
                    out.push_back(menu(b, content, width, ctx));
                else if constexpr (std::is_same_v<T, model::IndicatorTable>)
                    build_indicator_table(b, content, width, ctx, out);
                else if constexpr (std::is_same_v<T, model::PeriodTable>)
                    build_period_table(b, content, width, ctx, out);
                else if constexpr (std::is_same_v<T, model::MonthTable>)
                    build_month_table(b, content, width, ctx, out);
                else if constexpr (std::is_same_v<T, model::Chart>)
                    build_chart(b, content, width, ctx, out);
                else if constexpr (std::is_same_v<T, model::SpcTable>) {
                    if (content.matrix)
                        build_spc_matrix(b, content, width, ctx, out);
                    else
                        build_spc_table(b, content, width, ctx, out);
                } else if constexpr (std::is_same_v<T, model::VerdictLegend>)
                    build_verdict_legend(b, content, width, ctx, out);
                else if constexpr (std::is_same_v<T, model::Columns>)
                    out.push_back(columns(b, content, width, ctx));
            },
            b.content);
    }
    return out;
}

} // namespace

std::vector<BlockPtr> build_blocks(const model::Section& section, double width, BuildContext& ctx) {
    return build_block_list(section.blocks, width, ctx);
}

} // namespace bp::layout
