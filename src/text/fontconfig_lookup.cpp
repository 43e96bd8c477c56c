#include "text/fontconfig_lookup.hpp"

#include "text/ascii_case.hpp"

#include <fontconfig/fontconfig.h>

#include <cstdlib>
#include <tuple>

namespace bp::text {

namespace {

// Owns an FcPattern.
struct Pattern {
    FcPattern* handle;
    explicit Pattern(FcPattern* p) : handle(p) {}
    Pattern(const Pattern&) = delete;
    Pattern& operator=(const Pattern&) = delete;
    ~Pattern() {
        if (handle) FcPatternDestroy(handle);
    }
};

// Owns an FcObjectSet.
struct ObjectSet {
    FcObjectSet* handle;
    explicit ObjectSet(FcObjectSet* s) : handle(s) {}
    ObjectSet(const ObjectSet&) = delete;
    ObjectSet& operator=(const ObjectSet&) = delete;
    ~ObjectSet() {
        if (handle) FcObjectSetDestroy(handle);
    }
};

// Owns an FcFontSet.
struct FontSet {
    FcFontSet* handle;
    explicit FontSet(FcFontSet* s) : handle(s) {}
    FontSet(const FontSet&) = delete;
    FontSet& operator=(const FontSet&) = delete;
    ~FontSet() {
        if (handle) FcFontSetDestroy(handle);
    }
};

bool has_family(FcPattern* font, const std::string& family) {
    FcChar8* value = nullptr;
    for (int i = 0; FcPatternGetString(font, FC_FAMILY, i, &value) == FcResultMatch; ++i)
        if (equal_ignoring_case(reinterpret_cast<const char*>(value), family)) return true;
    return false;
}

int integer(FcPattern* font, const char* object, int fallback) {
    int value = fallback;
    double real = 0;
    if (FcPatternGetInteger(font, object, 0, &value) == FcResultMatch) return value;
    if (FcPatternGetDouble(font, object, 0, &real) == FcResultMatch) return static_cast<int>(real);
    return fallback;
}

} // namespace

std::optional<std::string> fontconfig_find(const FontKey& key) {
    // List the real faces of the family (no substitution happens in a listing), then choose.
    Pattern request(FcPatternCreate());
    ObjectSet objects(FcObjectSetBuild(FC_FAMILY, FC_FILE, FC_INDEX, FC_WEIGHT, FC_SLANT, FC_WIDTH,
                                       static_cast<char*>(nullptr)));
    if (!request.handle || !objects.handle) return std::nullopt;
    FcPatternAddString(request.handle, FC_FAMILY,
                       reinterpret_cast<const FcChar8*>(key.family.c_str()));
    FcPatternAddBool(request.handle, FC_SCALABLE, FcTrue);
    FontSet fonts(FcFontList(nullptr, request.handle, objects.handle));
    if (!fonts.handle) return std::nullopt;

    const int wanted_weight = key.bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR;
    std::optional<std::tuple<int, int, int, std::string>> best; // closeness, then file name
    for (int i = 0; i < fonts.handle->nfont; ++i) {
        FcPattern* font = fonts.handle->fonts[i];
        FcChar8* file = nullptr;
        if (!has_family(font, key.family) || integer(font, FC_INDEX, 0) != 0 ||
            FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch)
            continue;
        const int weight = integer(font, FC_WEIGHT, FC_WEIGHT_REGULAR);
        const int slant = integer(font, FC_SLANT, FC_SLANT_ROMAN);
        if ((weight >= FC_WEIGHT_DEMIBOLD) != key.bold || (slant != FC_SLANT_ROMAN) != key.italic)
            continue;
        auto candidate = std::make_tuple(
            std::abs(weight - wanted_weight),
            std::abs(integer(font, FC_WIDTH, FC_WIDTH_NORMAL) - FC_WIDTH_NORMAL),
            slant == FC_SLANT_OBLIQUE ? 1 : 0, std::string(reinterpret_cast<const char*>(file)));
        if (!best || candidate < *best) best = std::move(candidate);
    }
    if (!best) return std::nullopt;
    return std::get<3>(*best);
}

} // namespace bp::text
