#include "layout/block.hpp"

#include <atomic>

namespace bp::layout {

std::uint64_t Block::next_struct_id() {
    static std::atomic<std::uint64_t> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
}

Split Block::split(double) const {
    return {};
}

} // namespace bp::layout
