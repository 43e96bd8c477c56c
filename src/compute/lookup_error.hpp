// The error compute throws when a layout asks for a figure the data cannot give (an unknown
// indicator or area, a bad window, missing months). Message only; the layout adds its
// file:line:col.
#pragma once

#include <stdexcept>

namespace bp::compute {

class LookupError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace bp::compute
