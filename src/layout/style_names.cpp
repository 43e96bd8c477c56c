#include "layout/style_names.hpp"

#include "core/error.hpp"

namespace bp::layout {

namespace {

void check(const std::string& name, const SourcePos& pos, const model::Theme& theme) {
    if (theme.styles.contains(name)) return;
    std::string known;
    for (const auto& [style, _] : theme.styles)
        known.append(known.empty() ? "" : ", ").append(style);
    throw InputError(pos, "unknown style \"" + name + "\" (the theme defines " + known +
                              "; add a [style." + name + "] section to the theme to define it)");
}

} // namespace

void check_style_names(const model::Report& report, const model::Theme& theme) {
    for (const auto& t : report.templates)
        for (const model::Band* band : {&t.header, &t.footer})
            for (const auto& item : band->items)
                if (item.kind != model::BandItem::Kind::Button) check(item.style, item.pos, theme);
    for (const auto& section : report.sections)
        model::for_each_block(section.blocks, [&](const model::Block& block) {
            if (const auto* p = std::get_if<model::Paragraph>(&block.content))
                check(p->style, block.pos, theme);
        });
}

} // namespace bp::layout
