#define BOOST_TEST_MODULE render_agreement
#include "render/pdf/pdf_writer.hpp"
#include "render/png/png_writer.hpp"

#include "support.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>

namespace {

// Page `index` drawn by the PNG renderer and by poppler from the PDF renderer's output.
struct Renderings {
    bp::test::Pixels ours;
    bp::test::Pixels theirs;
};

Renderings render_both(const bp::display::Document& doc, std::size_t index, double dpi) {
    bp::test::TempFile pdf(".pdf");
    pdf.write(bp::render::pdf_bytes(doc));
    bp::test::Pixels ours(bp::render::png_bytes(doc, index, {dpi}));
    bp::test::TempFile out(".png");
    const auto page = std::to_string(index + 1);
    const auto out_root = out.path().string().substr(0, out.path().string().size() - 4);
    auto result =
        bp::test::run("pdftoppm -r " + std::to_string(dpi) + " -f " + page + " -l " + page +
                      " -singlefile -png -scale-to-x " + std::to_string(ours.width()) +
                      " -scale-to-y " + std::to_string(ours.height()) + " '" + pdf.path().string() +
                      "' '" + out_root + "' 2>/dev/null");
    BOOST_REQUIRE_EQUAL(result.status, 0);
    std::ifstream in(out.path(), std::ios::binary);
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), {});
    bp::test::Pixels theirs(bytes);
    BOOST_REQUIRE_EQUAL(theirs.width(), ours.width());
    BOOST_REQUIRE_EQUAL(theirs.height(), ours.height());
    return {ours, theirs};
}

// The rightmost pixel darker than mid-grey in rows [top, bottom), or -1.
int rightmost_ink(const bp::test::Pixels& p, int top, int bottom) {
    int right = -1;
    for (int y = top; y < bottom; ++y)
        for (int x = p.width() - 1; x > right; --x)
            if (p.lightness(x, y) < 128) right = x;
    return right;
}

} // namespace

BOOST_AUTO_TEST_CASE(png_preview_matches_the_rendered_pdf,
                     *boost::unit_test::precondition(bp::test::tool_available("pdftoppm"))) {
    auto [ours, theirs] = render_both(bp::test::sample_report(), 0, 100);
    double total = 0, far = 0;
    for (int y = 0; y < ours.height(); ++y)
        for (int x = 0; x < ours.width(); ++x) {
            const unsigned a = ours.pixel(x, y), b = theirs.pixel(x, y);
            for (int shift : {0, 8, 16}) {
                const int d = std::abs(static_cast<int>((a >> shift) & 0xff) -
                                       static_cast<int>((b >> shift) & 0xff));
                total += d;
                if (d > 64) far += 1;
            }
        }
    const double samples = 3.0 * ours.width() * ours.height();
    BOOST_TEST_MESSAGE("mean difference " << total / samples << "/255, " << 100 * far / samples
                                          << "% of samples differ by more than 64");
    BOOST_TEST(total / samples < 1.0); // antialiasing differences only
    BOOST_TEST(far / samples < 0.002); // no shape or glyph is out of place
}

// Forty lines of 9 pt text, both faces: each line ends on the same pixel column at 200 dpi,
// which holds only if both renderers advance glyphs by the same widths (a 0.2% difference
// moves the end of a line by 3 pixels). Glyph antialiasing itself differs between cairo and
// poppler, so pixels are not compared one by one.
BOOST_AUTO_TEST_CASE(text_lines_end_where_the_pdf_ends_them,
                     *boost::unit_test::precondition(bp::test::tool_available("pdftoppm"))) {
    const double dpi = 200, scale = dpi / 72;
    std::vector<bp::display::Item> items;
    std::vector<double> baselines;
    for (int line = 0; line < 40; ++line) {
        bp::display::TextRun run;
        run.origin = {30, 40.0 + 13 * line};
        run.size = 9;
        run.font = line % 2;
        run.text = "Overall, anti-social behaviour incidents fell by 6.9% (−1,240) to 16,706 in "
                   "the 12 months to June 2017 – the force’s lowest ≥ 2012.";
        items.push_back(run);
        baselines.push_back(run.origin.y);
    }
    auto [ours, theirs] = render_both(bp::test::one_page(items), 0, dpi);
    int worst = 0;
    for (double baseline : baselines) {
        const int top = static_cast<int>((baseline - 9) * scale);
        const int bottom = static_cast<int>((baseline + 3) * scale);
        const int a = rightmost_ink(ours, top, bottom), b = rightmost_ink(theirs, top, bottom);
        BOOST_REQUIRE(a > 0);
        worst = std::max(worst, std::abs(a - b));
    }
    BOOST_TEST_MESSAGE("largest difference in line ends: " << worst << " px at 200 dpi");
    BOOST_TEST(worst <= 1);
}
