#include "model/data_verdict.hpp"

namespace bp::model {

std::string_view verdict_name(Verdict verdict) {
    switch (verdict) {
    case Verdict::None:
        return "none";
    case Verdict::Happy:
        return "happy";
    case Verdict::Monitor:
        return "monitor";
    case Verdict::Unhappy:
        return "unhappy";
    }
    return "none";
}

std::optional<Verdict> parse_verdict(std::string_view text) {
    for (Verdict v : {Verdict::None, Verdict::Happy, Verdict::Monitor, Verdict::Unhappy})
        if (verdict_name(v) == text) return v;
    return std::nullopt;
}

} // namespace bp::model
