#include "model/name_table.hpp"

#include <functional>

namespace bp::model {

std::size_t NameTable::slot_of(std::string_view name, std::size_t hash) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask)
        if (slots_[i] == none || names_[slots_[i]] == name) return i;
}

std::uint32_t NameTable::find(std::string_view name) const {
    if (slots_.empty()) return none;
    return slots_[slot_of(name, std::hash<std::string_view>{}(name))];
}

std::uint32_t NameTable::intern(std::string_view name) {
    if (2 * (names_.size() + 1) > slots_.size()) grow();
    std::size_t slot = slot_of(name, std::hash<std::string_view>{}(name));
    if (slots_[slot] == none) {
        slots_[slot] = static_cast<std::uint32_t>(names_.size());
        names_.emplace_back(name);
    }
    return slots_[slot];
}

void NameTable::grow() {
    slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, none);
    for (std::size_t n = 0; n < names_.size(); ++n)
        slots_[slot_of(names_[n], std::hash<std::string_view>{}(names_[n]))] =
            static_cast<std::uint32_t>(n);
}

} // namespace bp::model
