#include "core/epoch_seconds.hpp"

#include "core/error.hpp"

#include <cstdlib>

namespace bp {

std::optional<long long> epoch_seconds(std::string_view text) {
    if (text.empty() || text.size() > 12) return std::nullopt;
    long long t = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        t = t * 10 + (c - '0');
    }
    if (t > kLastEpochSecond) return std::nullopt;
    return t;
}

std::string epoch_refusal(const std::string& what, std::string_view text) {
    std::string shown;
    for (char c : text.substr(0, 40))
        shown += (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) ? '?' : c;
    return what + " is '" + shown + (text.size() > 40 ? "…" : "") +
           "', not a whole number of seconds since 1970 from 0 to " +
           std::to_string(kLastEpochSecond) + " (the end of year 9999)";
}

std::optional<long long> source_date_epoch() {
    const char* v = std::getenv("SOURCE_DATE_EPOCH");
    if (!v || !*v) return std::nullopt;
    const auto t = epoch_seconds(v);
    if (!t) throw OutputError("boardpack: error: " + epoch_refusal("SOURCE_DATE_EPOCH", v));
    return t;
}

} // namespace bp
