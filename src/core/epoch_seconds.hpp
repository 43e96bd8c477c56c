// The one reader of a date given as seconds since 1970 (SOURCE_DATE_EPOCH, `mail --date`):
// strictly decimal digits, 0 to 253402300799 (9999-12-31T23:59:59Z), anything else refused.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bp {

// The last second a four-digit year can stamp: 9999-12-31T23:59:59Z.
constexpr long long kLastEpochSecond = 253402300799LL;

// `text` as seconds, or nothing if it is not 1 to 12 decimal digits in 0..kLastEpochSecond
// ("abc", "-1", "+5", "1e9", "0x10", " 5", "" and 10^15 are all refused).
std::optional<long long> epoch_seconds(std::string_view text);

// What a refused value should say: "<what> is 'abc', not a whole number of seconds since
// 1970 from 0 to 253402300799 (the end of year 9999)".
std::string epoch_refusal(const std::string& what, std::string_view text);

// SOURCE_DATE_EPOCH: nothing when unset or empty; its seconds when valid. Throws
// bp::OutputError ("boardpack: error: SOURCE_DATE_EPOCH is …") when it is set but malformed or
// out of range, rather than silently ignoring it.
std::optional<long long> source_date_epoch();

} // namespace bp
