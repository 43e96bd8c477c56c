#include "model/flat_index.hpp"

namespace bp::model {

std::size_t FlatIndex::home(std::uint64_t key) const {
    // The splitmix64 finalizer: every key bit moves the slot.
    key ^= key >> 30;
    key *= 0xBF58476D1CE4E5B9ull;
    key ^= key >> 27;
    key *= 0x94D049BB133111EBull;
    key ^= key >> 31;
    return static_cast<std::size_t>(key) & (slots_.size() - 1);
}

std::uint32_t FlatIndex::find(std::uint64_t key) const {
    if (slots_.empty()) return none;
    for (std::size_t i = home(key);; i = (i + 1) & (slots_.size() - 1)) {
        const Slot& s = slots_[i];
        if (s.number == none || s.key == key) return s.number;
    }
}

std::uint32_t FlatIndex::insert(std::uint64_t key, std::uint32_t number) {
    if (2 * (size_ + 1) > slots_.size()) grow();
    for (std::size_t i = home(key);; i = (i + 1) & (slots_.size() - 1)) {
        Slot& s = slots_[i];
        if (s.number == none) {
            s = Slot{key, number};
            ++size_;
            return none;
        }
        if (s.key == key) return s.number;
    }
}

void FlatIndex::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    size_ = 0;
    for (const Slot& s : old)
        if (s.number != none) insert(s.key, s.number);
}

} // namespace bp::model
