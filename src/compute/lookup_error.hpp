// The error compute throws when a layout asks for a figure the data cannot give (an unknown
// indicator or area, a bad window, missing months). Message only; the layout adds its
// file:line:col.
#pragma once

#include "core/error.hpp"

#include <stdexcept>
#include <utility>

namespace bp::compute {

class LookupError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Runs `f`, turning a figure the data cannot give into an InputError at `pos`, the layout
// position that asked for it.
template <typename F> auto at(const SourcePos& pos, F&& f) {
    try {
        return std::forward<F>(f)();
    } catch (const LookupError& e) {
        throw InputError(pos, e.what());
    }
}

} // namespace bp::compute
