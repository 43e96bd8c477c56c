// Periods: parsing, printing, ordering and the months they cover (financial years run April to
// March).
#include "model/period.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <vector>

using bp::model::parse_period;
using bp::model::Period;

namespace {
Period p(const char* text) {
    auto out = parse_period(text);
    BOOST_TEST_REQUIRE(out.has_value(), text);
    return *out;
}
std::string why(const char* text) {
    std::string problem;
    BOOST_TEST(!parse_period(text, &problem).has_value(), text);
    return problem;
}
} // namespace

BOOST_AUTO_TEST_SUITE(period)

BOOST_AUTO_TEST_CASE(parses_and_prints_every_kind) {
    for (const char* text : {"2017-06", "2017/18 Q1", "2017/18 Q4", "2016/17", "2009",
                             "12m:2017-06", "1999/00", "2099/00 Q2", "12m:2017-12"})
        BOOST_TEST(p(text).text() == text);
    BOOST_TEST(int(p("2017-06").kind()) == int(Period::Kind::Month));
    BOOST_TEST(int(p("2017/18 Q1").kind()) == int(Period::Kind::FinancialQuarter));
    BOOST_TEST(int(p("2016/17").kind()) == int(Period::Kind::FinancialYear));
    BOOST_TEST(int(p("2016").kind()) == int(Period::Kind::CalendarYear));
    BOOST_TEST(int(p("12m:2017-06").kind()) == int(Period::Kind::Rolling12));
}

BOOST_AUTO_TEST_CASE(financial_quarters_cover_april_to_june_and_so_on) {
    BOOST_TEST(p("2017/18 Q1").first_month().text() == "2017-04");
    BOOST_TEST(p("2017/18 Q1").last_month().text() == "2017-06");
    BOOST_TEST(p("2017/18 Q2").first_month().text() == "2017-07");
    BOOST_TEST(p("2017/18 Q3").last_month().text() == "2017-12");
    BOOST_TEST(p("2017/18 Q4").first_month().text() == "2018-01");
    BOOST_TEST(p("2017/18 Q4").last_month().text() == "2018-03");
    BOOST_TEST(p("2017/18 Q4").month_count() == 3);
}

BOOST_AUTO_TEST_CASE(financial_year_boundaries) {
    Period fy = p("2016/17");
    BOOST_TEST(fy.first_month().text() == "2016-04");
    BOOST_TEST(fy.last_month().text() == "2017-03");
    BOOST_TEST(fy.month_count() == 12);
    BOOST_TEST(fy.covers(p("2017-03")));
    BOOST_TEST(fy.covers(p("2016-04")));
    BOOST_TEST(!fy.covers(p("2016-03")));
    BOOST_TEST(!fy.covers(p("2017-04")));
    BOOST_TEST(fy.covers(p("2016/17 Q4")));
    BOOST_TEST(!fy.covers(p("2017/18 Q1")));
    BOOST_TEST(p("1999/00").last_month().text() == "2000-03");
}

BOOST_AUTO_TEST_CASE(rolling_twelve_months_and_calendar_years) {
    Period r = p("12m:2017-06");
    BOOST_TEST(r.first_month().text() == "2016-07");
    BOOST_TEST(r.last_month().text() == "2017-06");
    auto months = r.months();
    BOOST_TEST(months.size() == 12u);
    BOOST_TEST(months[5].text() == "2016-12");
    BOOST_TEST(months[6].text() == "2017-01");
    BOOST_TEST(p("2016").first_month().text() == "2016-01");
    BOOST_TEST(p("2016").last_month().text() == "2016-12");
    BOOST_TEST(p("12m:2017-03").same_months(p("2016/17")));
    BOOST_TEST(p("12m:2016-12").same_months(p("2016")));
    BOOST_TEST(!p("12m:2017-06").same_months(p("2016/17")));
    BOOST_TEST((p("12m:2017-03") != p("2016/17")));
}

BOOST_AUTO_TEST_CASE(orders_chronologically) {
    std::vector<Period> periods{p("2017-06"), p("2016/17"),     p("2016-04"), p("2017/18 Q1"),
                                p("2017-04"), p("12m:2016-06"), p("2016-12")};
    std::sort(periods.begin(), periods.end());
    std::vector<std::string> texts;
    for (const Period& x : periods)
        texts.push_back(x.text());
    // 12m:2016-06 starts in July 2015, before everything else.
    std::vector<std::string> expected{"12m:2016-06", "2016-04",    "2016/17", "2016-12",
                                      "2017-04",     "2017/18 Q1", "2017-06"};
    BOOST_TEST(texts == expected, boost::test_tools::per_element());
    BOOST_TEST((p("2017-01") < p("2017-02")));
    BOOST_TEST((p("2016-12") < p("2017-01")));
    BOOST_TEST((p("2017-04") < p("2017/18 Q1"))); // same start, shorter first
}

BOOST_AUTO_TEST_CASE(rejects_bad_text_with_a_reason) {
    BOOST_TEST(why("2017-13") == "month must be 01 to 12");
    BOOST_TEST(why("2017-00") == "month must be 01 to 12");
    BOOST_TEST(why("2017/19") == "a financial year runs into the next year (e.g. 2016/17)");
    BOOST_TEST(why("2017/18 Q5") == "quarter must be Q1 to Q4");
    BOOST_TEST(why("2017/18 Q0") == "quarter must be Q1 to Q4");
    BOOST_TEST(why("") == "empty period");
    for (const char* bad : {"2017-6", "17-06", " 2017-06", "2017-06 ", "2017/18Q1", "2017/18 q1",
                            "12m:2017", "12m:2017-13", "24m:2017-06", "June 2017", "2017/2018",
                            "201", "0999", "abcd", "2017-06-30", "2017/18 Q12"})
        BOOST_TEST(!parse_period(bad).has_value(), bad);
}

BOOST_AUTO_TEST_SUITE_END()
