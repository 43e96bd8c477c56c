// FontBook: finding faces by family and style in the project's fonts folder.
#include "text/font_book.hpp"

#include "core/error.hpp"
#include "text/font_file_names.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <string>

using bp::text::FontBook;
using bp::text::FontKey;

namespace {

std::string file_name(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}

FontBook project_fonts() {
    return FontBook({BOARDPACK_FONT_DIR}, false);
}

} // namespace

BOOST_AUTO_TEST_CASE(finds_all_four_liberation_sans_faces_without_fontconfig) {
    FontBook book = project_fonts();
    struct Case {
        bool bold, italic;
        const char* file;
        const char* name;
    };
    for (const Case& c :
         {Case{false, false, "LiberationSans-Regular.ttf", "LiberationSans"},
          Case{true, false, "LiberationSans-Bold.ttf", "LiberationSans-Bold"},
          Case{false, true, "LiberationSans-Italic.ttf", "LiberationSans-Italic"},
          Case{true, true, "LiberationSans-BoldItalic.ttf", "LiberationSans-BoldItalic"}}) {
        auto metrics = book.get(FontKey{"Liberation Sans", c.bold, c.italic});
        BOOST_TEST(file_name(metrics->path()) == c.file);
        BOOST_TEST(metrics->name() == c.name);
    }
}

BOOST_AUTO_TEST_CASE(caches_metrics_per_key_and_file) {
    FontBook book = project_fonts();
    auto first = book.get(FontKey{"Liberation Sans", true, false});
    BOOST_TEST(book.get(FontKey{"Liberation Sans", true, false}) == first);
    // Another spelling of the same family resolves to the same file, loaded once.
    BOOST_TEST(book.get(FontKey{"liberation sans", true, false}) == first);
}

BOOST_AUTO_TEST_CASE(bold_and_regular_metrics_differ) {
    FontBook book = project_fonts();
    auto regular = book.get(FontKey{"Liberation Sans", false, false});
    auto bold = book.get(FontKey{"Liberation Sans", true, false});
    BOOST_TEST(regular != bold);
    BOOST_TEST(bold->width("Board report", 10) > regular->width("Board report", 10));
    BOOST_TEST(bold->advance(U'b') > regular->advance(U'b'));
}

BOOST_AUTO_TEST_CASE(family_given_as_a_file_name) {
    FontBook book = project_fonts();
    auto regular = book.get(FontKey{"LiberationSans-Regular.ttf", false, false});
    BOOST_TEST(file_name(regular->path()) == "LiberationSans-Regular.ttf");
    // Styles are the files beside it, named from its stem without "-Regular".
    auto bold = book.get(FontKey{"LiberationSans-Regular.ttf", true, false});
    BOOST_TEST(file_name(bold->path()) == "LiberationSans-Bold.ttf");
    auto italic = book.get(FontKey{"LiberationSans-Regular.ttf", false, true});
    BOOST_TEST(file_name(italic->path()) == "LiberationSans-Italic.ttf");
    // An absolute path is used as it is.
    auto absolute = FontBook({}, false).get(
        FontKey{std::string(BOARDPACK_FONT_DIR) + "/LiberationSans-Bold.ttf"});
    BOOST_TEST(file_name(absolute->path()) == "LiberationSans-Bold.ttf");
}

BOOST_AUTO_TEST_CASE(unknown_family_throws_naming_family_style_and_folders) {
    FontBook book = project_fonts();
    bp::SourcePos where{"layout.xml", 12, 5};
    try {
        book.get(FontKey{"Nonexistent Grotesk", true, false}, where);
        BOOST_FAIL("an unknown family should throw");
    } catch (const bp::InputError& e) {
        const std::string message = e.message();
        BOOST_TEST(message.find("\"Nonexistent Grotesk\"") != std::string::npos);
        BOOST_TEST(message.find("bold") != std::string::npos);
        BOOST_TEST(message.find(BOARDPACK_FONT_DIR) != std::string::npos);
        BOOST_TEST(message.find("NonexistentGrotesk-Bold.ttf") != std::string::npos);
        BOOST_TEST(e.pos().to_string() == "layout.xml:12:5");
    }
}

BOOST_AUTO_TEST_CASE(an_empty_family_is_an_input_error) {
    FontBook book = project_fonts();
    BOOST_CHECK_THROW(book.get(FontKey{"", false, false}), bp::InputError);
}

BOOST_AUTO_TEST_CASE(fontconfig_never_substitutes_another_family) {
    // fontconfig would match some installed family for any name; that must not count.
    FontBook book({BOARDPACK_FONT_DIR}, true);
    BOOST_CHECK_THROW(book.get(FontKey{"Nonexistent Grotesk Zq", false, false}), bp::InputError);
}

BOOST_AUTO_TEST_CASE(file_names_for_styles) {
    auto names = bp::text::font_file_names(FontKey{"DejaVu Sans", true, true}).names;
    BOOST_TEST(names.front() == "DejaVuSans-BoldItalic.ttf");
    BOOST_TEST(
        (std::find(names.begin(), names.end(), "DejaVuSans-BoldOblique.ttf") != names.end()));
    auto regular = bp::text::font_file_names(FontKey{"DejaVu Sans", false, false}).names;
    BOOST_TEST((std::find(regular.begin(), regular.end(), "DejaVuSans.ttf") != regular.end()));
    auto file = bp::text::font_file_names(FontKey{"brand/Corporate.TTF", true, false});
    BOOST_TEST(file.folder == "brand");
    BOOST_TEST(file.names.front() == "Corporate-Bold.TTF");
}
