// Fuzz target: a layout XML text through the XML reader and the layout reader (with a small
// data set so <repeat> expands). Any bp::InputError is a correct answer; anything else is a bug.
#include "core/error.hpp"
#include "input/layout_reader.hpp"
#include "input/xml_document.hpp"
#include "shared_dataset.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(bytes), size);
    try {
        bp::input::XmlNode root = bp::input::parse_xml("fuzz.xml", text);
        bp::input::layout_from_xml(std::move(root), ".", &bp::fuzz::shared_dataset());
    } catch (const bp::InputError&) {
    }
    return 0;
}
