#include "app/mail_summary.hpp"

#include "app/face_images.hpp"
#include "app/spc_icon_images.hpp"
#include "compute/checks.hpp"
#include "compute/figures.hpp"
#include "compute/theme_verdict_rules.hpp"
#include "core/error.hpp"
#include "distribute/summary_html.hpp"
#include "distribute/summary_model.hpp"
#include "input/theme_reader.hpp"

#include <map>
#include <ostream>
#include <set>

namespace bp::app {

namespace {

// One inline image per SPC icon the summary's SPC tables and matrices show (a matrix's row
// headers show the high icon of their kind), described by the report's words for it.
void add_spc_icons(MailSummary& out, const distribute::SummaryModel& summary,
                   const model::Theme& theme) {
    std::map<compute::VariationIcon, std::string> variations;
    std::map<compute::AssuranceIcon, std::string> assurances;
    const compute::SpcWords& w = summary.spc_words;
    for (const auto& spc : summary.spc) {
        if (spc.matrix) {
            variations.emplace(compute::VariationIcon::ImprovementHigh, w.improving);
            variations.emplace(compute::VariationIcon::CommonCause, w.common_cause);
            variations.emplace(compute::VariationIcon::ConcernHigh, w.concerning);
            for (const auto& r : spc.cells.rows)
                if (compute::spc_matrix_row(r.variation) == 3)
                    variations.emplace(compute::VariationIcon::NeitherHigh, w.neutral);
            continue;
        }
        for (const auto& r : spc.cells.rows) {
            if (r.variation != compute::VariationIcon::None)
                variations.emplace(r.variation, r.variation_words);
            if (r.assurance != compute::AssuranceIcon::None)
                assurances.emplace(r.assurance, r.assurance_words);
        }
    }
    if (variations.empty() && assurances.empty()) return;
    SpcIconImages images(theme);
    auto add = [&](const auto icon, const std::string& words) {
        distribute::MailFile f;
        f.content_id = distribute::spc_icon_content_id(icon);
        f.filename = f.content_id.substr(0, f.content_id.find('@')) + ".png";
        f.mime_type = "image/png";
        f.bytes = images.png(icon);
        f.alt = words;
        out.images.push_back(std::move(f));
    };
    for (const auto& [icon, words] : variations)
        add(icon, words);
    for (const auto& [icon, words] : assurances)
        add(icon, words);
}

} // namespace

MailSummary mail_summary(const std::string& path, std::ostream& err) {
    MailSummary out;
    if (path.empty()) return out;
    out.loaded = input::read_report(path);
    if (!out.loaded->data)
        throw InputError(out.loaded->report.pos, "the summary layout names no data folder");
    const model::Theme theme = input::read_theme(out.loaded->report.theme_path);
    const compute::Figures figures(*out.loaded->data, compute::verdict_rules_from(theme));
    std::vector<Diagnostic> warnings;
    for (auto& d : compute::check_dataset(*out.loaded->data, figures)) {
        if (d.severity == Severity::Error) throw InputError(d.pos, d.message);
        warnings.push_back(std::move(d));
    }
    distribute::SummaryModel summary =
        distribute::summary_model(out.loaded->report, theme, figures);
    for (auto& d : summary.warnings)
        warnings.push_back(std::move(d));
    for (const auto& d : warnings)
        err << d.to_string() << '\n';
    out.html = distribute::summary_html(summary);
    out.text = distribute::summary_text(summary);

    add_spc_icons(out, summary, theme);
    std::set<model::Verdict> used;
    for (const auto& t : summary.tables)
        for (const auto& r : t.cells.rows)
            if (r.verdict != model::Verdict::None) used.insert(r.verdict);
    if (used.empty()) return out;
    auto pngs = face_images();
    for (model::Verdict v : used) {
        distribute::MailFile f;
        f.filename = "face-" + std::string(model::verdict_name(v)) + ".png";
        f.mime_type = "image/png";
        f.bytes = std::move(pngs[v]);
        f.content_id = distribute::face_content_id(v);
        f.alt = summary.words.alt(v);
        out.images.push_back(std::move(f));
    }
    return out;
}

} // namespace bp::app
