#include "text/font_metrics.hpp"

#include "text/face_metrics.hpp"
#include "text/freetype_reader.hpp"

namespace bp::text {

std::shared_ptr<const FontMetrics> FontMetrics::load(const std::string& path) {
    return std::make_shared<const FaceMetrics>(read_face(path));
}

} // namespace bp::text
