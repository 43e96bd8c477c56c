#include "text/face_metrics.hpp"

#include "core/utf8.hpp"

#include <algorithm>

namespace bp::text {

FaceMetrics::FaceMetrics(FaceData data) : data_(std::move(data)) {
    for (char32_t cp = 0; cp < 0x80; ++cp)
        ascii_[cp] = data_.advances.get(cp);
}

double FaceMetrics::width(std::string_view text, double size) const {
    std::int64_t units = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            units += ascii_[byte];
            ++pos;
        } else {
            units += data_.advances.get(next_code_point(text, pos));
        }
    }
    return static_cast<double>(units) * size / 1000.0;
}

bool FaceMetrics::has_glyph(char32_t cp) const {
    return std::binary_search(data_.mapped.begin(), data_.mapped.end(), cp);
}

} // namespace bp::text
