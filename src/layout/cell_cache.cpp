#include "layout/cell_cache.hpp"

#include <functional>

namespace bp::layout {

std::size_t CellCache::index(std::string_view text, double width) {
    std::size_t h = std::hash<std::string_view>{}(text);
    h ^= std::hash<double>{}(width) + 0x9e3779b97f4a7c15u + (h << 6) + (h >> 2);
    return h % std::tuple_size_v<decltype(slots_)>;
}

} // namespace bp::layout
