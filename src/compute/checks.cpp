#include "compute/checks.hpp"

namespace bp::compute {

std::vector<Diagnostic> check_dataset(const model::Dataset& data, const Figures& figures) {
    std::vector<Diagnostic> out;
    for (auto* check : {&check_child_totals, &check_stored_totals, &check_stated}) {
        auto found = check(data, figures);
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

} // namespace bp::compute
