#include "app/spc_icon_images.hpp"

#include "layout/spc_chart.hpp"

namespace bp::app {

namespace {

// One icon on an 18 pt page, drawn by `draw` (alt: the <img>'s, empty: decorative).
template <class Draw> display::Document icon_page(Draw draw) {
    display::Document doc;
    display::Page page;
    page.size = Size{18, 18};
    draw(page.items);
    doc.pages.push_back(std::move(page));
    return doc;
}

} // namespace

SpcIconImages::SpcIconImages(const model::Theme& theme) : colors_(layout::spc_colors(theme)) {}

std::vector<unsigned char> SpcIconImages::png(compute::VariationIcon icon) {
    const auto shape = layout::variation_shape(icon);
    if (!shape) return {};
    return previews_.page(
        icon_page([&](std::vector<display::Item>& items) {
            graphics::draw_variation_icon(items, *shape, Point{9, 9}, 16, colors_, "");
        }),
        0, 144);
}

std::vector<unsigned char> SpcIconImages::png(compute::AssuranceIcon icon) {
    const auto shape = layout::assurance_shape(icon);
    if (!shape) return {};
    return previews_.page(
        icon_page([&](std::vector<display::Item>& items) {
            graphics::draw_assurance_icon(items, *shape, Point{9, 9}, 16, colors_, "");
        }),
        0, 144);
}

} // namespace bp::app
