// One folder's font files, listed once, found by name regardless of case.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bp::text {

// Produces the path of a file in a folder given candidate names matched case-insensitively.
// A folder that does not exist or cannot be read simply holds no files.
class FontFolder {
public:
    explicit FontFolder(const std::string& folder);

    // The path of the first of `names` present in the folder, or nullopt.
    std::optional<std::string> find(const std::vector<std::string>& names) const;

private:
    std::map<std::string, std::string> exact_;  // file name → path
    std::map<std::string, std::string> folded_; // lower-case file name → path
};

} // namespace bp::text
