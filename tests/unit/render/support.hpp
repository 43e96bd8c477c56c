// Helpers for the renderer tests: a small hand-built report, temporary files, running the
// PDF tools, and decoding PNG bytes back into pixels.
#pragma once

#include <boost/test/unit_test.hpp>

#include "display/display_list.hpp"

#include <cairo.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace bp::test {

// The project's Liberation Sans face `style` ("Regular", "Bold", ...).
display::FontFace liberation(const std::string& style = "Regular");

// Where the sample report puts things (points, origin top-left).
constexpr Rect red_box{100, 100, 200, 100};
constexpr Rect link_box{600, 500, 120, 30};
constexpr double sample_width = 841.89; // A4 landscape
constexpr double sample_height = 595.28;
inline const std::string special_text = "£ – ’ ≥ −";

// A three-page report: page 1 has a heading, the special characters, a red box, a dashed
// rule, a verdict face, a link to destination "asb" on page 3 and a URI link; pages 2 and 3
// have text and destinations; an outline, page labels (i, 1, 2) and document info.
display::Document sample_report();

// A one-page document holding only `items`, fonts Regular (id 0) and Bold (id 1).
display::Document one_page(std::vector<display::Item> items);

// A file in the temporary folder, removed when this goes out of scope.
class TempFile {
public:
    explicit TempFile(const std::string& suffix);
    ~TempFile();
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const std::filesystem::path& path() const { return path_; }
    void write(const std::vector<unsigned char>& bytes) const;

private:
    std::filesystem::path path_;
};

// What a command printed on stdout and its exit status.
struct CommandResult {
    int status = -1;
    std::string out;
};
CommandResult run(const std::string& command);
bool have_tool(const std::string& name);

// A precondition for tests that need a command-line tool: without it the test is reported as
// skipped (not passed), with the reason.
struct tool_available {
    std::string name;
    explicit tool_available(std::string tool) : name(std::move(tool)) {}
    boost::test_tools::assertion_result operator()(boost::unit_test::test_unit_id) const;
};

// PNG bytes decoded by cairo; pixel() is 0xRRGGBB.
class Pixels {
public:
    explicit Pixels(const std::vector<unsigned char>& png);
    int width() const;
    int height() const;
    unsigned pixel(int x, int y) const;
    // Darkest channel value (0–255) at (x, y): 255 for white, 0 for black.
    int lightness(int x, int y) const;

private:
    std::shared_ptr<cairo_surface_t> surface_;
};

} // namespace bp::test
