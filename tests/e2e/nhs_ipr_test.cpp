// The third example (an NHS trust's Integrated Performance Report): built by the real binary;
// a page per metric made by <repeat indicators="GROUP">, nested under its domain's bookmark;
// figures of months, years to date and 36-month means read back from the PDF and compared with
// values computed here from the data's CSV; financial years' targets serving months.
#include "tools.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>
#include <vector>

using namespace e2e;

namespace {

// Builds layouts/nhs-ipr.xml once for the tests in this file.
struct Ipr {
    std::string dir = temp_dir("nhs-ipr");
    std::string pdf = dir + "/ipr.pdf";
    Run build =
        boardpack("build " + source("layouts/nhs-ipr.xml") + " -o " + pdf + " --no-system-fonts");
    PdfFacts facts = build.status == 0 ? pdf_facts(pdf) : PdfFacts{};
};

const Ipr& ipr() {
    static Ipr i;
    return i;
}

// values.csv read here, independently of boardpack: (indicator, month) → value.
std::map<std::pair<std::string, std::string>, double> values() {
    std::map<std::pair<std::string, std::string>, double> out;
    std::istringstream in(read_file(source("data/nhs-2026-10/values.csv")));
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> f;
        std::istringstream fields(line);
        for (std::string x; std::getline(fields, x, ',');)
            f.push_back(x);
        out[{f[0], f[2]}] = std::stod(f[3]);
    }
    return out;
}

// The mean (or sum) of an indicator's months from `first` to `last` ("YYYY-MM", inclusive).
double over(const std::string& ind, const std::string& first, const std::string& last, bool sum) {
    const auto v = values();
    double total = 0;
    int n = 0;
    for (const auto& [key, value] : v)
        if (key.first == ind && key.second >= first && key.second <= last) total += value, ++n;
    BOOST_TEST_REQUIRE(n > 0);
    return sum ? total : total / n;
}

// `v` with `decimals` decimals, rounded half away from zero, with U+2212 for a minus.
std::string fixed(double v, int decimals) {
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(std::abs(v) * scale) / scale;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, r);
    return (v < 0 && r != 0 ? "\u2212" : "") + std::string(buf);
}

std::string signed_fixed(double v, int decimals) {
    const std::string t = fixed(v, decimals);
    return v > 0 && t != fixed(0, decimals) ? "+" + t : t;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_ipr_has_a_page_per_metric_under_its_domain) {
    const auto& r = ipr();
    BOOST_TEST_REQUIRE(r.build.status == 0, r.build.err);
    // Cover, summary, year to date, five domains each followed by its metrics' pages (13),
    // glossary.
    BOOST_TEST(r.facts.pages == 22);
    Run info = run("pdfinfo '" + r.pdf + "'");
    BOOST_TEST(info.out.find("841.89 x 595.28 pts (A4)") != std::string::npos, info.out);
    // The bookmarks: each domain, then its metrics nested under it, in indicators.csv order.
    std::vector<std::string> seen;
    for (const auto& b : r.facts.bookmarks)
        seen.push_back(std::to_string(b.depth) + " " + b.title);
    const std::vector<std::string> want = {"0 Integrated Performance Report",
                                           "0 Summary",
                                           "1 Summary: Year to Date",
                                           "0 Safe",
                                           "1 Inpatient falls per 1,000 bed days",
                                           "1 C. difficile infections",
                                           "1 Pressure ulcers (category 2 and above)",
                                           "0 Effective",
                                           "1 Mortality ratio (SHMI)",
                                           "1 Emergency readmissions within 30 days",
                                           "0 Caring",
                                           "1 Friends and Family Test: would recommend",
                                           "1 Complaints answered within 25 days",
                                           "0 Responsive",
                                           "1 A&E within 4 hours",
                                           "1 RTT within 18 weeks",
                                           "1 Cancer treated within 62 days",
                                           "1 Ambulance handover time",
                                           "0 Well-led",
                                           "1 Sickness absence",
                                           "1 Staff turnover",
                                           "0 Glossary"};
    BOOST_TEST(seen == want, boost::test_tools::per_element());
    // The Safe page's menu links to its metrics' pages by the ids the repeat gave them.
    std::vector<int> targets;
    for (const auto& link : r.facts.links)
        if (link.page == 4 && link.target >= 5 && link.target <= 7) targets.push_back(link.target);
    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    BOOST_TEST(targets == (std::vector<int>{5, 6, 7}), boost::test_tools::per_element());
    // Every metric page's description comes from indicators.csv.
    const std::string falls = page_text(r.pdf, 5);
    BOOST_TEST(falls.find("Safe \u00b7 Falls of inpatients for every 1,000 occupied bed days") !=
                   std::string::npos,
               falls);
}

