// Writes the web edition's body, block by block (internal to web_page): one object per page
// that keeps the ids given, the glossary terms linked so far and the footnotes numbered.
#pragma once

#include "compute/indicator_table_cells.hpp"
#include "compute/spc_icons.hpp"
#include "compute/verdict_words.hpp"
#include "display/display_list.hpp"
#include "layout/block_builder.hpp"
#include "layout/term_links.hpp"
#include "model/report.hpp"
#include "web/spc_table_html.hpp"

#include <string>
#include <vector>

namespace bp::web {

class PageWriter {
public:
    PageWriter(const model::Report& report, layout::BuildContext& ctx, display::Document& fonts);

    // The body's content: the report's sections in order, menus, glossary and pagers.
    std::string body();
    std::vector<Diagnostic>& warnings() { return warnings_; }

private:
    std::string section(std::size_t index, int heading_level);
    const model::Template* template_of(const model::Section& s) const; // null: none (default)
    std::string page_titles(const model::Section& s, int level);
    std::string block(const model::Block& b, const model::Section& s);
    std::string inline_text(const model::InlineText& text, bool link_terms = true);
    std::string href(const model::LinkTarget& target) const;
    std::string heading(int level, const std::string& html, const std::string& id = {});
    std::string menu(const model::Menu& m);
    std::string pager(std::size_t page_start) const;
    std::string indicator_table(const model::Block& b, const model::IndicatorTable& t,
                                const model::Section& s);
    std::string period_table(const model::Block& b, const model::PeriodTable& t,
                             const model::Section& s);
    // A table of cells resolved in compute: a row header, figures, and the verdict column
    // (`verdict_column`, or npos) as a face and the verdict's word with its footnote mark.
    std::string resolved_table(const std::vector<std::string>& header,
                               const std::vector<compute::IndicatorTableRow>& rows,
                               std::size_t verdict_column,
                               const std::vector<std::pair<std::string, std::string>>& notes,
                               const std::string& caption);
    std::string static_table(const model::Table& t, const model::Section& s);
    std::string verdict_legend(const model::VerdictLegend& legend);
    std::string chart(const model::Block& b, const model::Chart& c, const model::Section& s);
    std::string month_table(const model::Block& b, const model::MonthTable& t,
                            const model::Section& s);
    // An <spc-table> or <spc-matrix> through the shared spc_table_html / spc_matrix_html.
    std::string spc_block(const model::Block& b, const model::SpcTable& t, const model::Section& s);
    SpcMarkup spc_markup(int number, const model::SpcTable& t, const compute::SpcTableCells& cells);
    std::string columns(const model::Columns& row, const model::Section& s);
    std::string face(model::Verdict verdict);
    // An SPC icon as inline SVG from the graphics layer's items (nothing for None).
    std::string spc_icon(compute::VariationIcon icon, const std::string& alt);
    std::string spc_icon(compute::AssuranceIcon icon, const std::string& alt);
    std::string footnotes(const std::vector<std::pair<std::string, std::string>>& notes,
                          std::vector<std::string>& ref_ids);
    std::string caption_of(const model::Section& s);
    double frame_width(const model::Section& s) const;

    const model::Report& report_;
    layout::BuildContext& ctx_;
    display::Document& fonts_;
    compute::VerdictWords words_;
    layout::TermLinks terms_;
    std::vector<Diagnostic> warnings_;
    std::vector<std::size_t> page_starts_; // sections that start a page in the PDF
    std::size_t page_ = 0;                 // the PDF page (index into page_starts_) being written
    int last_heading_ = 1;
    double column_width_ = 0; // inside a column: its width in the PDF (0: the body frame's)
    int footnote_ = 0;
    int table_ = 0;
    int chart_ = 0;
    std::string last_heading_text_; // the text of the heading before a table (its caption)
};

} // namespace bp::web
