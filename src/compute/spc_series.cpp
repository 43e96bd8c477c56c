#include "compute/spc_series.hpp"

#include "compute/lookup_error.hpp"
#include "compute/window.hpp"

#include <cmath>

namespace bp::compute {

SpcSeries spc_series(std::span<const double> values, const XmrOptions& options,
                     const SpcRuleOptions& rules, model::Polarity polarity,
                     std::optional<double> target) {
    SpcSeries out;
    out.chart = compute_xmr(values, options);
    out.points = special_causes(out.chart, polarity, rules);
    out.variation = variation_icon(out.points);
    out.assurance = assurance_icon(out.chart, target, polarity);
    return out;
}

std::vector<std::size_t> rebase_indices(const std::vector<std::string>& months, int from_serial,
                                        std::size_t count) {
    std::vector<std::size_t> out;
    for (const auto& text : months) {
        const Window w = parse_window(text);
        if (w.kind() != model::Period::Kind::Month)
            throw LookupError("rebase takes months (e.g. rebase=\"2024-04\"), not '" + text + "'");
        const int i = w.first_serial() - from_serial;
        if (i <= 0 || static_cast<std::size_t>(i) >= count)
            throw LookupError("the rebase month " + text +
                              " is not after the first month and within the months shown");
        out.push_back(static_cast<std::size_t>(i));
    }
    return out;
}

std::vector<double> monthly_targets(const Figures& figures, const std::string& indicator,
                                    const std::string& area, int from_serial, std::size_t count) {
    const auto points = figures.target_series(indicator, area);
    std::vector<double> values(count, std::nan(""));
    std::vector<int> span(count, 0);
    for (const auto& p : points)
        for (int m = p.window.first_serial(); m <= p.window.last_serial(); ++m) {
            const int i = m - from_serial;
            if (i < 0 || i >= static_cast<int>(count)) continue;
            const int len = p.window.last_serial() - p.window.first_serial() + 1;
            const auto k = static_cast<std::size_t>(i);
            if (span[k] == 0 || len < span[k]) values[k] = p.value, span[k] = len;
        }
    return values;
}

} // namespace bp::compute
