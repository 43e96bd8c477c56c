#include "layout/block_builder.hpp"

#include "layout/list_block.hpp"
#include "layout/menu_block.hpp"
#include "layout/simple_blocks.hpp"
#include "layout/table_block.hpp"
#include "layout/text_block.hpp"

namespace bp::layout {

namespace {

std::shared_ptr<const LaidText> lay(const model::InlineText& text, const model::TextStyle& style,
                                    double width, BuildContext& ctx) {
    Color link = ctx.theme.color("link", style.color);
    return std::make_shared<LaidText>(lay_out_inline(text, style, width, ctx.fonts, link));
}

model::Align align_of(const std::string& name) {
    return name == "right" ? model::Align::Right
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
    return std::make_unique<TextBlock>(b.pos, "heading", lay(h.text, style, width, ctx), width, o);
}

BlockPtr paragraph(const model::Block& b, const model::Paragraph& p, double width,
                   BuildContext& ctx) {
    const model::TextStyle& style = ctx.theme.style(p.style);
    TextBlock::Options o;
    o.align = align_of(p.align);
    o.space_before = style.space_before;
    o.space_after = style.space_after;
    return std::make_unique<TextBlock>(b.pos, "paragraph", lay(p.text, style, width, ctx), width, o);
}

BlockPtr list(const model::Block& b, const model::BulletList& l, double width, BuildContext& ctx) {
    const model::TextStyle& style = ctx.theme.style("body");
    double indent = style.size * 1.4;
    std::vector<std::shared_ptr<const LaidText>> items;
    for (const auto& item : l.items) items.push_back(lay(item, style, width - indent, ctx));
    return std::make_unique<ListBlock>(b.pos, std::move(items), ctx.fonts.get(style), indent,
                                       style.size * 0.35, style.space_after);
}

BlockPtr table(const model::Block& b, const model::Table& t, double width, BuildContext& ctx) {
    TableStyle ts{ctx.theme.color("table-header", Color{0.12, 0.22, 0.39}),
                  ctx.theme.color("zebra", Color{0.93, 0.95, 0.97}),
                  ctx.theme.color("rule", Color{0.75, 0.75, 0.75}), 6, 4};
    double total = 0;
    for (double w : t.widths) total += w;
    std::vector<double> widths;
    for (double w : t.widths) widths.push_back(width * w / total);
    auto lay_row = [&](const model::TableRow& row, const model::TextStyle& style) {
        LaidRow out;
        out.pos = row.pos;
        double h = 0;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            auto cell = lay(row.cells[c].text, style, std::max(1.0, widths[c] - 2 * ts.pad_x), ctx);
            h = std::max(h, static_cast<double>(cell->lines.size()) * cell->line_height);
            out.cells.push_back(std::move(cell));
        }
        out.height = h + 2 * ts.pad_y;
        return out;
    };
    std::vector<LaidRow> header, body;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        bool is_header = static_cast<int>(r) < t.header_rows;
        const auto& style = ctx.theme.style(is_header ? "table-header" : "table");
        (is_header ? header : body).push_back(lay_row(t.rows[r], style));
    }
    return std::make_unique<TableBlock>(b.pos, std::move(widths), t.align, std::move(header),
                                        std::move(body), t.zebra, ts);
}

BlockPtr button(const model::Block& b, const model::Button& btn, double width, BuildContext& ctx) {
    const model::TextStyle& style = ctx.theme.style("button");
    ButtonStyle bs{ctx.fonts.get(style), style.size, style.color,
                   ctx.theme.color("button", Color{0.18, 0.46, 0.71}), 10, 5};
    return std::make_unique<ButtonBlock>(b.pos, btn.label, btn.target, bs, btn.align, width);
}

BlockPtr menu(const model::Block& b, const model::Menu& m, double width, BuildContext& ctx) {
    const model::TextStyle& style = ctx.theme.style("menu");
    double gap = 10;
    double cell_w = (width - gap * (m.columns - 1)) / m.columns;
    std::vector<MenuEntry> entries;
    for (const auto& s : ctx.report.sections) {
        if (s.group != m.group) continue;
        model::InlineText label{model::Inline{s.title, false, false, {}}};
        auto laid = std::make_shared<LaidText>(
            lay_out_inline(label, style, cell_w - 16, ctx.fonts, style.color));
        model::LinkTarget target{model::LinkTarget::Kind::Section, s.id, b.pos};
        entries.push_back(MenuEntry{std::move(laid), target});
    }
    return std::make_unique<MenuBlock>(b.pos, std::move(entries), m.columns, width,
                                       ctx.theme.color("button", Color{0.18, 0.46, 0.71}), gap);
}

} // namespace

std::vector<BlockPtr> build_blocks(const model::Section& section, double width, BuildContext& ctx) {
    std::vector<BlockPtr> out;
    for (const auto& b : section.blocks) {
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
            },
            b.content);
    }
    return out;
}

} // namespace bp::layout
