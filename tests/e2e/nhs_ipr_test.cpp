// The third example (an NHS trust's Integrated Performance Report): built by the real binary;
// a page per metric made by <repeat indicators="GROUP">, nested under its domain's bookmark;
// figures of months, years to date and 36-month means read back from the PDF and compared with
// values computed here from the data's CSV; financial years' targets serving months; the SPC
// charts' means, limits and icon words, the SPC tables' rows and the SPC matrix's places and
// links compared with XmR charts computed here from values.csv (the ambulance handovers per
// segment, rebased in September 2025).
#include "tools.hpp"

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
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

// The page a bookmark with this title goes to (0 if none).
int page_of(const PdfFacts& facts, const std::string& title);

std::string signed_fixed(double v, int decimals) {
    const std::string t = fixed(v, decimals);
    return v > 0 && t != fixed(0, decimals) ? "+" + t : t;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_ipr_has_a_page_per_metric_under_its_domain) {
    const auto& r = ipr();
    BOOST_TEST_REQUIRE(r.build.status == 0, r.build.err);
    // Cover, summary (the SPC matrix), October, year to date, five domains each followed by
    // its metrics' pages (13), glossary.
    BOOST_TEST(r.facts.pages == 23);
    Run info = run("pdfinfo '" + r.pdf + "'");
    BOOST_TEST(info.out.find("841.89 x 595.28 pts (A4)") != std::string::npos, info.out);
    // The bookmarks: each domain, then its metrics nested under it, in indicators.csv order.
    std::vector<std::string> seen;
    for (const auto& b : r.facts.bookmarks)
        seen.push_back(std::to_string(b.depth) + " " + b.title);
    const std::vector<std::string> want = {"0 Integrated Performance Report",
                                           "0 Summary",
                                           "1 Summary: October 2026",
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
        if (link.page == 5 && link.target >= 6 && link.target <= 8) targets.push_back(link.target);
    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    BOOST_TEST(targets == (std::vector<int>{6, 7, 8}), boost::test_tools::per_element());
    // Every metric page's description comes from indicators.csv.
    const std::string falls = page_text(r.pdf, 6);
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
    const std::string summary = page_text(r.pdf, 3);
    BOOST_TEST(summary.find(want) != std::string::npos, want << "\n" << summary);
}

BOOST_AUTO_TEST_CASE(years_to_date_sum_counts_and_average_percentages_across_april) {
    const auto& r = ipr();
    BOOST_TEST_REQUIRE(r.build.status == 0, r.build.err);
    const std::string ytd = page_text(r.pdf, 4);
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
    // A&E's page: the first of Responsive (cover, 3 summaries, Safe + 3, Effective + 2,
    // Caring + 2, Responsive: page 15, A&E page 16).
    BOOST_TEST_REQUIRE(page_of(r.facts, "A&E within 4 hours") == 16);
    const std::string page = page_text(r.pdf, 16);
    BOOST_TEST(page.find("November 2023 to October 2026: the mean (solid)") != std::string::npos,
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

namespace {

// An XmR chart of one segment computed here from values.csv, as Making Data Count describes it:
// the mean of the points, the mean moving range, limits at mean ± 2.66 × that, then clipped to
// the unit's bounds for showing; the latest point's variation and the target's assurance.
struct Xmr {
    double mean = 0, lower = 0, upper = 0; // limits clipped to the unit's bounds
    std::string variation, assurance;
};

// Months "YYYY-MM" from `first` to `last`, inclusive.
std::vector<std::string> months(const std::string& first, const std::string& last) {
    std::vector<std::string> out;
    int y = std::stoi(first.substr(0, 4)), m = std::stoi(first.substr(5, 2));
    for (;;) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
        out.push_back(buf);
        if (out.back() == last) return out;
        if (++m == 13) m = 1, ++y;
    }
}

// `higher`: +1 higher is better, −1 lower is better. `floor`/`ceiling`: the unit's bounds.
Xmr xmr(const std::string& ind, const std::string& first, const std::string& last, int higher,
        double floor, double ceiling, std::optional<double> target) {
    const auto v = values();
    std::vector<double> x;
    for (const auto& m : months(first, last))
        x.push_back(v.at({ind, m}));
    const std::size_t n = x.size();
    double sum = 0, mr = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sum += x[i];
        if (i > 0) mr += std::abs(x[i] - x[i - 1]);
    }
    const double mean = sum / static_cast<double>(n);
    const double mr_bar = mr / static_cast<double>(n - 1);
    const double ucl = mean + 2.66 * mr_bar, lcl = mean - 2.66 * mr_bar;
    const double two_up = mean + 2.0 / 3.0 * (ucl - mean),
                 two_down = mean - 2.0 / 3.0 * (ucl - mean);
    // The latest point's side by the first rule that flags it: beyond a limit, two of the last
    // three beyond two-thirds of the way to a limit (the latest among them), a run of 7 on one
    // side of the mean, a trend of 6 rising or falling.
    const double last_x = x.back();
    int side = 0;
    if (last_x > ucl)
        side = 1;
    else if (last_x < lcl)
        side = -1;
    if (side == 0 && n >= 3) {
        int up = 0, down = 0;
        for (std::size_t k = n - 3; k < n; ++k)
            up += x[k] > two_up, down += x[k] < two_down;
        if (up >= 2 && last_x > two_up)
            side = 1;
        else if (down >= 2 && last_x < two_down)
            side = -1;
    }
    if (side == 0 && last_x != mean) {
        const bool above = last_x > mean;
        std::size_t run = 0;
        for (std::size_t k = n; k-- > 0 && x[k] != mean && (x[k] > mean) == above;)
            ++run;
        if (run >= 7) side = above ? 1 : -1;
    }
    if (side == 0 && n >= 2 && x[n - 1] != x[n - 2]) {
        const bool rising = x[n - 1] > x[n - 2];
        std::size_t trend = 1;
        for (std::size_t k = n - 1; k > 0 && (rising ? x[k] > x[k - 1] : x[k] < x[k - 1]); --k)
            ++trend;
        if (trend >= 6) side = rising ? 1 : -1;
    }
    Xmr out;
    out.mean = mean;
    out.lower = std::max(lcl, floor);
    out.upper = std::min(ucl, ceiling);
    const char* hl = side > 0 ? "(high)" : "(low)";
    if (side == 0)
        out.variation = "Common cause variation";
    else if (higher == 0)
        out.variation = std::string("Special cause \u2014 ") + (side > 0 ? "high" : "low");
    else if (side == higher)
        out.variation = std::string("Special cause \u2014 improving ") + hl;
    else
        out.variation = std::string("Special cause \u2014 concerning ") + hl;
    if (target && higher != 0) {
        // The target against the limits as shown: beyond the worse limit it is passed every
        // month the process stays as it is; beyond the better limit, failed.
        const bool passing = higher > 0 ? *target < out.lower : *target > out.upper;
        const bool failing = higher > 0 ? *target > out.upper : *target < out.lower;
        out.assurance = passing   ? "Consistently passing the target"
                        : failing ? "Consistently failing the target"
                                  : "Hit and miss against the target";
    }
    return out;
}

// The page a bookmark with this title goes to (0 if none).
int page_of(const PdfFacts& facts, const std::string& title) {
    for (const auto& b : facts.bookmarks)
        if (b.title == title) return b.target;
    return 0;
}

} // namespace

namespace {

// One CSV line's fields (quoted fields may hold commas; "" is a quote).
std::vector<std::string> csv_fields(const std::string& line) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"')
            out.back() += '"', ++i;
        else if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted)
            out.emplace_back();
        else
            out.back() += c;
    }
    return out;
}

