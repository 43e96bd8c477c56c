// Display list: path building (arcs as Béziers), the font table, and a dump that is stable.
#define BOOST_TEST_MODULE display
#include "display/display_list.hpp"

#include <algorithm>
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <numbers>
#include <vector>

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

BOOST_AUTO_TEST_CASE(a_quarter_arc_is_one_bezier_with_the_standard_control_points) {
    Path p;
    p.arc({0, 0}, 10, 0, std::numbers::pi / 2);
    BOOST_TEST_REQUIRE(p.ops().size() == 2u);
    BOOST_TEST((p.ops()[0] == Path::Op::Move));
    BOOST_TEST((p.ops()[1] == Path::Op::Curve));
    const double k = 4.0 / 3.0 * std::tan(std::numbers::pi / 8) * 10; // 5.5228…
    const std::vector<Point> expected = {{10, 0}, {10, k}, {k, 10}, {0, 10}};
    BOOST_TEST_REQUIRE(p.points().size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        BOOST_TEST(p.points()[i].x == expected[i].x, boost::test_tools::tolerance(1e-12));
        BOOST_TEST(p.points()[i].y == expected[i].y, boost::test_tools::tolerance(1e-12));
    }
}

BOOST_AUTO_TEST_CASE(a_rect_is_a_move_three_lines_and_a_close_in_exactly_its_room) {
    Path p;
    p.rect({1, 2, 3, 4});
    const std::vector<Path::Op> ops = {Path::Op::Move, Path::Op::Line, Path::Op::Line,
                                       Path::Op::Line, Path::Op::Close};
    BOOST_TEST(std::ranges::equal(p.ops(), ops));
    const std::vector<Point> corners = {{1, 2}, {4, 2}, {4, 6}, {1, 6}};
    BOOST_TEST_REQUIRE(p.points().size() == corners.size());
    for (std::size_t i = 0; i < corners.size(); ++i) {
        BOOST_TEST(p.points()[i].x == corners[i].x);
        BOOST_TEST(p.points()[i].y == corners[i].y);
    }
}

BOOST_AUTO_TEST_CASE(circles_and_arcs_add_moves_and_curves) {
    Path circle;
    circle.circle({0, 0}, 5);
    BOOST_TEST(circle.ops().size() == 6u); // move, four curves, close
    BOOST_TEST(circle.points().size() == 13u);
    BOOST_TEST(circle.points().front().x == 5.0);
    Path half; // two quarter arcs: a move and two curves
    half.arc({0, 0}, 5, 0, std::numbers::pi);
    BOOST_TEST(half.ops().size() == 3u);
    BOOST_TEST(half.points().size() == 7u);
    BOOST_TEST(half.points().back().x == -5.0);
    // A circle on an open path closes it first: move, close, move, four curves, close.
    Path open;
    open.move_to({0, 0}).circle({0, 0}, 5);
    BOOST_TEST(open.ops().size() == 8u);
    BOOST_TEST((open.ops()[1] == Path::Op::Close));
    BOOST_TEST((open.ops()[2] == Path::Op::Move));
}

BOOST_AUTO_TEST_CASE(a_move_into_an_empty_path_makes_room_for_the_line_after_it) {
    Path p;
    p.move_to({0, 0});
    const Point* points = p.points().data();
    const Path::Op* ops = p.ops().data();
    p.line_to({1, 1});
    BOOST_TEST(p.points().data() == points); // not reallocated
    BOOST_TEST(p.ops().data() == ops);
}

BOOST_AUTO_TEST_CASE(appending_shapes_keeps_growth_amortised) {
    Path p;
    int reallocations = 0;
    for (int i = 0; i < 1000; ++i) {
        const Point* before = p.points().data();
        p.rect({double(i), 0, 1, 1});
        reallocations += p.points().data() != before;
    }
    BOOST_TEST(p.ops().size() == 5000u);
    BOOST_TEST(p.points().size() == 4000u);
    BOOST_TEST(reallocations <= 11); // 4, 8, 16, … 4096: capacity at least doubles each time
    // Room asked for is there: what follows a reserve does not move the path.
    Path full;
    full.rect({0, 0, 1, 1}).reserve(2, 2);
    const Point* points = full.points().data();
    const Path::Op* ops = full.ops().data();
    full.move_to({2, 2}).line_to({3, 3});
    BOOST_TEST(full.points().data() == points);
    BOOST_TEST(full.ops().data() == ops);
    BOOST_TEST(full.points().size() == 6u);
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

BOOST_AUTO_TEST_CASE(a_copied_path_is_its_own) {
    Path p;
    p.move_to({1, 2}).line_to({3, 4});
    Path copy = p;
    copy.line_to({5, 6});
    BOOST_TEST(p.ops().size() == 2u);
    BOOST_TEST(p.points().size() == 2u);
    BOOST_TEST(copy.ops().size() == 3u);
    BOOST_TEST(copy.points().back().x == 5.0);
    BOOST_TEST(copy.points().data() != p.points().data());
    p = Path{};
    BOOST_TEST(p.empty());
    BOOST_TEST(copy.points().front().y == 2.0);
    const Path empty;
    Path from_empty = empty;
    BOOST_TEST(from_empty.empty());
    BOOST_TEST(from_empty.points().empty());
}
