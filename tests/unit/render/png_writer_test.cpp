#define BOOST_TEST_MODULE render_png
#include "render/png/png_writer.hpp"

#include "core/error.hpp"
#include "support.hpp"

#include <boost/test/unit_test.hpp>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H

#include <cmath>

using bp::Color;
using bp::Rect;
using bp::render::png_bytes;
using bp::test::Pixels;

namespace {

constexpr unsigned red = 0xff0000, white = 0xffffff;

int px(double pt, double dpi) {
    return static_cast<int>(std::floor(pt * dpi / 72.0));
}

// Width of `text` in Liberation Sans Regular at `size` as layout measures it: FreeType
// advances floored to 1/1000 em; plus the face's ascent and descent at that size.
struct Measured {
    double width = 0, ascent = 0, descent = 0;
};
Measured measure(const std::string& text, double size) {
    FT_Library lib = nullptr;
    FT_Face face = nullptr;
    BOOST_REQUIRE(FT_Init_FreeType(&lib) == 0);
    BOOST_REQUIRE(FT_New_Face(lib, bp::test::liberation().path.c_str(), 0, &face) == 0);
    Measured m;
    for (unsigned char c : text) { // ASCII only here
        FT_Fixed adv = 0;
        FT_Get_Advance(face, FT_Get_Char_Index(face, c), FT_LOAD_NO_SCALE, &adv);
        m.width += static_cast<double>(adv * 1000 / face->units_per_EM) * size / 1000;
    }
    m.ascent = face->ascender * size / face->units_per_EM;
    m.descent = -face->descender * size / face->units_per_EM;
    FT_Done_Face(face);
    FT_Done_FreeType(lib);
    return m;
}

bool all_white(const Pixels& p) {
    for (int y = 0; y < p.height(); ++y)
        for (int x = 0; x < p.width(); ++x)
            if (p.pixel(x, y) != white) return false;
    return true;
}

} // namespace

BOOST_AUTO_TEST_CASE(image_size_is_page_size_times_dpi_over_72) {
    auto doc = bp::test::sample_report();
    for (double dpi : {72.0, 96.0, 144.0, 30.0}) {
        Pixels p(png_bytes(doc, 0, {dpi}));
        BOOST_TEST(p.width() == std::lround(bp::test::sample_width * dpi / 72), "dpi " << dpi);
        BOOST_TEST(p.height() == std::lround(bp::test::sample_height * dpi / 72), "dpi " << dpi);
    }
    BOOST_TEST(Pixels(png_bytes(doc, 0)).width() == 1123); // default 96 dpi
}

BOOST_AUTO_TEST_CASE(red_box_is_red_inside_and_white_outside_at_72_and_144_dpi) {
    auto doc = bp::test::sample_report();
    const Rect box = bp::test::red_box;
    for (double dpi : {72.0, 144.0}) {
        Pixels p(png_bytes(doc, 0, {dpi}));
        BOOST_TEST(p.pixel(px(box.x + box.w / 2, dpi), px(box.y + box.h / 2, dpi)) == red);
        BOOST_TEST(p.pixel(px(box.x + 1, dpi), px(box.y + 1, dpi)) == red);
        BOOST_TEST(p.pixel(px(box.right() - 1, dpi), px(box.bottom() - 1, dpi)) == red);
        BOOST_TEST(p.pixel(px(box.x - 2, dpi), px(box.y + 50, dpi)) == white);
        BOOST_TEST(p.pixel(px(box.right() + 2, dpi), px(box.y + 50, dpi)) == white);
        BOOST_TEST(p.pixel(px(box.x + 50, dpi), px(box.bottom() + 2, dpi)) == white);
    }
}

BOOST_AUTO_TEST_CASE(text_is_drawn_inside_the_box_layout_measured) {
    const std::string text = "Anti-social behaviour falls";
    const double size = 20, x0 = 100, baseline = 100, dpi = 144;
    bp::display::TextRun run;
    run.origin = {x0, baseline};
    run.size = size;
    run.text = text;
    Pixels p(png_bytes(bp::test::one_page({run}), 0, {dpi}));
    const auto m = measure(text, size);
    BOOST_TEST_MESSAGE("measured width " << m.width << " pt");
    int left = p.width(), right = -1, top = p.height(), bottom = -1;
    for (int y = 0; y < p.height(); ++y)
        for (int x = 0; x < p.width(); ++x)
            if (p.lightness(x, y) < 128) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
    const double s = dpi / 72;
    BOOST_REQUIRE(right >= 0); // something dark was drawn
    BOOST_TEST(left >= px(x0, dpi));
    BOOST_TEST(left <= px(x0 + 0.1 * size, dpi)); // 'A' starts at the origin
    BOOST_TEST(right <= px(x0 + m.width, dpi));
    // The last glyph ends at its advance less the 'r' and 's' side bearings (< 0.1 em).
    BOOST_TEST(right >= px(x0 + m.width - 0.1 * size, dpi));
    BOOST_TEST(top >= px(baseline - m.ascent, dpi));
    BOOST_TEST(bottom <= px(baseline + m.descent, dpi));
    BOOST_TEST(bottom >= static_cast<int>(baseline * s) - 1); // letters sit on the baseline
}

BOOST_AUTO_TEST_CASE(text_has_its_colour) {
    bp::display::TextRun run;
    run.origin = {100, 100};
    run.size = 40;
    run.text = "I";
    run.color = Color{0, 0, 1};
    Pixels p(png_bytes(bp::test::one_page({run}), 0, {72}));
    // The stem of a 40 pt 'I' (Liberation: x from 0.094 to 0.185 em) is solid blue.
    BOOST_TEST(p.pixel(px(100 + 0.14 * 40, 72), px(100 - 10, 72)) == 0x0000ffu);
}

