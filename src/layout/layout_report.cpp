#include "layout/layout_report.hpp"

#include "layout/block_builder.hpp"
#include "layout/finalize.hpp"
#include "layout/paginate.hpp"
#include "layout/scale_groups.hpp"
#include "layout/section_builder.hpp"
#include "layout/style_names.hpp"

namespace bp::layout {

namespace {

// The template used when a layout defines none: A4 landscape with a banner and page numbers.
model::Template default_template() {
    model::Template t;
    t.id = "default";
    t.header.name = "header";
    t.footer.name = "footer";
    t.header.height = 32;
    t.header.items.push_back(
        {model::BandItem::Kind::Text, "{section.title}", {}, model::Align::Left, "banner", 0, {}});
    t.footer.height = 24;
    t.footer.items.push_back({model::BandItem::Kind::PageNumber,
                              "Page {page} of {pages}",
                              {},
                              model::Align::Right,
                              "small",
                              0,
                              {}});
    return t;
}

// Warns, at the section (or the report), about characters of the titles that the header and
// footer bands show in a font that cannot draw them (they are drawn as a substitute).
void warn_missing_in_titles(const model::Report& report,
                            const std::vector<const model::Template*>& templates,
                            const model::Theme& theme, StyleFonts& fonts) {
    for (std::size_t i = 0; i < report.sections.size(); ++i) {
        const model::Section& section = report.sections[i];
        for (const model::Band* band : {&templates[i]->header, &templates[i]->footer})
            for (const auto& item : band->items) {
                if (item.kind == model::BandItem::Kind::Button) continue;
                const ResolvedFont font = fonts.get(theme.style(item.style));
                if (item.text.find("{section.title}") != std::string::npos) {
                    std::string title = section.title.substr(0, 16384);
                    fonts.substitute_missing(title, font, section.pos);
                }
                if (item.text.find("{report.title}") != std::string::npos) {
                    std::string title = report.info.title.substr(0, 16384);
                    fonts.substitute_missing(title, font, report.pos);
                }
            }
    }
}

} // namespace

display::Document layout_report(const model::Report& report, const model::Theme& theme,
                                text::FontBook& book, const LayoutOptions& options,
                                const compute::Figures* figures) {
    check_style_names(report, theme);
    display::Document doc;
    doc.info.title = report.info.title;
    doc.info.author = report.info.author;
    doc.info.subject = report.info.subject;
    doc.info.keywords = report.info.keywords;
    doc.info.language = report.info.language;
    doc.info.creator = options.creator;
    doc.info.created = options.created;

    StyleFonts fonts(book, doc);
    BuildContext ctx{report, theme, fonts, figures};
    const ScaleRanges scales = shared_scales(report, ctx);
    ctx.scales = &scales;
    model::Template fallback = default_template();
    TermLinks terms;
    for (const auto& section : report.sections)
        for (const auto& term : section.defines)
            terms.define(term, section.id);
    std::vector<const model::Template*> templates;
    std::vector<double> widths;
    for (const auto& section : report.sections) {
        const model::Template* tmpl =
            report.templates.empty() ? &fallback : &report.templates.front();
        for (const auto& t : report.templates)
            if (t.id == section.template_id) tmpl = &t;
        templates.push_back(tmpl);
        widths.push_back(body_frame(*tmpl).w);
    }
    const ScalePlots plot_heights = shared_plot_heights(report, templates, ctx);
    ctx.plot_heights = &plot_heights;
    Paginator paginator(doc, terms.empty() ? nullptr : &terms);
    {
        SectionBuilder builder(report.sections, std::move(widths), ctx);
        for (std::size_t i = 0; i < report.sections.size(); ++i)
            paginator.add_section(report.sections[i], *templates[i], builder.next());
    }
    for (auto& w : paginator.warnings())
        fonts.warn(std::move(w));
    finalize(doc, paginator.pages(), report, theme, fonts);
    // After the bands are drawn: their fonts are known by then, so no font id changes.
    warn_missing_in_titles(report, templates, theme, fonts);
    if (options.warnings)
        for (auto& w : fonts.take_warnings())
            options.warnings->push_back(std::move(w));
    return doc;
}

} // namespace bp::layout
