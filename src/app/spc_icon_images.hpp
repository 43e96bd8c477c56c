// Small PNGs of the SPC variation and assurance icons for the email body, drawn by the PDF's own
// icon code (graphics::draw_variation_icon / draw_assurance_icon) through the preview renderer.
#pragma once

#include "app/png_previews.hpp"
#include "compute/spc_icons.hpp"
#include "graphics/spc_icon.hpp"
#include "model/theme.hpp"

#include <vector>

namespace bp::app {

// Produces one 36 px PNG (18 CSS px at 2×) of an icon in `theme`'s SPC colours. Throws
// bp::OutputError if the preview module cannot be loaded.
class SpcIconImages {
public:
    explicit SpcIconImages(const model::Theme& theme);

    // The icon's PNG; empty for None (no icon).
    std::vector<unsigned char> png(compute::VariationIcon icon);
    std::vector<unsigned char> png(compute::AssuranceIcon icon);

private:
    PngPreviews previews_;
    graphics::SpcColors colors_;
};

} // namespace bp::app
