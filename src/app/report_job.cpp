#include "app/report_job.hpp"

#include "app/atomic_output.hpp"
#include "app/build_environment.hpp"
#include "app/diagnostics_json.hpp"
#include "app/folder_lock.hpp"
#include "app/install_paths.hpp"
#include "app/output_guard.hpp"
#include "app/png_previews.hpp"
#include "app/source_record.hpp"
#include "app/stage_timer.hpp"
#include "compute/checks.hpp"
#include "compute/theme_verdict_rules.hpp"
#include "core/counted.hpp"
#include "core/error.hpp"
#include "core/quoted_path.hpp"
#include "input/layout_reader.hpp"
#include "input/theme_reader.hpp"
#include "layout/layout_report.hpp"
#include "render/pdf/pdf_writer.hpp"
#include "web/web_page.hpp"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <memory>
#include <ostream>
#include <set>
#include <string_view>
#include <system_error>

namespace bp::app {

namespace fs = std::filesystem;

namespace {

// Everything read and checked from the inputs, ready to lay out.
struct Inputs {
    input::LoadedReport loaded;
    model::Theme theme;
    std::unique_ptr<compute::Figures> figures;
    std::vector<Diagnostic> warnings;
};

// Reads layout, theme and data and runs every data check; errors throw, warnings are kept.
Inputs read_inputs(const CliOptions& o, StageTimer& timer) {
    Inputs in;
    in.loaded = input::read_report(o.layout, o.data_dir);
    in.theme = input::read_theme(in.loaded.report.theme_path);
    timer.lap("read");
    if (in.loaded.data) {
        in.figures = std::make_unique<compute::Figures>(*in.loaded.data,
                                                        compute::verdict_rules_from(in.theme));
        for (auto& d : compute::check_dataset(*in.loaded.data, *in.figures)) {
            if (d.severity == Severity::Error) throw InputError(d.pos, d.message);
            in.warnings.push_back(std::move(d));
        }
        timer.lap("check");
    }
    return in;
}

display::Document lay_out(Inputs& in, const CliOptions& o) {
    text::FontBook book = font_book(o, in.loaded.report);
    layout::LayoutOptions lo;
    lo.creator = std::string("boardpack ") + BOARDPACK_VERSION;
    lo.created = source_date_epoch();
    lo.warnings = &in.warnings;
    return layout::layout_report(in.loaded.report, in.theme, book, lo, in.figures.get());
}

// "page-001.png": the preview file of a 1-based page number.
std::string preview_name(std::size_t page) {
    char name[32];
    std::snprintf(name, sizeof name, "page-%03zu.png", page);
    return name;
}

// After a build with fewer pages than the last one, its previews beyond the new last page
// ("page-NNN.png" only) would be left behind as if they belonged to this report.
void remove_stale_previews(const std::string& dir, std::size_t pages) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() < 12 || name.rfind("page-", 0) != 0 ||
            name.compare(name.size() - 4, 4, ".png") != 0)
            continue;
        const std::string digits = name.substr(5, name.size() - 9);
        if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos)
            continue;
        const std::size_t number = std::stoull(digits);
        // Only regular files: the PDF itself is refused a preview's name (output_guard.hpp).
        if (number > pages && name == preview_name(number) && entry.is_regular_file(ec) &&
            !entry.is_symlink(ec))
            fs::remove(entry.path(), ec);
    }
}

// The web edition of the inputs read (the same report, theme and figures the PDF is laid out
// from), its warnings added to the build's.
std::vector<unsigned char> web_edition(Inputs& in, const CliOptions& o) {
    text::FontBook book = font_book(o, in.loaded.report);
    web::WebPage page = web::web_page(in.loaded.report, in.theme, book, in.figures.get());
    // The figures' warnings the layout gave already (the same cells) are not given twice.
    std::set<std::string> given;
    for (const auto& w : in.warnings)
        given.insert(w.to_string());
    for (auto& w : page.warnings)
        if (given.insert(w.to_string()).second) in.warnings.push_back(std::move(w));
    return {page.html.begin(), page.html.end()};
}

void print_warnings(const std::vector<Diagnostic>& warnings, std::ostream& err) {
    for (const auto& d : warnings)
        err << d.to_string() << '\n';
}

} // namespace

