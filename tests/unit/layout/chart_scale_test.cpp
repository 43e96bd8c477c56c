// Charts in a report: a scale group shared by every copy of a chart in one <repeat>, fixed
// ends and highlighted windows checked against the data with file:line:col errors.
#include "compute/figures.hpp"
#include "core/error.hpp"
#include "input/layout_reader.hpp"
#include "input/theme_reader.hpp"
#include "layout/layout_report.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace bp;
namespace fs = std::filesystem;

namespace {

const std::string kRoot = BOARDPACK_SOURCE_DIR;

// Produces each chart's alt text and the numeric texts drawn inside it (its y tick labels).
struct ChartSeen {
    std::string alt;
    std::vector<std::string> numbers;
};

std::vector<ChartSeen> charts_of(const std::string& layout) {
    auto loaded = input::read_report(layout);
    model::Theme theme = input::read_theme(loaded.report.theme_path);
    compute::Figures figures(*loaded.data);
    text::FontBook fonts({BOARDPACK_FONT_DIR}, false);
    auto doc = layout::layout_report(loaded.report, theme, fonts, {}, &figures);
    std::vector<ChartSeen> out;
    int depth = 0;
    for (const auto& page : doc.pages)
        for (const auto& item : page.items) {
            if (const auto* b = std::get_if<display::StructBegin>(&item)) {
                if (b->kind == display::StructKind::Figure && depth == 0) {
                    out.push_back({b->alt, {}});
                    depth = 1;
                } else if (depth > 0) {
                    ++depth;
                }
            } else if (std::holds_alternative<display::StructEnd>(item)) {
                if (depth > 0) --depth;
            } else if (const auto* t = std::get_if<display::TextRun>(&item)) {
                if (depth > 0 && !t->text.empty() &&
                    t->text.find_first_not_of("0123456789,.") == std::string::npos)
                    out.back().numbers.push_back(t->text);
            }
        }
    return out;
}

// A whole report written to a temporary file, laid out; removed at the end.
struct TempReport {
    fs::path path = fs::temp_directory_path() / ("bp-band-" + std::to_string(::getpid()) + ".xml");
    explicit TempReport(const std::string& body) {
        std::ofstream(path) << "<report title=\"T\" data=\"" << kRoot << "/data/2017-q1\">\n"
                            << body << "\n</report>\n";
    }
    ~TempReport() { fs::remove(path); }
    display::Document layout() const {
        auto loaded = input::read_report(path.string());
        model::Theme theme = input::read_theme(loaded.report.theme_path);
        compute::Figures figures(*loaded.data);
        text::FontBook fonts({BOARDPACK_FONT_DIR}, false);
        return layout::layout_report(loaded.report, theme, fonts, {}, &figures);
    }
};

// The vertical extent of each chart's plot (the lowest and highest point of its bars,
// gridlines and base line), chart by chart in page order.
std::vector<double> plot_heights(const display::Document& doc) {
    std::vector<double> out;
    for (const auto& page : doc.pages) {
        int depth = 0;
        double lo = 1e9, hi = -1e9;
        for (const auto& item : page.items) {
            if (const auto* b = std::get_if<display::StructBegin>(&item)) {
                if (b->kind == display::StructKind::Figure && depth == 0) lo = 1e9, hi = -1e9;
                if (b->kind == display::StructKind::Figure || depth > 0) ++depth;
            } else if (std::holds_alternative<display::StructEnd>(item)) {
                if (depth > 0 && --depth == 0) out.push_back(hi - lo);
            } else if (const auto* p = std::get_if<display::PathItem>(&item); p && depth > 0) {
                for (const auto& pt : p->path.points()) {
                    lo = std::min(lo, pt.y);
                    hi = std::max(hi, pt.y);
                }
            }
        }
    }
    return out;
}

// Three bar charts a page (per-page="3"): one with a two-line note above it, one alone, one
// with a title long enough to take two lines; `scale` names their scale group, if any.
std::string small_multiples(const std::string& scale) {
    const std::string attrs = scale.empty() ? "" : " scale=\"" + scale + "\"";
    auto chart = [&](const std::string& area, const std::string& title) {
        return "<chart kind=\"bar\" area=\"" + area + "\" from=\"2017-01\" to=\"2017-06\" " +
               "height=\"fill\" title=\"" + title + "\"" + attrs +
               "><series indicator=\"asb.youth\"/></chart>";
    };
    return "<template id=\"t\" orientation=\"portrait\" margin=\"30\"/>"
           "<section id=\"a\" title=\"A\" template=\"t\" per-page=\"3\"><p>A note above this "
           "chart only: its figures for June are provisional.<br/>A second line of the note.</p>" +
           chart("darlington", "Darlington") +
           "</section><section id=\"b\" title=\"B\" template=\"t\" per-page=\"3\" "
           "new-page=\"no\">" +
           chart("bishop-auckland", "Bishop Auckland") +
           "</section><section id=\"c\" title=\"C\" template=\"t\" per-page=\"3\" "
           "new-page=\"no\">" +
           chart("crook", "Crook, Willington, Tow Law and the villages of the Wear Valley, with "
                          "a title that runs to a second line at this width") +
           "</section>";
}

// A layout written to a temporary file, removed at the end.
struct TempLayout {
    fs::path path =
        fs::temp_directory_path() / ("bp-chart-scale-" + std::to_string(::getpid()) + ".xml");
    explicit TempLayout(const std::string& chart) {
        std::ofstream(path) << "<report title=\"T\" data=\"" << kRoot << "/data/2017-q1\">\n"
                            << "<section id=\"s\" title=\"S\">\n"
                            << chart << "\n</section>\n</report>\n";
    }
    ~TempLayout() { fs::remove(path); }
    std::string error() const {
        try {
            charts_of(path.string());
        } catch (const InputError& e) {
            return e.what();
        }
        return "";
    }
};

} // namespace

