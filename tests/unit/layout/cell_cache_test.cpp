// CellCache: a cell is laid out once and shared while it is held; anything that changes how it
// would be laid out (text, emphasis, style, width, body or header) lays it out afresh.
#include "layout/block_builder.hpp"
#include "layout/cell_cache.hpp"

#include <boost/test/unit_test.hpp>

#include <functional>
#include <stdexcept>

using namespace bp;

namespace {
// Lays nothing out but counts the calls; each result is a distinct object.
struct CountingLay {
    int calls = 0;
    std::shared_ptr<const layout::LaidText> operator()(model::InlineText) {
        ++calls;
        return std::make_shared<layout::LaidText>();
    }
};
} // namespace

BOOST_AUTO_TEST_CASE(an_identical_cell_is_laid_out_once_and_shared) {
    layout::CellCache cache;
    model::TextStyle table, header;
    CountingLay lay;
    auto get = [&](const std::string& text, const model::TextStyle& style, double width, bool body,
                   bool bold = false) {
        return cache.get(layout::plain(text, bold), style, width, body, std::ref(lay));
    };
    auto first = get("12 months to June 2016", table, 80, true);
    BOOST_TEST(get("12 months to June 2016", table, 80, true) == first);
    BOOST_TEST(lay.calls == 1);
    BOOST_TEST(get("12 months to June 2017", table, 80, true) != first);
    BOOST_TEST(get("12 months to June 2016", table, 81, true) != first);
    BOOST_TEST(get("12 months to June 2016", header, 80, true) != first);
    BOOST_TEST(get("12 months to June 2016", table, 80, false) != first);
    BOOST_TEST(get("12 months to June 2016", table, 80, true, true) != first);
    BOOST_TEST(lay.calls == 6);
}

BOOST_AUTO_TEST_CASE(only_single_plain_pieces_are_held) {
    BOOST_TEST(layout::CellCache::holds(layout::plain("x")));
    BOOST_TEST(layout::CellCache::holds(layout::plain("x", true)));
    model::InlineText italic = layout::plain("x");
    italic.front().italic = true;
    BOOST_TEST(!layout::CellCache::holds(italic));
    model::InlineText link = layout::plain("x");
    link.front().link.kind = model::LinkTarget::Kind::Section;
    BOOST_TEST(!layout::CellCache::holds(link));
    model::InlineText two = layout::plain("x");
    two.push_back(two.front());
    BOOST_TEST(!layout::CellCache::holds(two));
}

BOOST_AUTO_TEST_CASE(a_cell_that_failed_to_lay_out_is_not_held) {
    layout::CellCache cache;
    model::TextStyle style;
    auto fail = [](model::InlineText) -> std::shared_ptr<const layout::LaidText> {
        throw std::runtime_error("no font");
    };
    BOOST_CHECK_THROW(cache.get(layout::plain("x"), style, 10, true, fail), std::runtime_error);
    CountingLay lay;
    cache.get(layout::plain("x"), style, 10, true, std::ref(lay));
    BOOST_TEST(lay.calls == 1);
}
