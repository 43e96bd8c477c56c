#include "render/pdf/parts.hpp"

#include "core/error.hpp"
#include "core/quoted_path.hpp"
#include "core/utf8.hpp"

#include <algorithm>
#include <iterator>
#include <map>

namespace bp::render::pdf {

namespace {

// The codes of two faces together (faces that share a file are embedded once).
Codes merged(const Codes& a, const Codes& b) {
    Codes out;
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

// libharu writes the outlines of only those glyphs it has measured (HPDF_Page_TextOut measures
// what it shows); page content is written without it (content_writer.cpp), so every character
// drawn in the face is measured once here, or the text would be invisible.
void mark_glyphs_used(HPDF_Font font, const Codes& codes) {
    std::string text;
    for (char16_t c : codes)
        append_utf8(text, c);
    if (!text.empty())
        HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>(text.data()),
                            static_cast<HPDF_UINT>(text.size()));
}

} // namespace

std::vector<HPDF_Font> load_fonts(HaruDoc& doc, const std::vector<display::FontFace>& faces,
                                  const std::vector<Codes>& used,
                                  std::vector<SubsetFont>& subsets) {
    std::map<std::string, Codes> by_file;
    Codes all;
    for (std::size_t i = 0; i < faces.size(); ++i) {
        by_file[faces[i].path] = merged(by_file[faces[i].path], used[i]);
        all = merged(all, used[i]);
    }

    std::map<std::string, HPDF_Font> by_path; // each file is embedded once
    std::vector<HPDF_Font> fonts;
    fonts.reserve(faces.size());
    {
        LimitedEncoder limited(doc, all);
        for (const auto& face : faces) {
            auto [it, added] = by_path.try_emplace(face.path, nullptr);
            if (added) {
                // A subset of the characters used; never the raw file, which libharu may not
                // survive if it is damaged.
                auto subset = subset_font(face.path, by_file[face.path]);
                if (!subset)
                    throw OutputError(printable_path(face.path) + ": error: font " +
                                      printable_path(face.path) +
                                      ": cannot be read or reduced to the characters used "
                                      "(missing, damaged or not a TrueType font)");
                const std::string file = subset->path();
                subsets.push_back(std::move(*subset));
                const char* name = HPDF_LoadTTFontFromFile(doc.get(), file.c_str(), HPDF_TRUE);
                doc.check_font(face.path);
                it->second = HPDF_GetFont(doc.get(), name, "UTF-8");
                doc.check("selecting font '" + face.name + "' with UTF-8 encoding");
            }
            fonts.push_back(it->second);
        }
    }
    for (std::size_t i = 0; i < faces.size(); ++i) {
        auto it = by_path.find(faces[i].path);
        if (it->second == nullptr) continue; // done for an earlier face of the same file
        const Codes& codes = by_file[faces[i].path];
        mark_glyphs_used(it->second, codes);
        fit_font_maps(doc, it->second, codes, faces[i].name);
        add_cap_height(doc, it->second, faces[i].name);
        it->second = nullptr;
    }
    return fonts;
}

} // namespace bp::render::pdf
