#include "web/web_page.hpp"

#include "core/markup_escape.hpp"
#include "layout/paginate.hpp"
#include "layout/scale_groups.hpp"
#include "layout/style_fonts.hpp"
#include "web/contrast.hpp"
#include "web/page_writer.hpp"
#include "web/web_css.hpp"

namespace bp::web {

WebPage web_page(const model::Report& report, const model::Theme& theme, text::FontBook& book,
                 const compute::Figures* figures) {
    display::Document fonts; // the faces the charts' text runs name
    layout::StyleFonts style_fonts(book, fonts);
    layout::BuildContext ctx{report, theme, style_fonts, figures};
    const layout::ScaleRanges scales = layout::shared_scales(report, ctx);
    ctx.scales = &scales;
    static const model::Template fallback;
    std::vector<const model::Template*> templates;
    for (const auto& section : report.sections) {
        const model::Template* t = report.templates.empty() ? &fallback : &report.templates.front();
        for (const auto& candidate : report.templates)
            if (candidate.id == section.template_id) t = &candidate;
        templates.push_back(t);
    }
    const layout::ScalePlots plots = layout::shared_plot_heights(report, templates, ctx);
    ctx.plot_heights = &plots;

    PageWriter writer(report, ctx, fonts);
    const std::string body = writer.body();
    WebPage page;
    page.warnings = contrast_warnings(theme);
    for (auto& w : writer.warnings())
        page.warnings.push_back(std::move(w));
    for (auto& w : style_fonts.take_warnings())
        page.warnings.push_back(std::move(w));
    const std::string lang = report.info.language.empty() ? "en" : report.info.language;
    std::string& h = page.html;
    h = "<!DOCTYPE html>\n<html lang=\"" + markup_escaped(lang) +
        "\">\n<head>\n"
        "<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>" +
        markup_escaped(report.info.title) + "</title>\n";
    if (!report.info.author.empty())
        h += "<meta name=\"author\" content=\"" + markup_escaped(report.info.author) + "\">\n";
    if (!report.info.subject.empty())
        h +=
            "<meta name=\"description\" content=\"" + markup_escaped(report.info.subject) + "\">\n";
    h += "<style>\n" + web_css(theme) + "</style>\n</head>\n<body>\n<main>\n" + body +
         "</main>\n</body>\n</html>\n";
    return page;
}

} // namespace bp::web