BOOST_AUTO_TEST_CASE(a_months_figures_and_its_years_target_read_back_as_computed_here) {
    const auto& r = ipr();
    BOOST_TEST_REQUIRE(r.build.status == 0, r.build.err);
    const auto v = values();
    const double before = v.at({"ae4h", "2025-10"}), after = v.at({"ae4h", "2026-10"});
    // 2026/27's target of 82% (tolerance 2) serves October 2026.
    const char* word = after >= 82 ? "On track" : after >= 80 ? "Needs watching" : "Off track";
    const std::string want = "A&E within 4 hours " + fixed(before, 1) + "% " + fixed(after, 1) +
                             "% " + signed_fixed(after - before, 1) + " pp 82.0% " + word;
    const std::string summary = page_text(r.pdf, 2);
    BOOST_TEST(summary.find(want) != std::string::npos, want << "\n" << summary);
}

BOOST_AUTO_TEST_CASE(years_to_date_sum_counts_and_average_percentages_across_april) {
    const auto& r = ipr();
    BOOST_TEST_REQUIRE(r.build.status == 0, r.build.err);
    const std::string ytd = page_text(r.pdf, 3);
    // C. difficile: April to October summed, 2025 against 2026 (no change column, no target:
    // a year's target is not a count's year to date).
    const double c25 = over("cdiff", "2025-04", "2025-10", true);
    const double c26 = over("cdiff", "2026-04", "2026-10", true);
    const std::string cdiff =
        "C. difficile infections " + fixed(c25, 0) + " " + fixed(c26, 0) + " \u2013";
    BOOST_TEST(ytd.find(cdiff) != std::string::npos, cdiff << "\n" << ytd);
    // RTT: the mean of April to October, against 2026/27's 65%.
    const double r25 = over("rtt18", "2025-04", "2025-10", false);
    const double r26 = over("rtt18", "2026-04", "2026-10", false);
    const std::string rtt =
        "RTT within 18 weeks " + fixed(r25, 1) + "% " + fixed(r26, 1) + "% 65.0%";
    BOOST_TEST(ytd.find(rtt) != std::string::npos, rtt << "\n" << ytd);
    BOOST_TEST(ytd.find("Apr\u2013Oct 2025") != std::string::npos, ytd);
}

BOOST_AUTO_TEST_CASE(a_metric_page_has_its_thirty_six_months_and_their_mean) {
    const auto& r = ipr();
    BOOST_TEST_REQUIRE(r.build.status == 0, r.build.err);
    // A&E's page: the fourth of Responsive (cover, 2 summaries, Safe + 3, Effective + 2,
    // Caring + 2, Responsive: page 14, A&E page 15).
    const std::string page = page_text(r.pdf, 15);
    BOOST_TEST(page.find("A&E within 4 hours Month by month, November 2023 to October 2026") !=
                   std::string::npos,
               page);
    // The mean of the 36 months, with one more decimal than the indicator's, in the third
    // table (the text layer reads the tables' cells in order).
    const double mean = over("ae4h", "2023-11", "2026-10", false);
    const std::size_t header = page.find(" Mean ");
    BOOST_TEST_REQUIRE(header != std::string::npos, page);
    BOOST_TEST(page.find(" " + fixed(mean, 2) + "%", header) != std::string::npos, fixed(mean, 2)
                                                                                       << "\n"
                                                                                       << page);
    const auto v = values();
    for (const char* m : {"2023-11", "2024-10", "2024-11", "2026-10"})
        BOOST_TEST(page.find(fixed(v.at({"ae4h", m}), 1) + "%") != std::string::npos, m);
}
