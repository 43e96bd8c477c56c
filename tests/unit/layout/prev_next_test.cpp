// @prev and @next, as footer buttons and as inline links, on the first, middle and last pages:
// each goes to the page before or after, and is left out where there is none.
#include "layout_fixture.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;
using namespace bp::testing;

namespace {
display::Document three_pages() {
    std::string xml = R"(<report title="T"><template id="t" margin="30">
        <header height="30"><text>{section.title}</text></header>
        <footer height="24"><button to="@prev">Previous Page</button>
          <button to="@next" align="right">Next Page</button></footer></template>)";
    for (int i = 1; i <= 3; ++i)
        xml += "<section id=\"s" + std::to_string(i) + "\" title=\"S" + std::to_string(i) +
               "\" template=\"t\"><p>Go <a to=\"@prev\">back</a> or <a to=\"@next\">on</a>."
               "</p></section>";
    return lay_out(xml + "</report>");
}

int links_to(const display::Page& page, const std::string& dest) {
    int n = 0;
    for (const auto& link : items_of<display::LinkArea>(page))
        n += link.dest == dest;
    return n;
}
} // namespace

BOOST_AUTO_TEST_CASE(prev_and_next_go_to_the_neighbouring_pages_and_vanish_at_the_ends) {
    auto doc = three_pages();
    BOOST_TEST_REQUIRE(doc.pages.size() == 3u);
    for (int p = 0; p < 3; ++p) {
        const auto& page = doc.pages[p];
        const auto links = items_of<display::LinkArea>(page);
        // Button and inline link each: two to the page before (none on the first page), two
        // to the page after (none on the last), nothing else.
        const int before = p > 0 ? 2 : 0, after = p < 2 ? 2 : 0;
        BOOST_TEST(links_to(page, "page-" + std::to_string(p)) == before, "page " << p + 1);
        BOOST_TEST(links_to(page, "page-" + std::to_string(p + 2)) == after, "page " << p + 1);
        BOOST_TEST(links.size() == static_cast<std::size_t>(before + after), "page " << p + 1);
        for (const auto& link : links) {
            BOOST_TEST(link.dest.find('@') == std::string::npos);
            BOOST_TEST(page_of_dest(doc, link.dest) >= 0, link.dest);
        }
        const std::string text = page_text(page);
        BOOST_TEST((text.find("Previous Page") != std::string::npos) == (p > 0));
        BOOST_TEST((text.find("Next Page") != std::string::npos) == (p < 2));
        // The inline words stay as text where their link is dropped.
        BOOST_TEST(text.find("back") != std::string::npos);
        BOOST_TEST(text.find("on") != std::string::npos);
    }
}
