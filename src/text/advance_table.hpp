// A compact code point → advance lookup for the Basic Multilingual Plane, built once per face.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace bp::text {

// Produces the advance (1/1000 em) of any code point in O(1): a two-level table of 256-entry
// pages, where every page without a mapped character shares one page of the default advance.
// Code points outside the BMP always give the default (libharu reads only the BMP cmap).
class AdvanceTable {
public:
    explicit AdvanceTable(std::int32_t default_advance = 0);

    void set(char32_t cp, std::int32_t advance);

    std::int32_t get(char32_t cp) const {
        if (cp > 0xFFFF) return default_advance_;
        return pages_[page_of_[cp >> 8]][cp & 0xFF];
    }

    std::int32_t default_advance() const { return default_advance_; }

private:
    using Page = std::array<std::int32_t, 256>;

    std::int32_t default_advance_;
    std::array<std::uint16_t, 256> page_of_{}; // index into pages_; 0 is the shared default page
    std::vector<Page> pages_;
};

} // namespace bp::text
