// The tagged PDF's structure as the PDF renderer derives it from the display list: one element
// per split element, artifacts for decoration and repeated headers, marked-content ids per page,
// link owners, heading levels, and the objects written for them.
#include "render/pdf/structure.hpp"
#include "render/pdf/structure_objects.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;
using namespace bp::render::pdf;
using display::StructBegin;
using display::StructKind;

namespace {

StructBegin element(StructKind kind, std::uint64_t id = 0, int level = 0) {
    StructBegin b;
    b.kind = kind;
    b.id = id;
    b.level = level;
    return b;
}

display::TextRun text(const std::string& s) {
    return display::TextRun{{10, 10}, 0, 10, {}, s, 20};
}

display::PathItem rule() {
    display::PathItem p;
    p.path.move_to({0, 0}).line_to({100, 0});
    p.stroke = display::Stroke{};
    return p;
}

// Feeds pages of items to a builder, as the document scan does.
Structure build(const std::vector<std::vector<display::Item>>& pages) {
    StructureBuilder b;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        b.start_page(p);
        for (std::size_t i = 0; i < pages[p].size(); ++i) {
            const auto& item = pages[p][i];
            if (auto* s = std::get_if<StructBegin>(&item)) b.begin(*s);
            if (std::holds_alternative<display::StructEnd>(item)) b.end();
            if (std::holds_alternative<display::TextRun>(item)) b.paint(i, true);
            if (std::holds_alternative<display::PathItem>(item)) b.paint(i, false);
            if (auto* l = std::get_if<display::LinkArea>(&item)) b.link(*l);
        }
    }
    return b.finish();
}

std::vector<std::string> types(const Structure& s) {
    std::vector<std::string> out;
    for (const auto& e : s.elements)
        out.push_back(e.type);
    return out;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_table_over_two_pages_is_one_element_and_its_repeated_header_an_artifact) {
    StructBegin repeated = element(StructKind::Artifact);
    repeated.pagination = true;
    const std::vector<std::vector<display::Item>> pages{
        {element(StructKind::Table, 7), element(StructKind::TableRow),
         element(StructKind::TableHeaderCell), text("Area"), display::StructEnd{},
         display::StructEnd{}, rule(), element(StructKind::TableRow),
         element(StructKind::TableCell), text("North"), display::StructEnd{}, display::StructEnd{},
         display::StructEnd{}},
        {element(StructKind::Table, 7), repeated, element(StructKind::TableRow),
         element(StructKind::TableHeaderCell), text("Area"), display::StructEnd{},
         display::StructEnd{}, display::StructEnd{}, element(StructKind::TableRow),
         element(StructKind::TableCell), text("South"), display::StructEnd{}, display::StructEnd{},
         display::StructEnd{}}};
    const Structure s = build(pages);
    BOOST_TEST(types(s) ==
               (std::vector<std::string>{"Document", "Table", "TR", "TH", "TR", "TD", "TR", "TD"}));
    const StructElement& table = s.elements[1];
    BOOST_TEST(table.kids.size() == 3u); // three rows: the repeated header is not one
    // Page 1: TH (MCID 0), the rule as decoration, TD (MCID 1).
    BOOST_TEST(s.mcid_owners[0] == (std::vector<std::uint32_t>{3, 5}));
    BOOST_REQUIRE(s.marks[0].size() == 3u);
    BOOST_TEST((s.marks[0][1].owner == ContentMark::Owner::Layout));
    // Page 2: the header text is a pagination artifact; the new row's cell is MCID 0.
    BOOST_REQUIRE(s.marks[1].size() == 2u);
    BOOST_TEST((s.marks[1][0].owner == ContentMark::Owner::Pagination));
    BOOST_TEST(s.marks[1][1].mcid == 0u);
    BOOST_TEST(std::string(s.marks[1][1].tag) == "TD");
    BOOST_TEST(s.mcid_owners[1] == (std::vector<std::uint32_t>{7}));
}

BOOST_AUTO_TEST_CASE(heading_levels_start_at_h1_and_never_skip) {
    const Structure s =
        build({{element(StructKind::Heading, 0, 2), text("A"), display::StructEnd{},
                element(StructKind::Heading, 0, 3), text("B"), display::StructEnd{},
                element(StructKind::Heading, 0, 2), text("C"), display::StructEnd{},
                element(StructKind::Heading, 0, 6), text("D"), display::StructEnd{}}});
    BOOST_TEST(types(s) == (std::vector<std::string>{"Document", "H1", "H2", "H1", "H2"}));
}

