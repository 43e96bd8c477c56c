#include "distribute/summary_model.hpp"

namespace bp::distribute {

SummaryModel summary_model(const model::Report& report, const model::Theme& theme,
                           const compute::Figures& figures) {
    SummaryModel model;
    model.title = report.info.title;
    model.words = compute::VerdictWords::from(theme);
    for (const auto& section : report.sections)
        model::for_each_block(section.blocks, [&](const model::Block& block) {
            if (const auto* t = std::get_if<model::IndicatorTable>(&block.content))
                model.tables.push_back({section.title, compute::indicator_table_cells(
                                                           *t, figures, theme, model.warnings)});
        });
    return model;
}

} // namespace bp::distribute
