// Small PNGs of the verdict faces for the email body, drawn by the PDF's own face code
// (graphics::draw_face) through the preview renderer.
#pragma once

#include "model/data_verdict.hpp"

#include <map>
#include <vector>

namespace bp::app {

// Produces one 32 px PNG (16 CSS px at 2×) per verdict with a face. Throws bp::OutputError if
// the preview module cannot be loaded.
std::map<model::Verdict, std::vector<unsigned char>> face_images();

} // namespace bp::app
