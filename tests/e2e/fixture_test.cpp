// tests/e2e/fixture/: what the examples do not exercise, built by the real binary. A CSV with
// a byte order mark and doubled quotes, a % change from a negative base, a character no font
// has, a zebra table across page breaks (its bands counted over the whole table, not per
// page), and area editions whose names hold " ( < &.
#include "compute/figures.hpp"
#include "compute/theme_verdict_rules.hpp"
#include "input/layout_reader.hpp"
#include "input/theme_reader.hpp"
#include "layout/layout_report.hpp"
#include "tools.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>

using namespace e2e;
namespace fs = std::filesystem;

namespace {

const std::string kLayout = "tests/e2e/fixture/edge-cases.xml";

struct Fixture {
    std::string dir = temp_dir("fixture");
    std::string pdf = dir + "/edge.pdf";
    Run build = boardpack("build " + source(kLayout) + " -o " + pdf + " --no-system-fonts");
};

const Fixture& fixture() {
    static Fixture f;
    return f;
}

// The project's PDF/UA-1 and PDF/A-2b checker (tests/conformance) on `pdfs`.
Run conformance(const std::string& pdfs) {
    return run("'" PDF_CONFORMANCE_BIN "' " + pdfs);
}

std::string all_text(const std::string& pdf) {
    std::string all;
    const int pages = pdf_facts(pdf).pages;
    for (int p = 1; p <= pages; ++p)
        all += page_text(pdf, p) + "\n";
    return all;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_fixture_builds_reading_csvs_with_a_bom_and_doubled_quotes) {
    const auto& f = fixture();
    BOOST_TEST_REQUIRE(f.build.status == 0, f.build.err);
    const std::string text = all_text(f.pdf);
    BOOST_TEST(text.find("Anti-social behaviour (\"ASB\")") != std::string::npos, text);
    Run info = run("pdfinfo '" + f.pdf + "'");
    BOOST_TEST(info.out.find("Edge cases & <escapes> \u2013 fixture") != std::string::npos,
               info.out);
    Run check = conformance(f.pdf); // the title's & and < in the XMP too
    BOOST_TEST(check.status == 0, check.out << check.err);
}

BOOST_AUTO_TEST_CASE(a_percent_change_from_a_negative_base_has_the_sign_of_the_rise) {
    const auto& f = fixture();
    BOOST_TEST_REQUIRE(f.build.status == 0, f.build.err);
    const std::string text = all_text(f.pdf);
    // −£350 → £700: (700 − (−350)) / 350 = +300%, a rise, not −300%.
    BOOST_TEST(text.find("\u2212\u00a3350 \u00a3700 +300.0%") != std::string::npos, text);
}

BOOST_AUTO_TEST_CASE(a_character_no_font_has_is_reported_and_drawn_as_the_substitute) {
    const auto& f = fixture();
    BOOST_TEST_REQUIRE(f.build.status == 0, f.build.err);
    // The warning names the line of the paragraph that holds the character.
    const std::string xml = read_file(source(kLayout));
    BOOST_TEST_REQUIRE(xml.find("\u2603") != std::string::npos);
    const auto line = 1 + std::count(xml.begin(), xml.begin() + xml.find("\u2603"), '\n');
    BOOST_TEST(f.build.err.find("edge-cases.xml:" + std::to_string(line) + ":") !=
                   std::string::npos,
               f.build.err);
    BOOST_TEST(f.build.err.find("U+2603") != std::string::npos, f.build.err);
    BOOST_TEST(all_text(f.pdf).find("has: ?.") != std::string::npos);
}

// The layout as the program makes it: each body row "Row N" is shaded when N is even (every
// other row of the whole table), on every page the table runs over.
BOOST_AUTO_TEST_CASE(zebra_bands_run_on_across_page_breaks) {
    auto loaded = bp::input::read_report(source(kLayout));
    const bp::model::Theme theme = bp::input::read_theme(loaded.report.theme_path);
    bp::compute::Figures figures(*loaded.data, bp::compute::verdict_rules_from(theme));
    bp::text::FontBook book({BOARDPACK_FONT_DIR}, false);
    bp::display::Document doc = bp::layout::layout_report(loaded.report, theme, book, {}, &figures);
    const bp::Color zebra = theme.color("zebra", bp::Color{0.93, 0.95, 0.97});

    int rows = 0, pages_with_rows = 0;
    for (const auto& page : doc.pages) {
        bool shaded = false, any = false;
        for (const auto& item : page.items) {
            if (const auto* path = std::get_if<bp::display::PathItem>(&item)) {
                if (path->fill && path->fill->r == zebra.r && path->fill->g == zebra.g &&
                    path->fill->b == zebra.b)
                    shaded = true;
            } else if (const auto* run = std::get_if<bp::display::TextRun>(&item)) {
                // Each cell draws its band, then its text: the band before "Row N" is its row's.
                if (run->text.rfind("Row ", 0) == 0) {
                    const int n = std::stoi(run->text.substr(4));
                    BOOST_TEST(shaded == (n % 2 == 0), run->text << " shaded: " << shaded);
                    any = true;
                    ++rows;
                }
                shaded = false;
            }
        }
        pages_with_rows += any;
    }
    BOOST_TEST(rows == 80);
    BOOST_TEST(pages_with_rows >= 2);
}

// Area names with " ( < & go through titles, XMP and the page text of every edition.
BOOST_AUTO_TEST_CASE(area_editions_with_quotes_brackets_and_ampersands_in_their_names) {
    const std::string dir = temp_dir("odd-areas");
    fs::copy(source("data/2017-q1"), dir + "/data", fs::copy_options::recursive);
    fs::copy_file(source("tests/e2e/fixture/odd-areas.csv"), dir + "/data/areas.csv",
                  fs::copy_options::overwrite_existing);
    Run r =
        boardpack("build " + source("layouts/editions/sector.xml") + " --each-area sector --data " +
                  dir + "/data -o '" + dir + "/out/{area.id}.pdf' --no-system-fonts -q");
    BOOST_TEST_REQUIRE(r.status == 0, r.err);
    const std::pair<const char*, const char*> names[] = {
        {"bishop-auckland", "Crook (\"Old Town\")"},
        {"crook", "Bishop Auckland <North>"},
        {"barnard-castle", "Barnard Castle & Teesdale"}};
    for (const auto& [id, name] : names) {
        const std::string pdf = dir + "/out/" + id + ".pdf";
        Run info = run("pdfinfo '" + pdf + "'");
        BOOST_TEST(info.out.find(std::string("Title:           ") + name) != std::string::npos,
                   info.out);
        BOOST_TEST(page_text(pdf, 1).find(name) != std::string::npos, name);
        Run check = conformance(pdf);
        BOOST_TEST(check.status == 0, check.out << check.err);
    }
}
