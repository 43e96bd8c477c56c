// The font check: a good font passes; damage of the kinds that crashed libharu is refused
// with words naming what is wrong.
#include "core/error.hpp"
#include "text/font_check.hpp"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

namespace {

std::string regular_font() {
    std::ifstream in(std::string(BOARDPACK_FONT_DIR) + "/LiberationSans-Regular.ttf",
                     std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// The offset of the table record of `tag` in the font's directory.
std::size_t record_of(const std::string& font, const std::string& tag) {
    const std::size_t count =
        (static_cast<unsigned char>(font[4]) << 8) | static_cast<unsigned char>(font[5]);
    for (std::size_t i = 0; i < count; ++i)
        if (font.compare(12 + 16 * i, 4, tag) == 0) return 12 + 16 * i;
    return 0;
}

std::string message_for(const std::string& font) {
    try {
        bp::text::check_font_tables(font, "f.ttf");
    } catch (const bp::InputError& e) {
        return e.message();
    }
    return "";
}

} // namespace

BOOST_AUTO_TEST_SUITE(font_check)

BOOST_AUTO_TEST_CASE(the_project_font_passes) {
    BOOST_TEST(message_for(regular_font()) == "");
}

BOOST_AUTO_TEST_CASE(a_table_outside_the_file_is_refused) {
    std::string font = regular_font();
    const std::size_t rec = record_of(font, "cmap");
    BOOST_TEST_REQUIRE(rec > 0u);
    font.replace(rec + 8, 4, "\x7f\xff\xff\xf0", 4);
    BOOST_TEST(message_for(font) == "cannot load font: the 'cmap' table lies outside the file");
}

BOOST_AUTO_TEST_CASE(a_cut_file_and_a_missing_table_are_refused) {
    const std::string font = regular_font();
    BOOST_TEST(message_for(font.substr(0, 8)) ==
               "cannot load font: the file is too short to be a font");
    BOOST_TEST(message_for(font.substr(0, font.size() / 2)).find("outside the file") !=
               std::string::npos);
    std::string renamed = font;
    renamed.replace(record_of(font, "loca"), 4, "xxxx");
    BOOST_TEST(message_for(renamed) == "cannot load font: the font has no 'loca' table");
}

BOOST_AUTO_TEST_SUITE_END()