int run_build(const CliOptions& o, std::ostream& out, std::ostream& err, BuildSummary* summary) {
    try {
        StageTimer timer;
        Inputs in = read_inputs(o, timer);
        display::Document doc = o.pdf ? lay_out(in, o) : display::Document{};
        if (o.pdf) timer.lap("layout");
        std::vector<unsigned char> html;
        if (!o.html.empty()) {
            html = web_edition(in, o);
            timer.lap("html");
        }
        print_warnings(in.warnings, err);
        const std::size_t warnings = in.warnings.size();
        const BuildInputs inputs =
            build_inputs(o.layout, in.loaded.report.theme_path, in.loaded.report.data_path, doc);
        // The inputs (1.8 MB for the reference report, most of it fonts) are hashed for the
        // record of sources on another thread while the PDF is made; the writer asks for the
        // lines just before saving. Declared after `inputs`, so it is joined before they go.
        // (The web edition alone records no sources.)
        std::future<std::vector<std::string>> sources;
        if (o.pdf)
            sources = std::async(std::launch::async,
                                 [&inputs, &o] { return source_lines(inputs, o.output); });
        in = Inputs{}; // the data set and model are done with: free them before rendering
        timer.lap("free inputs");

        // Every output path is checked before any work: a regular file or a new name, not an
        // input, and the PDF never among the previews.
        AtomicOutput output;
        if (o.pdf) {
            AtomicOutput::check_path(o.output);
            refuse_overwriting_inputs(o.output, inputs);
            refuse_pdf_among_previews(o.output, o.png_dir);
        }
        if (!o.html.empty()) {
            AtomicOutput::check_path(o.html);
            refuse_overwriting_inputs(o.html, inputs);
            refuse_pdf_among_previews(o.html, o.png_dir);
            std::error_code ec;
            if (o.pdf && (o.html == o.output || fs::equivalent(o.html, o.output, ec)))
                throw OutputError(printable_path(o.html) +
                                  ": error: the web edition and the PDF (-o) would be the same "
                                  "file; choose another --html");
        }
        const std::size_t pages = doc.pages.size();
        std::vector<std::string> pngs;
        if (!o.png_dir.empty()) { // before the PDF, which consumes the document
            PngPreviews previews; // loaded before anything is made
            output.make_folder(o.png_dir);
            for (std::size_t p = 0; p < pages; ++p) {
                std::string path = (fs::path(o.png_dir) / preview_name(p + 1)).string();
                refuse_overwriting_inputs(path, inputs);
                output.stage(path, previews.page(doc, p, o.dpi));
                pngs.push_back(path);
            }
            timer.lap("png");
        }
        if (!o.html.empty()) output.stage(o.html, html);
        if (o.pdf) {
            render::PdfOptions pdf;
            pdf.tagged = o.pdf_ua;
            pdf.archival = o.pdf_a;
            pdf.late_sources = [&sources] { return sources.get(); };
            output.open(o.output);
            render::write_pdf(
                std::move(doc),
                [&](const unsigned char* bytes, std::size_t size) { output.write(bytes, size); },
                pdf);
            output.finish();
            timer.lap("pdf");
        }
        {
            // A second build writing the same outputs waits here: its PDF and previews replace
            // this one's as a whole, never mixed with them.
            const FolderLock lock(output.folders());
            output.commit();
            if (!o.png_dir.empty()) remove_stale_previews(o.png_dir, pages);
        }
        timer.lap("commit");
        if (o.timings) timer.report(err);
        if (!o.quiet) {
            if (o.pdf) {
                out << o.output << " (" << counted(pages, "page");
                if (warnings > 0) out << ", " << counted(warnings, "warning");
                out << ")\n";
            }
            if (!o.html.empty()) {
                out << o.html;
                if (!o.pdf && warnings > 0) out << " (" << counted(warnings, "warning") << ")";
                out << '\n';
            }
            if (!pngs.empty()) { // one name for one page, the first and last for more
                out << o.png_dir << "/page-001.png";
                if (pngs.size() > 1) out << " … " << fs::path(pngs.back()).filename().string();
                out << '\n';
            }
        }
        if (summary) *summary = {pages, warnings};
        return 0;
    } catch (const InputError& e) {
        err << e.what() << '\n';
    } catch (const OutputError& e) {
        err << e.what() << '\n';
    }
    return 1; // ~AtomicOutput has removed the temporaries and the folder it made
}

int run_check(const CliOptions& o, std::ostream& out, std::ostream& err) {
    try {
        StageTimer timer;
        Inputs in = read_inputs(o, timer);
        display::Document doc = lay_out(in, o); // every figure the layout asks for must exist
        timer.lap("layout");
        if (o.json) // --format json: stdout carries the diagnostics only
            for (const auto& d : in.warnings)
                out << diagnostic_json(d) << '\n';
        else
            print_warnings(in.warnings, err);
        if (o.timings) timer.report(err);
        (o.json ? err : out) << o.layout << ": " << counted(doc.pages.size(), "page") << ", "
                             << counted(in.warnings.size(), "warning") << "\n";
        return 0;
    } catch (const InputError& e) {
        if (o.json)
            out << diagnostic_json({e.pos(), Severity::Error, e.message()}) << '\n';
        else
            err << e.what() << '\n';
    } catch (const OutputError& e) { // e.g. a malformed SOURCE_DATE_EPOCH
        err << e.what() << '\n';
    }
    return 1;
}

} // namespace bp::app
