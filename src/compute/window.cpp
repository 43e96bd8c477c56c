#include "compute/window.hpp"

#include "compute/lookup_error.hpp"

#include <string>

namespace bp::compute {

Window parse_window(std::string_view text) {
    std::string problem;
    auto period = model::parse_period(text, &problem);
    if (!period)
        throw LookupError("bad window \"" + std::string(text) + "\": " + problem + "; expected " +
                          std::string(model::period_forms));
    return *period;
}

} // namespace bp::compute
