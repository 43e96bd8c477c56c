// Display list: path building (arcs as Béziers), the font table, and a dump that is stable.
#define BOOST_TEST_MODULE display
#include "display/display_list.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <numbers>

using namespace bp;
using namespace bp::display;

BOOST_AUTO_TEST_CASE(a_circle_is_four_beziers_on_the_circle) {
    Path p;
    p.circle({100, 50}, 10);
    BOOST_TEST(p.ops().size() == 6u); // move, 4 curves, close
    const auto& pts = p.points();
    BOOST_TEST(pts.size() == 13u);
    for (std::size_t i : {0u, 3u, 6u, 9u, 12u}) // the end points lie on the circle
        BOOST_TEST(std::hypot(pts[i].x - 100, pts[i].y - 50) == 10.0,
                   boost::test_tools::tolerance(1e-9));
    // The midpoint of the first arc is within 0.03% of the radius (the Bézier approximation).
    Point a = pts[0], c1 = pts[1], c2 = pts[2], b = pts[3];
    Point mid{(a.x + 3 * c1.x + 3 * c2.x + b.x) / 8, (a.y + 3 * c1.y + 3 * c2.y + b.y) / 8};
    BOOST_TEST(std::hypot(mid.x - 100, mid.y - 50) == 10.0, boost::test_tools::tolerance(3e-4));
}

BOOST_AUTO_TEST_CASE(an_arc_continues_an_open_path_with_a_line) {
    Path p;
    p.move_to({0, 0}).arc({10, 10}, 5, 0, std::numbers::pi / 2);
    BOOST_TEST((p.ops()[1] == Path::Op::Line));
    BOOST_TEST((p.ops()[2] == Path::Op::Curve));
    BOOST_TEST(p.points().back().x == 10.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(p.points().back().y == 15.0, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(fonts_are_registered_once) {
    Document doc;
    FontId a = doc.font_id({"A", "/f/a.ttf"});
    FontId b = doc.font_id({"B", "/f/b.ttf"});
    BOOST_TEST(doc.font_id({"A", "/f/a.ttf"}) == a);
    BOOST_TEST(a != b);
    BOOST_TEST(doc.fonts.size() == 2u);
}

BOOST_AUTO_TEST_CASE(the_dump_lists_every_item_with_rounded_numbers) {
    Document doc;
    doc.info.title = "T";
    doc.font_id({"LiberationSans", "/x.ttf"});
    Page page{Size{200, 100}, {}};
    page.items.push_back(TextRun{{10.004, 20.005}, 0, 9, Color{}, "Hi", 8.5});
    PathItem rect;
    rect.path.rect({1, 2, 3, 4});
    rect.fill = Color{1, 0, 0};
    page.items.push_back(rect);
    page.items.push_back(LinkArea{{0, 0, 5, 5}, "page-2", ""});
    page.items.push_back(Destination{"page-1", 0});
    page.items.push_back(StructBegin{StructKind::Figure, 0, "A face"});
    page.items.push_back(StructEnd{});
    doc.pages.push_back(page);
    doc.outline.push_back({"Top", "page-1", {{"Child", "page-1", {}}}});
    std::string expected = "title \"T\"\n"
                           "lang \n"
                           "font 0 LiberationSans\n"
                           "outline \"Top\" -> page-1\n"
                           "outline   \"Child\" -> page-1\n"
                           "page 1 200.00x100.00\n"
                           "  text 10.00,20.01 font=0 size=9.00 color=#000000 w=8.50 \"Hi\"\n"
                           "  path fill=#ff0000 M1.00,2.00 L4.00,2.00 L4.00,6.00 L1.00,6.00 Z\n"
                           "  link 0.00,0.00 5.00x5.00 dest=page-2\n"
                           "  dest page-1 y=0.00\n"
                           "  begin figure alt=\"A face\"\n"
                           "  end\n";
    BOOST_TEST(dump(doc) == expected);
}
