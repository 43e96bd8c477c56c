// Fuzz target: a font file's bytes through font loading — the table check, FreeType (the
// metrics layout measures with), then a one-page PDF drawing three characters in it (HarfBuzz
// subsetting and libharu's TrueType loader). bp::InputError and bp::OutputError are correct
// answers; a crash, a hang or any other exception is a bug.
#include "core/error.hpp"
#include "display/display_list.hpp"
#include "render/pdf/pdf_writer.hpp"
#include "text/freetype_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace {

// A temporary file holding one input, removed at the end of the run.
struct TempFont {
    std::string path = (std::filesystem::temp_directory_path() / "bp-fuzz-font-XXXXXX").string();
    int fd = mkstemp(path.data());
    ~TempFont() {
        if (fd >= 0) ::close(fd);
        std::remove(path.c_str());
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    if (size > 1024 * 1024) return 0;
    TempFont file;
    if (file.fd < 0) return 0;
    for (std::size_t done = 0; done < size;) {
        const ssize_t n = ::write(file.fd, bytes + done, size - done);
        if (n <= 0) return 0;
        done += static_cast<std::size_t>(n);
    }
    try {
        const bp::text::FaceData face = bp::text::read_face(file.path);
        bp::display::Document doc;
        const bp::display::FontId id = doc.font_id(bp::display::FontFace{face.name, file.path});
        bp::display::Page page{{200, 100}, {}};
        page.items.push_back(bp::display::TextRun{{10, 50}, id, 12, {}, "Ab1", 20});
        doc.pages.push_back(std::move(page));
        bp::render::pdf_bytes(doc);
    } catch (const bp::InputError&) {
    } catch (const bp::OutputError&) {
    }
    return 0;
}
