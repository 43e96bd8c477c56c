#include "app/area_editions.hpp"

#include "app/source_record.hpp"

#include "app/atomic_output.hpp"
#include "app/build_environment.hpp"
#include "app/output_guard.hpp"
#include "compute/checks.hpp"
#include "compute/figures.hpp"
#include "compute/theme_verdict_rules.hpp"
#include "core/counted.hpp"
#include "core/error.hpp"
#include "core/markup_escape.hpp"
#include "core/replace_all.hpp"
#include "input/data_reader.hpp"
#include "input/file_text.hpp"
#include "input/layout_reader.hpp"
#include "input/theme_reader.hpp"
#include "input/xml_document.hpp"
#include "layout/layout_report.hpp"
#include "render/pdf/pdf_writer.hpp"

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <ostream>
#include <set>
#include <string_view>

namespace bp::app {

namespace fs = std::filesystem;

namespace {

std::string folder_of(const std::string& path) {
    std::string dir = fs::path(path).parent_path().string();
    return dir.empty() ? "." : dir;
}

} // namespace

std::string with_area(const std::string& text, const std::string& id, const std::string& name,
                      bool xml) {
    std::string s = replace_all(text, "{area.id}", xml ? markup_escaped(id) : id);
    return replace_all(std::move(s), "{area.name}", xml ? markup_escaped(name) : name);
}

int run_area_editions(const CliOptions& o, std::ostream& out, std::ostream& err) {
    try {
        if (o.output.find("{area.id}") == std::string::npos)
            throw OutputError("boardpack: error: --each-area needs {area.id} in -o, so that "
                              "each area has its own file");
        const std::string text = input::read_file_text(o.layout);
        const std::string base = folder_of(o.layout);
        const std::string folder =
            o.data_dir.empty() ? input::data_folder_of(input::parse_xml(o.layout, text), base)
                               : o.data_dir;
        if (folder.empty())
            throw InputError(SourcePos{o.layout, 1, 1}, "--each-area needs data: the layout "
                                                        "names no data folder and --data is "
                                                        "not given");
        // Read and checked once for every edition.
        model::Dataset data = input::read_data_folder(folder);
        const auto areas = data.areas_of_kind(o.each_area);
        if (areas.empty())
            throw InputError(SourcePos{o.layout, 1, 1},
                             "the data has no area of kind '" + o.each_area + "'");
        std::vector<model::Report> reports;
        for (const model::Area* a : areas)
            reports.push_back(input::layout_from_xml(
                input::parse_xml(o.layout, with_area(text, a->id, a->name, true)), base, &data));
        model::Theme theme = input::read_theme(reports.front().theme_path);
        compute::Figures figures(data, compute::verdict_rules_from(theme));
        std::vector<Diagnostic> warnings;
        for (auto& d : compute::check_dataset(data, figures)) {
            if (d.severity == Severity::Error) throw InputError(d.pos, d.message);
            warnings.push_back(std::move(d));
        }
        text::FontBook book = font_book(o, reports.front());

        AtomicOutput output;
        std::set<std::string> paths;
        std::size_t pages = 0;
        std::map<std::string, std::string> digests; // of the inputs the editions share
        for (std::size_t i = 0; i < areas.size(); ++i) {
            const std::string path = with_area(o.output, areas[i]->id, areas[i]->name, false);
            if (!paths.insert(path).second)
                throw OutputError("boardpack: error: two areas would write " + path);
            const std::string dir = folder_of(path);
            if (!fs::exists(dir)) output.make_folder(dir);
            AtomicOutput::check_path(path);
            layout::LayoutOptions lo;
            lo.creator = std::string("boardpack ") + BOARDPACK_VERSION;
            lo.created = source_date_epoch();
            lo.warnings = &warnings;
            display::Document doc = layout::layout_report(reports[i], theme, book, lo, &figures);
            const BuildInputs inputs = build_inputs(o.layout, reports[i].theme_path, folder, doc);
            refuse_overwriting_inputs(path, inputs);
            doc.info.sources = source_lines(inputs, path, &digests);
            pages += doc.pages.size();
            render::PdfOptions pdf;
            pdf.tagged = o.pdf_ua;
            pdf.archival = o.pdf_a;
            output.open(path);
            render::write_pdf(
                std::move(doc),
                [&](const unsigned char* bytes, std::size_t size) { output.write(bytes, size); },
                pdf);
            output.finish();
        }
        for (const auto& d : warnings)
            err << d.to_string() << '\n';
        output.commit();
        if (!o.quiet)
            out << counted(areas.size(), "edition") << " (" << counted(pages, "page")
                << "): " << with_area(o.output, areas.front()->id, areas.front()->name, false)
                << " … " << with_area(o.output, areas.back()->id, areas.back()->name, false)
                << '\n';
        return 0;
    } catch (const InputError& e) {
        err << e.what() << '\n';
    } catch (const OutputError& e) {
        err << e.what() << '\n';
    }
    return 1;
}

} // namespace bp::app
