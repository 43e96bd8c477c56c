// Visual regression: each case in tests/visual/cases is laid out with the project's fonts,
// its first page rendered to PNG at 40 dpi and compared with tests/visual/ref/CASE.png. A pixel
// differs when a channel moves by more than 40 levels; a case fails when more than 0.2% of its
// pixels differ. Its text layer (every text run of the page: position, font, size, colour and
// string, from the display list dump) must equal tests/visual/ref/CASE.txt exactly, so a wrong
// digit fails even when few pixels move. BOARDPACK_UPDATE_REFS=1 rewrites the references
// (`make update-refs`).
#define BOOST_TEST_MODULE visual
#include "compute/figures.hpp"
#include "display/display_list.hpp"
#include "input/layout_reader.hpp"
#include "input/theme_reader.hpp"
#include "layout/layout_report.hpp"
#include "render/png/png_writer.hpp"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cairo.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

namespace fs = std::filesystem;
using namespace bp;

namespace {

const std::string kCases = std::string(BOARDPACK_SOURCE_DIR) + "/tests/visual/cases/";
const std::string kRefs = std::string(BOARDPACK_SOURCE_DIR) + "/tests/visual/ref/";

// A case's first page: its PNG at 40 dpi and its text runs, one dump line each.
struct Rendered {
    std::vector<unsigned char> png;
    std::string text;
};

Rendered render_case(const std::string& layout) {
    auto loaded = input::read_report(layout);
    model::Theme theme = input::read_theme(loaded.report.theme_path);
    compute::Figures figures(*loaded.data);
    text::FontBook fonts({BOARDPACK_FONT_DIR}, false);
    auto doc = layout::layout_report(loaded.report, theme, fonts, {}, &figures);
    Rendered out;
    out.png = render::png_bytes(doc, 0, render::PngOptions{40});
    std::istringstream dump(display::dump(doc));
    bool first_page = false;
    for (std::string line; std::getline(dump, line);) {
        if (line.rfind("page ", 0) == 0) first_page = line.rfind("page 1 ", 0) == 0;
        if (first_page && line.rfind("  text ", 0) == 0) out.text += line.substr(2) + "\n";
    }
    return out;
}

// A decoded PNG: width, height and 32-bit pixels.
struct Image {
    int w = 0, h = 0, stride = 0;
    std::vector<unsigned char> data;
};

Image decode(const std::vector<unsigned char>& png) {
    struct Reader {
        const std::vector<unsigned char>* bytes;
        std::size_t at = 0;
    } reader{&png};
    auto read = [](void* closure, unsigned char* out, unsigned int length) {
        auto* r = static_cast<Reader*>(closure);
        if (r->at + length > r->bytes->size()) return CAIRO_STATUS_READ_ERROR;
        std::memcpy(out, r->bytes->data() + r->at, length);
        r->at += length;
        return CAIRO_STATUS_SUCCESS;
    };
    cairo_surface_t* s = cairo_image_surface_create_from_png_stream(read, &reader);
    Image img;
    if (cairo_surface_status(s) == CAIRO_STATUS_SUCCESS) {
        cairo_surface_flush(s);
        img.w = cairo_image_surface_get_width(s);
        img.h = cairo_image_surface_get_height(s);
        img.stride = cairo_image_surface_get_stride(s);
        const unsigned char* d = cairo_image_surface_get_data(s);
        img.data.assign(d, d + static_cast<std::size_t>(img.stride) * img.h);
    }
    cairo_surface_destroy(s);
    return img;
}

// Pixels whose colour differs by more than `threshold` in any channel.
long differing_pixels(const Image& a, const Image& b, int threshold) {
    long n = 0;
    for (int y = 0; y < a.h; ++y)
        for (int x = 0; x < a.w; ++x)
            for (int c = 0; c < 4; ++c) {
                int d =
                    std::abs(a.data[y * a.stride + 4 * x + c] - b.data[y * b.stride + 4 * x + c]);
                if (d > threshold) {
                    ++n;
                    break;
                }
            }
    return n;
}

void write(const std::string& path, const std::vector<unsigned char>& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

std::vector<unsigned char> read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const char* const kCaseNames[] = {
    "faces",         "table",           "line-chart",       "sector-chart",
    "grouped-bars",  "reference-lines", "bars-off-zero",    "shared-scale",
    "category-bars", "hbar-references", "reference-labels", "spc-chart",
    "spc-table"};

} // namespace

BOOST_DATA_TEST_CASE(renders_like_its_reference, boost::unit_test::data::make(kCaseNames), name) {
    std::string case_name = name;
    Rendered rendered = render_case(kCases + case_name + ".xml");
    const auto& actual = rendered.png;
    std::string ref_path = kRefs + case_name + ".png";
    std::string text_path = kRefs + case_name + ".txt";
    const char* update = std::getenv("BOARDPACK_UPDATE_REFS");
    if (update && std::string(update) == "1") {
        write(ref_path, actual);
        std::ofstream(text_path, std::ios::binary) << rendered.text;
        BOOST_TEST_MESSAGE("updated " << ref_path << " and " << text_path);
        return;
    }
    // The text layer first: exact, line by line.
    BOOST_TEST_REQUIRE(fs::exists(text_path), "no reference " << text_path << ": make update-refs");
    std::ifstream text_in(text_path, std::ios::binary);
    std::string want_text{std::istreambuf_iterator<char>(text_in),
                          std::istreambuf_iterator<char>()};
    BOOST_TEST(!rendered.text.empty());
    std::istringstream got_lines(rendered.text), want_lines(want_text);
    std::string got_line, want_line;
    int line_number = 0;
    while (true) {
        const bool more_got = static_cast<bool>(std::getline(got_lines, got_line));
        const bool more_want = static_cast<bool>(std::getline(want_lines, want_line));
        if (!more_got && !more_want) break;
        ++line_number;
        if (!more_got) got_line = "(nothing)";
        if (!more_want) want_line = "(nothing)";
        BOOST_TEST(got_line == want_line, case_name << ".txt line " << line_number);
        if (got_line != want_line) break; // the first difference says it
    }
    BOOST_TEST_REQUIRE(fs::exists(ref_path), "no reference " << ref_path << ": make update-refs");
    Image got = decode(actual), want = decode(read(ref_path));
    BOOST_TEST_REQUIRE(want.w > 0);
    BOOST_TEST_REQUIRE(got.w == want.w);
    BOOST_TEST_REQUIRE(got.h == want.h);
    long differ = differing_pixels(got, want, 40);
    double share = static_cast<double>(differ) / (static_cast<double>(got.w) * got.h);
    if (share > 0.002) write(case_name + ".actual.png", actual); // beside the test, to look at
    BOOST_TEST(share <= 0.002, case_name << ": " << differ << " pixels differ (" << share * 100
                                         << "%); actual written to " << fs::current_path().string()
                                         << "/" << case_name << ".actual.png");
}
