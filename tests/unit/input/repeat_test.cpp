// <repeat>: one copy of its content per area of a kind, in data order, placeholders replaced,
// positions kept; every repeat is checked before anything is read, so its errors come first.
#include "core/error.hpp"
#include "input/layout_reader.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;

namespace {
// Three sectors and a force, in file order.
model::Dataset areas() {
    model::Dataset data;
    data.add_area({"force", "The Force", "force", "", {}, {}});
    data.add_area({"n1", "North One", "sector", "force", {}, {}});
    data.add_area({"s2", "South Two", "sector", "force", {}, {}});
    data.add_area({"e3", "East Three", "sector", "force", {}, {}});
    return data;
}
model::Report read(const std::string& xml, const model::Dataset* data) {
    return input::layout_from_xml(input::parse_xml("t.xml", xml), ".", data);
}
std::string error_of(const std::string& xml, const model::Dataset* data) {
    try {
        read(xml, data);
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}
bool starts(const std::string& s, const std::string& prefix) {
    return s.rfind(prefix, 0) == 0;
}
std::string text_of(const model::InlineText& text) {
    std::string out;
    for (const auto& piece : text)
        out += piece.text;
    return out;
}
} // namespace

BOOST_AUTO_TEST_CASE(each_area_gets_a_copy_in_data_order_with_its_id_and_name) {
    const auto data = areas();
    auto r = read(R"(<report title="T">
  <section id="first" title="First"/>
  <repeat areas="sector" as="s">
    <section id="sector-{s.id}" title="{s.name}">
      <heading>{s.name} ({s.id})</heading></section>
    <section id="more-{s.id}" title="More on {s.name}"/>
  </repeat>
  <section id="last" title="Last"/>
</report>)",
                  &data);
    std::vector<std::string> ids, titles;
    for (const auto& s : r.sections) {
        ids.push_back(s.id);
        titles.push_back(s.title);
    }
    const std::vector<std::string> want_ids = {"first",   "sector-n1", "more-n1", "sector-s2",
                                               "more-s2", "sector-e3", "more-e3", "last"};
    const std::vector<std::string> want_titles = {"First",
                                                  "North One",
                                                  "More on North One",
                                                  "South Two",
                                                  "More on South Two",
                                                  "East Three",
                                                  "More on East Three",
                                                  "Last"};
    BOOST_TEST(ids == want_ids, boost::test_tools::per_element());
    BOOST_TEST(titles == want_titles, boost::test_tools::per_element());
    const auto& heading = std::get<model::Heading>(r.sections[5].blocks.at(0).content);
    BOOST_TEST(text_of(heading.text) == "East Three (e3)");
    // Every copy keeps the template's position.
    BOOST_TEST(r.sections[1].pos.line == 4);
    BOOST_TEST(r.sections[5].pos.line == 4);
    BOOST_TEST(r.sections[5].blocks.at(0).pos.line == 5);
}

BOOST_AUTO_TEST_CASE(a_repeat_inside_a_section_repeats_its_blocks) {
    const auto data = areas();
    auto r = read(R"(<report title="T"><section id="a" title="A">
  <p>before</p><repeat areas="sector"><p>{area.name}</p></repeat><p>after</p>
</section></report>)",
                  &data);
    BOOST_REQUIRE(r.sections.size() == 1u);
    std::vector<std::string> texts;
    for (const auto& b : r.sections[0].blocks)
        texts.push_back(text_of(std::get<model::Paragraph>(b.content).text));
    const std::vector<std::string> want = {"before", "North One", "South Two", "East Three",
                                           "after"};
    BOOST_TEST(texts == want, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(repeat_errors_name_the_repeat_or_its_attribute) {
    const auto data = areas();
    const std::string body = "<section id=\"x-{area.id}\" title=\"X\"/></repeat></report>";
    BOOST_TEST(starts(error_of("<report title=\"T\">\n<repeat areas=\"sector\">" + body, nullptr),
                      "t.xml:2:1: error: <repeat> needs data"));
    BOOST_TEST(starts(error_of("<report title=\"T\">\n<repeat areas=\"ward\">" + body, &data),
                      "t.xml:2:9: error: the data has no areas of kind 'ward'"));
    BOOST_TEST(
        starts(error_of("<report title=\"T\">\n<repeat areas=\"sector\" for=\"x\">" + body, &data),
               "t.xml:2:24: error: unknown attribute 'for' on <repeat>"));
    BOOST_TEST(starts(error_of("<report title=\"T\">\n<repeat areas=\"sector\">\n"
                               "<section id=\"x\" title=\"X\">\n  <repeat areas=\"sector\"/>"
                               "</section></repeat></report>",
                               &data),
                      "t.xml:4:3: error: <repeat> cannot be nested"));
}

BOOST_AUTO_TEST_CASE(a_bad_repeat_is_reported_before_an_earlier_bad_element) {
    const auto data = areas();
    std::string e =
        error_of("<report title=\"T\">\n<section id=\"a\" title=\"A\"><chrat/></section>\n"
                 "<repeat areas=\"ward\"><section id=\"b\" title=\"B\"/></repeat>"
                 "</report>",
                 &data);
    BOOST_TEST(starts(e, "t.xml:3:9: error: the data has no areas of kind 'ward'"), e);
}

BOOST_AUTO_TEST_CASE(an_error_in_a_copy_names_the_template_position) {
    const auto data = areas();
    std::string e = error_of("<report title=\"T\">\n<repeat areas=\"sector\">\n"
                             "<section id=\"s-{area.id}\" title=\"{area.name}\">\n"
                             "  <spacer height=\"{area.id}\"/></section></repeat></report>",
                             &data);
    BOOST_TEST(starts(e, "t.xml:4:11: error: 'height' must be a number, not \"n1\""), e);
}
