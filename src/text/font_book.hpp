// Resolves font families and styles to TrueType files and caches their metrics. Files are
// looked up in the given folders in order (the layout's folder, then the project's fonts/),
// then through fontconfig unless disabled (tests disable it so only project fonts are used).
#pragma once

#include "text/font_metrics.hpp"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace bp::text {

// A face request: family plus weight and slant.
struct FontKey {
    std::string family = "Liberation Sans";
    bool bold = false;
    bool italic = false;
    auto operator<=>(const FontKey&) const = default;
};

class FontBook {
public:
    FontBook(std::vector<std::string> search_dirs, bool use_fontconfig);

    // The metrics for `key`. Throws bp::InputError with a message naming the family and style
    // and the folders searched if no file is found.
    std::shared_ptr<const FontMetrics> get(const FontKey& key);

private:
    std::string find_file(const FontKey& key) const;

    std::vector<std::string> search_dirs_;
    bool use_fontconfig_;
    std::map<FontKey, std::shared_ptr<const FontMetrics>> cache_;
};

} // namespace bp::text