// A CSV file of the NHS data's rows (no header, no comments), each as its fields.
std::vector<std::vector<std::string>> csv_rows(const std::string& file) {
    std::vector<std::vector<std::string>> out;
    std::istringstream in(read_file(source("data/nhs-2026-10/" + file)));
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line))
        if (!line.empty() && line[0] != '#') out.push_back(csv_fields(line));
    return out;
}

// What indicators.csv and targets.csv say of a metric, read here: its label, polarity
// (+1 higher is better, −1 lower, 0 neutral), its unit's bounds and 2026/27's target.
struct Metric {
    std::string id, label;
    int higher = 0, decimals = 0;
    double floor = -HUGE_VAL, ceiling = HUGE_VAL;
    std::optional<double> target;
};

std::vector<Metric> metrics() {
    std::vector<Metric> out;
    for (const auto& f : csv_rows("indicators.csv")) {
        Metric m;
        m.id = f.at(0);
        m.label = f.at(1);
        const std::string unit = f.at(2), polarity = f.at(3);
        m.decimals = std::stoi(f.at(4));
        m.higher = polarity == "higher-is-better" ? 1 : polarity == "lower-is-better" ? -1 : 0;
        if (unit == "percent") m.floor = 0, m.ceiling = 100;
        if (unit == "count" || unit.rfind("duration", 0) == 0 || unit.rfind("rate", 0) == 0)
            m.floor = 0;
        for (const auto& t : csv_rows("targets.csv"))
            if (t.at(0) == m.id && t.at(2) == "2026/27") m.target = std::stod(t.at(3));
        out.push_back(m);
    }
    return out;
}

