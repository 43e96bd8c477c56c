#include "model/period.hpp"

#include <charconv>

namespace bp::model {

namespace {

constexpr int first_year = 1000;
constexpr int last_year = 9999;

// April of the financial year starting in `start_year`, as a serial month.
int april(int start_year) {
    return start_year * 12 + 3;
}

std::string two_digits(int n) {
    return std::string(1, char('0' + n / 10)) + char('0' + n % 10);
}

// Parses exactly `digits` decimal digits.
std::optional<int> digits_at(std::string_view text, std::size_t pos, std::size_t digits) {
    if (pos + digits > text.size()) return std::nullopt;
    int out = 0;
    for (std::size_t i = pos; i < pos + digits; ++i) {
        char c = text[i];
        if (c < '0' || c > '9') return std::nullopt;
        out = out * 10 + (c - '0');
    }
    return out;
}

// Sets *problem (if given) and returns nullopt.
std::optional<Period> fail(std::string* problem, std::string why) {
    if (problem) *problem = std::move(why);
    return std::nullopt;
}

std::optional<Period> parse_month(std::string_view text, std::string* problem) {
    auto y = digits_at(text, 0, 4);
    auto m = digits_at(text, 5, 2);
    if (text.size() != 7 || text[4] != '-' || !y || !m)
        return fail(problem, "expected a month as YYYY-MM");
    if (*y < first_year) return fail(problem, "year out of range");
    if (*m < 1 || *m > 12) return fail(problem, "month must be 01 to 12");
    return Period::month(*y, *m);
}

// "YYYY/YY" at the start of text: the financial year's start year.
std::optional<int> parse_financial_year(std::string_view text, std::string* problem) {
    auto y = digits_at(text, 0, 4);
    auto next = digits_at(text, 5, 2);
    if (text.size() < 7 || text[4] != '/' || !y || !next) {
        fail(problem, "expected a financial year as YYYY/YY");
        return std::nullopt;
    }
    if (*y < first_year || *y >= last_year) {
        fail(problem, "year out of range");
        return std::nullopt;
    }
    if ((*y + 1) % 100 != *next) {
        fail(problem, "a financial year runs into the next year (e.g. 2016/17)");
        return std::nullopt;
    }
    return *y;
}

} // namespace

Period Period::month(int year, int month) {
    return Period(Kind::Month, year * 12 + month - 1);
}
Period Period::financial_quarter(int start_year, int quarter) {
    return Period(Kind::FinancialQuarter, april(start_year) + (quarter - 1) * 3);
}
Period Period::financial_year(int start_year) {
    return Period(Kind::FinancialYear, april(start_year));
}
Period Period::calendar_year(int year) {
    return Period(Kind::CalendarYear, year * 12);
}
Period Period::rolling12(int end_year, int end_month) {
    return Period(Kind::Rolling12, end_year * 12 + end_month - 1 - 11);
}
Period Period::year_to_date(int end_year, int end_month) {
    const int end = end_year * 12 + end_month - 1;
    const int first = april((end - 3) / 12);
    return Period(Kind::YearToDate, first, end - first);
}
Period Period::month_range(int first, int last) {
    return Period(Kind::MonthRange, first, last - first);
}
Period Period::from_serial(int serial) {
    return Period(Kind::Month, serial);
}

int Period::last_serial() const {
    switch (kind_) {
    case Kind::Month:
        return first_;
    case Kind::FinancialQuarter:
        return first_ + 2;
    case Kind::FinancialYear:
    case Kind::CalendarYear:
    case Kind::Rolling12:
        return first_ + 11;
    case Kind::YearToDate:
    case Kind::MonthRange:
        return first_ + span_;
    }
    return first_;
}

std::vector<Period> Period::months() const {
    std::vector<Period> out;
    for (int s = first_; s <= last_serial(); ++s)
        out.push_back(from_serial(s));
    return out;
}

bool Period::covers(const Period& other) const {
    return first_ <= other.first_ && other.last_serial() <= last_serial();
}

std::string Period::text() const {
    auto month_text = [](int serial) {
        return std::to_string(serial / 12) + "-" + two_digits(serial % 12 + 1);
    };
    int fy = (first_ - 3) / 12; // start year of the financial year containing first_
    switch (kind_) {
    case Kind::Month:
        return month_text(first_);
    case Kind::FinancialQuarter:
        return std::to_string(fy) + "/" + two_digits((fy + 1) % 100) + " Q" +
               std::to_string((first_ - april(fy)) / 3 + 1);
    case Kind::FinancialYear:
        return std::to_string(fy) + "/" + two_digits((fy + 1) % 100);
    case Kind::CalendarYear:
        return std::to_string(year());
    case Kind::Rolling12:
        return "12m:" + month_text(last_serial());
    case Kind::YearToDate:
        return "ytd:" + month_text(last_serial());
    case Kind::MonthRange:
        return month_text(first_) + ".." + month_text(last_serial());
    }
    return {};
}

std::optional<Period> parse_period(std::string_view text, std::string* problem) {
    if (text.empty()) return fail(problem, "empty period");
    if (text.starts_with("12m:")) {
        auto m = parse_month(text.substr(4), problem);
        if (!m) return std::nullopt;
        if (m->first_serial() - 11 < first_year * 12) return fail(problem, "year out of range");
        return Period::rolling12(m->year(), m->month_of_year());
    }
    if (text.size() == 4) {
        auto y = digits_at(text, 0, 4);
        if (!y) return fail(problem, "expected a calendar year as YYYY");
        if (*y < first_year) return fail(problem, "year out of range");
        return Period::calendar_year(*y);
    }
    if (text.size() == 7 && text[4] == '-') return parse_month(text, problem);
    if (text.size() >= 7 && text[4] == '/') {
        auto fy = parse_financial_year(text, problem);
        if (!fy) return std::nullopt;
        if (text.size() == 7) return Period::financial_year(*fy);
        auto q = digits_at(text, 9, 1);
        if (text.size() != 10 || text.substr(7, 2) != " Q" || !q)
            return fail(problem, "expected a financial quarter as YYYY/YY Qn");
        if (*q < 1 || *q > 4) return fail(problem, "quarter must be Q1 to Q4");
        return Period::financial_quarter(*fy, *q);
    }
    return fail(problem, "not a period");
}

} // namespace bp::model
