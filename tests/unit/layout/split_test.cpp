// Splitting over many pages: menus, tables and lists share their laid-out rows between the parts
// of a split, so each page must still show the next rows in order, each once, with the zebra
// bands and the first-row position carried over from the part before.
#include "core/error.hpp"
#include "layout_fixture.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cctype>

using namespace bp;
using namespace bp::testing;

namespace {
std::string report(const std::string& body, const std::string& more_sections = "") {
    return std::string("<report title=\"T\">") + kTemplate +
           "<section id=\"menu\" title=\"Menu\" template=\"t\">" + body + "</section>" +
           more_sections + "</report>";
}

// The number after `prefix` at the start of `text`, or -1.
int number_after(const std::string& text, const std::string& prefix) {
    if (text.rfind(prefix, 0) != 0 || text.size() == prefix.size()) return -1;
    for (std::size_t i = prefix.size(); i < text.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(text[i]))) return -1;
    return std::stoi(text.substr(prefix.size()));
}

// The vertical extent of a path.
std::pair<double, double> y_range(const display::Path& path) {
    double lo = 1e9, hi = -1e9;
    for (const auto& p : path.points()) {
        lo = std::min(lo, p.y);
        hi = std::max(hi, p.y);
    }
    return {lo, hi};
}
} // namespace

BOOST_AUTO_TEST_CASE(a_menu_over_several_pages_links_every_section_once_in_order) {
    std::string group;
    for (int i = 0; i < 150; ++i)
        group += "<section id=\"g" + std::to_string(i) + "\" title=\"Sector " + std::to_string(i) +
                 "\" template=\"t\" group=\"g\" new-page=\"no\"/>";
    auto doc = lay_out(report("<menu of=\"g\" columns=\"2\"/>", group));
    std::vector<int> linked;
    std::size_t pages_with_links = 0;
    for (const auto& page : doc.pages) {
        bool any = false;
        for (const auto& link : items_of<display::LinkArea>(page)) {
            int n = number_after(link.dest, "section-g");
            if (n < 0) continue;
            linked.push_back(n);
            any = true;
        }
        pages_with_links += any ? 1 : 0;
    }
    BOOST_TEST(pages_with_links >= 3u); // the menu really spans pages
    BOOST_REQUIRE(linked.size() == 150u);
    for (int i = 0; i < 150; ++i)
        BOOST_TEST(linked[static_cast<std::size_t>(i)] == i);
}

BOOST_AUTO_TEST_CASE(a_long_table_keeps_its_zebra_bands_and_row_order_across_pages) {
    std::string rows = "<row><cell>Area</cell><cell>Figure</cell></row>";
    for (int i = 0; i < 150; ++i)
        rows += "<row><cell>r" + std::to_string(i) + "</cell><cell>" + std::to_string(i * 3) +
                "</cell></row>";
    const Color zebra = model::Theme::defaults().color("zebra", Color{});
    // Space above the table moves the first page break by more than a row, so some page
    // starts with an odd row whatever the page height.
    for (int above : {0, 12, 24}) {
        auto doc = lay_out(report("<spacer height=\"" + std::to_string(above) +
                                  "\"/><table columns=\"3 1\">" + rows + "</table>"));
        BOOST_REQUIRE(doc.pages.size() >= 3u);
        int next = 0;
        for (const auto& page : doc.pages) {
            std::vector<std::pair<double, double>> bands;
            for (const auto& path : items_of<display::PathItem>(page))
                if (path.fill && *path.fill == zebra) bands.push_back(y_range(path.path));
            for (const auto& run : items_of<display::TextRun>(page)) {
                int n = number_after(run.text, "r");
                if (n < 0) continue;
                BOOST_TEST(n == next); // each row once, in order
                ++next;
                bool banded = std::any_of(bands.begin(), bands.end(), [&](const auto& b) {
                    return b.first < run.origin.y && run.origin.y < b.second;
                });
                BOOST_TEST(banded == (n % 2 == 1), "row r" << n << ", " << above << " pt above");
            }
        }
        BOOST_TEST(next == 150);
    }
}

BOOST_AUTO_TEST_CASE(a_long_list_shows_every_item_once_in_order_with_its_bullet) {
    std::string items;
    for (int i = 0; i < 200; ++i)
        items += "<item>item" + std::to_string(i) + "</item>";
    auto doc = lay_out(report("<list>" + items + "</list>"));
    BOOST_REQUIRE(doc.pages.size() >= 3u);
    int next = 0, bullets = 0;
    for (const auto& page : doc.pages)
        for (const auto& run : items_of<display::TextRun>(page)) {
            if (run.text == "\u2022") ++bullets;
            int n = number_after(run.text, "item");
            if (n < 0) continue;
            BOOST_TEST(n == next);
            ++next;
        }
    BOOST_TEST(next == 200);
    BOOST_TEST(bullets == 200);
}

BOOST_AUTO_TEST_CASE(the_rest_of_a_split_list_keeps_the_lists_space_after) {
    // Items over several pages and a paragraph after: the paragraph follows the last item with the
    // list's space after it, not directly below.
    std::string items;
    for (int i = 0; i < 60; ++i)
        items += "<item>item" + std::to_string(i) + "</item>";
    auto doc = lay_out(report("<list>" + items + "</list><p>after</p>"));
    BOOST_REQUIRE(doc.pages.size() >= 2u);
    double last_item = -1, after = -1;
    std::size_t last_item_page = 0, after_page = 1;
    for (std::size_t p = 0; p < doc.pages.size(); ++p)
        for (const auto& run : items_of<display::TextRun>(doc.pages[p])) {
            if (run.text == "item59") {
                last_item = run.origin.y;
                last_item_page = p;
            }
            if (run.text == "after") {
                after = run.origin.y;
                after_page = p;
            }
        }
    BOOST_REQUIRE(last_item > 0);
    BOOST_REQUIRE(after_page == last_item_page);
    const model::Theme theme = model::Theme::defaults();
    const model::TextStyle& body = theme.style("body");
    BOOST_TEST(after - last_item > body.size * body.leading + body.space_after - 1e-6);
}
