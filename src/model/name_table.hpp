// Numbers for names (indicator ids, area ids, file names), given out in order of first use,
// found again from a string_view without building a string.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace bp::model {

class NameTable {
public:
    static constexpr std::uint32_t none = 0xFFFFFFFFu;

    // The number of `name`, or none if it was never given one.
    std::uint32_t find(std::string_view name) const;
    // The number of `name`, given out now if it has none yet.
    std::uint32_t intern(std::string_view name);
    const std::string& name(std::uint32_t number) const { return names_[number]; }
    std::size_t size() const { return names_.size(); }

private:
    // The slot holding `name`'s number, or the empty slot where it would go.
    std::size_t slot_of(std::string_view name, std::size_t hash) const;
    void grow();
    std::vector<std::string> names_;
    std::vector<std::uint32_t> slots_; // name numbers by hash (none: empty), at most half full
};

} // namespace bp::model
