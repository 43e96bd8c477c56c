// JSON diagnostics (`check --format json`): escaping by RFC 8259, read back by a JSON parser.
#include "app/diagnostics_json.hpp"

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/test/unit_test.hpp>

#include <sstream>

namespace pt = boost::property_tree;
using bp::app::diagnostic_json;
using bp::app::json_string;

namespace {
pt::ptree parse(const std::string& json) {
    std::istringstream in(json);
    pt::ptree tree;
    pt::read_json(in, tree);
    return tree;
}
} // namespace

BOOST_AUTO_TEST_CASE(escapes_quotes_backslashes_and_control_characters) {
    BOOST_TEST(json_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
    BOOST_TEST(json_string("\n\r\t\b\f") == "\"\\n\\r\\t\\b\\f\"");
    BOOST_TEST(json_string(std::string("\x01\x1f\x7f", 3)) == "\"\\u0001\\u001f\\u007f\"");
    BOOST_TEST(json_string(std::string("a\0b", 3)) == "\"a\\u0000b\"");
    BOOST_TEST(json_string("/ plain ~") == "\"/ plain ~\"");
}

BOOST_AUTO_TEST_CASE(keeps_utf8_and_replaces_invalid_bytes) {
    BOOST_TEST(json_string("−9.77% · € 😀") == "\"−9.77% · € 😀\"");
    BOOST_TEST(json_string("\xEF\xBF\xBD") == "\"\xEF\xBF\xBD\""); // U+FFFD itself is kept
    BOOST_TEST(json_string("a\xFF"
                           "b") == "\"a\xEF\xBF\xBD"
                                   "b\"");
    BOOST_TEST(json_string("\xE2\x88") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\""); // truncated −
}

BOOST_AUTO_TEST_CASE(every_ascii_character_reads_back_unchanged) {
    std::string all;
    for (int c = 1; c < 128; ++c)
        all += static_cast<char>(c);
    all += "−é€";
    const pt::ptree tree = parse("{\"s\":" + json_string(all) + "}");
    BOOST_TEST(tree.get<std::string>("s") == all);
}

BOOST_AUTO_TEST_CASE(a_diagnostic_is_one_line_with_five_fields) {
    bp::Diagnostic d;
    d.pos.file = "data/\"q1\"/stated.csv";
    d.pos.line = 77;
    d.pos.col = 56;
    d.severity = bp::Severity::Warning;
    d.message = "stated −9.77% for asb.total\tdiffers";
    const std::string json = diagnostic_json(d);
    BOOST_TEST(json.find('\n') == std::string::npos);
    BOOST_TEST(json == "{\"file\":\"data/\\\"q1\\\"/stated.csv\",\"line\":77,\"column\":56,"
                       "\"severity\":\"warning\",\"message\":\"stated −9.77% for "
                       "asb.total\\tdiffers\"}");
    const pt::ptree tree = parse(json);
    BOOST_TEST(tree.size() == 5u);
    BOOST_TEST(tree.get<std::string>("file") == d.pos.file);
    BOOST_TEST(tree.get<int>("line") == 77);
    BOOST_TEST(tree.get<int>("column") == 56);
    BOOST_TEST(tree.get<std::string>("severity") == "warning");
    BOOST_TEST(tree.get<std::string>("message") == d.message);
    bp::Diagnostic e;
    e.pos.file = "x.xml";
    e.message = "cannot read";
    BOOST_TEST(parse(diagnostic_json(e)).get<std::string>("severity") == "error");
}
