#include "display/display_list.hpp"

#include <cmath>

namespace bp::display {

const std::vector<double>& Stroke::drawn_dash() const {
    static const std::vector<double> solid;
    double total = 0;
    for (double d : dash) {
        if (!std::isfinite(d) || d < 0) return solid;
        total += d;
    }
    if (dash.size() > 16 || total <= 0) return solid;
    return dash;
}

} // namespace bp::display
