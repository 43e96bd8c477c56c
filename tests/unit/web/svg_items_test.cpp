#include "web/svg_items.hpp"

#include "graphics/face.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp;

BOOST_AUTO_TEST_CASE(paths_and_text_become_svg_elements) {
    std::vector<display::Item> items;
    display::PathItem box;
    box.path.move_to({1, 2}).line_to({10.5, 2}).close();
    box.fill = Color{1, 0, 0};
    box.stroke = display::Stroke{Color{0, 0, 1}, 0.75, {2, 1}};
    items.emplace_back(std::move(box));
    display::TextRun run;
    run.origin = {3, 14.25};
    run.size = 9;
    run.text = "Crime <& harm>";
    run.width = 40;
    items.emplace_back(run);
    display::TextRun hidden = run;
    hidden.text = "unseen";
    hidden.invisible = true;
    items.emplace_back(hidden);
    items.emplace_back(display::StructBegin{});
    const std::vector<display::FontFace> fonts{{"LiberationSans-Bold", "/x.ttf"}};
    const std::string svg = web::svg_of_items(items, Rect{0, 0, 100.4, 20}, fonts, "chart");
    BOOST_TEST(svg.rfind("<svg class=\"chart\" viewBox=\"0 0 100.4 20\" width=\"100\" "
                         "height=\"20\" aria-hidden=\"true\">",
                         0) == 0,
               svg);
    BOOST_TEST(svg.find("<path d=\"M1 2L10.5 2Z\" fill=\"#ff0000\" stroke=\"#0000ff\" "
                        "stroke-width=\"0.75\" stroke-dasharray=\"2 1\"/>") != std::string::npos,
               svg);
    BOOST_TEST(svg.find("<text x=\"3\" y=\"14.25\" font-size=\"9\" fill=\"#000000\" "
                        "font-weight=\"bold\" textLength=\"40\" "
                        "lengthAdjust=\"spacingAndGlyphs\">Crime &lt;&amp; harm&gt;</text>") !=
                   std::string::npos,
               svg);
    BOOST_TEST(svg.find("unseen") == std::string::npos); // invisible text is the page's words
    BOOST_TEST(svg.substr(svg.size() - 6) == "</svg>");
}

BOOST_AUTO_TEST_CASE(a_face_is_drawn_from_the_graphics_layers_paths) {
    std::vector<display::Item> items;
    graphics::draw_face(items, graphics::Face::Unhappy, {8, 8}, 14, {}, "Verdict: Off track");
    const std::string svg = web::svg_of_items(items, Rect{0, 0, 16, 16}, {}, "face");
    std::size_t paths = 0;
    for (std::size_t at = svg.find("<path"); at != std::string::npos;
         at = svg.find("<path", at + 1))
        ++paths;
    std::size_t drawn = 0;
    for (const auto& item : items)
        drawn += std::holds_alternative<display::PathItem>(item);
    BOOST_TEST(paths == drawn);
    BOOST_TEST(drawn >= 5u); // head, two eyes, two brows, mouth
    BOOST_TEST(svg.find(graphics::face_fill(graphics::Face::Unhappy, {}).to_hex()) !=
               std::string::npos);
    BOOST_TEST(svg.find("Verdict") == std::string::npos); // the word is beside it, in the page
}
