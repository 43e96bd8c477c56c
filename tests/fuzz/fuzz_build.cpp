// Fuzz target: a layout XML text through the whole pipeline — read, lay out with the project's
// fonts, write the PDF and draw the first page as a small PNG — over a small data set.
// bp::InputError and bp::OutputError are correct answers; a crash, a hang or any other
// exception is a bug.
#include "compute/figures.hpp"
#include "core/error.hpp"
#include "input/layout_reader.hpp"
#include "input/xml_document.hpp"
#include "layout/layout_report.hpp"
#include "model/theme.hpp"
#include "render/pdf/pdf_writer.hpp"
#include "render/png/png_writer.hpp"
#include "shared_dataset.hpp"
#include "text/font_book.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    if (size > 64 * 1024) return 0; // long inputs only make each run slow
    const std::string text(reinterpret_cast<const char*>(bytes), size);
    try {
        bp::input::XmlNode root = bp::input::parse_xml("fuzz.xml", text);
        bp::model::Report report =
            bp::input::layout_from_xml(std::move(root), ".", &bp::fuzz::shared_dataset());
        static const bp::compute::Figures figures(bp::fuzz::shared_dataset());
        static bp::text::FontBook fonts({BOARDPACK_FONT_DIR}, false); // a cache of metrics
        bp::display::Document doc =
            bp::layout::layout_report(report, bp::model::Theme::defaults(), fonts, {}, &figures);
        bp::render::pdf_bytes(doc);
        if (!doc.pages.empty()) bp::render::png_bytes(doc, 0, bp::render::PngOptions{10});
    } catch (const bp::InputError&) {
    } catch (const bp::OutputError&) {
    }
    return 0;
}