BOOST_AUTO_TEST_SUITE(chart_scale_tests)

BOOST_AUTO_TEST_CASE(every_copy_of_a_repeated_chart_with_a_scale_group_has_the_same_ticks) {
    auto charts = charts_of(kRoot + "/tests/e2e/layouts/charts-demo.xml");
    BOOST_TEST_REQUIRE(charts.size() == 14u); // two on the first page, then the 12 sectors
    const auto& first = charts[2];
    BOOST_TEST(first.numbers.size() >= 3u);
    BOOST_TEST(first.alt.find("shared with the charts like it") != std::string::npos);
    for (std::size_t i = 3; i < charts.size(); ++i)
        BOOST_TEST(charts[i].numbers == first.numbers, "chart " << i << ": " << charts[i].alt);
    // The busiest sector reaches above 100 a month, the quietest never 10: one scale covers both.
    BOOST_TEST(first.numbers.back() == "150");
}

BOOST_AUTO_TEST_CASE(without_a_scale_group_each_copy_is_fitted_to_its_own_data) {
    auto charts = charts_of(kRoot + "/layouts/pcc-quarterly.xml");
    std::vector<std::vector<std::string>> sector_ticks;
    for (const auto& c : charts)
        if (c.alt.rfind("Line chart: Alcohol, drugs and youth", 0) == 0)
            sector_ticks.push_back(c.numbers);
    BOOST_TEST_REQUIRE(sector_ticks.size() == 12u);
    bool differ = false;
    for (const auto& t : sector_ticks)
        differ = differ || t != sector_ticks.front();
    BOOST_TEST(differ);
}

BOOST_AUTO_TEST_CASE(fixed_ends_that_cut_off_the_data_are_an_error_at_the_attribute) {
    TempLayout t("<chart area=\"force\" from=\"2017-01\" to=\"2017-06\" y-min=\"20\">"
                 "<series indicator=\"alcohol.share\"/></chart>");
    const std::string e = t.error();
    BOOST_TEST(e.find(t.path.string() + ":3:") == 0u, e);
    BOOST_TEST(e.find("y-min 20 is above the lowest value drawn") != std::string::npos, e);
}

BOOST_AUTO_TEST_CASE(highlighted_quarters_are_separated_by_semicolons) {
    TempLayout good(
        "<chart area=\"force\" from=\"2016-10\" to=\"2017-06\" "
        "highlight=\"2016/17 Q4; 2017/18 Q1\"><series indicator=\"asb.total\"/></chart>");
    BOOST_TEST(good.error() == "");
    TempLayout old("<chart area=\"force\" from=\"2016-10\" to=\"2017-06\" "
                   "highlight=\"2016/17 Q4 2017-06\"><series indicator=\"asb.total\"/></chart>");
    BOOST_TEST(old.error() == "");
    TempLayout bad("<chart area=\"force\" from=\"2016-10\" to=\"2017-06\" "
                   "highlight=\"2017/18 Q1, 2017-06\"><series indicator=\"asb.total\"/></chart>");
    BOOST_TEST(bad.error().find("separated by ';'") != std::string::npos, bad.error());
}

