// Reading a good data folder: every record, its fields and the place it came from.
#include "input/data_reader.hpp"

#include "core/error.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp::model;

namespace {
std::string good_dir() {
    return std::string(BOARDPACK_SOURCE_DIR) + "/tests/unit/data/good";
}
Period p(const char* text) {
    return *parse_period(text);
}
} // namespace

BOOST_AUTO_TEST_SUITE(data_reader)

BOOST_AUTO_TEST_CASE(reads_indicators) {
    Dataset data = bp::input::read_data_folder(good_dir());
    BOOST_TEST_REQUIRE(data.indicators().size() == 4u);
    const Indicator* asb = data.find_indicator("asb.total");
    BOOST_TEST_REQUIRE(asb);
    BOOST_TEST(asb->label == "Anti-social behaviour");
    BOOST_TEST(int(asb->unit) == int(Unit::Count));
    BOOST_TEST(int(asb->polarity) == int(Polarity::LowerIsBetter));
    BOOST_TEST(asb->additive);
    BOOST_TEST(asb->pos.to_string() == good_dir() + "/indicators.csv:3:1");
    const Indicator* sat = data.find_indicator("satisfaction");
    BOOST_TEST(sat->label == "Public satisfaction, all users");
    BOOST_TEST(int(sat->polarity) == int(Polarity::HigherIsBetter));
    BOOST_TEST(data.find_indicator("alcohol.share")->decimals == 2);
    BOOST_TEST(int(data.find_indicator("crime.rate")->unit) == int(Unit::Rate));
    BOOST_TEST(!data.find_indicator("nope"));
}

BOOST_AUTO_TEST_CASE(reads_areas_from_a_crlf_file_with_bom) {
    Dataset data = bp::input::read_data_folder(good_dir());
    BOOST_TEST_REQUIRE(data.areas().size() == 3u);
    BOOST_TEST(data.find_area("force")->parent == "");
    BOOST_TEST(data.find_area("chester-le-street")->name == "Chester le Street");
    BOOST_TEST(data.find_area("darlington")->pos.to_string() == good_dir() + "/areas.csv:4:1");
    auto sectors = data.areas_of_kind("sector");
    BOOST_TEST_REQUIRE(sectors.size() == 2u);
    BOOST_TEST(sectors[0]->id == "darlington");
    BOOST_TEST(sectors[1]->id == "chester-le-street");
    BOOST_TEST(data.children_of("force").size() == 2u);
    BOOST_TEST(data.children_of("darlington").empty());
}

BOOST_AUTO_TEST_CASE(reads_values_with_their_positions) {
    Dataset data = bp::input::read_data_folder(good_dir());
    BOOST_TEST(data.values().size() == 7u);
    const Value* v = data.find_value("asb.total", "force", p("12m:2016-06"));
    BOOST_TEST_REQUIRE(v);
    BOOST_TEST(v->value == 24106.0);
    BOOST_TEST(data.pos(*v).to_string() == good_dir() + "/values.csv:2:29");
    BOOST_TEST(data.find_value("alcohol.share", "force", p("12m:2017-06"))->value == 12.98);
    BOOST_TEST(data.find_value("satisfaction", "force", p("2016/17 Q1"))->value == 78.0);
    BOOST_TEST(data.find_value("crime.rate", "force", p("2016"))->value == 64.3);
    BOOST_TEST(!data.find_value("asb.total", "force", p("2017-06")));
    BOOST_TEST(data.values_of("asb.total", "force").size() == 2u);
}

BOOST_AUTO_TEST_CASE(reads_stated_figures_as_typed) {
    Dataset data = bp::input::read_data_folder(good_dir());
    BOOST_TEST_REQUIRE(data.stated().size() == 3u);
    const StatedFigure& s = data.stated()[0];
    BOOST_TEST(int(s.measure) == int(Measure::PctDifference));
    BOOST_TEST(s.from->text() == "12m:2016-06");
    BOOST_TEST(s.to.text() == "12m:2017-06");
    BOOST_TEST(s.value == -9.77);
    BOOST_TEST(s.decimals == 2);
    BOOST_TEST(s.text == "\u2212 9.77%");
    BOOST_TEST(s.source == "Q1 report page 2");
    BOOST_TEST(s.value_pos.to_string() == good_dir() + "/stated.csv:2:56");
    BOOST_TEST(data.stated()[1].value == 24106.0);
    BOOST_TEST(!data.stated()[1].from.has_value());
    BOOST_TEST(data.stated()[2].value == 1.65);
    BOOST_TEST(int(data.stated()[2].measure) == int(Measure::PpDifference));
}

BOOST_AUTO_TEST_CASE(reads_explicit_verdicts_with_marks_and_notes) {
    Dataset data = bp::input::read_data_folder(good_dir());
    BOOST_TEST_REQUIRE(data.verdicts().size() == 2u);
    const ExplicitVerdict* v = data.find_verdict("satisfaction", "force", p("2016/17 Q1"));
    BOOST_TEST_REQUIRE(v);
    BOOST_TEST(int(v->verdict) == int(Verdict::Happy));
    BOOST_TEST(v->mark == "*");
    BOOST_TEST(v->note == "A rise can be \"seen as positive\",\nsay victims' groups.");
    BOOST_TEST(v->pos.to_string() == good_dir() + "/verdicts.csv:3:1");
    BOOST_TEST(!data.find_verdict("satisfaction", "force", p("2016/17 Q2")));
}

BOOST_AUTO_TEST_CASE(a_missing_folder_is_an_error) {
    std::string dir = good_dir() + "-missing";
    try {
        bp::input::read_data_folder(dir);
        BOOST_FAIL("no error");
    } catch (const bp::InputError& e) {
        BOOST_TEST(std::string(e.what()) == dir + ": error: data folder not found");
    }
}

BOOST_AUTO_TEST_CASE(verdict_and_unit_words_round_trip) {
    for (Verdict v : {Verdict::None, Verdict::Happy, Verdict::Monitor, Verdict::Unhappy})
        BOOST_TEST(int(*parse_verdict(verdict_name(v))) == int(v));
    BOOST_TEST(!parse_verdict("Happy"));
    BOOST_TEST(!parse_unit("Count"));
    BOOST_TEST(int(*parse_polarity("neutral")) == int(Polarity::Neutral));
    BOOST_TEST(int(*parse_measure("pp-difference")) == int(Measure::PpDifference));
}

BOOST_AUTO_TEST_SUITE_END()
