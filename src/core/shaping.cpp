#include "core/shaping.hpp"

namespace bp {

namespace {

// A block of code points and the script it holds.
struct Block {
    char32_t first;
    char32_t last;
    const char* name;
};

constexpr Block kRightToLeft[] = {
    {0x0590, 0x05FF, "Hebrew"},
    {0x0600, 0x06FF, "Arabic"},
    {0x0700, 0x074F, "Syriac"},
    {0x0750, 0x077F, "Arabic"},
    {0x0780, 0x07BF, "Thaana"},
    {0x07C0, 0x07FF, "N'Ko"},
    {0x0800, 0x083F, "Samaritan"},
    {0x0840, 0x085F, "Mandaic"},
    {0x0860, 0x086F, "Syriac"},
    {0x0870, 0x08FF, "Arabic"},
    {0xFB1D, 0xFB4F, "Hebrew"},
    {0xFB50, 0xFDFF, "Arabic"},
    {0xFE70, 0xFEFE, "Arabic"},
    {0x10800, 0x10FFF, "a right-to-left script"},
    {0x1E800, 0x1EFFF, "a right-to-left script"},
};

constexpr Block kShaped[] = {
    {0x0900, 0x097F, "Devanagari"}, {0x0980, 0x09FF, "Bengali"},    {0x0A00, 0x0A7F, "Gurmukhi"},
    {0x0A80, 0x0AFF, "Gujarati"},   {0x0B00, 0x0B7F, "Oriya"},      {0x0B80, 0x0BFF, "Tamil"},
    {0x0C00, 0x0C7F, "Telugu"},     {0x0C80, 0x0CFF, "Kannada"},    {0x0D00, 0x0D7F, "Malayalam"},
    {0x0D80, 0x0DFF, "Sinhala"},    {0x0E00, 0x0E7F, "Thai"},       {0x0E80, 0x0EFF, "Lao"},
    {0x0F00, 0x0FFF, "Tibetan"},    {0x1000, 0x109F, "Myanmar"},    {0x1100, 0x11FF, "Hangul Jamo"},
    {0x1780, 0x17FF, "Khmer"},      {0x1800, 0x18AF, "Mongolian"},  {0x1A00, 0x1AAF, "Tai Tham"},
    {0x1B00, 0x1B7F, "Balinese"},   {0xA8E0, 0xA8FF, "Devanagari"}, {0x11000, 0x111FF, "Brahmi"},
};

constexpr Block kCombining[] = {
    {0x0300, 0x036F, ""}, {0x0483, 0x0489, ""}, {0x1AB0, 0x1AFF, ""}, {0x1DC0, 0x1DFF, ""},
    {0x20D0, 0x20FF, ""}, {0xFE20, 0xFE2F, ""}, {0x3099, 0x309A, ""},
};

template <std::size_t N> const Block* find(const Block (&blocks)[N], char32_t cp) {
    for (const Block& b : blocks)
        if (cp >= b.first && cp <= b.last) return &b;
    return nullptr;
}

} // namespace

std::string why_not_laid_out(char32_t cp) {
    if (cp < 0x0300) return "";
    if (const Block* b = find(kRightToLeft, cp))
        return std::string(b->name) +
               " is written right to left, which boardpack cannot lay out (it would come out "
               "reversed)";
    if (cp == 0x200F || cp == 0x202B || cp == 0x202E || cp == 0x2067)
        return "it is a right-to-left control, which boardpack cannot honour";
    if (const Block* b = find(kShaped, cp))
        return std::string(b->name) +
               " needs its letters joined or reordered (shaping), which boardpack cannot do";
    if (find(kCombining, cp))
        return "it is a combining mark, which boardpack cannot place on its letter; type the "
               "accented letter itself (e.g. \u00E9, not e + U+0301)";
    return "";
}

} // namespace bp
