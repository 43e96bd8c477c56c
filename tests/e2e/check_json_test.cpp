// `boardpack check --format json`: one JSON object per diagnostic and line on stdout, read back
// with Boost.PropertyTree's JSON parser and compared field by field with the text diagnostics.
#include "tools.hpp"

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/test/unit_test.hpp>

#include <sstream>

using namespace e2e;
namespace pt = boost::property_tree;

namespace {

// The five fields of a diagnostic.
struct Fields {
    std::string file;
    int line = 0;
    int column = 0;
    std::string severity;
    std::string message;
};

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

Fields from_json(const std::string& line) {
    std::istringstream in(line);
    pt::ptree tree;
    pt::read_json(in, tree);
    BOOST_TEST(tree.size() == 5u, line);
    return {tree.get<std::string>("file"), tree.get<int>("line"), tree.get<int>("column"),
            tree.get<std::string>("severity"), tree.get<std::string>("message")};
}

// "file:line:col: warning: message" (file names here hold no ':').
Fields from_text(const std::string& line) {
    Fields f;
    const auto a = line.find(':');
    const auto b = line.find(':', a + 1);
    const auto c = line.find(':', b + 1);
    const auto d = line.find(": ", c + 2);
    BOOST_TEST_REQUIRE(d != std::string::npos, line);
    f.file = line.substr(0, a);
    f.line = std::stoi(line.substr(a + 1, b - a - 1));
    f.column = std::stoi(line.substr(b + 1, c - b - 1));
    f.severity = line.substr(c + 2, d - c - 2);
    f.message = line.substr(d + 2);
    return f;
}

void expect_same(const Fields& json, const Fields& text) {
    BOOST_TEST(json.file == text.file);
    BOOST_TEST(json.line == text.line);
    BOOST_TEST(json.column == text.column);
    BOOST_TEST(json.severity == text.severity);
    BOOST_TEST(json.message == text.message);
}

} // namespace

BOOST_AUTO_TEST_SUITE(check_json)

BOOST_AUTO_TEST_CASE(warnings_of_the_reference_report_field_by_field) {
    const std::string layout = source("layouts/pcc-quarterly.xml");
    Run text = boardpack("check " + layout + " --no-system-fonts");
    Run json = boardpack("check " + layout + " --no-system-fonts --format json");
    BOOST_TEST_REQUIRE(text.status == 0, text.err);
    BOOST_TEST(json.status == 0, json.err);
    const auto text_lines = lines_of(text.err);
    const auto json_lines = lines_of(json.out);
    BOOST_TEST_REQUIRE(text_lines.size() == 5u, text.err); // −9.77% and four truncated figures
    BOOST_TEST_REQUIRE(json_lines.size() == text_lines.size(), json.out);
    for (std::size_t i = 0; i < json_lines.size(); ++i)
        expect_same(from_json(json_lines[i]), from_text(text_lines[i]));
    const Fields first = from_json(json_lines[0]);
    BOOST_TEST(first.severity == "warning");
    BOOST_TEST(first.file.ends_with("/data/2017-q1/stated.csv"), first.file);
    BOOST_TEST(first.message.find("−9.77%") != std::string::npos, first.message);
    BOOST_TEST(json.out.find("−9.77%") != std::string::npos); // UTF-8 kept, not \u2212
    // stdout carries JSON only: the summary moves to stderr
    BOOST_TEST(json.err == layout + ": 24 pages, 5 warnings\n");
}

BOOST_AUTO_TEST_CASE(an_error_with_a_tab_quotes_and_non_ascii_field_by_field) {
    const std::string dir = temp_dir("check-json");
    // &#9; is a tab in the attribute's value, which the message quotes.
    write_file(dir + "/bad.xml", "<report title=\"Ü\">\n"
                                 "  <section id=\"a\" title=\"A\">\n"
                                 "    <p align=\"lé&#9;ft\">x</p>\n"
                                 "  </section>\n"
                                 "</report>\n");
    Run text = boardpack("check " + dir + "/bad.xml --no-system-fonts");
    Run json = boardpack("check " + dir + "/bad.xml --no-system-fonts --format json");
    BOOST_TEST(text.status == 1);
    BOOST_TEST(json.status == 1); // exit status unchanged
    BOOST_TEST(json.err.empty(), json.err);
    const auto json_lines = lines_of(json.out);
    BOOST_TEST_REQUIRE(json_lines.size() == 1u, json.out);
    const Fields f = from_json(json_lines[0]);
    expect_same(f, from_text(lines_of(text.err).at(0)));
    BOOST_TEST(f.file == dir + "/bad.xml");
    BOOST_TEST(f.line == 3);
    BOOST_TEST(f.column == 8);
    BOOST_TEST(f.severity == "error");
    BOOST_TEST(f.message == "'align' must be one of left, center, right, not \"lé\tft\"");
    BOOST_TEST(json_lines[0].find("not \\\"lé\\tft\\\"") != std::string::npos, json_lines[0]);
}

BOOST_AUTO_TEST_CASE(format_is_checked) {
    BOOST_TEST(boardpack("check x.xml --format yaml").status == 2);
    BOOST_TEST(boardpack("build x.xml --format json").status == 2); // check only
}

BOOST_AUTO_TEST_SUITE_END()
