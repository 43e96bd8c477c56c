#include "text/advance_table.hpp"

namespace bp::text {

AdvanceTable::AdvanceTable(std::int32_t default_advance) : default_advance_(default_advance) {
    Page defaults;
    defaults.fill(default_advance);
    pages_.push_back(defaults);
}

void AdvanceTable::set(char32_t cp, std::int32_t advance) {
    if (cp > 0xFFFF) return;
    std::uint16_t& page = page_of_[cp >> 8];
    if (page == 0) { // first mapped character of this page: give the page its own copy
        Page copy = pages_[0];
        pages_.push_back(copy);
        page = static_cast<std::uint16_t>(pages_.size() - 1);
    }
    pages_[page][cp & 0xFF] = advance;
}

} // namespace bp::text
