#include "app/face_images.hpp"

#include "app/png_previews.hpp"
#include "graphics/face.hpp"

namespace bp::app {

std::map<model::Verdict, std::vector<unsigned char>> face_images() {
    PngPreviews previews;
    std::map<model::Verdict, std::vector<unsigned char>> out;
    const std::pair<model::Verdict, graphics::Face> faces[] = {
        {model::Verdict::Happy, graphics::Face::Happy},
        {model::Verdict::Monitor, graphics::Face::Monitoring},
        {model::Verdict::Unhappy, graphics::Face::Unhappy}};
    for (const auto& [verdict, face] : faces) {
        display::Document doc;
        display::Page page;
        page.size = Size{16, 16};
        graphics::draw_face(page.items, face, Point{8, 8}, 15, {}, ""); // alt: the <img>'s
        doc.pages.push_back(std::move(page));
        out[verdict] = previews.page(doc, 0, 144);
    }
    return out;
}

} // namespace bp::app
