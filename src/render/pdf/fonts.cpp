#include "render/pdf/parts.hpp"

#include "core/utf8.hpp"

#include <set>

namespace bp::render::pdf {

namespace {
// The characters drawn in each face of the document, by FontId.
std::vector<std::set<char32_t>> characters_by_font(const display::Document& document) {
    std::vector<std::set<char32_t>> used(document.fonts.size());
    for (const auto& page : document.pages)
        for (const auto& item : page.items)
            if (const auto* run = std::get_if<display::TextRun>(&item)) {
                if (run->font < 0 || static_cast<std::size_t>(run->font) >= used.size()) continue;
                auto& set = used[static_cast<std::size_t>(run->font)];
                for (std::size_t pos = 0; pos < run->text.size();)
                    set.insert(next_code_point(run->text, pos));
            }
    return used;
}
} // namespace

std::vector<HPDF_Font> load_fonts(HaruDoc& doc, const display::Document& document,
                                  std::vector<SubsetFont>& subsets) {
    const auto& faces = document.fonts;
    const auto used = characters_by_font(document);
    std::map<std::string, std::set<char32_t>> by_file;
    for (std::size_t i = 0; i < faces.size(); ++i)
        by_file[faces[i].path].insert(used[i].begin(), used[i].end());

    std::map<std::string, HPDF_Font> by_path; // each file is embedded once
    std::vector<HPDF_Font> fonts;
    fonts.reserve(faces.size());
    for (const auto& face : faces) {
        auto [it, added] = by_path.try_emplace(face.path, nullptr);
        if (added) {
            // A subset of the characters used; the whole file if it cannot be subset.
            std::string file = face.path;
            if (auto subset = subset_font(face.path, by_file[face.path])) {
                file = subset->path();
                subsets.push_back(std::move(*subset));
            }
            const char* name = HPDF_LoadTTFontFromFile(doc.get(), file.c_str(), HPDF_TRUE);
            doc.check("embedding font '" + face.name + "' from " + face.path);
            it->second = HPDF_GetFont(doc.get(), name, "UTF-8");
            doc.check("selecting font '" + face.name + "' with UTF-8 encoding");
        }
        fonts.push_back(it->second);
    }
    return fonts;
}

} // namespace bp::render::pdf
