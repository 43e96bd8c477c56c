#include "text/font_book.hpp"

#include "core/error.hpp"
#include "text/font_file_names.hpp"
#include "text/font_folder.hpp"
#include "text/fontconfig_lookup.hpp"

#include <filesystem>

namespace bp::text {

FontBook::FontBook(std::vector<std::string> search_dirs, bool use_fontconfig)
    : search_dirs_(std::move(search_dirs)), use_fontconfig_(use_fontconfig) {}

FontBook::~FontBook() = default;
FontBook::FontBook(FontBook&&) noexcept = default;
FontBook& FontBook::operator=(FontBook&&) noexcept = default;

std::shared_ptr<const FontMetrics> FontBook::get(const FontKey& key, const SourcePos& where) {
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    if (key.family.empty()) throw InputError(where, "no font family given");
    std::string file = find_file(key, where);
    std::shared_ptr<const FontMetrics>& metrics = by_file_[file];
    if (!metrics) metrics = FontMetrics::load(file);
    cache_.emplace(key, metrics);
    return metrics;
}

const FontFolder& FontBook::folder(const std::string& path) {
    std::unique_ptr<FontFolder>& slot = folders_[path];
    if (!slot) slot = std::make_unique<FontFolder>(path);
    return *slot;
}

std::string FontBook::find_file(const FontKey& key, const SourcePos& where) {
    namespace fs = std::filesystem;
    const FontFileNames names = font_file_names(key);
    std::vector<std::string> folders_tried;
    if (fs::path(names.folder).is_absolute()) {
        folders_tried.push_back(names.folder);
    } else {
        for (const std::string& dir : search_dirs_)
            folders_tried.push_back(names.folder.empty() ? dir
                                                         : (fs::path(dir) / names.folder).string());
    }
    for (const std::string& dir : folders_tried)
        if (auto file = folder(dir).find(names.names)) return *file;

    bool asked_fontconfig = use_fontconfig_ && !names.family_is_file;
    if (asked_fontconfig)
        if (auto file = fontconfig_find(key)) return *file;

    std::string message = "font \"" + key.family + "\" (" + style_name(key) + ") not found: no " +
                          names.describe() + " in ";
    if (folders_tried.empty()) message += "any folder (none given)";
    for (std::size_t i = 0; i < folders_tried.size(); ++i)
        message += (i ? ", " : "") + folders_tried[i];
    if (asked_fontconfig)
        message += "; fontconfig has no " + std::string(style_name(key)) + " face of that family";
    else if (!names.family_is_file)
        message += " (fontconfig not used)";
    throw InputError(where, message);
}

} // namespace bp::text
