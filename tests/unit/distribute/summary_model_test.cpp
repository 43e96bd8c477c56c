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
    const model::Theme theme = input::read_theme(loaded.report.theme_path);
    compute::Figures figures(*loaded.data, compute::verdict_rules_from(theme));
    const distribute::SummaryModel s = distribute::summary_model(loaded.report, theme, figures);
    BOOST_REQUIRE_EQUAL(s.tables.size(), 4u);
    BOOST_TEST(s.tables[0].cells.rows.size() == 7u);
    BOOST_TEST(s.tables[1].cells.rows.size() == 2u);
    BOOST_TEST(s.tables[2].cells.rows.size() == 2u);
    BOOST_TEST(s.tables[3].cells.rows.size() == 8u);
    const auto& asb = s.tables[0].cells.rows[0];
    BOOST_REQUIRE_EQUAL(asb.cells.size(), 5u);
    BOOST_TEST(asb.cells[0] == "Anti-social behaviour incidents");
    const double before = figures.value("asb.total", "force", compute::parse_window("12m:2016-06"));
    const double after = figures.value("asb.total", "force", compute::parse_window("12m:2017-06"));
    BOOST_TEST(asb.cells[1] == "24,106");
    BOOST_TEST(asb.cells[1] == compute::format_value(before, figures.indicator("asb.total")));
    BOOST_TEST(asb.cells[2] == compute::format_value(after, figures.indicator("asb.total")));
    BOOST_TEST(asb.cells[3] == "\u221210.0%");
    BOOST_TEST((asb.verdict == model::Verdict::Happy));
    BOOST_TEST(s.words.word(asb.verdict) == "Happy"); // layouts/summary.ini [labels] happy
    // Section 136: absolute changes, as the layout asks, under the layout's own header.
    BOOST_TEST(s.tables[1].cells.rows[0].cells[3] == "+1");
    BOOST_TEST(s.tables[1].cells.header[3] == "Change");

    // The HTML: the PDF's header cells, a decorative face beside the verdict's word (read once).
    const std::string html = distribute::summary_html(s);
    BOOST_TEST(html.find("<img src=\"cid:face-happy@boardpack\" alt=\"\"") != std::string::npos);
    BOOST_TEST(html.find("> Happy</td>") != std::string::npos);
    BOOST_TEST(html.find("with the performance") == std::string::npos);
    BOOST_TEST(html.find("scope=\"row\"") != std::string::npos);
    for (const auto& h : s.tables[0].cells.header)
        BOOST_TEST(html.find(">" + h + "</th>") != std::string::npos, h);
    // The text part: the same cells, the verdict as its word.
    const std::string text = distribute::summary_text(s);
    BOOST_TEST(
        text.find("Anti-social behaviour incidents | 24,106 | 21,705 | \u221210.0% | Happy\n") !=
            std::string::npos,
        text);
}

BOOST_AUTO_TEST_CASE(the_themes_words_reach_headers_and_verdicts) {
    // A table with no headers of its own, in a theme in another language: the derived headers
    // and the verdict words follow the theme, in the HTML and the text alike.
    auto loaded = input::read_report(BOARDPACK_SOURCE_DIR "/layouts/board-summary.xml");
    model::IndicatorTable* first = nullptr;
    for (auto& section : loaded.report.sections)
        for (auto& block : section.blocks)
            if (auto* t = std::get_if<model::IndicatorTable>(&block.content); t && !first)
                first = t;
    BOOST_REQUIRE(first);
    first->before_header = first->after_header = first->change_header = "";
    model::Theme theme = model::Theme::defaults();
    theme.labels["pct-difference"] = "Gwahaniaeth %";
    theme.labels["rolling12"] = "12 mis hyd at {month} {year}";
    theme.labels["happy"] = "Gwyrdd";
    compute::Figures figures(*loaded.data, compute::verdict_rules_from(theme));
    const distribute::SummaryModel s = distribute::summary_model(loaded.report, theme, figures);
    const auto& header = s.tables[0].cells.header;
    BOOST_TEST(header[1] == "12 mis hyd at June 2016");
    BOOST_TEST(header[2] == "12 mis hyd at June 2017");
    BOOST_TEST(header[3] == "Gwahaniaeth %");
    const std::string html = distribute::summary_html(s);
    const std::string text = distribute::summary_text(s);
    BOOST_TEST(html.find(">12 mis hyd at June 2016</th>") != std::string::npos);
    BOOST_TEST(text.find(" | 12 mis hyd at June 2016 | 12 mis hyd at June 2017 | Gwahaniaeth %") !=
               std::string::npos);
    BOOST_TEST(text.find("| Gwyrdd") != std::string::npos);
    BOOST_TEST(html.find("% Difference") == std::string::npos);
    BOOST_TEST(html.find("12m:") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(labels_are_escaped_in_the_html) {
    distribute::SummaryTable t;
    t.caption = "A & B";
    t.cells.columns = {compute::IndicatorColumn::Label};
    t.cells.header = {"<Rates> \"per\" 1,000"};
    distribute::SummaryModel m;
    m.tables.push_back(t);
    m.parts.push_back({false, 0});
    const std::string html = distribute::summary_html(m);
    BOOST_TEST(html.find("A &amp; B") != std::string::npos, html);
    BOOST_TEST(html.find("&lt;Rates&gt; &quot;per&quot; 1,000") != std::string::npos, html);
}
