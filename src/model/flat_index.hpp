// A map from 64-bit keys to 32-bit numbers in one flat array (open addressing, linear
// probing): no allocation per entry, and a lookup usually touches one cache line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace bp::model {

class FlatIndex {
public:
    static constexpr std::uint32_t none = 0xFFFFFFFFu;

    // The number stored for `key`, or none.
    std::uint32_t find(std::uint64_t key) const;
    // Stores `number` (not none) for `key` unless the key is there already; returns the number
    // that was there, or none if this one was stored.
    std::uint32_t insert(std::uint64_t key, std::uint32_t number);
    std::size_t size() const { return size_; }

private:
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t number = none; // none: an empty slot
    };
    std::size_t home(std::uint64_t key) const;
    void grow();
    std::vector<Slot> slots_; // a power of two in size, at most half full
    std::size_t size_ = 0;
};

// Two 32-bit numbers as one key.
inline std::uint64_t pair_key(std::uint32_t high, std::uint32_t low) {
    return static_cast<std::uint64_t>(high) << 32 | low;
}

} // namespace bp::model
