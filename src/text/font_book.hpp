// Resolves font families and styles to TrueType files and caches their metrics. Files are
// looked up in the given folders in order (the layout's folder, then the project's fonts/),
// then through fontconfig unless disabled (tests disable it so only project fonts are used).
#pragma once

#include "core/source_pos.hpp"
#include "text/font_key.hpp"
#include "text/font_metrics.hpp"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace bp::text {

class FontFolder;

// Produces the metrics for a FontKey, loading each font file once. Not thread-safe.
// In each folder a family is found as e.g. "Liberation Sans" bold → LiberationSans-Bold.ttf
// (see font_file_names.hpp; names match regardless of case); a family that is a file name
// ("MyFont.ttf") is that file, its styles the files beside it (MyFont-Bold.ttf, …).
// fontconfig is asked only for family names, and only an exact family and style is accepted.
class FontBook {
public:
    FontBook(std::vector<std::string> search_dirs, bool use_fontconfig);
    ~FontBook();
    FontBook(FontBook&&) noexcept;
    FontBook& operator=(FontBook&&) noexcept;

    // The metrics for `key`. Throws bp::InputError at `where` with a message naming the
    // family and style and the folders searched if no file is found, or the file's error if
    // it cannot be loaded.
    std::shared_ptr<const FontMetrics> get(const FontKey& key, const SourcePos& where = {});

private:
    std::string find_file(const FontKey& key, const SourcePos& where);
    const FontFolder& folder(const std::string& path);

    std::vector<std::string> search_dirs_;
    bool use_fontconfig_;
    std::map<FontKey, std::shared_ptr<const FontMetrics>> cache_;
    std::map<std::string, std::shared_ptr<const FontMetrics>> by_file_;
    std::map<std::string, std::unique_ptr<FontFolder>> folders_;
};

} // namespace bp::text
