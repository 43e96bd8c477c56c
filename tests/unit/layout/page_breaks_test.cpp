// Page breaks that read right: a paragraph keeps two lines on either side of a break (two- and
// three-line paragraphs move whole), a table keeps `keep-rows` body rows (default 3) on either
// side, and a short table such as the verdict legend is never split — wherever the break falls.
#include "layout_fixture.hpp"

#include <boost/test/unit_test.hpp>

#include <map>
#include <string>

using namespace bp;
using namespace bp::testing;

namespace {

// A report whose one section has `above` points of spacer and then `block`.
std::string report(double above, const std::string& block, const std::string& report_attrs = "") {
    return std::string("<report title=\"T\"") + report_attrs + ">" + kTemplate +
           "<section id=\"menu\" title=\"S\" template=\"t\"><spacer height=\"" +
           std::to_string(above) + "\"/>" + block + "</section></report>";
}

// How many text runs starting with `prefix` each page holds (pages holding none left out).
std::vector<int> runs_per_page(const display::Document& doc, const std::string& prefix) {
    std::vector<int> out;
    for (const auto& page : doc.pages) {
        int n = 0;
        for (const auto& run : items_of<display::TextRun>(page))
            n += run.text.rfind(prefix, 0) == 0 ? 1 : 0;
        if (n > 0) out.push_back(n);
    }
    return out;
}

// A paragraph of `lines` lines, each starting "Lk".
std::string paragraph(int lines) {
    std::string p = "<p>";
    for (int k = 1; k <= lines; ++k)
        p += (k > 1 ? "<br/>" : "") + std::string("Lk") + std::to_string(k) + " words";
    return p + "</p>";
}

// A table of `rows` body rows, each starting "Rk".
std::string table(int rows) {
    std::string t = "<table columns=\"3 1\"><row><cell>Area</cell><cell>Figure</cell></row>";
    for (int k = 1; k <= rows; ++k)
        t += "<row><cell>Rk" + std::to_string(k) + "</cell><cell>" + std::to_string(k) +
             "</cell></row>";
    return t + "</table>";
}

} // namespace

BOOST_AUTO_TEST_CASE(paragraphs_keep_two_lines_on_either_side_of_a_page_break) {
    for (int lines : {2, 3, 4, 5, 7}) {
        int splits = 0;
        // The spacer moves the paragraph across the page end a point at a time.
        for (double above = 300; above <= 460; above += 2) {
            auto doc = lay_out(report(above, paragraph(lines)));
            auto parts = runs_per_page(doc, "Lk");
            int total = 0;
            for (int n : parts)
                total += n;
            BOOST_TEST(total == lines);
            if (parts.size() < 2) continue;
            ++splits;
            BOOST_TEST_INFO("a " << lines << "-line paragraph below " << above << " pt");
            BOOST_TEST(lines >= 4); // two and three lines never split
            for (int n : parts)
                BOOST_TEST(n >= 2);
        }
        // A paragraph of four lines or more does split where the page ends.
        if (lines >= 4) BOOST_TEST(splits > 0);
    }
}

BOOST_AUTO_TEST_CASE(tables_keep_three_rows_on_either_side_of_a_page_break_by_default) {
    for (int rows : {4, 5, 6, 9, 36}) {
        int splits = 0;
        for (double above = 150; above <= 460; above += 3) {
            auto parts = runs_per_page(lay_out(report(above, table(rows))), "Rk");
            if (parts.size() < 2) continue;
            ++splits;
            BOOST_TEST_INFO("a " << rows << "-row table below " << above << " pt");
            BOOST_TEST(rows >= 6); // fewer than twice three rows move whole
            BOOST_TEST(parts.front() >= 3);
            BOOST_TEST(parts.back() >= 3);
        }
        if (rows >= 6) BOOST_TEST(splits > 0);
    }
}

BOOST_AUTO_TEST_CASE(keep_rows_on_the_report_sets_the_rows_kept_on_either_side) {
    std::map<int, int> smallest; // keep-rows → the fewest rows seen on one side of a break
    for (int keep : {1, 2, 5}) {
        smallest[keep] = 1000;
        const std::string attrs = " keep-rows=\"" + std::to_string(keep) + "\"";
        for (double above = 150; above <= 460; above += 3) {
            auto parts = runs_per_page(lay_out(report(above, table(12), attrs)), "Rk");
            if (parts.size() < 2) continue;
            smallest[keep] = std::min({smallest[keep], parts.front(), parts.back()});
        }
        BOOST_TEST(smallest[keep] == keep); // never fewer, and exactly that many somewhere
    }
}

BOOST_AUTO_TEST_CASE(the_verdict_legend_is_never_split) {
    const std::string legend = "<verdict-legend happy=\"Vh met.\" monitor=\"Vm near.\" "
                               "unhappy=\"Vu missed.\"/>";
    for (double above = 300; above <= 460; above += 2) {
        auto doc = lay_out(report(above, legend));
        int pages_with_legend = 0;
        for (const auto& page : doc.pages) {
            bool any = false;
            for (const auto& run : items_of<display::TextRun>(page))
                any = any || run.text.rfind("V", 0) == 0;
            pages_with_legend += any ? 1 : 0;
        }
        BOOST_TEST(pages_with_legend == 1);
    }
}
