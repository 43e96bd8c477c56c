#include "text/font_file_names.hpp"

#include "text/ascii_case.hpp"

#include <filesystem>

namespace bp::text {

namespace {

// File name suffixes for each style, most common first.
std::vector<std::string> style_suffixes(const FontKey& key) {
    if (key.bold && key.italic) return {"-BoldItalic", "-BoldOblique"};
    if (key.bold) return {"-Bold"};
    if (key.italic) return {"-Italic", "-Oblique"};
    return {"-Regular", "", "-Book", "-Roman"};
}

std::string without_spaces(const std::string& family) {
    std::string out;
    for (char c : family)
        if (c != ' ') out += c;
    return out;
}

} // namespace

bool is_font_file_name(const std::string& family) {
    std::string ext = ascii_lower(std::filesystem::path(family).extension().string());
    return ext == ".ttf" || ext == ".otf" || ext == ".ttc";
}

FontFileNames font_file_names(const FontKey& key) {
    FontFileNames out;
    if (is_font_file_name(key.family)) {
        out.family_is_file = true;
        std::filesystem::path path(key.family);
        out.folder = path.parent_path().string();
        std::string file = path.filename().string();
        if (!key.bold && !key.italic) {
            out.names.push_back(file);
            return out;
        }
        // Styled faces sit next to the regular file: MyFont[-Regular].ttf → MyFont-Bold.ttf.
        std::string stem = path.stem().string();
        std::string ext = path.extension().string();
        const std::string regular = "-regular";
        if (stem.size() > regular.size() &&
            ascii_lower(stem.substr(stem.size() - regular.size())) == regular)
            stem.resize(stem.size() - regular.size());
        for (const std::string& suffix : style_suffixes(key))
            out.names.push_back(stem + suffix + ext);
        return out;
    }
    const std::string base = without_spaces(key.family);
    for (const std::string& suffix : style_suffixes(key))
        for (const char* ext : {".ttf", ".otf"})
            out.names.push_back(base + suffix + ext);
    return out;
}

std::string FontFileNames::describe() const {
    std::string out;
    for (const std::string& name : names) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

} // namespace bp::text