// The XmR chart of a metric as the IPR draws it: November 2023 to October 2026, the ambulance
// handovers' limits from their last segment (September 2025 on).
Xmr ipr_xmr(const Metric& m) {
    const std::string first = m.id == "handover" ? "2025-09" : "2023-11";
    return xmr(m.id, first, "2026-10", m.higher, m.floor, m.ceiling, m.target);
}

// `pdfinfo -struct-text`'s lines, each with its indentation and its text (quotes removed).
struct StructLine {
    std::size_t indent = 0;
    std::string text;
    bool quoted = false;
};

std::vector<StructLine> struct_lines(const std::string& pdf) {
    Run r = run("pdfinfo -struct-text '" + pdf + "'");
    BOOST_TEST_REQUIRE(r.status == 0, r.err);
    std::vector<StructLine> out;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);) {
        StructLine s;
        s.indent = line.find_first_not_of(' ');
        if (s.indent == std::string::npos) continue;
        s.text = line.substr(s.indent);
        s.quoted = s.text.size() >= 2 && s.text.front() == '"' && s.text.back() == '"';
        if (s.quoted) s.text = s.text.substr(1, s.text.size() - 2);
        out.push_back(s);
    }
    return out;
}

// Link annotation object number → the page (1-based) its destination names, from qpdf.
std::map<int, int> link_pages(const std::string& pdf) {
    namespace pt = boost::property_tree;
    Run r = run("qpdf --json=2 --json-key=pages --json-key=qpdf '" + pdf + "'");
    BOOST_TEST_REQUIRE(r.status == 0, r.err);
    pt::ptree json;
    std::istringstream in(r.out);
    pt::read_json(in, json);
    std::map<std::string, int> page_number;
    for (const auto& [unused, page] : json.get_child("pages"))
        page_number[page.get<std::string>("object")] = static_cast<int>(page_number.size()) + 1;
    const pt::ptree& objects = json.get_child("qpdf").back().second;
    std::map<int, int> out;
    for (const auto& [key, obj] : objects) {
        if (key.rfind("obj:", 0) != 0) continue;
        const auto annot = obj.get_child_optional("value");
        if (!annot || annot->get<std::string>("/Subtype", "") != "/Link") continue;
        const auto dest = annot->get_child_optional("/Dest");
        if (!dest) continue;
        const pt::ptree* array = &*dest;
        if (dest->empty()) { // an indirect destination
            const auto target =
                objects.get_child_optional(pt::ptree::path_type("obj:" + dest->data(), '\x01'));
            if (!target) continue;
            array = &target->get_child("value");
        }
        if (array->empty()) continue;
        const auto page = page_number.find(array->front().second.data());
        if (page != page_number.end()) out[std::stoi(key.substr(4))] = page->second;
    }
    return out;
}

// The alt text of the SPC chart titled `label` (its Figure's /Alt), from qpdf.
std::string spc_alt(const std::string& pdf, const std::string& label) {
    namespace pt = boost::property_tree;
    Run r = run("qpdf --json=2 --json-key=qpdf '" + pdf + "'");
    BOOST_TEST_REQUIRE(r.status == 0, r.err);
    pt::ptree json;
    std::istringstream in(r.out);
    pt::read_json(in, json);
    const std::string want = "u:SPC chart: " + label + ",";
    for (const auto& [key, obj] : json.get_child("qpdf").back().second) {
        const auto value = obj.get_child_optional("value");
        if (!value) continue;
        const std::string alt = value->get<std::string>("/Alt", "");
        if (alt.rfind(want, 0) == 0) return alt.substr(2);
    }
    return "";
}

// An entry of an SPC matrix: its row's variation words, its column's assurance words, its text
// (the pieces of its link joined) and the pages its link pieces go to.
struct MatrixEntry {
    std::string row, column, text;
    std::vector<int> pages;
};

