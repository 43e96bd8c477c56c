// Bad layouts: each error names the exact file:line:col and what was expected.
#include "core/error.hpp"
#include "input/layout_reader.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;

namespace {
// The message of the InputError that reading `xml` throws, or "no error".
std::string error_of(const std::string& xml) {
    try {
        input::layout_from_xml(input::parse_xml("layout.xml", xml), ".");
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}
bool starts(const std::string& s, const std::string& prefix) {
    return s.rfind(prefix, 0) == 0;
}
} // namespace

BOOST_AUTO_TEST_CASE(truncated_layout_names_the_end_and_the_open_element) {
    std::string e = error_of("<report title=\"T\">\n  <section id=\"s\" title=\"S\">\n    <p>text");
    BOOST_TEST(starts(e, "layout.xml:3:12: error: unexpected end of file: <p> opened at 3:5"), e);
}

BOOST_AUTO_TEST_CASE(unknown_element_is_an_error_at_its_tag) {
    std::string e = error_of("<report title=\"T\">\n<section id=\"s\" title=\"S\">\n  <chrat/>\n"
                             "</section></report>");
    BOOST_TEST(starts(e, "layout.xml:3:3: error: unknown element <chrat>"), e);
}

BOOST_AUTO_TEST_CASE(unknown_attribute_is_an_error_at_the_attribute) {
    std::string e = error_of("<report title=\"T\">\n<section id=\"s\" title=\"S\" colour=\"red\"/>"
                             "</report>");
    BOOST_TEST(starts(e, "layout.xml:2:27: error: unknown attribute 'colour' on <section>"), e);
}

BOOST_AUTO_TEST_CASE(link_to_a_missing_section_names_the_to_attribute) {
    std::string e = error_of("<report title=\"T\">\n<section id=\"s\" title=\"S\">\n"
                             "<p>see <a to=\"nowhere\">this</a></p></section></report>");
    BOOST_TEST(starts(e, "layout.xml:3:11: error: link to a missing section 'nowhere'"), e);
}

BOOST_AUTO_TEST_CASE(wrong_types_are_errors) {
    BOOST_TEST(starts(error_of("<report title=\"T\"><section id=\"s\" title=\"S\">"
                               "<spacer height=\"tall\"/></section></report>"),
                      "layout.xml:1:53: error: 'height' must be a number"));
    BOOST_TEST(starts(error_of("<report title=\"T\"><section id=\"s\" title=\"S\">"
                               "<spacer height=\"nan\"/></section></report>"),
                      "layout.xml:1:53: error: 'height' must be a number"));
    BOOST_TEST(starts(error_of("<report title=\"T\"><section id=\"s\" title=\"S\" "
                               "new-page=\"maybe\"/></report>"),
                      "layout.xml:1:45: error: 'new-page' must be one of yes, no"));
}

BOOST_AUTO_TEST_CASE(structural_errors) {
    BOOST_TEST(starts(error_of("<report title=\"T\"><section></report>"),
                      "layout.xml:1:28: error: </report> does not match <section> opened at 1:19"));
    BOOST_TEST(starts(error_of("<!DOCTYPE r [<!ENTITY x \"y\">]><report title=\"T\"/>"),
                      "layout.xml:1:1: error: DTDs and entity declarations are not supported"));
    BOOST_TEST(starts(error_of(""), "layout.xml:1:1: error: no root element"));
    BOOST_TEST(starts(error_of("<report title=\"T\" title=\"U\"/>"),
                      "layout.xml:1:19: error: attribute 'title' is given twice"));
    BOOST_TEST(starts(error_of("<report title=\"\xff\"/>"),
                      "layout.xml:1:16: error: the file is not valid UTF-8"));
    std::string deep = "<report title=\"T\">";
    for (int i = 0; i < 100; ++i)
        deep += "<b>";
    BOOST_TEST(starts(error_of(deep), "layout.xml:1:"));
    BOOST_TEST(error_of(deep).find("nested more than 64 deep") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(missing_references_are_errors) {
    BOOST_TEST(
        starts(error_of("<report title=\"T\">\n<section id=\"s\" title=\"S\" template=\"x\"/>"
                        "</report>"),
               "layout.xml:2:1: error: section 's' uses a missing template 'x'"));
    BOOST_TEST(
        starts(error_of("<report title=\"T\">\n<section id=\"s\" title=\"S\"><menu of=\"g\"/>"
                        "</section></report>"),
               "layout.xml:2:27: error: menu of a group 'g'"));
    BOOST_TEST(starts(error_of("<report title=\"T\">\n<section id=\"s\" title=\"S\"/>\n"
                               "<section id=\"s\" title=\"S2\"/></report>"),
                      "layout.xml:3:1: error: section id 's' is used twice"));
}

BOOST_AUTO_TEST_CASE(table_rows_must_match_the_columns) {
    std::string e = error_of("<report title=\"T\"><section id=\"s\" title=\"S\">\n<table>"
                             "<row><cell>a</cell><cell>b</cell></row>\n<row><cell>c</cell></row>"
                             "</table></section></report>");
    BOOST_TEST(starts(e, "layout.xml:3:1: error: this row has 1 cells but the table has 2"), e);
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_an_error_naming_it) {
    try {
        input::read_layout("/nonexistent/layout.xml");
        BOOST_FAIL("no error");
    } catch (const InputError& e) {
        BOOST_TEST(starts(e.what(), "/nonexistent/layout.xml: error: cannot read the file"));
    }
}

BOOST_AUTO_TEST_CASE(spc_attributes_are_for_spc_charts_with_one_series) {
    const std::string head = "<report title=\"T\">\n<section id=\"s\" title=\"S\">\n";
    const std::string tail = "</section>\n</report>";
    std::string e = error_of(head +
                             "<chart from=\"2024-01\" to=\"2024-12\" area=\"a\" rebase=\"2024-06\">"
                             "<series indicator=\"i\"/></chart>\n" +
                             tail);
    BOOST_TEST(starts(e, "layout.xml:3:45: error: rebase is for an SPC chart (kind=\"spc\")"), e);
    e = error_of(head +
                 "<chart kind=\"spc\" from=\"2024-01\" to=\"2024-12\" area=\"a\">\n"
                 "<series indicator=\"i\"/>\n<series indicator=\"j\"/></chart>\n" +
                 tail);
    BOOST_TEST(starts(e, "layout.xml:5:1: error: an SPC chart (kind=\"spc\") takes one <series>"),
               e);
    e = error_of(head +
                 "<chart kind=\"spc\" from=\"2024-01\" to=\"2024-12\" area=\"a\" "
                 "average-line=\"yes\"><series indicator=\"i\"/></chart>\n" +
                 tail);
    BOOST_TEST(starts(e, "layout.xml:3:56: error: average-line is not for an SPC chart"), e);
    e = error_of(head +
                 "<chart kind=\"spc\" from=\"2024-01\" to=\"2024-12\" area=\"a\" "
                 "baseline=\"1\"><series indicator=\"i\"/></chart>\n" +
                 tail);
    BOOST_TEST(e.find("layout.xml:3:") == 0, e);
    e = error_of(head +
                 "<chart kind=\"spc\" x=\"areas\" areas=\"a; b\" window=\"2024-01\">"
                 "<series indicator=\"i\"/></chart>\n" +
                 tail);
    BOOST_TEST(e.find("a category chart draws bars") != std::string::npos, e);
    BOOST_TEST(error_of(head +
                        "<chart kind=\"spc\" from=\"2024-01\" to=\"2024-12\" area=\"a\" "
                        "rebase=\"2024-04; 2024-09\" baseline=\"6\" screen=\"yes\" "
                        "run=\"8\" trend=\"7\" icons=\"yes\"><series indicator=\"i\"/>"
                        "</chart>\n" +
                        tail) == "no error");
}
