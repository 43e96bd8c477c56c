// Verdict rules at and around their thresholds, for both polarities, neutral, custom limits,
// and binary noise that must not move a figure across a threshold.
#include "compute/figures.hpp"
#include "compute/theme_verdict_rules.hpp"
#include "compute/verdict_rules.hpp"
#include "core/error.hpp"
#include "input/theme_reader.hpp"

#include "dataset_builder.hpp"

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <stdexcept>

using namespace bp::compute;
using bp::model::Polarity;
using bp::model::Unit;
using bp::model::Verdict;

namespace {
int v(Verdict verdict) {
    return static_cast<int>(verdict);
}
constexpr double inf = std::numeric_limits<double>::infinity();
} // namespace

BOOST_AUTO_TEST_SUITE(verdict_rules)

BOOST_AUTO_TEST_CASE(lower_is_better_defaults_at_the_thresholds) {
    VerdictRules r;
    BOOST_TEST(v(r.judge(Polarity::LowerIsBetter, -2.0)) == v(Verdict::Happy));
    BOOST_TEST(v(r.judge(Polarity::LowerIsBetter, -1.999)) == v(Verdict::Monitor));
    BOOST_TEST(v(r.judge(Polarity::LowerIsBetter, 0.0)) == v(Verdict::Monitor));
    BOOST_TEST(v(r.judge(Polarity::LowerIsBetter, 1.999)) == v(Verdict::Monitor));
    BOOST_TEST(v(r.judge(Polarity::LowerIsBetter, 2.0)) == v(Verdict::Unhappy));
    BOOST_TEST(v(r.judge(Polarity::LowerIsBetter, -inf)) == v(Verdict::Happy));
    BOOST_TEST(v(r.judge(Polarity::LowerIsBetter, inf)) == v(Verdict::Unhappy));
}

BOOST_AUTO_TEST_CASE(higher_is_better_mirrors_them) {
    VerdictRules r;
    BOOST_TEST(v(r.judge(Polarity::HigherIsBetter, 2.0)) == v(Verdict::Happy));
    BOOST_TEST(v(r.judge(Polarity::HigherIsBetter, 1.999)) == v(Verdict::Monitor));
    BOOST_TEST(v(r.judge(Polarity::HigherIsBetter, -1.999)) == v(Verdict::Monitor));
    BOOST_TEST(v(r.judge(Polarity::HigherIsBetter, -2.0)) == v(Verdict::Unhappy));
}

BOOST_AUTO_TEST_CASE(neutral_and_nan_have_no_verdict) {
    VerdictRules r;
    BOOST_TEST(v(r.judge(Polarity::Neutral, -50)) == v(Verdict::None));
    BOOST_TEST(v(r.judge(Polarity::Neutral, 50)) == v(Verdict::None));
    BOOST_TEST(v(r.judge(Polarity::LowerIsBetter, std::nan(""))) == v(Verdict::None));
    BOOST_TEST(!r.limits(Polarity::Neutral).has_value());
}