// Every entry of every SPC matrix in the structure tree (tables headed "Variation × Assurance").
std::vector<MatrixEntry> matrix_entries(const std::vector<StructLine>& lines,
                                        const std::map<int, int>& pages) {
    std::vector<MatrixEntry> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!(lines[i].quoted && lines[i].text == "Variation \u00d7 Assurance")) continue;
        const std::size_t table_indent = lines[i].indent - 6; // Table > TR > TH > "…"
        std::vector<std::string> headers;
        std::size_t j = i;
        for (; j < lines.size() && lines[j].text != "TR"; ++j)
            if (lines[j].quoted) headers.push_back(lines[j].text);
        std::string row;
        int column = -1;
        bool in_header = false;
        MatrixEntry* entry = nullptr;
        for (; j < lines.size() && lines[j].indent > table_indent; ++j) {
            const StructLine& l = lines[j];
            if (l.text == "TR")
                row.clear(), column = -1, entry = nullptr;
            else if (l.text == "TH:")
                in_header = true;
            else if (l.text == "TD")
                in_header = false, ++column, entry = nullptr;
            else if (l.quoted && in_header && !l.text.empty())
                row = l.text;
            else if (l.quoted && l.text == "; ")
                entry = nullptr;
            else if (l.quoted && !in_header && !l.text.empty()) {
                if (!entry) {
                    out.push_back({row, headers.at(static_cast<std::size_t>(column) + 1), "", {}});
                    entry = &out.back();
                }
                entry->text += l.text;
            } else if (l.text.rfind("Object ", 0) == 0 && entry) {
                const auto page = pages.find(std::stoi(l.text.substr(7)));
                entry->pages.push_back(page == pages.end() ? 0 : page->second);
            }
        }
    }
    return out;
}

// The row of the matrix a variation's words fall in.
std::string matrix_row(const std::string& variation) {
    for (const char* row : {"Special cause \u2014 improving", "Special cause \u2014 concerning"})
        if (variation.rfind(row, 0) == 0) return row;
    if (variation == "Common cause variation") return variation;
    return "Special cause \u2014 neither";
}

// The text of a metric's SPC chart in the structure tree (its figure after its page's H1) and
// the words of the two icon figures beside its title.
struct ChartText {
    std::string figure, variation, assurance;
};

ChartText chart_text(const std::vector<StructLine>& lines, const std::string& label) {
    ChartText out;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (!(lines[i].text == "H1 (block)" && lines[i + 1].text == label)) continue;
        std::vector<std::string> figures;
        for (std::size_t j = i + 2; j + 1 < lines.size() && figures.size() < 3; ++j)
            if (lines[j].text == "Figure" && lines[j].indent == lines[i].indent)
                figures.push_back(lines[j + 1].quoted ? lines[j + 1].text : "");
        BOOST_TEST_REQUIRE(figures.size() == 3u, label);
        out.figure = figures[0];
        out.variation = figures[1];
        out.assurance = figures[2];
        return out;
    }
    BOOST_TEST_REQUIRE(false, "no page headed " << label);
    return out;
}

// The cells of a metric's row in an SPC table (its TH, then its TDs' texts).
std::vector<std::string> spc_table_row(const std::vector<StructLine>& lines,
                                       const std::string& label) {
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (!(lines[i].text == "TH:" && lines[i + 1].text == "/Scope /Row")) continue;
        // The cells' texts: the header's (its pieces joined: a glossary term is a link of its
        // own), then each TD's.
        const std::size_t cell = lines[i].indent;
        std::vector<std::string> cells(1);
        for (std::size_t j = i + 2; j < lines.size() && lines[j].indent >= cell; ++j) {
            if (lines[j].indent == cell && lines[j].text == "TD")
                cells.emplace_back();
            else if (lines[j].quoted)
                cells.back() += lines[j].text;
        }
        // An SPC table's row has 8 cells (an indicator table's 6).
        if (cells.front() == label && cells.size() == 8) return cells;
    }
    return {};
}

} // namespace

