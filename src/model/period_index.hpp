// Numbers of records (stored values, verdicts) by series and period: the months of a series
// in pages of 16 consecutive months, each other kind of period in a table of its own.
#pragma once

#include "model/flat_index.hpp"
#include "model/period.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace bp::model {

class PeriodIndex {
public:
    static constexpr std::uint32_t none = FlatIndex::none;

    // The number stored for (series, period), or none.
    std::uint32_t find(std::uint32_t series, const Period& period) const;
    // Stores `number` (not none) for (series, period) unless one is there already; returns the
    // number that was there, or none if this one was stored.
    std::uint32_t insert(std::uint32_t series, const Period& period, std::uint32_t number);
    // Calls f(serial, number) for the months `first` to `last` (serials) of a series, in order,
    // with none where a month has no number: one lookup per page, not per month.
    template <class F> void for_each_month(std::uint32_t series, int first, int last, F&& f) const;

private:
    static constexpr int page_shift = 4;
    static constexpr int page_months = 1 << page_shift;
    // A month's page (floor division, so any serial works) and its place in the page.
    static std::uint32_t page_number(int serial) {
        return static_cast<std::uint32_t>(serial >> page_shift);
    }
    static std::size_t place(int serial) {
        return static_cast<std::size_t>(serial & (page_months - 1));
    }

    using Page = std::array<std::uint32_t, page_months>;
    // The page a series last stored a month in: a series' months mostly come in order.
    struct LastPage {
        std::uint32_t page_number = 0;
        std::uint32_t page = none;
    };
    FlatIndex pages_of_;              // (series, month serial / 16) → index into pages_
    std::vector<Page> pages_;         // numbers by month serial % 16
    std::vector<LastPage> last_page_; // by series
    std::array<FlatIndex, 4> spans_;  // (series, first month) for the four longer kinds
};

template <class F>
void PeriodIndex::for_each_month(std::uint32_t series, int first, int last, F&& f) const {
    for (int serial = first; serial <= last;) {
        const std::uint32_t page = pages_of_.find(pair_key(series, page_number(serial)));
        const int page_last = std::min(last, serial | (page_months - 1));
        for (; serial <= page_last; ++serial)
            f(serial, page == none ? none : pages_[page][place(serial)]);
    }
}

} // namespace bp::model
