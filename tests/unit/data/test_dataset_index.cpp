// The data set's compact storage: numbers for names and series, flat hash indexes, months in
// pages, and values kept as 32 bytes whose names and positions come back on demand.
#include "model/dataset.hpp"
#include "model/flat_index.hpp"
#include "model/name_table.hpp"
#include "model/period_index.hpp"

#include "core/error.hpp"

#include <boost/test/unit_test.hpp>

#include <stdexcept>
#include <string>
#include <vector>

using namespace bp::model;

namespace {
// A count indicator with the given polarity.
Indicator indicator(const char* id, const char* label, Polarity polarity, bool additive) {
    Indicator ind;
    ind.id = id;
    ind.label = label;
    ind.unit = Unit::Count;
    ind.polarity = polarity;
    ind.additive = additive;
    return ind;
}
} // namespace

namespace {
Period p(const char* text) {
    return *parse_period(text);
}
} // namespace

BOOST_AUTO_TEST_SUITE(dataset_index)

BOOST_AUTO_TEST_CASE(flat_index_keeps_the_first_number_of_each_key) {
    FlatIndex index;
    BOOST_TEST(index.find(7) == FlatIndex::none);
    for (std::uint32_t i = 0; i < 10000; ++i)
        BOOST_TEST_REQUIRE(index.insert(pair_key(i % 100, i / 100), i) == FlatIndex::none);
    BOOST_TEST(index.size() == 10000u);
    BOOST_TEST(index.insert(pair_key(3, 5), 1) == 503u); // taken: the old number is kept
    BOOST_TEST(index.find(pair_key(3, 5)) == 503u);
    BOOST_TEST(index.find(pair_key(99, 99)) == 9999u);
    BOOST_TEST(index.find(pair_key(100, 0)) == FlatIndex::none);
    BOOST_TEST(index.find(0) == 0u);
}

BOOST_AUTO_TEST_CASE(name_table_numbers_names_in_order_of_first_use) {
    NameTable names;
    BOOST_TEST(names.find("force") == NameTable::none);
    BOOST_TEST(names.intern("force") == 0u);
    BOOST_TEST(names.intern("north") == 1u);
    BOOST_TEST(names.intern("force") == 0u);
    for (int i = 0; i < 500; ++i)
        names.intern("sector-" + std::to_string(i));
    BOOST_TEST(names.size() == 502u);
    BOOST_TEST(names.find("sector-499") == 501u);
    BOOST_TEST(names.name(501) == "sector-499");
    BOOST_TEST(names.find("sector-500") == NameTable::none);
    BOOST_TEST(names.intern("") == 502u); // the empty name is a name too
    BOOST_TEST(names.find("") == 502u);
}

BOOST_AUTO_TEST_CASE(period_index_finds_every_kind_and_runs_of_months) {
    PeriodIndex index;
    // Months in reverse order across three pages, and every longer kind at the same start.
    for (int s = 2017 * 12 + 5; s >= 2015 * 12 + 6; --s)
        BOOST_TEST_REQUIRE(index.insert(4, Period::from_serial(s), std::uint32_t(s)) ==
                           PeriodIndex::none);
    for (const char* text : {"2016/17 Q1", "2016/17", "2016", "12m:2017-03"})
        BOOST_TEST(index.insert(4, p(text), 1) == PeriodIndex::none);
    BOOST_TEST(index.insert(4, p("2016/17"), 2) == 1u); // a duplicate
    BOOST_TEST(index.find(4, p("2016-04")) == std::uint32_t(2016 * 12 + 3));
    BOOST_TEST(index.find(4, p("2015-05")) == PeriodIndex::none);
    BOOST_TEST(index.find(5, p("2016-04")) == PeriodIndex::none); // another series
    BOOST_TEST(index.find(4, p("2016/17 Q2")) == PeriodIndex::none);
    BOOST_TEST(index.find(4, p("12m:2017-03")) == 1u);

    std::vector<int> seen;
    std::vector<std::uint32_t> numbers;
    index.for_each_month(4, 2015 * 12 + 4, 2017 * 12 + 7, [&](int serial, std::uint32_t n) {
        seen.push_back(serial);
        numbers.push_back(n);
    });
    BOOST_TEST_REQUIRE(seen.size() == 28u);
    for (std::size_t i = 0; i < seen.size(); ++i) {
        BOOST_TEST(seen[i] == 2015 * 12 + 4 + int(i));
        bool stored = seen[i] >= 2015 * 12 + 6 && seen[i] <= 2017 * 12 + 5;
        BOOST_TEST(numbers[i] == (stored ? std::uint32_t(seen[i]) : PeriodIndex::none));
    }
}

