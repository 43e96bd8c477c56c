#include "graphics/category_labels.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <random>
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

BOOST_AUTO_TEST_CASE(labels_end_evenly_on_the_last) {
    // 28 pt needed, 10 pt pitch: k = 3 fits; 19 % 3, 19 % 4 and 19 % 5 are not 0, so every
    // third label is counted back from the last: 1, 4, …, 19 (never 0, 3, …, 18, 19).
    auto c = choose_category_labels(centres(20, 10, 15), std::vector<double>(20, 25), 0, 220, 3);
    BOOST_TEST(c.shown == (I{1, 4, 7, 10, 13, 16, 19}), boost::test_tools::per_element());
    for (std::size_t k = 1; k < c.shown.size(); ++k)
        BOOST_TEST(c.left[k] >= c.left[k - 1] + 25 + 3);
    // 12 labels: every third back from 11 — not 0, 3, 6, 11.
    auto d = choose_category_labels(centres(12, 10, 15), std::vector<double>(12, 25), 0, 140, 3);
    BOOST_TEST(d.shown == (I{2, 5, 8, 11}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(shifting_at_the_edges_counts_towards_collisions) {
    // The first label is pushed right by 7.5 pt to stay inside, so every 3rd no longer fits.
    auto c = choose_category_labels(centres(28, 10, 5), std::vector<double>(28, 25), 0, 280, 3);
    BOOST_TEST(c.shown.back() == 27);
    BOOST_TEST_REQUIRE(c.shown.size() >= 2u);
    for (std::size_t k = 1; k < c.shown.size(); ++k) {
        BOOST_TEST(c.left[k] >= c.left[k - 1] + 25 + 3);
        BOOST_TEST(c.shown[k] - c.shown[k - 1] == c.shown[1] - c.shown[0]); // one step
    }
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

namespace {

// The rules of choose_category_labels applied literally, building every candidate list.
struct Reference {
    const std::vector<double>& centres;
    const std::vector<double>& widths;
    double lo, hi, gap;

    double left(int i) const { return std::clamp(centres[i] - widths[i] / 2, lo, hi - widths[i]); }
    bool fits(const I& shown) const {
        for (std::size_t k = 0; k < shown.size(); ++k) {
            if (widths[shown[k]] > hi - lo) return false;
            if (k > 0 && left(shown[k]) < left(shown[k - 1]) + widths[shown[k - 1]] + gap)
                return false;
        }
        return true;
    }
    I every_back(int k, int last) const {
        I out;
        for (int i = last; i >= 0; i -= k)
            out.insert(out.begin(), i);
        return out;
    }
    I choose() const {
        const int n = static_cast<int>(std::min(centres.size(), widths.size()));
        if (n == 0) return {};
        const int last = n - 1;
        for (int k = 1; k <= std::max(1, last); ++k) {
            I shown = every_back(k, last);
            if (!fits(shown)) continue;
            if (shown.front() != 0)
                for (int k2 = k + 1; k2 < 2 * k; ++k2)
                    if (last % k2 == 0 && fits(every_back(k2, last))) return every_back(k2, last);
            return shown;
        }
        return fits({last}) ? I{last} : I{};
    }
};

} // namespace

BOOST_AUTO_TEST_CASE(agrees_with_the_rules_applied_literally) {
    std::mt19937 random(20261124);
    std::uniform_real_distribution<double> unit(0, 1);
    for (int trial = 0; trial < 3000; ++trial) {
        const int n = static_cast<int>(unit(random) * 40);
        const double pitch = 2 + unit(random) * 30, width = 5 + unit(random) * 40;
        std::vector<double> c = centres(n, pitch, unit(random) * 20), w;
        for (int i = 0; i < n; ++i)
            w.push_back(width * (0.7 + 0.6 * unit(random)));
        const double lo = 0, hi = n * pitch * (0.8 + 0.4 * unit(random)), gap = unit(random) * 6;
        auto chosen = choose_category_labels(c, w, lo, hi, gap);
        const Reference reference{c, w, lo, hi, gap};
        BOOST_TEST_CONTEXT("trial " << trial) {
            BOOST_TEST(chosen.shown == reference.choose(), boost::test_tools::per_element());
            BOOST_TEST_REQUIRE(chosen.left.size() == chosen.shown.size());
            for (std::size_t k = 0; k < chosen.shown.size(); ++k)
                BOOST_TEST(chosen.left[k] == reference.left(chosen.shown[k]));
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