BOOST_AUTO_TEST_CASE(spc_means_limits_and_icons_read_back_as_an_xmr_chart_computed_here) {
    const auto& r = ipr();
    BOOST_TEST_REQUIRE(r.build.status == 0, r.build.err);
    const auto lines = struct_lines(r.pdf);
    // Higher is better with a target, lower is better with a target, the rebased handovers,
    // a count whose lower limit is clipped at 0, and a neutral ratio.
    for (const char* id : {"fft", "ae4h", "sickness", "handover", "cdiff", "shmi"}) {
        Metric m;
        for (const auto& x : metrics())
            if (x.id == id) m = x;
        BOOST_TEST_CONTEXT(id) {
            const Xmr want = ipr_xmr(m);
            const int decimals = m.decimals;
            const std::string mean = fixed(want.mean, decimals + 1);
            const std::string lower = fixed(want.lower, decimals + 1);
            const std::string upper = fixed(want.upper, decimals + 1);
            // The chart's labels and icons on the metric's page.
            const ChartText chart = chart_text(lines, m.label);
            BOOST_TEST(chart.figure.find("Mean " + mean) != std::string::npos, chart.figure);
            BOOST_TEST(chart.figure.find("Upper limit " + upper) != std::string::npos,
                       chart.figure);
            BOOST_TEST(chart.figure.find("Lower limit " + lower) != std::string::npos,
                       chart.figure);
            BOOST_TEST(chart.variation == want.variation);
            if (m.target) BOOST_TEST(chart.assurance == want.assurance);
            // The domain page's SPC table: metric, latest, target, mean, lower, upper,
            // variation, assurance.
            const auto row = spc_table_row(lines, m.label);
            BOOST_TEST_REQUIRE(row.size() == 8u);
            BOOST_TEST(row[3].rfind(mean, 0) == 0, row[3] << " vs " << mean);
            BOOST_TEST(row[4].rfind(lower, 0) == 0, row[4] << " vs " << lower);
            BOOST_TEST(row[5].rfind(upper, 0) == 0, row[5] << " vs " << upper);
            BOOST_TEST(row[6] == want.variation);
            BOOST_TEST(row[7] == want.assurance);
        }
    }
}

BOOST_AUTO_TEST_CASE(the_rebased_handovers_have_each_segments_mean_and_limits_in_the_alt_text) {
    const auto& r = ipr();
    BOOST_TEST_REQUIRE(r.build.status == 0, r.build.err);
    Metric m;
    for (const auto& x : metrics())
        if (x.id == "handover") m = x;
    const std::string alt = spc_alt(r.pdf, m.label);
    BOOST_TEST_REQUIRE(!alt.empty());
    // Each segment computed on its own months (no moving range across September 2025).
    const Xmr before = xmr("handover", "2023-11", "2025-08", -1, 0, HUGE_VAL, m.target);
    const Xmr after = xmr("handover", "2025-09", "2026-10", -1, 0, HUGE_VAL, m.target);
    auto segment = [&](const std::string& months, const Xmr& x) {
        return months + ": mean " + fixed(x.mean, m.decimals + 1) + ", process limits " +
               fixed(x.lower, m.decimals + 1) + " to " + fixed(x.upper, m.decimals + 1);
    };
    const std::string first = segment("November 2023 to August 2025", before);
    const std::string second = segment("September 2025 to October 2026", after);
    BOOST_TEST(alt.find(first + "; " + second + ";") != std::string::npos, first << "\n"
                                                                                 << second << "\n"
                                                                                 << alt);
    BOOST_TEST(alt.find("variation: " + after.variation + "; assurance: " + after.assurance) !=
                   std::string::npos,
               alt);
    // The rebase matters: one segment over the 36 months would give other limits.
    const Xmr whole = xmr("handover", "2023-11", "2026-10", -1, 0, HUGE_VAL, m.target);
    BOOST_TEST(fixed(whole.mean, 2) != fixed(after.mean, 2));
}

BOOST_AUTO_TEST_CASE(each_matrix_entry_sits_where_computed_here_and_links_to_its_page) {
    const auto& r = ipr();
    BOOST_TEST_REQUIRE(r.build.status == 0, r.build.err);
    const auto entries = matrix_entries(struct_lines(r.pdf), link_pages(r.pdf));
    const auto all = metrics();
    BOOST_TEST_REQUIRE(entries.size() == all.size());
    for (const auto& m : all) {
        BOOST_TEST_CONTEXT(m.id) {
            const auto e = std::find_if(entries.begin(), entries.end(),
                                        [&](const MatrixEntry& x) { return x.text == m.label; });
            BOOST_TEST_REQUIRE((e != entries.end()));
            const Xmr want = ipr_xmr(m);
            BOOST_TEST(e->row == matrix_row(want.variation));
            BOOST_TEST(e->column == (m.target ? want.assurance : std::string("No target")));
            // Every piece of the entry's link goes to the page the metric's bookmark names.
            const int page = page_of(r.facts, m.label);
            BOOST_TEST_REQUIRE(page > 0);
            BOOST_TEST(!e->pages.empty());
            for (int p : e->pages)
                BOOST_TEST(p == page);
        }
    }
}
