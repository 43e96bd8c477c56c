#include "text/font_folder.hpp"

#include "text/ascii_case.hpp"

#include <filesystem>
#include <system_error>

namespace bp::text {

FontFolder::FontFolder(const std::string& folder) {
    namespace fs = std::filesystem;
    std::error_code ec;
    for (fs::directory_iterator it(folder.empty() ? "." : folder, ec), end; !ec && it != end;
         it.increment(ec)) {
        std::error_code type_ec;
        if (!it->is_regular_file(type_ec)) continue;
        std::string name = it->path().filename().string();
        std::string path = it->path().string();
        exact_.emplace(name, path);
        // Of names that differ only in case, the smallest wins, whatever the listing order.
        auto [slot, added] = folded_.emplace(ascii_lower(name), path);
        if (!added && path < slot->second) slot->second = path;
    }
}

std::optional<std::string> FontFolder::find(const std::vector<std::string>& names) const {
    for (const std::string& name : names) {
        if (auto it = exact_.find(name); it != exact_.end()) return it->second;
        if (auto it = folded_.find(ascii_lower(name)); it != folded_.end()) return it->second;
    }
    return std::nullopt;
}

} // namespace bp::text