BOOST_AUTO_TEST_CASE(period_index_takes_any_month_serial) {
    PeriodIndex index;
    for (int s : {-17, -16, -1, 0, 15, 16, 1 << 20})
        BOOST_TEST(index.insert(0, Period::from_serial(s), std::uint32_t(s + 100)) ==
                   PeriodIndex::none);
    for (int s : {-17, -16, -1, 0, 15, 16, 1 << 20})
        BOOST_TEST(index.find(0, Period::from_serial(s)) == std::uint32_t(s + 100));
    BOOST_TEST(index.find(0, Period::from_serial(-2)) == PeriodIndex::none);
}

BOOST_AUTO_TEST_CASE(values_are_small_and_give_back_their_names_and_places) {
    static_assert(sizeof(Value) == 32);
    Dataset data;
    data.add_indicator(indicator("asb", "ASB", Polarity::LowerIsBetter, true));
    data.add_area({"force", "Force", "force", "", {}, {}});
    std::uint32_t series = data.series_number("asb", "force");
    std::uint32_t file = data.file_number("d/values.csv");
    data.add_value(Value{12, p("2017-06"), series, file, 3, 25});
    data.add_value(
        NamedValue{"asb", "force", p("2017-07"), 13, bp::SourcePos{"d/values.csv", 4, 25}});
    BOOST_TEST(data.values().size() == 2u);
    BOOST_TEST(data.values()[1].series == series); // the same series and file numbers
    BOOST_TEST(data.values()[1].file == file);
    BOOST_TEST(data.pos(data.values()[0]).to_string() == "d/values.csv:3:25");
    NamedValue named = data.named(data.values()[1]);
    BOOST_TEST(named.indicator == "asb");
    BOOST_TEST(named.area == "force");
    BOOST_TEST(named.period.text() == "2017-07");
    BOOST_TEST(named.value == 13.0);
    BOOST_TEST(named.pos.to_string() == "d/values.csv:4:25");
    BOOST_TEST(data.find_value(series, p("2017-07"))->value == 13.0);
    BOOST_TEST(data.find_value("asb", "force", p("2017-06"))->value == 12.0);
    BOOST_TEST(!data.find_value("asb", "north", p("2017-06")));
    BOOST_TEST(data.series_key(series).indicator == data.indicator_number("asb"));
    BOOST_TEST(data.series_key(series).area == data.area_number("force"));
    BOOST_TEST(*data.find_series(SeriesKey{0, 0}) == series);
    BOOST_TEST(!data.find_series("asb", "nowhere"));
    BOOST_CHECK_THROW(data.add_value(Value{1, p("2017-08"), series + 1, file, 5, 25}),
                      std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(duplicates_name_both_places) {
    Dataset data;
    data.add_value(NamedValue{"asb", "force", p("2017/18 Q1"), 1, bp::SourcePos{"v.csv", 2, 20}});
    try {
        data.add_value(
            NamedValue{"asb", "force", p("2017/18 Q1"), 2, bp::SourcePos{"v.csv", 7, 20}});
        BOOST_FAIL("no error");
    } catch (const bp::InputError& e) {
        BOOST_TEST(std::string(e.what()) == "v.csv:7:20: error: duplicate value for asb / force / "
                                            "2017/18 Q1 (first given at v.csv:2:20)");
    }
    data.add_value(NamedValue{"asb", "force", p("2017-04"), 1, {}}); // a month of that quarter
    BOOST_TEST(data.values().size() == 2u);
}

BOOST_AUTO_TEST_CASE(names_without_records_still_number_and_copies_stand_alone) {
    // Values may name an indicator or area before (or without) its record.
    Dataset data;
    data.add_value(NamedValue{"later", "somewhere", p("2017-06"), 5, {}});
    BOOST_TEST(!data.find_indicator("later"));
    data.add_indicator(indicator("later", "Later", Polarity::Neutral, false));
    BOOST_TEST_REQUIRE(data.find_indicator("later"));
    BOOST_TEST(data.find_indicator("later")->label == "Later");
    BOOST_TEST(data.indicator_at(data.indicator_number("later")) == data.find_indicator("later"));
    BOOST_TEST(!data.find_area("somewhere"));
    Dataset copy = data;
    data = Dataset();
    BOOST_TEST(copy.find_value("later", "somewhere", p("2017-06"))->value == 5.0);
    BOOST_TEST(copy.find_indicator("later")->label == "Later");
    BOOST_TEST(copy.values_of("later", "somewhere").size() == 1u);
}

BOOST_AUTO_TEST_CASE(for_each_month_gives_values_in_order) {
    Dataset data;
    for (int s = 2016 * 12; s < 2016 * 12 + 12; s += 2)
        data.add_value(NamedValue{"i", "a", Period::from_serial(s), double(s), {}});
    std::vector<double> got;
    data.for_each_month(*data.find_series("i", "a"), 2016 * 12, 2016 * 12 + 3,
                        [&](int, const Value* v) { got.push_back(v ? v->value : -1); });
    std::vector<double> expected{2016 * 12.0, -1, 2016 * 12.0 + 2, -1};
    BOOST_TEST(got == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
