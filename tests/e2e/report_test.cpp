// The sample report, built by the real binary and checked with qpdf and poppler: valid file,
// fonts embedded, text extractable, every link and bookmark going where it should.
#include "input/layout_reader.hpp"
#include "tools.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <set>

using namespace e2e;
namespace fs = std::filesystem;

namespace {

// Builds layouts/pcc-quarterly.xml once for every test in this file.
struct SampleReport {
    std::string dir = temp_dir("sample");
    std::string pdf = dir + "/report.pdf";
    std::string png = dir + "/png";
    Run build = boardpack("build " + source("layouts/pcc-quarterly.xml") + " -o " + pdf +
                          " --png " + png + " --dpi 20 --no-system-fonts");
    PdfFacts facts = build.status == 0 ? pdf_facts(pdf) : PdfFacts{};
};

const SampleReport& sample() {
    static SampleReport report;
    return report;
}

int menu_page(const PdfFacts& facts) {
    for (const auto& b : facts.bookmarks)
        if (b.title == "Main Menu") return b.target;
    return 0;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_sample_report_builds_with_one_preview_per_page) {
    const auto& r = sample();
    BOOST_TEST_REQUIRE(r.build.status == 0, r.build.err);
    BOOST_TEST(r.facts.pages > 3);
    int pngs = 0;
    for (const auto& entry : fs::directory_iterator(r.png))
        pngs += entry.path().extension() == ".png";
    BOOST_TEST(pngs == r.facts.pages);
}

BOOST_AUTO_TEST_CASE(qpdf_finds_no_damage) {
    Run check = run("qpdf --check '" + sample().pdf + "'");
    BOOST_TEST(check.status == 0, check.out + check.err);
}

BOOST_AUTO_TEST_CASE(every_font_is_embedded_and_there_are_no_raster_images) {
    Run fonts = run("pdffonts '" + sample().pdf + "'");
    BOOST_TEST_REQUIRE(fonts.status == 0);
    std::istringstream lines(fonts.out);
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
        if (line.rfind("name", 0) == 0 || line.rfind("----", 0) == 0 || line.empty()) continue;
        ++count;
        BOOST_TEST(line.find("CID TrueType") != std::string::npos, line);
        BOOST_TEST(line.find(" yes yes ") != std::string::npos, "not embedded: " << line);
    }
    BOOST_TEST(count >= 2);
    Run images = run("pdfimages -list '" + sample().pdf + "'");
    BOOST_TEST_REQUIRE(images.status == 0, images.err);
    BOOST_TEST(images.out.find("page   num  type") != std::string::npos, images.out);
    BOOST_TEST(images.out.find("image") == images.out.rfind("image")); // header line only
}

