#define BOOST_TEST_MODULE distribute
#include "distribute/summary_model.hpp"

#include "compute/number_format.hpp"
#include "compute/theme_verdict_rules.hpp"
#include "compute/window.hpp"
#include "distribute/summary_html.hpp"
#include "input/layout_reader.hpp"
#include "input/theme_reader.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;

BOOST_AUTO_TEST_CASE(board_summary_tables_have_the_pdfs_figures) {
    auto loaded = input::read_report(BOARDPACK_SOURCE_DIR "/layouts/board-summary.xml");
    BOOST_REQUIRE(loaded.data);
    const model::Theme theme = input::read_theme(loaded.report.theme_path);
    compute::Figures figures(*loaded.data, compute::verdict_rules_from(theme));
    const distribute::SummaryModel s = distribute::summary_model(loaded.report, figures);
    BOOST_REQUIRE_EQUAL(s.tables.size(), 4u);
    BOOST_TEST(s.tables[0].rows.size() == 7u);
    BOOST_TEST(s.tables[1].rows.size() == 2u);
    BOOST_TEST(s.tables[2].rows.size() == 2u);
    BOOST_TEST(s.tables[3].rows.size() == 8u);
    const auto& asb = s.tables[0].rows[0];
    BOOST_TEST(asb.label == "Anti-social behaviour incidents");
    const double before = figures.value("asb.total", "force", compute::parse_window("12m:2016-06"));
    const double after = figures.value("asb.total", "force", compute::parse_window("12m:2017-06"));
    BOOST_TEST(asb.before == "24,106");
    BOOST_TEST(asb.before == compute::format_value(before, figures.indicator("asb.total")));
    BOOST_TEST(asb.after == compute::format_value(after, figures.indicator("asb.total")));
    BOOST_TEST(asb.change == "\u221210.0%");
    BOOST_TEST(distribute::verdict_word(asb.verdict) == "happy");
    // Section 136: absolute changes, as the layout asks.
    BOOST_TEST(s.tables[1].rows[0].change == "+1");
    BOOST_TEST(s.tables[1].change_header == "Change");
    // The HTML carries each face with its alt text and the word beside it.
    const std::string html = distribute::summary_html(s);
    BOOST_TEST(html.find("<img src=\"cid:face-happy@boardpack\" alt=\"Verdict: happy with the "
                         "performance\"") != std::string::npos);
    BOOST_TEST(html.find("scope=\"row\"") != std::string::npos);
    const std::string text = distribute::summary_text(s);
    BOOST_TEST(text.find("Anti-social behaviour incidents: 24,106 \u2192 21,705 (\u221210.0%), "
                         "verdict: happy") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(labels_are_escaped_in_the_html) {
    distribute::SummaryTable t;
    t.label_header = "A & B";
    distribute::SummaryRow r;
    r.label = "<Rates> \"per\" 1,000";
    t.rows.push_back(r);
    distribute::SummaryModel m;
    m.tables.push_back(t);
    const std::string html = distribute::summary_html(m);
    BOOST_TEST(html.find("A &amp; B") != std::string::npos, html);
    BOOST_TEST(html.find("&lt;Rates&gt; &quot;per&quot; 1,000") != std::string::npos, html);
}