BOOST_AUTO_TEST_CASE(headings_of_one_level_under_one_heading_stay_siblings) {
    // A glossary: its banner (level 1), its terms (level 3), a level 2 and its level 3.
    std::vector<display::Item> items;
    for (int level : {1, 3, 3, 3, 2, 3}) {
        items.push_back(element(StructKind::Heading, 0, level));
        items.push_back(text("T"));
        items.push_back(display::StructEnd{});
    }
    const Structure s = build({items});
    BOOST_TEST(types(s) ==
               (std::vector<std::string>{"Document", "H1", "H2", "H2", "H2", "H2", "H3"}));
}

BOOST_AUTO_TEST_CASE(links_belong_to_their_link_element_or_get_one) {
    StructBegin link = element(StructKind::Link);
    link.alt = "Main Menu";
    const Structure s =
        build({{link, text("Main Menu"), display::LinkArea{{0, 0, 10, 10}, "menu", ""},
                display::StructEnd{}, display::LinkArea{{0, 20, 10, 10}, "", "https://x.org"}}});
    BOOST_TEST(types(s) == (std::vector<std::string>{"Document", "Link", "Link"}));
    BOOST_TEST(s.link_owners[0] == (std::vector<std::uint32_t>{1, 2}));
    BOOST_TEST(s.elements[2].alt == "https://x.org");
    BOOST_TEST((s.elements[1].kids.back().kind == StructKid::Kind::Annotation));
}

BOOST_AUTO_TEST_CASE(loose_text_is_a_paragraph_and_figure_paths_are_content) {
    StructBegin figure = element(StructKind::Figure);
    figure.alt = "A chart";
    const Structure s =
        build({{text("loose"), rule(), figure, rule(), text("label"), display::StructEnd{}}});
    BOOST_TEST(types(s) == (std::vector<std::string>{"Document", "P", "Figure"}));
    // The loose text, the rule outside as decoration, the figure's path and label in one
    // sequence.
    BOOST_REQUIRE(s.marks[0].size() == 3u);
    BOOST_TEST((s.marks[0][1].owner == ContentMark::Owner::Layout));
    BOOST_TEST(s.mcid_owners[0] == (std::vector<std::uint32_t>{1, 2}));
}

BOOST_AUTO_TEST_CASE(objects_name_scopes_alt_text_and_content_on_other_pages) {
    StructBegin th = element(StructKind::TableHeaderCell);
    th.scope = StructBegin::Scope::Column;
    th.col_span = 2;
    StructBegin figure = element(StructKind::Figure);
    figure.alt = "Verdict: happy (£)";
    const Structure s = build(
        {{element(StructKind::Paragraph, 9), text("one"), display::StructEnd{},
          element(StructKind::Table), th, text("H"), display::StructEnd{}, display::StructEnd{}},
         {element(StructKind::Paragraph, 9), text("two"), display::StructEnd{}, figure, rule(),
          display::StructEnd{}}});
    StructureTargets t{100, {10, 20}, {{}, {}}};
    const StructureObjects o = structure_objects(s, t, 500);
    BOOST_REQUIRE(o.objects.size() == s.elements.size() + 1);
    // The paragraph: /Pg page 1, MCID 0 there and a marked-content reference on page 2.
    BOOST_TEST(o.objects[1] == "<</S/P/P 500 0 R/Pg 10 0 R/K[0 "
                               "<</Type/MCR/Pg 20 0 R/MCID 0>>]>>");
    BOOST_TEST(o.objects[3].find("/A<</O/Table/Scope/Column/ColSpan 2>>") != std::string::npos);
    // Non-ASCII alt text is UTF-16BE: "£" is 00A3.
    BOOST_TEST(o.objects[4].find("/Alt<FEFF") != std::string::npos);
    BOOST_TEST(o.objects[4].find("00A3") != std::string::npos);
    // The parent tree: page 1's MCIDs 0 and 1, page 2's MCIDs 0 and 1.
    BOOST_TEST(o.objects.back() == "<</Nums[0[501 0 R 503 0 R]1[501 0 R 504 0 R]]>>");
    BOOST_TEST(o.root_entries.find("/ParentTreeNextKey 2") != std::string::npos);
    BOOST_TEST(o.root_entries.find("/K 500 0 R") != std::string::npos);
}
