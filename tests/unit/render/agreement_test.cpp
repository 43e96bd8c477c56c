#define BOOST_TEST_MODULE render_agreement
#include "render/pdf/pdf_writer.hpp"
#include "render/png/png_writer.hpp"

#include "support.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>

// The PNG renderer and poppler's rendering of the PDF renderer's output show the same page.
BOOST_AUTO_TEST_CASE(png_preview_matches_the_rendered_pdf) {
    if (!bp::test::have_tool("pdftoppm")) {
        BOOST_TEST_MESSAGE("skipped: pdftoppm is not installed");
        return;
    }
    const double dpi = 100;
    auto doc = bp::test::sample_report();
    bp::test::TempFile pdf(".pdf");
    pdf.write(bp::render::pdf_bytes(doc));
    bp::test::Pixels ours(bp::render::png_bytes(doc, 0, {dpi}));

    bp::test::TempFile out(".png");
    auto result = bp::test::run("pdftoppm -r 100 -f 1 -l 1 -singlefile -png -scale-to-x " +
                                std::to_string(ours.width()) + " -scale-to-y " +
                                std::to_string(ours.height()) + " '" + pdf.path().string() +
                                "' '" + out.path().string().substr(0, out.path().string().size() - 4) +
                                "' 2>/dev/null");
    BOOST_REQUIRE_EQUAL(result.status, 0);
    std::ifstream in(out.path(), std::ios::binary);
    std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), {});
    bp::test::Pixels theirs(bytes);
    BOOST_REQUIRE_EQUAL(theirs.width(), ours.width());
    BOOST_REQUIRE_EQUAL(theirs.height(), ours.height());

    double total = 0;
    double far = 0;
    for (int y = 0; y < ours.height(); ++y)
        for (int x = 0; x < ours.width(); ++x) {
            const unsigned a = ours.pixel(x, y), b = theirs.pixel(x, y);
            for (int shift : {0, 8, 16}) {
                const int d = std::abs(static_cast<int>((a >> shift) & 0xff) -
                                       static_cast<int>((b >> shift) & 0xff));
                total += d;
                if (d > 64) ++far;
            }
        }
    const double samples = 3.0 * ours.width() * ours.height();
    BOOST_TEST_MESSAGE("mean difference " << total / samples << "/255, " << 100.0 * far / samples
                                          << "% of samples differ by more than 64");
    BOOST_TEST(total / samples < 1.0);  // antialiasing differences only
    BOOST_TEST(far / samples < 0.005);  // no shape or glyph is out of place
}
