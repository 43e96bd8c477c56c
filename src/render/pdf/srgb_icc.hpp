// The sRGB ICC profile (third_party/icc/sRGB.icc, Zlib licence) that every PDF carries as its
// PDF/A output intent; the bytes are compiled in by CMake.
#pragma once

#include <cstddef>

namespace bp::render::pdf {

extern const unsigned char kSrgbIcc[];
extern const std::size_t kSrgbIccSize;

} // namespace bp::render::pdf
