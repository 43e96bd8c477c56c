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

// One inline image per SPC icon the summary's HTML shows, described by the words beside it.
void add_spc_icons(MailSummary& out, const distribute::SpcIconsShown& shown,
                   const model::Theme& theme) {
    const auto& variations = shown.variation;
    const auto& assurances = shown.assurance;
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
    distribute::SpcIconsShown icons;
    out.html = distribute::summary_html(summary, &icons);
    out.text = distribute::summary_text(summary);

    add_spc_icons(out, icons, theme);
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
