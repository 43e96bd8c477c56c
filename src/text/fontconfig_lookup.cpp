#include "text/fontconfig_lookup.hpp"

#include "text/ascii_case.hpp"

#include <fontconfig/fontconfig.h>

namespace bp::text {

namespace {

// Owns an FcPattern.
struct Pattern {
    FcPattern* handle = nullptr;
    explicit Pattern(FcPattern* p) : handle(p) {}
    Pattern(const Pattern&) = delete;
    Pattern& operator=(const Pattern&) = delete;
    ~Pattern() {
        if (handle) FcPatternDestroy(handle);
    }
};

bool has_family(FcPattern* font, const std::string& family) {
    FcChar8* value = nullptr;
    for (int i = 0; FcPatternGetString(font, FC_FAMILY, i, &value) == FcResultMatch; ++i)
        if (equal_ignoring_case(reinterpret_cast<const char*>(value), family)) return true;
    return false;
}

bool has_style(FcPattern* font, const FontKey& key) {
    int weight = FC_WEIGHT_REGULAR;
    int slant = FC_SLANT_ROMAN;
    FcPatternGetInteger(font, FC_WEIGHT, 0, &weight);
    FcPatternGetInteger(font, FC_SLANT, 0, &slant);
    return (weight >= FC_WEIGHT_DEMIBOLD) == key.bold && (slant != FC_SLANT_ROMAN) == key.italic;
}

} // namespace

std::optional<std::string> fontconfig_find(const FontKey& key) {
    Pattern request(FcPatternCreate());
    if (!request.handle) return std::nullopt;
    FcPatternAddString(request.handle, FC_FAMILY,
                       reinterpret_cast<const FcChar8*>(key.family.c_str()));
    FcPatternAddInteger(request.handle, FC_WEIGHT, key.bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcPatternAddInteger(request.handle, FC_SLANT, key.italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
    FcPatternAddInteger(request.handle, FC_WIDTH, FC_WIDTH_NORMAL);
    FcPatternAddBool(request.handle, FC_SCALABLE, FcTrue);
    if (!FcConfigSubstitute(nullptr, request.handle, FcMatchPattern)) return std::nullopt;
    FcDefaultSubstitute(request.handle);

    FcResult result = FcResultNoMatch;
    Pattern match(FcFontMatch(nullptr, request.handle, &result));
    if (!match.handle || result != FcResultMatch) return std::nullopt;
    if (!has_family(match.handle, key.family) || !has_style(match.handle, key)) return std::nullopt;

    int index = 0;
    FcPatternGetInteger(match.handle, FC_INDEX, 0, &index);
    FcChar8* file = nullptr;
    if (index != 0 || FcPatternGetString(match.handle, FC_FILE, 0, &file) != FcResultMatch)
        return std::nullopt;
    return std::string(reinterpret_cast<const char*>(file));
}

} // namespace bp::text
