#include "model/data_number.hpp"

#include <charconv>
#include <cstdint>

namespace bp::model {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

std::optional<TypedNumber> fail(std::string* problem, std::string why) {
    if (problem) *problem = std::move(why);
    return std::nullopt;
}

// Why `text` is not a number at all, for the common wrong forms.
std::string not_a_number(std::string_view text) {
    std::string lower;
    for (char c : text)
        lower += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    if (lower.find("nan") != std::string::npos || lower.find("inf") != std::string::npos)
        return "NaN and infinity are not values";
    for (std::size_t i = 1; i < text.size(); ++i)
        if ((text[i] == 'e' || text[i] == 'E') && is_digit(text[i - 1]))
            return "exponent notation is not accepted; write the number in full";
    return "not a number";
}

// Converts "digits[.digits]" (already validated, no sign) with the sign applied.
std::optional<TypedNumber> convert(std::string_view digits, bool negative, std::string* problem) {
    auto dot = digits.find('.');
    std::string_view integer = digits.substr(0, dot);
    int decimals = dot == std::string_view::npos ? 0 : static_cast<int>(digits.size() - dot - 1);
    auto nz = integer.find_first_not_of('0');
    std::size_t significant = nz == std::string_view::npos ? 0 : integer.size() - nz;
    if (significant > 15) return fail(problem, "too large (more than 15 digits before the point)");
    if (decimals > 9) return fail(problem, "too many decimals (more than 9)");
    double value = 0;
    if (decimals == 0) { // at most 15 significant digits: exact in a double, as from_chars gives
        std::uint64_t whole = 0;
        for (char c : integer)
            whole = whole * 10 + static_cast<std::uint64_t>(c - '0');
        value = static_cast<double>(whole);
    } else {
        auto res = std::from_chars(digits.data(), digits.data() + digits.size(), value,
                                   std::chars_format::fixed);
        if (res.ec != std::errc() || res.ptr != digits.data() + digits.size())
            return fail(problem, "not a number");
    }
    TypedNumber out;
    out.value = negative && value != 0 ? -value : value;
    out.decimals = decimals;
    return out;
}

// Checks "digits[.digits]" with no separators.
bool plain_digits(std::string_view s) {
    auto dot = s.find('.');
    std::string_view integer = s.substr(0, dot);
    if (integer.empty()) return false;
    for (char c : integer)
        if (!is_digit(c)) return false;
    if (dot == std::string_view::npos) return true;
    std::string_view fraction = s.substr(dot + 1);
    if (fraction.empty()) return false;
    for (char c : fraction)
        if (!is_digit(c)) return false;
    return true;
}

} // namespace

std::optional<TypedNumber> parse_plain_number(std::string_view text, std::string* problem) {
    if (text.empty()) return fail(problem, "empty value");
    bool negative = text.front() == '-';
    std::string_view digits = negative ? text.substr(1) : text;
    if (plain_digits(digits)) return convert(digits, negative, problem);
    if (text.find(',') != std::string_view::npos && plain_digits(digits.substr(0, 1)))
        return fail(problem, "write values without thousands separators");
    return fail(problem, not_a_number(text));
}

std::optional<TypedNumber> parse_typed_figure(std::string_view text, std::string* problem) {
    if (text.empty()) return fail(problem, "empty figure");
    std::string_view s = text;
    bool negative = false;
    if (s.starts_with("\u2212") || s.starts_with("-") || s.starts_with("+")) {
        negative = s.front() != '+';
        s.remove_prefix(s.front() == '+' || s.front() == '-' ? 1 : 3);
        if (s.starts_with(" ")) s.remove_prefix(1);
    }
    TypedNumber out;
    for (std::string_view suffix : {"%", "pp"}) {
        if (s.ends_with(suffix)) {
            out.suffix = suffix;
            s.remove_suffix(suffix.size());
            if (s.ends_with(" ")) s.remove_suffix(1);
            break;
        }
    }
    // Remove thousands separators, which must group the integer part in threes.
    auto dot = s.find('.');
    std::string_view integer = s.substr(0, dot);
    std::string digits;
    if (integer.find(',') != std::string_view::npos) {
        bool first = true;
        std::size_t start = 0;
        while (true) {
            auto comma = integer.find(',', start);
            std::size_t len = (comma == std::string_view::npos ? integer.size() : comma) - start;
            if ((first && (len < 1 || len > 3)) || (!first && len != 3))
                return fail(problem, "thousands separators must group digits in threes");
            first = false;
            if (comma == std::string_view::npos) break;
            start = comma + 1;
        }
        for (char c : integer)
            if (c != ',') digits += c;
        if (dot != std::string_view::npos) digits += s.substr(dot);
    } else {
        digits = s;
    }
    if (!plain_digits(digits)) return fail(problem, not_a_number(text));
    auto number = convert(digits, negative, problem);
    if (!number) return std::nullopt;
    out.value = number->value;
    out.decimals = number->decimals;
    return out;
}

} // namespace bp::model
