// A named run of months that indicator figures refer to: a month ("2017-06"), a financial
// quarter ("2017/18 Q1" = April–June 2017), a financial year ("2016/17" = April 2016–March
// 2017), a calendar year ("2009") or the rolling 12 months to the end of a month
// ("12m:2017-06" = July 2016–June 2017). Parsed from and printed as that text. Windows (not
// data) may also be a financial year to date ("ytd:2026-10" = April–October 2026) or a range
// of months ("2025-11..2026-10"); compute::parse_window reads those.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp::model {

class Period {
public:
    enum class Kind : std::uint8_t {
        Month,
        FinancialQuarter,
        FinancialYear,
        CalendarYear,
        Rolling12,
        YearToDate,
        MonthRange
    };
    // The longest range of months a window may span.
    static constexpr int max_range_months = 1200;

    // Factories; they assume valid arguments (month 1–12, quarter 1–4, year 1000–9999).
    static Period month(int year, int month);
    static Period financial_quarter(int start_year, int quarter); // start_year/start_year+1
    static Period financial_year(int start_year);                 // April start_year – March
    static Period calendar_year(int year);
    static Period rolling12(int end_year, int end_month); // 12 months ending with that month
    // April of the month's financial year to that month (end_month 1–12).
    static Period year_to_date(int end_year, int end_month);
    // The months `first` to `last` (serials; first <= last, at most max_range_months).
    static Period month_range(int first, int last);
    // The month with the given serial number (year * 12 + month − 1).
    static Period from_serial(int serial);

    Kind kind() const { return kind_; }
    // The first and last month covered, as serial numbers (year * 12 + month − 1).
    int first_serial() const { return first_; }
    int last_serial() const;
    // The first and last month covered, as Month periods.
    Period first_month() const { return from_serial(first_); }
    Period last_month() const { return from_serial(last_serial()); }
    // Every month covered, in order.
    std::vector<Period> months() const;
    int month_count() const { return last_serial() - first_ + 1; }
    // For a Month: its calendar year and month (1–12).
    int year() const { return first_ / 12; }
    int month_of_year() const { return first_ % 12 + 1; }
    // True if every month of `other` lies within this period.
    bool covers(const Period& other) const;
    // Same months, whatever the kind ("12m:2017-03" and "2016/17").
    bool same_months(const Period& other) const {
        return first_ == other.first_ && last_serial() == other.last_serial();
    }

    // The canonical text: "2017-06", "2017/18 Q1", "2016/17", "2009", "12m:2017-06",
    // "ytd:2026-10", "2025-11..2026-10".
    std::string text() const;

    // Chronological: by first month, then last month, then kind.
    friend auto operator<=>(const Period& a, const Period& b) {
        if (auto c = a.first_ <=> b.first_; c != 0) return c;
        if (auto c = a.last_serial() <=> b.last_serial(); c != 0) return c;
        return a.kind_ <=> b.kind_;
    }
    friend bool operator==(const Period& a, const Period& b) = default;

private:
    Period(Kind kind, int first, int span = 0)
        : kind_(kind), span_(static_cast<std::uint16_t>(span)), first_(first) {}
    Kind kind_ = Kind::Month;
    std::uint16_t span_ = 0; // YearToDate, MonthRange: months after the first (8 bytes in all)
    int first_ = 0;
};

// Parses period text exactly as Period::text() prints it (no surrounding spaces), but not the
// two window-only kinds (YearToDate, MonthRange), which data never stores. On failure
// returns nullopt and, if `problem` is given, says what is wrong.
std::optional<Period> parse_period(std::string_view text, std::string* problem = nullptr);

// The accepted forms, for error messages.
inline constexpr std::string_view period_forms =
    "a month (2017-06), financial quarter (2017/18 Q1), financial year (2016/17), calendar "
    "year (2016) or 12 months to a month's end (12m:2017-06)";

} // namespace bp::model
