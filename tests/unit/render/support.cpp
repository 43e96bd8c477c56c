#include "support.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace bp::test {

display::FontFace liberation(const std::string& style) {
    return {"LiberationSans-" + style,
            std::string(BOARDPACK_FONT_DIR) + "/LiberationSans-" + style + ".ttf"};
}

namespace {

display::TextRun text(Point origin, display::FontId font, double size, std::string s,
                      Color color = {}) {
    display::TextRun run;
    run.origin = origin;
    run.font = font;
    run.size = size;
    run.color = color;
    run.text = std::move(s);
    return run;
}

} // namespace

display::Document one_page(std::vector<display::Item> items) {
    display::Document doc;
    doc.font_id(liberation("Regular"));
    doc.font_id(liberation("Bold"));
    doc.pages.push_back({{sample_width, sample_height}, std::move(items)});
    return doc;
}

display::Document sample_report() {
    display::Document doc;
    const auto regular = doc.font_id(liberation("Regular"));
    const auto bold = doc.font_id(liberation("Bold"));
    doc.info.title = "Performance Report – Quarter 1";
    doc.info.author = "Office of the Police and Crime Commissioner";
    doc.info.subject = "Board performance pack";
    doc.info.keywords = "performance, crime, ASB";
    doc.info.language = "en-GB";
    doc.info.creator = "boardpack test";
    const Color navy{0.1, 0.15, 0.4};

    display::Page p1{{sample_width, sample_height}, {}};
    p1.items.push_back(display::Destination{"menu", 0});
    p1.items.push_back(display::StructBegin{display::StructKind::Heading, 1, ""});
    p1.items.push_back(text({40, 60}, bold, 24, "Main Menu", navy));
    p1.items.push_back(display::StructEnd{});
    p1.items.push_back(text({40, 90}, regular, 12, special_text));
    display::PathItem red;
    red.path.rect(red_box);
    red.fill = Color{1, 0, 0};
    p1.items.push_back(red);
    display::PathItem rule;
    rule.path.move_to({40, 250}).line_to({800, 250});
    rule.stroke = display::Stroke{{0.5, 0.5, 0.5}, 2, {2.6, 1.4}};
    p1.items.push_back(rule);
    display::PathItem face; // a verdict face: filled circle, outlined
    face.path.circle({500, 150}, 40);
    face.fill = Color{0.2, 0.7, 0.3};
    face.stroke = display::Stroke{
        {0, 0, 0}, 1.5, {}, display::Stroke::Cap::Round, display::Stroke::Join::Round};
    p1.items.push_back(face);
    display::PathItem button;
    button.path.rect(link_box);
    button.fill = navy;
    p1.items.push_back(button);
    p1.items.push_back(
        text({link_box.x + 10, link_box.y + 20}, bold, 12, "Go to ASB", Color{1, 1, 1}));
    p1.items.push_back(display::LinkArea{link_box, "asb", ""});
    p1.items.push_back(
        display::LinkArea{{40, 520, 200, 20}, "", "https://www.example.org/pcc?q=1&r=2"});
    doc.pages.push_back(std::move(p1));

    display::Page p2{{sample_width, sample_height}, {}};
    p2.items.push_back(display::Destination{"objectives", 0});
    p2.items.push_back(text({40, 60}, bold, 24, "Objectives", navy));
    doc.pages.push_back(std::move(p2));

    display::Page p3{{sample_width, sample_height}, {}};
    p3.items.push_back(text({40, 60}, bold, 24, "Tackle anti-social behaviour", navy));
    p3.items.push_back(display::Destination{"asb", 200});
    p3.items.push_back(text({40, 220}, regular, 12, "Incidents continue to fall."));
    p3.items.push_back(display::LinkArea{{40, 540, 100, 20}, "menu", ""});
    doc.pages.push_back(std::move(p3));

    doc.outline = {{"Main Menu", "menu", {}},
                   {"Objectives", "objectives", {{"Anti-social behaviour – ’", "asb", {}}}}};
    doc.page_labels = {{0, display::PageLabelRange::Style::LowerRoman, "", 1},
                       {1, display::PageLabelRange::Style::Decimal, "", 1}};
    return doc;
}

TempFile::TempFile(const std::string& suffix) {
    static std::atomic<int> counter{0};
    path_ =
        std::filesystem::temp_directory_path() /
        ("bp-render-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + suffix);
}

TempFile::~TempFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
}

void TempFile::write(const std::vector<unsigned char>& bytes) const {
    std::ofstream out(path_, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + path_.string());
}

CommandResult run(const std::string& command) {
    CommandResult result;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return result;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.out.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

bool have_tool(const std::string& name) {
    return run("command -v " + name + " >/dev/null 2>&1").status == 0;
}

boost::test_tools::assertion_result
tool_available::operator()(boost::unit_test::test_unit_id) const {
    boost::test_tools::assertion_result result(have_tool(name));
    if (!result) result.message() << "skipped: " << name << " is not installed";
    return result;
}

namespace {

struct Reader {
    const std::vector<unsigned char>& bytes;
    std::size_t pos = 0;
};

cairo_status_t read_png(void* closure, unsigned char* data, unsigned int length) {
    auto* r = static_cast<Reader*>(closure);
    if (r->bytes.size() - r->pos < length) return CAIRO_STATUS_READ_ERROR;
    std::copy_n(r->bytes.begin() + static_cast<std::ptrdiff_t>(r->pos), length, data);
    r->pos += length;
    return CAIRO_STATUS_SUCCESS;
}

} // namespace

Pixels::Pixels(const std::vector<unsigned char>& png) {
    Reader reader{png};
    surface_.reset(cairo_image_surface_create_from_png_stream(&read_png, &reader),
                   &cairo_surface_destroy);
    if (cairo_surface_status(surface_.get()) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error("not a PNG cairo can read");
    cairo_surface_flush(surface_.get());
}

int Pixels::width() const {
    return cairo_image_surface_get_width(surface_.get());
}
int Pixels::height() const {
    return cairo_image_surface_get_height(surface_.get());
}

unsigned Pixels::pixel(int x, int y) const {
    const unsigned char* data = cairo_image_surface_get_data(surface_.get());
    const int stride = cairo_image_surface_get_stride(surface_.get());
    std::uint32_t argb = 0;
    std::copy_n(data + y * stride + x * 4, 4, reinterpret_cast<unsigned char*>(&argb));
    return argb & 0xffffffu; // opaque images: RGB with no premultiplication to undo
}

int Pixels::lightness(int x, int y) const {
    const unsigned p = pixel(x, y);
    return static_cast<int>(std::min({(p >> 16) & 0xffu, (p >> 8) & 0xffu, p & 0xffu}));
}

} // namespace bp::test
