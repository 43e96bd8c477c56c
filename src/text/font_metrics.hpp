// Metrics of one TrueType face exactly as libharu draws it: each glyph's advance floored to
// 1/1000 em, no kerning, no shaping. The single text measurer for layout, so the PDF (libharu)
// and the PNG (cairo, hint metrics off) agree.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace bp::text {

// Produces text widths and vertical metrics of one face; abstract so tests can fake it.
// Characters the font lacks measure as its .notdef glyph (what libharu draws); so do code
// points beyond U+FFFF, which libharu cannot draw. Control characters (C0, DEL, C1) measure 0.
class FontMetrics {
public:
    // Loads the face at `path`. Throws bp::InputError (naming the path) if it cannot be read
    // or is not a TrueType/OpenType face with TrueType outlines (what libharu can embed).
    static std::shared_ptr<const FontMetrics> load(const std::string& path);
    virtual ~FontMetrics() = default;

    // Advance width of UTF-8 `text` at `size` points: sum of floor(adv·1000/upem) · size/1000.
    virtual double width(std::string_view text, double size) const = 0;
    // Advance of one code point in 1/1000 em (0 for a control character).
    virtual int advance(char32_t cp) const = 0;
    // Whether the font's cmap maps `cp` (in the BMP) to a glyph other than .notdef.
    virtual bool has_glyph(char32_t cp) const = 0;
    // Ascent above and descent below the baseline (both positive), in points at `size`:
    // the hhea values in whole 1/1000 em, as libharu's font descriptor has them.
    virtual double ascent(double size) const = 0;
    virtual double descent(double size) const = 0;
    // Distance between the cap height and the baseline, in points at `size`.
    virtual double cap_height(double size) const = 0;

    virtual const std::string& path() const = 0;
    // PostScript name, e.g. "LiberationSans-Bold".
    virtual const std::string& name() const = 0;
};

} // namespace bp::text
