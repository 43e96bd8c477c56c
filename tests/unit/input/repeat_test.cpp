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

namespace {
// Four indicators in two groups (one without a group), in file order.
model::Dataset indicators() {
    model::Dataset data;
    auto add = [&](const char* id, const char* label, model::Unit unit, model::Polarity polarity,
                   const char* group, const char* description) {
        model::Indicator ind;
        ind.id = id;
        ind.label = label;
        ind.unit = unit;
        ind.polarity = polarity;
        ind.decimals = unit == model::Unit::Percent ? 1 : 0;
        ind.group = group;
        ind.description = description;
        data.add_indicator(std::move(ind));
    };
    add("falls", "Falls", model::Unit::Rate, model::Polarity::LowerIsBetter, "safe",
        "Falls per 1,000 bed days");
    add("ae.4h", "A&E 4 hours", model::Unit::Percent, model::Polarity::HigherIsBetter, "responsive",
        "Seen within four hours");
    add("cdiff", "C. difficile", model::Unit::Count, model::Polarity::LowerIsBetter, "safe", "");
    add("beds", "Beds", model::Unit::Count, model::Polarity::Neutral, "", "");
    data.add_area({"trust", "The Trust", "trust", "", {}, {}});
    return data;
}
} // namespace

BOOST_AUTO_TEST_CASE(a_group_repeats_its_indicators_in_data_order_with_every_placeholder) {
    const auto data = indicators();
    auto r = read(R"(<report title="T">
  <repeat indicators="safe" as="m">
    <section id="metric-{m.id}" title="{m.name}">
      <p>{m.label}|{m.unit}|{m.polarity}|{m.decimals}|{m.group}|{m.description}</p>
      <period-table indicator="{m.id}" area="trust" periods="2026-10"/>
    </section>
  </repeat>
  <section id="links" title="Links"><p><a to="metric-falls">Falls</a></p></section>
</report>)",
                  &data);
    BOOST_REQUIRE(r.sections.size() == 3u);
    BOOST_TEST(r.sections[0].id == "metric-falls");
    BOOST_TEST(r.sections[0].title == "Falls");
    BOOST_TEST(r.sections[1].id == "metric-cdiff");
    BOOST_TEST(r.sections[1].title == "C. difficile");
    BOOST_TEST(text_of(std::get<model::Paragraph>(r.sections[0].blocks.at(0).content).text) ==
               "Falls|rate|lower-is-better|0|safe|Falls per 1,000 bed days");
    BOOST_TEST(text_of(std::get<model::Paragraph>(r.sections[1].blocks.at(0).content).text) ==
               "C. difficile|count|lower-is-better|0|safe|");
    BOOST_TEST(std::get<model::PeriodTable>(r.sections[1].blocks.at(1).content).indicator ==
               "cdiff");
    BOOST_TEST(r.sections[1].pos.line == 3); // the template's position
}

BOOST_AUTO_TEST_CASE(listed_ids_repeat_in_the_order_listed_and_star_is_every_indicator) {
    const auto data = indicators();
    auto titles = [&](const std::string& words) {
        auto r = read("<report title=\"T\"><repeat indicators=\"" + words +
                          "\"><section id=\"s-{indicator.id}\" title=\"{indicator.label}\"/>"
                          "</repeat></report>",
                      &data);
        std::string out;
        for (const auto& s : r.sections)
            out += s.id + ";";
        return out;
    };
    BOOST_TEST(titles("cdiff ae.4h") == "s-cdiff;s-ae.4h;");
    // A group and one of its ids: each indicator once, where first named.
    BOOST_TEST(titles("responsive safe falls") == "s-ae.4h;s-falls;s-cdiff;");
    BOOST_TEST(titles("*") == "s-falls;s-ae.4h;s-cdiff;s-beds;");
}

BOOST_AUTO_TEST_CASE(indicator_repeat_errors_name_the_attribute) {
    auto data = indicators();
    const std::string body = "><section id=\"x-{m.id}\" title=\"X\"/></repeat></report>";
    BOOST_TEST(
        starts(error_of("<report title=\"T\">\n<repeat indicators=\"safe wellled\" as=\"m\"" + body,
                        &data),
               "t.xml:2:9: error: 'wellled' is neither a group nor an indicator id"));
    BOOST_TEST(starts(
        error_of("<report title=\"T\">\n<repeat areas=\"trust\" indicators=\"safe\"" + body, &data),
        "t.xml:2:1: error: <repeat> needs either areas="));
    BOOST_TEST(starts(error_of("<report title=\"T\">\n<repeat indicators=\" \"" + body, &data),
                      "t.xml:2:9: error: no indicators named"));
    model::Indicator clash;
    clash.id = "safe";
    clash.label = "Safe";
    data.add_indicator(std::move(clash));
    BOOST_TEST(starts(error_of("<report title=\"T\">\n<repeat indicators=\"safe\"" + body, &data),
                      "t.xml:2:9: error: 'safe' is both a group and an indicator id"));
}
