#define BOOST_TEST_MODULE web
#include "web/contrast.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;

BOOST_AUTO_TEST_CASE(contrast_ratios_are_wcags) {
    const Color black{0, 0, 0}, white{1, 1, 1};
    BOOST_TEST(web::contrast_ratio(black, white) == 21.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(web::contrast_ratio(white, black) == 21.0, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(web::contrast_ratio(white, white) == 1.0, boost::test_tools::tolerance(1e-9));
    // #767676 on white is the lightest grey that passes AA (4.54:1); #777777 fails (4.48:1).
    BOOST_TEST(web::contrast_ratio(*Color::from_hex("#767676"), white) == 4.54,
               boost::test_tools::tolerance(0.002));
    BOOST_TEST(web::contrast_ratio(*Color::from_hex("#777777"), white) == 4.48,
               boost::test_tools::tolerance(0.002));
}

BOOST_AUTO_TEST_CASE(a_pair_below_aa_is_warned_about_once) {
    model::Theme theme = model::Theme::defaults();
    theme.pos = SourcePos{"theme.ini", 1, 1};
    const auto before = web::contrast_warnings(theme);
    BOOST_TEST(before.empty(), (before.empty() ? "" : before.front().message));
    theme.colors["link"] = *Color::from_hex("#777777");
    const auto after = web::contrast_warnings(theme);
    BOOST_REQUIRE_EQUAL(after.size(), 1u);
    BOOST_TEST((after[0].severity == Severity::Warning));
    BOOST_TEST(after[0].message.find("colors.link on white") != std::string::npos,
               after[0].message);
    BOOST_TEST(after[0].message.find("4.48:1") != std::string::npos, after[0].message);
    BOOST_TEST(after[0].to_string().rfind("theme.ini:1:1: warning: ", 0) == 0);
    // Large bold text needs 3:1 only.
    theme.colors["link"] = *Color::from_hex("#1f5fa8");
    theme.styles["h1"].size = 22;
    theme.styles["h1"].color = *Color::from_hex("#a0a0a0"); // 2.6:1: fails even as large text
    BOOST_TEST(web::contrast_warnings(theme).size() == 1u);
    theme.styles["h1"].color = *Color::from_hex("#8a8a8a"); // 3.4:1: large text passes
    BOOST_TEST(web::contrast_warnings(theme).empty());
}