BOOST_AUTO_TEST_CASE(two_sectors_a_page_with_per_page_and_a_filling_chart) {
    // Checked through the document: 1 + 12 / 2 pages, two figures on each sector page.
    TempReport r("<template id=\"t\"/>\n<repeat areas=\"sector\" as=\"s\">"
                 "<section id=\"x-{s.id}\" title=\"{s.name}\" template=\"t\" new-page=\"no\" "
                 "per-page=\"3\"><p>{s.name}</p><chart area=\"{s.id}\" from=\"2017-01\" "
                 "to=\"2017-06\" height=\"fill\"><series indicator=\"asb.youth\"/></chart>"
                 "</section></repeat>");
    auto doc = r.layout();
    BOOST_TEST(doc.pages.size() == 4u); // 12 sectors, three a page
    for (const auto& page : doc.pages) {
        int figures = 0;
        for (const auto& item : page.items)
            if (const auto* b = std::get_if<display::StructBegin>(&item))
                figures += b->kind == display::StructKind::Figure ? 1 : 0;
        BOOST_TEST(figures == 3);
    }
}

BOOST_AUTO_TEST_CASE(texts_sharing_a_band_are_shortened_so_they_never_overlap) {
    const std::string title(40, 'W');
    TempReport r("<template id=\"t\"><header height=\"40\"><text>{section.title}</text>"
                 "<text align=\"right\">Q2 2024/25 and a long period name</text></header>"
                 "</template>\n<section id=\"s\" title=\"" +
                 title + " " + title + "\" template=\"t\"><p>x</p></section>");
    auto doc = r.layout();
    std::vector<display::TextRun> band;
    for (const auto& item : doc.pages[0].items)
        if (const auto* t = std::get_if<display::TextRun>(&item))
            if (t->origin.y < 80) band.push_back(*t);
    BOOST_TEST_REQUIRE(band.size() == 2u);
    BOOST_TEST(band[1].text == "Q2 2024/25 and a long period name"); // the shorter is kept
    BOOST_TEST(band[0].text.find("\u2026") != std::string::npos);    // the longer shortened
    BOOST_TEST(band[0].origin.x + band[0].width < band[1].origin.x);
}

BOOST_AUTO_TEST_CASE(texts_that_cannot_share_a_band_are_an_error_at_the_band) {
    const std::string word(120, 'W');
    TempReport r("<template id=\"t\"><header height=\"40\"><text>{section.title}</text>\n"
                 "<text align=\"right\">" +
                 word + "</text></header></template>\n<section id=\"s\" title=\"" + word +
                 "\" template=\"t\"><p>x</p></section>");
    try {
        r.layout();
        BOOST_FAIL("no error");
    } catch (const InputError& e) {
        const std::string what = e.what();
        BOOST_TEST(what.find(r.path.string() + ":2:") == 0u, what);
        BOOST_TEST(what.find("do not fit its width together") != std::string::npos, what);
    }
}

BOOST_AUTO_TEST_CASE(charts_sharing_a_scale_share_their_plot_height_whatever_sits_around_them) {
    // Without a scale group, the note and the long title make two plots shorter (the fault)...
    auto apart = plot_heights(TempReport(small_multiples("")).layout());
    BOOST_TEST_REQUIRE(apart.size() == 3u);
    BOOST_TEST(apart[0] < apart[1] - 5);
    BOOST_TEST(apart[2] < apart[1] - 5);
    // ...with one, all three plots are as tall as the shortest would be.
    auto shared = plot_heights(TempReport(small_multiples("sectors")).layout());
    BOOST_TEST_REQUIRE(shared.size() == 3u);
    BOOST_TEST(shared[0] > 40);
    BOOST_TEST(std::fabs(shared[1] - shared[0]) < 0.01);
    BOOST_TEST(std::fabs(shared[2] - shared[0]) < 0.01);
    BOOST_TEST(std::fabs(shared[0] - std::min(apart[0], apart[2])) < 0.01);
}

BOOST_AUTO_TEST_SUITE_END()
