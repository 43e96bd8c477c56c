// The concrete FontMetrics: answers every query from FaceData tables, without FreeType.
#pragma once

#include "text/face_data.hpp"
#include "text/font_metrics.hpp"

#include <array>
#include <cstdint>

namespace bp::text {

// Produces libharu-exact widths and vertical metrics of one loaded face.
class FaceMetrics final : public FontMetrics {
public:
    explicit FaceMetrics(FaceData data);

    double width(std::string_view text, double size) const override;
    int advance(char32_t cp) const override {
        return cp < 0x80 ? ascii_[cp] : data_.advances.get(cp);
    }
    bool has_glyph(char32_t cp) const override;
    double ascent(double size) const override { return data_.ascent * size / 1000.0; }
    double descent(double size) const override { return data_.descent * size / 1000.0; }
    double cap_height(double size) const override { return data_.cap_height * size / 1000.0; }
    const std::string& path() const override { return data_.path; }
    const std::string& name() const override { return data_.name; }

private:
    FaceData data_;
    std::array<std::int32_t, 0x80> ascii_{}; // fast path for the common case
};

} // namespace bp::text
