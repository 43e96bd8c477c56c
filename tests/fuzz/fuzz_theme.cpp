// Fuzz target: a theme INI text through the theme reader. bp::InputError is a correct answer.
#include "core/error.hpp"
#include "input/theme_reader.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(bytes), size);
    try {
        bp::input::theme_from_ini("fuzz.ini", text);
    } catch (const bp::InputError&) {
    }
    return 0;
}
