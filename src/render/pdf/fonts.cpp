#include "render/pdf/parts.hpp"

namespace bp::render::pdf {

std::vector<HPDF_Font> load_fonts(HaruDoc& doc, const std::vector<display::FontFace>& faces) {
    std::map<std::string, HPDF_Font> by_path; // each file is embedded once
    std::vector<HPDF_Font> fonts;
    fonts.reserve(faces.size());
    for (const auto& face : faces) {
        auto [it, added] = by_path.try_emplace(face.path, nullptr);
        if (added) {
            const char* name = HPDF_LoadTTFontFromFile(doc.get(), face.path.c_str(), HPDF_TRUE);
            doc.check("embedding font '" + face.name + "' from " + face.path);
            it->second = HPDF_GetFont(doc.get(), name, "UTF-8");
            doc.check("selecting font '" + face.name + "' with UTF-8 encoding");
        }
        fonts.push_back(it->second);
    }
    return fonts;
}

} // namespace bp::render::pdf
