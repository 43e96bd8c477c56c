// StyleFonts: a face keeps the font id it got when first asked for, whatever style asks again,
// and a family that cannot be found is an error every time, at the style's position.
#include "core/error.hpp"
#include "layout/style_fonts.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;

BOOST_AUTO_TEST_CASE(a_face_asked_for_again_keeps_its_id_and_metrics) {
    text::FontBook book({BOARDPACK_FONT_DIR}, false);
    display::Document doc;
    layout::StyleFonts fonts(book, doc);
    model::TextStyle regular; // Liberation Sans
    model::TextStyle bold = regular;
    bold.bold = true;
    auto first = fonts.get(regular);
    auto first_bold = fonts.get(bold);
    auto italic = fonts.get(regular, false, true);
    auto bold_again = fonts.get(regular, true); // bold on top of a regular style
    auto bold_twice = fonts.get(bold, true);    // bold on top of a bold style: still bold
    auto again = fonts.get(regular);
    BOOST_TEST(first.id == 0);
    BOOST_TEST(first_bold.id == 1);
    BOOST_TEST(italic.id == 2);
    BOOST_TEST(bold_again.id == first_bold.id);
    BOOST_TEST(bold_again.metrics == first_bold.metrics);
    BOOST_TEST(bold_twice.id == first_bold.id);
    BOOST_TEST(again.id == first.id);
    BOOST_TEST(again.metrics == first.metrics);
    BOOST_TEST(doc.fonts.size() == 3u);
}

BOOST_AUTO_TEST_CASE(a_missing_family_is_an_error_each_time_at_the_style_position) {
    text::FontBook book({BOARDPACK_FONT_DIR}, false);
    display::Document doc;
    layout::StyleFonts fonts(book, doc);
    model::TextStyle style;
    style.family = "No Such Family";
    style.family_pos = SourcePos{"theme.ini", 4, 8};
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            fonts.get(style);
            BOOST_FAIL("no error");
        } catch (const InputError& e) {
            std::string msg = e.what();
            BOOST_TEST(msg.rfind("theme.ini:4:8: error:", 0) == 0, msg);
        }
    }
    BOOST_TEST(doc.fonts.empty());
}
