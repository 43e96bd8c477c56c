#include "distribute/summary_model.hpp"

namespace bp::distribute {

SummaryModel summary_model(const model::Report& report, const model::Theme& theme,
                           const compute::Figures& figures) {
    SummaryModel model;
    model.title = report.info.title;
    model.words = compute::VerdictWords::from(theme);
    model.spc_words = compute::spc_words(theme);
    for (const auto& section : report.sections)
        model::for_each_block(section.blocks, [&](const model::Block& block) {
            if (const auto* t = std::get_if<model::IndicatorTable>(&block.content)) {
                model.parts.push_back({false, model.tables.size()});
                model.tables.push_back({section.title, compute::indicator_table_cells(
                                                           *t, figures, theme, model.warnings)});
            } else if (const auto* spc = std::get_if<model::SpcTable>(&block.content)) {
                model.parts.push_back({true, model.spc.size()});
                model.spc.push_back(
                    {section.title, spc->matrix, compute::spc_table_cells(*spc, figures, theme)});
            }
        });
    return model;
}

} // namespace bp::distribute
