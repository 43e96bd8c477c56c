// Comparisons on the reference report's figures: % differences for counts, percentage points for
// percentages (never a % of a %), a zero base giving the plain difference, forced modes, and
// explicit verdicts (with marks) overriding the rules.
#include "compute/figures.hpp"
#include "compute/number_format.hpp"

#include "dataset_builder.hpp"
#include "input/data_reader.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>

using namespace bp::compute;
using bp::model::Polarity;
using bp::model::Unit;
using bp::model::Verdict;

namespace {

std::string fixture() {
    return std::string(BOARDPACK_SOURCE_DIR) + "/tests/unit/compute/fixtures/q1-2017";
}

const Window before = parse_window("12m:2016-06");
const Window after = parse_window("12m:2017-06");

int v(Verdict verdict) {
    return static_cast<int>(verdict);
}
int k(ChangeKind kind) {
    return static_cast<int>(kind);
}

} // namespace

BOOST_AUTO_TEST_SUITE(compare)

BOOST_AUTO_TEST_CASE(counts_compare_by_percent_difference) {
    auto data = bp::input::read_data_folder(fixture());
    Figures f(data);
    Comparison c = f.compare("asb.total", "force", before, after);
    BOOST_TEST(c.before == 24106.0);
    BOOST_TEST(c.after == 21705.0);
    BOOST_TEST(k(c.change.kind) == k(ChangeKind::Percent));
    BOOST_TEST(c.change.value == -9.9601758898, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(format_change(c.change, 2) == "\u22129.96%"); // the report printed −9.77%
    BOOST_TEST(v(c.verdict) == v(Verdict::Happy));
    BOOST_TEST(!c.explicit_verdict);

    Comparison ba = f.compare("asb.total", "bishop-auckland", before, after);
    BOOST_TEST(format_change(ba.change, 0) == "\u221225%");
    Comparison drugs = f.compare("drug.offences", "force", before, after);
    BOOST_TEST(format_change(drugs.change, 1) == "\u221218.8%");
}

BOOST_AUTO_TEST_CASE(percentages_compare_by_percentage_points) {
    auto data = bp::input::read_data_folder(fixture());
    Figures f(data);
    Comparison c = f.compare("alcohol.share", "force", before, after);
    BOOST_TEST(k(c.change.kind) == k(ChangeKind::Points));
    BOOST_TEST(c.change.value == 1.65); // not (12.98 − 11.33) / 11.33 = +14.6 %
    BOOST_TEST(format_change(c.change, 2) == "+1.65 pp");
    BOOST_TEST(c.rule_change == 1.65);
    // Forced % of a %: only when asked.
    Comparison forced = f.compare("alcohol.share", "force", before, after, ChangeMode::Percent);
    BOOST_TEST(k(forced.change.kind) == k(ChangeKind::Percent));
    BOOST_TEST(format_change(forced.change, 1) == "+14.6%");
    Comparison absolute = f.compare("alcohol.share", "force", before, after, ChangeMode::Absolute);
    BOOST_TEST(format_change(absolute.change, 2) == "+1.65 pp");
}

BOOST_AUTO_TEST_CASE(a_zero_base_gives_the_plain_difference) {
    auto data = bp::input::read_data_folder(fixture());
    Figures f(data);
    Comparison c = f.compare("s136.under18", "force", before, after);
    BOOST_TEST(c.before == 0.0);
    BOOST_TEST(k(c.change.kind) == k(ChangeKind::Difference));
    BOOST_TEST(c.change.value == 1.0);
    BOOST_TEST(format_change(c.change, 0) == "+1");
    BOOST_TEST(std::isinf(c.rule_change));
    BOOST_TEST(v(c.verdict) == v(Verdict::Unhappy)); // the report: ☹️
    Comparison over = f.compare("s136.over18", "force", before, after, ChangeMode::Absolute);
    BOOST_TEST(format_change(over.change, 0) == "\u22125");
    BOOST_TEST(v(over.verdict) == v(Verdict::Happy)); // judged on −31 %, whatever is shown
}

BOOST_AUTO_TEST_CASE(zero_to_zero_is_no_change) {
    bp::test::DatasetBuilder b;
    b.indicator("x", Unit::Count).area("force", "", "force");
    b.value("x", "force", "2016", 0).value("x", "force", "2017", 0);
    Figures f(b.data);
    Comparison c = f.compare("x", "force", parse_window("2016"), parse_window("2017"));
    BOOST_TEST(c.change.value == 0.0);
    BOOST_TEST(format_change(c.change, 0) == "0");
    // 0 → 0 of a lower-is-better count is the best value held: Happy, not a warning.
    BOOST_TEST(v(c.verdict) == v(Verdict::Happy));
}

BOOST_AUTO_TEST_CASE(negative_and_absolute_changes_of_counts) {
    bp::test::DatasetBuilder b;
    b.indicator("x", Unit::Count).area("force", "", "force");
    b.value("x", "force", "2016", 16).value("x", "force", "2017", 11);
    Figures f(b.data);
    Comparison c =
        f.compare("x", "force", parse_window("2016"), parse_window("2017"), ChangeMode::Absolute);
    BOOST_TEST(k(c.change.kind) == k(ChangeKind::Difference));
    BOOST_TEST(c.change.value == -5.0);
    BOOST_TEST(c.rule_change == -31.25);
}

BOOST_AUTO_TEST_CASE(rates_compare_by_plain_difference_in_their_unit) {
    bp::test::DatasetBuilder b;
    b.indicator("rate", Unit::Rate, Polarity::LowerIsBetter, 1).area("force", "", "force");
    b.value("rate", "force", "2016", 64.3).value("rate", "force", "2017", 64.7);
    Figures f(b.data);
    Comparison c = f.compare("rate", "force", parse_window("2016"), parse_window("2017"));
    BOOST_TEST(k(c.change.kind) == k(ChangeKind::Difference));
    BOOST_TEST(c.change.value == 0.4);
    BOOST_TEST(format_change(c.change, f.indicator("rate"), 1) == "+0.4 per 1,000");
    BOOST_TEST(v(c.verdict) == v(Verdict::Monitor));
}

BOOST_AUTO_TEST_CASE(explicit_verdicts_override_the_rules) {
    auto data = bp::input::read_data_folder(fixture());
    Figures f(data);
    // Darlington +2.78 %: the rules say unhappy, the Commissioner said monitor.
    Comparison d = f.compare("asb.total", "darlington", before, after);
    BOOST_TEST(d.rule_change == 2.7771703477, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(v(d.verdict) == v(Verdict::Monitor));
    BOOST_TEST(d.explicit_verdict);
    BOOST_TEST(d.verdict_pos.to_string() == fixture() + "/verdicts.csv:2:1");
    // +1.65 pp is within ±2 pp (monitor by the rules); the report says unhappy.
    BOOST_TEST(v(f.compare("alcohol.share", "force", before, after).verdict) ==
               v(Verdict::Unhappy));
    // Sexual offences: no face, a mark and its footnote.
    Comparison s = f.compare("sexual.offences", "force", before, after);
    BOOST_TEST(format_change(s.change, 0) == "+37%");
    BOOST_TEST(v(s.verdict) == v(Verdict::None));
    BOOST_TEST(s.explicit_verdict);
    BOOST_TEST(s.mark == "*");
    BOOST_TEST(s.note == "An increase in reported sexual offences can be seen as positive.");
    // The verdict belongs to the later window only.
    BOOST_TEST(!f.compare("asb.total", "darlington", parse_window("12m:2017-06"),
                          parse_window("12m:2016-06"))
                    .explicit_verdict);
    BOOST_TEST_REQUIRE(f.explicit_verdict("satisfaction", "force", parse_window("2016/17 Q1")));
    BOOST_TEST(!f.explicit_verdict("satisfaction", "force", parse_window("2016/17 Q2")));
}

BOOST_AUTO_TEST_CASE(quarters_compare_with_quarters) {
    auto data = bp::input::read_data_folder(fixture());
    Figures f(data);
    Comparison c =
        f.compare("satisfaction", "force", parse_window("2016/17 Q3"), parse_window("2016/17 Q4"));
    BOOST_TEST(format_change(c.change, 0) == "+12 pp");
    BOOST_TEST(v(c.verdict) == v(Verdict::Happy)); // higher is better
}

BOOST_AUTO_TEST_SUITE_END()