BOOST_AUTO_TEST_CASE(fill_then_stroke_dashes_and_caps) {
    bp::display::PathItem box;
    box.path.rect({100, 100, 100, 100});
    box.fill = Color{0, 1, 0};
    box.stroke = bp::display::Stroke{{0, 0, 1}, 10, {}};
    bp::display::PathItem dashed;
    dashed.path.move_to({100, 300}).line_to({300, 300});
    dashed.stroke = bp::display::Stroke{{0, 0, 0}, 4, {10.2, 9.8}};
    bp::display::PathItem capped; // square caps reach half the width past the end
    capped.path.move_to({100, 400}).line_to({200, 400});
    capped.stroke = bp::display::Stroke{{0, 0, 0}, 10, {}, bp::display::Stroke::Cap::Square};
    Pixels p(png_bytes(bp::test::one_page({box, dashed, capped}), 0, {72}));
    BOOST_TEST(p.pixel(150, 150) == 0x00ff00u); // fill
    BOOST_TEST(p.pixel(150, 102) == 0x0000ffu); // stroke over the fill's edge
    BOOST_TEST(p.pixel(150, 97) == 0x0000ffu);  // and outside it
    BOOST_TEST(p.pixel(105, 300) == 0x000000u); // dash on [100, 110)
    BOOST_TEST(p.pixel(115, 300) == white);     // gap [110, 120)
    BOOST_TEST(p.pixel(125, 300) == 0x000000u);
    BOOST_TEST(p.pixel(203, 400) == 0x000000u); // square cap
    BOOST_TEST(p.pixel(207, 400) == white);
}

BOOST_AUTO_TEST_CASE(links_destinations_and_structure_draw_nothing) {
    auto doc = bp::test::one_page({bp::display::LinkArea{{10, 10, 100, 100}, "x", ""},
                                   bp::display::Destination{"x", 0}, bp::display::StructBegin{},
                                   bp::display::StructEnd{}});
    BOOST_TEST(all_white(Pixels(png_bytes(doc, 0, {36}))));
}

BOOST_AUTO_TEST_CASE(image_is_stretched_into_its_box) {
    bp::test::TempFile png(".png");
    cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 3, 1);
    cairo_t* cr = cairo_create(s);
    cairo_set_source_rgb(cr, 0, 0, 1);
    cairo_paint(cr);
    cairo_destroy(cr);
    BOOST_REQUIRE(cairo_surface_write_to_png(s, png.path().c_str()) == CAIRO_STATUS_SUCCESS);
    cairo_surface_destroy(s);
    auto doc =
        bp::test::one_page({bp::display::ImageItem{{300, 300, 90, 60}, png.path().string()}});
    Pixels p(png_bytes(doc, 0, {72}));
    BOOST_TEST(p.pixel(345, 330) == 0x0000ffu);
    BOOST_TEST(p.pixel(303, 357) == 0x0000ffu);
    BOOST_TEST(p.pixel(295, 330) == white);
    BOOST_TEST(p.pixel(345, 365) == white);
}

BOOST_AUTO_TEST_CASE(same_page_gives_identical_png_bytes) {
    auto doc = bp::test::sample_report();
    BOOST_TEST((png_bytes(doc, 0) == png_bytes(doc, 0)));
    BOOST_TEST((png_bytes(doc, 0) != png_bytes(doc, 1)));
}

BOOST_AUTO_TEST_CASE(svg_has_the_page_size_in_points) {
    auto bytes = bp::render::svg_bytes(bp::test::sample_report(), 0);
    std::string svg(bytes.begin(), bytes.end());
    BOOST_TEST(svg.rfind("<?xml", 0) == 0u);
    BOOST_TEST(svg.find("width=\"841.89pt\" height=\"595.28pt\"") != std::string::npos);
    BOOST_TEST(svg.find("rgb(100%,0%,0%)") != std::string::npos); // the red box
    BOOST_TEST(svg.find("</svg>") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_requests_are_output_errors) {
    auto doc = bp::test::sample_report();
    BOOST_CHECK_THROW(png_bytes(doc, 3), bp::OutputError);
    BOOST_CHECK_THROW(bp::render::svg_bytes(doc, 7), bp::OutputError);
    BOOST_CHECK_THROW(png_bytes(doc, 0, {0}), bp::OutputError);
    BOOST_CHECK_THROW(png_bytes(doc, 0, {5000}), bp::OutputError); // beyond 32767 pixels
    auto missing = doc;
    missing.fonts[0].path = "/nonexistent/NoSuchFont.ttf";
    BOOST_CHECK_EXCEPTION(png_bytes(missing, 0), bp::OutputError, [](const bp::OutputError& e) {
        return std::string(e.what()).find("/nonexistent/NoSuchFont.ttf") != std::string::npos;
    });
    auto not_a_font = doc;
    not_a_font.fonts[0].path = std::string(BOARDPACK_FONT_DIR) + "/README.md";
    BOOST_CHECK_THROW(png_bytes(not_a_font, 0), bp::OutputError);
    auto image = bp::test::one_page({bp::display::ImageItem{{0, 0, 10, 10}, "/nonexistent/a.png"}});
    BOOST_CHECK_THROW(png_bytes(image, 0), bp::OutputError);
    auto bad_font_id = bp::test::one_page({bp::display::TextRun{{10, 10}, 9, 10, {}, "x", 0}});
    BOOST_CHECK_THROW(png_bytes(bad_font_id, 0), bp::OutputError);
}