BOOST_AUTO_TEST_CASE(every_section_title_is_in_the_text) {
    const auto& r = sample();
    auto loaded = bp::input::read_report(source("layouts/pcc-quarterly.xml"));
    std::string all;
    for (int p = 1; p <= r.facts.pages; ++p)
        all += page_text(r.pdf, p) + " ";
    for (const auto& s : loaded.report.sections) {
        // Titles wrap or are shortened in banners; the first words must be there.
        std::string start = s.title.substr(0, std::min<std::size_t>(s.title.size(), 24));
        BOOST_TEST(all.find(start) != std::string::npos, "missing: " << s.title);
    }
    // Text beyond ASCII comes out as typed: the en dashes of the report's title (in the
    // cover's banner) and the true minus of the changes.
    BOOST_TEST(loaded.report.info.title.find("\u2013") != std::string::npos);
    BOOST_TEST(all.find("Quarter 1 \u2013 the 12 months") != std::string::npos, all.substr(0, 400));
    BOOST_TEST(all.find("\u2212") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(next_page_and_main_menu_work_on_every_page) {
    const auto& f = sample().facts;
    int menu = menu_page(f);
    BOOST_TEST_REQUIRE(menu > 0);
    for (int p = 1; p <= f.pages; ++p) {
        bool next = false, to_menu = false;
        for (const auto& l : f.links) {
            if (l.page != p) continue;
            next = next || l.target == p + 1;
            to_menu = to_menu || l.target == menu;
        }
        BOOST_TEST(next == (p < f.pages), "Next Page on page " << p);
        if (p != menu) BOOST_TEST(to_menu, "Main Menu on page " << p);
        std::string text = page_text(sample().pdf, p);
        BOOST_TEST((text.find("Next Page") != std::string::npos) == (p < f.pages));
    }
}

BOOST_AUTO_TEST_CASE(every_link_resolves_and_bookmarks_open_their_section) {
    const auto& r = sample();
    for (const auto& l : r.facts.links)
        BOOST_TEST((l.target >= 1 || !l.uri.empty()), "dangling link on page " << l.page);
    BOOST_TEST_REQUIRE(!r.facts.bookmarks.empty());
    for (const auto& b : r.facts.bookmarks) {
        BOOST_TEST_REQUIRE(b.target >= 1);
        std::string text = page_text(r.pdf, b.target);
        std::string start = b.title.substr(0, std::min<std::size_t>(b.title.size(), 24));
        BOOST_TEST(text.find(start) != std::string::npos,
                   "bookmark '" << b.title << "' opens page " << b.target);
    }
}

// A reader opening the report sees every top-level bookmark and the children of each (the 12
// sector pages under "Tackle anti-social behaviour"); deeper levels start folded. The outline
// root's /Count is the number of items visible then (31 in the reference report).
BOOST_AUTO_TEST_CASE(the_outline_opens_with_its_top_level_parents_unfolded) {
    const auto& r = sample();
    BOOST_TEST_REQUIRE(!r.facts.bookmarks.empty());
    int top_level = 0, visible = 0, folded_depth = 1000;
    for (const auto& b : r.facts.bookmarks) {
        const bool shown = b.depth < folded_depth; // not under a folded parent
        if (shown) {
            folded_depth = 1000;
            ++visible;
        }
        if (b.depth == 0) ++top_level;
        if (b.kids > 0) {
            BOOST_TEST(b.open == (b.depth == 0),
                       "bookmark '" << b.title << "' at depth " << b.depth << " open: " << b.open);
            if (shown && !b.open) folded_depth = b.depth + 1;
        }
    }
    BOOST_TEST(visible > top_level); // some children show when the file opens
    BOOST_TEST(r.facts.outline_count == visible);
}

BOOST_AUTO_TEST_CASE(the_built_report_prints_the_computed_figure_not_the_published_one) {
    const auto& r = sample();
    std::string all;
    for (int p = 1; p <= r.facts.pages; ++p)
        all += page_text(r.pdf, p) + " ";
    BOOST_TEST(all.find("24,106") != std::string::npos);
    BOOST_TEST(all.find("21,705") != std::string::npos);
    BOOST_TEST(all.find("\u22129.96%") != std::string::npos);
    BOOST_TEST(all.find("9.77") == std::string::npos);
    BOOST_TEST(r.build.err.find("stated.csv:") != std::string::npos); // the misprint is reported
}

BOOST_AUTO_TEST_CASE(poppler_reads_every_page_without_a_warning) {
    // libharu's own ToUnicode maps drew "Invalid 'begincidrange'" on every page.
    Run text = run("pdftotext '" + sample().pdf + "' -");
    BOOST_TEST(text.status == 0);
    BOOST_TEST(text.err.empty(), text.err);
    BOOST_TEST(text.out.find("Recent Performance") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(timings_name_every_stage_and_the_peak_memory) {
    const std::string dir = temp_dir("timings");
    Run build = boardpack("build " + source("layouts/pcc-quarterly.xml") + " -o " + dir +
                          "/r.pdf -q --timings --no-system-fonts");
    BOOST_TEST_REQUIRE(build.status == 0, build.err);
    BOOST_TEST(build.out.empty());
    const auto at = build.err.find("timings: read ");
    BOOST_TEST_REQUIRE(at != std::string::npos, build.err);
    const std::string line = build.err.substr(at, build.err.find('\n', at) - at);
    for (const char* part : {" check ", " layout ", " pdf ", " commit ", " total ", " ms (",
                             " MiB), ", "; peak memory "})
        BOOST_TEST(line.find(part) != std::string::npos, line);
    Run quiet = boardpack("build " + source("layouts/pcc-quarterly.xml") + " -o " + dir +
                          "/r.pdf -q --no-system-fonts");
    BOOST_TEST(quiet.err.find("timings:") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(check_lists_the_misprinted_figure_with_its_position) {
    Run check = boardpack("check " + source("layouts/pcc-quarterly.xml") + " --no-system-fonts");
    BOOST_TEST(check.status == 0, check.err);
    BOOST_TEST(check.err.find("data/2017-q1/stated.csv:") != std::string::npos);
    BOOST_TEST(check.err.find(": warning: stated % difference \u22129.77% for asb.total / force") !=
                   std::string::npos,
               check.err);
    BOOST_TEST(check.err.find("disagrees with the computed \u22129.96%") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(all_twelve_sectors_have_a_page_reachable_from_the_sector_index) {
    const auto& r = sample();
    auto loaded = bp::input::read_report(source("layouts/pcc-quarterly.xml"));
    auto sectors = loaded.data->areas_of_kind("sector");
    BOOST_TEST(sectors.size() == 12u);
    int index_page = 0;
    for (const auto& b : r.facts.bookmarks)
        if (b.title.find("anti-social behaviour") != std::string::npos && b.depth == 0)
            index_page = b.target;
    BOOST_TEST_REQUIRE(index_page > 0);
    std::set<int> from_index;
    for (const auto& l : r.facts.links)
        if (l.page == index_page) from_index.insert(l.target);
    for (const auto* area : sectors) {
        int page = 0;
        for (const auto& b : r.facts.bookmarks)
            if (b.title == area->name && b.depth == 1) page = b.target; // nested under ASB
        BOOST_TEST(page > index_page, area->name << " has no nested bookmark");
        BOOST_TEST(page_text(r.pdf, page).find(area->name) != std::string::npos, area->name);
        BOOST_TEST(from_index.count(page) == 1u, area->name << " is not linked from the index");
    }
}

BOOST_AUTO_TEST_CASE(the_board_summary_is_one_page_with_every_headline_figure) {
    std::string dir = temp_dir("summary");
    Run r = boardpack("build " + source("layouts/board-summary.xml") + " -o " + dir +
                      "/s.pdf --png " + dir + "/png --dpi 30 -q --no-system-fonts");
    BOOST_TEST_REQUIRE(r.status == 0, r.err);
    PdfFacts facts = pdf_facts(dir + "/s.pdf");
    BOOST_TEST(facts.pages == 1);
    std::string text = page_text(dir + "/s.pdf", 1);
    for (const char* figure : {"24,106", "21,705", "15,085", "16,019", "11.33%", "12.98%",
                               "+1.65 pp", "35,271", "45,519", "+1"})
        BOOST_TEST(text.find(figure) != std::string::npos, figure);
    BOOST_TEST(fs::exists(dir + "/png/page-001.png"));
}