BOOST_AUTO_TEST_CASE(limits_can_be_set_and_are_checked) {
    VerdictRules r;
    r.set(Polarity::LowerIsBetter, -5, 0);
    BOOST_TEST(v(r.judge(Polarity::LowerIsBetter, -4.9)) == v(Verdict::Monitor));
    BOOST_TEST(v(r.judge(Polarity::LowerIsBetter, -5)) == v(Verdict::Happy));
    BOOST_TEST(v(r.judge(Polarity::LowerIsBetter, 0)) == v(Verdict::Unhappy));
    BOOST_TEST(r.limits(Polarity::LowerIsBetter)->happy == -5.0);
    r.set(Polarity::HigherIsBetter, 1, -1);
    BOOST_TEST(v(r.judge(Polarity::HigherIsBetter, 1)) == v(Verdict::Happy));
    BOOST_CHECK_THROW(r.set(Polarity::LowerIsBetter, 2, -2), std::invalid_argument);
    BOOST_CHECK_THROW(r.set(Polarity::HigherIsBetter, -2, 2), std::invalid_argument);
    BOOST_CHECK_THROW(r.set(Polarity::Neutral, -2, 2), std::invalid_argument);
    BOOST_CHECK_THROW(r.set(Polarity::LowerIsBetter, -inf, 2), std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(comparisons_at_exactly_two_percent_and_two_points) {
    bp::test::DatasetBuilder b;
    b.indicator("count", Unit::Count)
        .indicator("share", Unit::Percent, Polarity::LowerIsBetter, 2)
        .area("force", "", "force");
    b.value("count", "force", "2016", 100).value("count", "force", "2017", 98);
    b.value("count", "force", "2018", 100).value("count", "force", "2019", 102);
    // 13.33 − 11.33 is 1.9999999999999996 in binary; it must count as 2 pp.
    b.value("share", "force", "2016", 11.33).value("share", "force", "2017", 13.33);
    b.value("share", "force", "2018", 0.3).value("share", "force", "2019", 0.1);
    Figures f(b.data);
    auto w = [](const char* t) { return parse_window(t); };
    BOOST_TEST(v(f.compare("count", "force", w("2016"), w("2017")).verdict) == v(Verdict::Happy));
    BOOST_TEST(v(f.compare("count", "force", w("2018"), w("2019")).verdict) == v(Verdict::Unhappy));
    Comparison pp = f.compare("share", "force", w("2016"), w("2017"));
    BOOST_TEST(pp.rule_change == 2.0);
    BOOST_TEST(v(pp.verdict) == v(Verdict::Unhappy));
    // 0.3 % → 0.1 % is −66.7 % but only −0.2 pp: the rules judge points, so monitor.
    BOOST_TEST(v(f.compare("share", "force", w("2018"), w("2019")).verdict) == v(Verdict::Monitor));
    // Rules given to Figures are used.
    VerdictRules strict;
    strict.set(Polarity::LowerIsBetter, -0.1, 0.1);
    Figures g(b.data, strict);
    BOOST_TEST(v(g.compare("share", "force", w("2018"), w("2019")).verdict) == v(Verdict::Happy));
}

BOOST_AUTO_TEST_SUITE_END()

// The shipped theme's limits, read as the program reads them, judge both polarities the way
// layouts/pcc.ini says: higher-is-better happy at ≥ +2, unhappy at ≤ −2, monitor between.
BOOST_AUTO_TEST_CASE(the_shipped_theme_judges_both_polarities) {
    const auto theme =
        bp::input::read_theme(std::string(BOARDPACK_SOURCE_DIR) + "/layouts/pcc.ini");
    const VerdictRules r = verdict_rules_from(theme);
    BOOST_TEST(v(r.judge(Polarity::HigherIsBetter, 2.0)) == v(Verdict::Happy));
    BOOST_TEST(v(r.judge(Polarity::HigherIsBetter, 1.99)) == v(Verdict::Monitor));
    BOOST_TEST(v(r.judge(Polarity::HigherIsBetter, 0.0)) == v(Verdict::Monitor));
    BOOST_TEST(v(r.judge(Polarity::HigherIsBetter, -1.99)) == v(Verdict::Monitor));
    BOOST_TEST(v(r.judge(Polarity::HigherIsBetter, -2.0)) == v(Verdict::Unhappy));
    BOOST_TEST(v(r.judge(Polarity::LowerIsBetter, -2.0)) == v(Verdict::Happy));
    BOOST_TEST(v(r.judge(Polarity::LowerIsBetter, 1.0)) == v(Verdict::Monitor));
    BOOST_TEST(v(r.judge(Polarity::LowerIsBetter, 2.0)) == v(Verdict::Unhappy));
    // Limits that differ from the defaults are set where they belong.
    VerdictRules custom;
    custom.set(Polarity::HigherIsBetter, 5, -1);
    BOOST_TEST(custom.limits(Polarity::HigherIsBetter)->happy == 5.0);
    BOOST_TEST(custom.limits(Polarity::HigherIsBetter)->unhappy == -1.0);
    BOOST_TEST(v(custom.judge(Polarity::HigherIsBetter, 4.0)) == v(Verdict::Monitor));
    BOOST_TEST(v(custom.judge(Polarity::HigherIsBetter, -1.0)) == v(Verdict::Unhappy));
}

BOOST_AUTO_TEST_CASE(an_unknown_verdict_key_is_an_error_naming_the_allowed_keys) {
    bp::model::Theme theme = bp::model::Theme::defaults();
    theme.pos = bp::SourcePos{"theme.ini", 3, 1};
    theme.verdict_limits["higher-is-beter"] = {2, -2};
    try {
        (void)verdict_rules_from(theme);
        BOOST_FAIL("no error for an unknown key");
    } catch (const bp::InputError& e) {
        const std::string what = e.what();
        BOOST_TEST(what.find("theme.ini:3:1") != std::string::npos, what);
        BOOST_TEST(what.find("higher-is-beter") != std::string::npos, what);
        BOOST_TEST(what.find("lower-is-better, higher-is-better") != std::string::npos, what);
    }
    // In a theme file the reader stops it first, at the key.
    try {
        (void)bp::input::theme_from_ini("t.ini", "[verdicts]\nhigher-is-beter = 2 -2\n");
        BOOST_FAIL("no error for an unknown key");
    } catch (const bp::InputError& e) {
        BOOST_TEST(std::string(e.what()).find("t.ini:2:1") != std::string::npos, e.what());
    }
}
