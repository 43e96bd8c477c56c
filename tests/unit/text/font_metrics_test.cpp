// FontMetrics against libharu, the PDF writer: the same widths and vertical metrics.
#include "text/font_metrics.hpp"

#include "core/error.hpp"
#include "test_fonts.hpp"

#include <boost/test/unit_test.hpp>
#include <hpdf.h>

#include <cstring>
#include <string>
#include <vector>

namespace tt = boost::test_tools;
using bp::text::FontMetrics;
using bp::text::test::font_file;
using bp::text::test::liberation;

namespace {

// Produces libharu's measurements of one TrueType file, loaded as the PDF writer loads it.
class Haru {
public:
    explicit Haru(const std::string& path) : pdf_(HPDF_New(nullptr, nullptr)) {
        HPDF_UseUTFEncodings(pdf_);
        HPDF_SetCurrentEncoder(pdf_, "UTF-8");
        const char* name = HPDF_LoadTTFontFromFile(pdf_, path.c_str(), HPDF_TRUE);
        BOOST_REQUIRE(name != nullptr);
        font_ = HPDF_GetFont(pdf_, name, "UTF-8");
        BOOST_REQUIRE(font_ != nullptr);
        page_ = HPDF_AddPage(pdf_);
    }
    Haru(const Haru&) = delete;
    Haru& operator=(const Haru&) = delete;
    ~Haru() { HPDF_Free(pdf_); }

    double page_width(const std::string& text, double size) {
        HPDF_Page_SetFontAndSize(page_, font_, static_cast<HPDF_REAL>(size));
        return HPDF_Page_TextWidth(page_, text.c_str());
    }
    // The sum of the glyph widths in 1/1000 em.
    unsigned units(const std::string& text) {
        return HPDF_Font_TextWidth(font_, reinterpret_cast<const HPDF_BYTE*>(text.data()),
                                   static_cast<HPDF_UINT>(text.size()))
            .width;
    }
    HPDF_Font font() const { return font_; }

private:
    HPDF_Doc pdf_;
    HPDF_Font font_ = nullptr;
    HPDF_Page page_ = nullptr;
};

const char* const styles[] = {"Regular", "Bold", "Italic", "BoldItalic"};

std::vector<std::string> sample_texts() {
    std::string printable;
    for (char c = ' '; c <= '~'; ++c)
        printable += c;
    std::string long_line;
    for (int i = 0; i < 12; ++i)
        long_line +=
            "Operating margin rose to 14.2% (plan: 12.5%) — £3.4m ahead of Q3’s forecast. ";
    return {
        "Revenue grew 12% year on year",
        "£ – ’ ≥ −",
        printable,
        "Ünïcödé café naïve façade Æsir œuvre ß ¼ € ™ © ° ± × ÷ …",
        "“Quoted” ‘single’ • bullet → arrow ≤ ≠ ∞",
        "missing glyphs: 一二三 ✓",
        long_line,
    };
}

} // namespace

BOOST_AUTO_TEST_CASE(widths_equal_libharu_text_width) {
    for (const char* style : styles) {
        const FontMetrics& metrics = liberation(style);
        Haru haru(font_file(style));
        for (const std::string& text : sample_texts()) {
            BOOST_TEST_CONTEXT(style << " \"" << text << "\"") {
                // At 1000 pt the width is the integer sum of 1/1000 em widths: exact.
                BOOST_TEST(metrics.width(text, 1000) == static_cast<double>(haru.units(text)));
                for (double size : {9.0, 10.5, 16.0}) {
                    // HPDF_Page_TextWidth computes in float (HPDF_REAL); we compute in double.
                    BOOST_TEST(metrics.width(text, size) == haru.page_width(text, size),
                               tt::tolerance(1e-6));
                }
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(known_widths_of_liberation_sans) {
    const FontMetrics& regular = liberation("Regular");
    // 'A' is 1366 of 2048 units: floor(1366000 / 2048) = 666.
    BOOST_TEST(regular.advance(U'A') == 666);
    BOOST_TEST(regular.width("AA", 9) == 2 * 666 * 9 / 1000.0);
    BOOST_TEST(regular.width("", 12) == 0.0);
}

BOOST_AUTO_TEST_CASE(vertical_metrics_equal_libharu_font_descriptor) {
    for (const char* style : styles) {
        const FontMetrics& metrics = liberation(style);
        Haru haru(font_file(style));
        BOOST_TEST_CONTEXT(style) {
            BOOST_TEST(metrics.ascent(1000) == HPDF_Font_GetAscent(haru.font()));
            BOOST_TEST(metrics.descent(1000) == -HPDF_Font_GetDescent(haru.font()));
            BOOST_TEST(metrics.cap_height(1000) == HPDF_Font_GetCapHeight(haru.font()));
            BOOST_TEST(metrics.ascent(10) == HPDF_Font_GetAscent(haru.font()) / 100.0);
        }
    }
}

BOOST_AUTO_TEST_CASE(missing_glyphs_measure_as_notdef_and_controls_as_zero) {
    const FontMetrics& regular = liberation("Regular");
    const int notdef = regular.advance(U'\u4E00');
    BOOST_TEST(notdef > 0);
    BOOST_TEST(!regular.has_glyph(U'\u4E00'));
    BOOST_TEST(regular.advance(U'\U0001F600') == notdef);
    BOOST_TEST(!regular.has_glyph(U'\U0001F600'));
    BOOST_TEST(regular.has_glyph(U'A'));
    BOOST_TEST(regular.has_glyph(U'\u2212'));
    BOOST_TEST(regular.advance(U'\t') == 0);
    BOOST_TEST(regular.advance(U'\x85') == 0);
    BOOST_TEST(regular.width("\t\n\r\x01\x7f", 10) == 0.0);
    BOOST_TEST(regular.width("A\tB", 10) == regular.width("AB", 10));
}

BOOST_AUTO_TEST_CASE(names_and_paths) {
    BOOST_TEST(liberation("Regular").name() == "LiberationSans");
    BOOST_TEST(liberation("Bold").name() == "LiberationSans-Bold");
    BOOST_TEST(liberation("BoldItalic").name() == "LiberationSans-BoldItalic");
    BOOST_TEST(liberation("Italic").path() == font_file("Italic"));
}

BOOST_AUTO_TEST_CASE(bad_files_throw_input_error_naming_the_path) {
    const std::string missing = std::string(BOARDPACK_FONT_DIR) + "/NoSuchFont.ttf";
    try {
        FontMetrics::load(missing);
        BOOST_FAIL("loading a missing file should throw");
    } catch (const bp::InputError& e) {
        BOOST_TEST(e.pos().file == missing);
        BOOST_TEST(std::string(e.what()).find("cannot load font") != std::string::npos);
    }
    const std::string not_a_font = std::string(BOARDPACK_FONT_DIR) + "/README.md";
    BOOST_CHECK_THROW(FontMetrics::load(not_a_font), bp::InputError);
    BOOST_CHECK_THROW(FontMetrics::load(BOARDPACK_FONT_DIR), bp::InputError);
}
