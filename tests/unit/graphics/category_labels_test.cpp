#include "graphics/category_labels.hpp"

#include <boost/test/unit_test.hpp>

#include <vector>

using bp::graphics::choose_category_labels;
using I = std::vector<int>;

BOOST_AUTO_TEST_SUITE(category_labels)

namespace {
std::vector<double> centres(int n, double pitch, double first) {
    std::vector<double> out;
    for (int i = 0; i < n; ++i)
        out.push_back(first + i * pitch);
    return out;
}
} // namespace

BOOST_AUTO_TEST_CASE(all_labels_when_they_fit) {
    auto c = choose_category_labels(centres(12, 40, 20), std::vector<double>(12, 25), 0, 480, 3);
    BOOST_TEST(c.shown.size() == 12u);
    BOOST_TEST(c.left[0] == 7.5);
}

BOOST_AUTO_TEST_CASE(twenty_eight_months_show_every_third_ending_on_the_last) {
    // 10 pt apart, 25 pt wide: every 2nd would collide, every 3rd fits and 27 % 3 == 0.
    auto c = choose_category_labels(centres(28, 10, 15), std::vector<double>(28, 25), 0, 300, 3);
    I expected;
    for (int i = 0; i < 28; i += 3)
        expected.push_back(i);
    BOOST_TEST(c.shown == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(prefers_a_step_that_lands_on_the_last_label) {
    // 28 pt needed, 10 pt pitch: k = 3 fits; 19 % 3 != 0 but 19 % 4 != 0, 19 % 5 != 0 — so the
    // last label is appended, or replaces the previous one if they would collide.
    auto c = choose_category_labels(centres(20, 10, 15), std::vector<double>(20, 25), 0, 220, 3);
    BOOST_TEST(c.shown.front() == 0);
    BOOST_TEST(c.shown.back() == 19);
    for (std::size_t k = 1; k < c.shown.size(); ++k)
        BOOST_TEST(c.left[k] >= c.left[k - 1] + 25 + 3);
    // 12 labels: 0,3,6,9 then 11 collides with 9, so 11 replaces 9.
    auto d = choose_category_labels(centres(12, 10, 15), std::vector<double>(12, 25), 0, 140, 3);
    BOOST_TEST(d.shown == (I{0, 3, 6, 11}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(shifting_at_the_edges_counts_towards_collisions) {
    // The first label is pushed right by 7.5 pt to stay inside, so every 3rd no longer fits.
    auto c = choose_category_labels(centres(28, 10, 5), std::vector<double>(28, 25), 0, 280, 3);
    BOOST_TEST(c.shown.front() == 0);
    BOOST_TEST(c.shown.back() == 27);
    BOOST_TEST(c.left.front() == 0);
    for (std::size_t k = 1; k < c.shown.size(); ++k)
        BOOST_TEST(c.left[k] >= c.left[k - 1] + 25 + 3);
}

BOOST_AUTO_TEST_CASE(labels_are_kept_inside_the_bounds) {
    auto c = choose_category_labels({2, 98}, {20, 20}, 0, 100, 3);
    BOOST_TEST_REQUIRE(c.shown.size() == 2u);
    BOOST_TEST(c.left[0] == 0);
    BOOST_TEST(c.left[1] == 80);
}

BOOST_AUTO_TEST_CASE(no_room_shows_the_latest_label_or_nothing) {
    auto c = choose_category_labels({10, 20}, {18, 18}, 0, 30, 3);
    BOOST_TEST(c.shown == (I{1}), boost::test_tools::per_element());
    auto none = choose_category_labels({10}, {50}, 0, 30, 3);
    BOOST_TEST(none.shown.empty());
    BOOST_TEST(choose_category_labels({}, {}, 0, 30, 3).shown.empty());
}

BOOST_AUTO_TEST_SUITE_END()
