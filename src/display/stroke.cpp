#include "display/display_list.hpp"

#include <cmath>

namespace bp::display {

std::vector<double> Stroke::drawn_dash() const {
    double total = 0;
    for (double d : dash) {
        if (!std::isfinite(d) || d < 0) return {};
        total += d;
    }
    if (dash.size() > 16 || total <= 0) return {};
    return dash;
}

} // namespace bp::display
