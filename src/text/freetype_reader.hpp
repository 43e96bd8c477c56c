// Reads a TrueType/OpenType file with FreeType into FaceData.
#pragma once

#include "text/face_data.hpp"

#include <string>

namespace bp::text {

// The face data of the font at `path` (face 0 of a collection). Throws bp::InputError
// ("cannot load font: …", positioned at `path`) if FreeType cannot read it, if it is not an
// sfnt (TrueType/OpenType) face with TrueType outlines, or if it has no Unicode cmap.
FaceData read_face(const std::string& path);

} // namespace bp::text
