#include "compute/verdict_words.hpp"

#include "compute/window_label.hpp"

namespace bp::compute {

const std::string& VerdictWords::word(model::Verdict verdict) const {
    static const std::string none;
    switch (verdict) {
    case model::Verdict::Happy:
        return happy;
    case model::Verdict::Monitor:
        return monitor;
    case model::Verdict::Unhappy:
        return unhappy;
    case model::Verdict::None:
        break;
    }
    return none;
}

std::string VerdictWords::alt(model::Verdict verdict) const {
    const std::string& w = word(verdict);
    if (w.empty()) return {};
    return filled(alt_pattern, {{"{verdict}", w}});
}

VerdictWords VerdictWords::from(const model::Theme& theme) {
    VerdictWords w;
    auto take = [&](const char* key, std::string& into) {
        const std::string& v = theme.label(key);
        if (!v.empty()) into = v;
    };
    take("happy", w.happy);
    take("monitor", w.monitor);
    take("unhappy", w.unhappy);
    take("verdict-alt", w.alt_pattern);
    return w;
}

} // namespace bp::compute
