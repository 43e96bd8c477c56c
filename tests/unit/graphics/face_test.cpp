#include "graphics/face.hpp"

#include "support.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace bp;
using namespace bp::graphics;

BOOST_AUTO_TEST_SUITE(faces)

namespace {

std::vector<display::Item> face_items(Face f, Point c = {100, 200}, double d = 13) {
    std::vector<display::Item> out;
    draw_face(out, f, c, d, {}, "alt of face " + std::to_string(static_cast<int>(f)));
    return out;
}

// The mouth: the lowest stroked-only path (brows are stroked too, but above the eyes).
display::Path mouth_of(const std::vector<display::Item>& items) {
    const display::PathItem* best = nullptr;
    double best_y = -INFINITY;
    for (const auto& item : items)
        if (const auto* p = std::get_if<display::PathItem>(&item); p && p->stroke && !p->fill) {
            double y = p->path.points().front().y;
            if (y > best_y) best_y = y, best = p;
        }
    BOOST_REQUIRE(best != nullptr);
    return best->path;
}

} // namespace

BOOST_AUTO_TEST_CASE(faces_are_figures_with_alt_text) {
    for (Face f : {Face::Happy, Face::Monitoring, Face::Unhappy}) {
        auto items = face_items(f);
        const auto* begin = std::get_if<display::StructBegin>(&items.front());
        BOOST_REQUIRE(begin != nullptr);
        BOOST_TEST((begin->kind == display::StructKind::Figure));
        // The alt text is the caller's (the report's words), never the engine's.
        BOOST_TEST(begin->alt == "alt of face " + std::to_string(static_cast<int>(f)));
        BOOST_TEST(std::holds_alternative<display::StructEnd>(items.back()));
    }
}

BOOST_AUTO_TEST_CASE(happy_mouth_curves_down_between_its_ends) {
    auto m = mouth_of(face_items(Face::Happy));
    BOOST_TEST_REQUIRE(m.ops().size() == 2u);
    BOOST_TEST((m.ops()[1] == display::Path::Op::Curve));
    const auto& p = m.points(); // start, c1, c2, end
    BOOST_TEST(p[0].y == p[3].y);
    BOOST_TEST(p[1].y > p[0].y + 1); // control points below the ends (page y grows down): a smile
    BOOST_TEST(p[2].y > p[3].y + 1);
}

BOOST_AUTO_TEST_CASE(monitoring_mouth_is_flat) {
    auto m = mouth_of(face_items(Face::Monitoring));
    for (const auto& p : m.points())
        BOOST_TEST(p.y == m.points().front().y);
    BOOST_TEST(m.points().back().x - m.points().front().x > 4); // a visible line at 13 pt
}

BOOST_AUTO_TEST_CASE(unhappy_mouth_curves_up_between_its_ends) {
    auto m = mouth_of(face_items(Face::Unhappy));
    const auto& p = m.points();
    BOOST_TEST_REQUIRE(p.size() == 4u);
    BOOST_TEST(p[1].y < p[0].y - 1); // control points above the ends: a frown
    BOOST_TEST(p[2].y < p[3].y - 1);
}

BOOST_AUTO_TEST_CASE(faces_differ_in_shape_not_only_colour) {
    // With every fill the same, the three faces still produce different paths.
    FaceStyle grey;
    grey.happy = grey.monitoring = grey.unhappy = rgb(0x888888);
    std::vector<std::string> dumps;
    for (Face f : {Face::Happy, Face::Monitoring, Face::Unhappy}) {
        display::Document doc;
        doc.pages.push_back(display::Page{{200, 200}, {}});
        draw_face(doc.pages[0].items, f, {100, 100}, 20, grey, "face");
        dumps.push_back(display::dump(doc));
    }
    BOOST_TEST(dumps[0] != dumps[1]);
    BOOST_TEST(dumps[1] != dumps[2]);
    BOOST_TEST(dumps[0] != dumps[2]);
}

BOOST_AUTO_TEST_CASE(face_fits_its_diameter_and_uses_its_colour) {
    const Point c{50, 60};
    for (double d : {13.0, 100.0})
        for (Face f : {Face::Happy, Face::Monitoring, Face::Unhappy}) {
            auto items = face_items(f, c, d);
            Rect box{c.x - d / 2, c.y - d / 2, d, d};
            for (const auto& p : test::paths(items))
                BOOST_TEST(test::contains(box, test::path_bounds(p)));
            auto head = test::paths(items).front();
            BOOST_TEST((head.fill == face_fill(f, FaceStyle{})));
        }
    FaceStyle s;
    BOOST_TEST((face_fill(Face::Happy, s) == s.happy));
    BOOST_TEST((face_fill(Face::Monitoring, s) == s.monitoring));
    BOOST_TEST((face_fill(Face::Unhappy, s) == s.unhappy));
}

BOOST_AUTO_TEST_CASE(only_the_unhappy_face_has_brows) {
    auto stroked = [](Face f) {
        int k = 0;
        for (const auto& p : test::paths(face_items(f)))
            k += p.stroke && !p.fill;
        return k;
    };
    BOOST_TEST(stroked(Face::Happy) == 1);
    BOOST_TEST(stroked(Face::Monitoring) == 1);
    BOOST_TEST(stroked(Face::Unhappy) == 3);
}

BOOST_AUTO_TEST_SUITE_END()
