#include "layout/block.hpp"

namespace bp::layout {

Split Block::split(double) const {
    return {};
}

} // namespace bp::layout
