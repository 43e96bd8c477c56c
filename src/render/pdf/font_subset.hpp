// A TrueType subset of a font file holding only the characters a document uses, written to a
// temporary file for libharu to embed (libharu 2.3 embeds every glyph slot of the file it is
// given and maps all 65,536 codes through the file's character map, so a small file makes the
// PDF smaller and its writing faster). Made with HarfBuzz's hb-subset.
#pragma once

#include "render/pdf/font_codes.hpp"

#include <optional>
#include <string>

namespace bp::render::pdf {

// A temporary subset font file, removed when this is destroyed.
class SubsetFont {
public:
    explicit SubsetFont(std::string path) : path_(std::move(path)) {}
    SubsetFont(SubsetFont&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
    SubsetFont(const SubsetFont&) = delete;
    SubsetFont& operator=(const SubsetFont&) = delete;
    ~SubsetFont();
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// The subset of the font at `path` for the characters of `codes`, or nullopt if HarfBuzz
// cannot subset it (the caller then embeds the whole file).
std::optional<SubsetFont> subset_font(const std::string& path, const Codes& codes);

} // namespace bp::render::pdf
