// Reading valid layouts: sections, templates, blocks, inline text and link targets.
#include "input/layout_reader.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;

namespace {
model::Report parse(const std::string& xml) {
    return input::layout_from_xml(input::parse_xml("t.xml", xml), ".");
}
} // namespace

BOOST_AUTO_TEST_CASE(reads_sections_templates_and_blocks) {
    auto r = parse(R"(<report title="T – Q1" lang="en-GB">
  <template id="main" size="A4" orientation="portrait" margin="20 30">
    <header height="30"><text>{section.title}</text></header>
    <footer><button to="@next">Next Page</button><page-number/></footer>
  </template>
  <section id="a" title="Alpha" template="main" group="g">
    <heading level="1">Head</heading>
    <p>Some <b>bold</b> and <i>italic <a to="b">link</a></i>.</p>
    <list><item>one</item><item>two</item></list>
    <table columns="2 1" align="left right"><row><cell>x</cell><cell>1</cell></row>
      <row><cell>y</cell><cell>2</cell></row></table>
    <spacer height="5"/><page-break/><button to="https://example.org/x">Web</button>
    <menu of="g" columns="2"/>
  </section>
  <section id="b" title="Beta" new-page="no" bookmark-parent="a"/>
</report>)");
    BOOST_TEST(r.info.title == "T – Q1");
    BOOST_REQUIRE(r.templates.size() == 1);
    const auto& t = r.templates[0];
    BOOST_TEST(t.width == 595.28);
    BOOST_TEST(t.height == 841.89);
    BOOST_TEST(t.margin_top == 20);
    BOOST_TEST(t.margin_right == 30);
    BOOST_TEST(t.header.items.size() == 1u);
    BOOST_TEST(t.footer.items.size() == 2u);
    BOOST_TEST((t.footer.items[0].target.kind == model::LinkTarget::Kind::NextPage));
    BOOST_REQUIRE(r.sections.size() == 2);
    const auto& a = r.sections[0];
    BOOST_TEST(a.blocks.size() == 8u);
    const auto& p = std::get<model::Paragraph>(a.blocks[1].content);
    BOOST_REQUIRE(p.text.size() == 6);
    BOOST_TEST(p.text[1].text == "bold");
    BOOST_TEST(p.text[1].bold);
    BOOST_TEST(p.text[3].italic);
    BOOST_TEST(!p.text[3].bold);
    BOOST_TEST(p.text[3].link.empty());
    BOOST_TEST(p.text[4].text == "link");
    BOOST_TEST(p.text[4].italic);
    BOOST_TEST((p.text[4].link.kind == model::LinkTarget::Kind::Section));
    BOOST_TEST(p.text[4].link.value == "b");
    BOOST_TEST(a.blocks[1].pos.line == 8);
    BOOST_TEST(a.blocks[1].pos.col == 5);
    const auto& table = std::get<model::Table>(a.blocks[3].content);
    BOOST_TEST(table.rows.size() == 2u);
    BOOST_TEST((table.align[1] == model::Align::Right));
    const auto& web = std::get<model::Button>(a.blocks[6].content);
    BOOST_TEST((web.target.kind == model::LinkTarget::Kind::Uri));
    BOOST_TEST(!r.sections[1].new_page);
    BOOST_TEST(r.sections[1].bookmark_parent == "a");
}

BOOST_AUTO_TEST_CASE(entities_and_character_references_are_decoded) {
    auto r = parse("<report title=\"A &amp; B\"><section id=\"s\" title=\"S\">"
                   "<p>&#163;5 &lt; &#x2265;</p></section></report>");
    BOOST_TEST(r.info.title == "A & B");
    const auto& p = std::get<model::Paragraph>(r.sections[0].blocks[0].content);
    BOOST_TEST(p.text[0].text == "£5 < ≥");
}

BOOST_AUTO_TEST_CASE(relative_theme_and_data_paths_resolve_against_the_layout_folder) {
    auto r = input::layout_from_xml(
        input::parse_xml("l.xml", R"(<report title="T" theme="t.ini" data="../data/q1">
        <section id="s" title="S"/></report>)"),
        "/x/layouts");
    BOOST_TEST(r.theme_path == "/x/layouts/t.ini");
    BOOST_TEST(r.data_path == "/x/data/q1");
}
