#include "model/period_index.hpp"

namespace bp::model {

namespace {

// The table of a longer kind of period.
std::size_t span_table(Period::Kind kind) {
    return static_cast<std::size_t>(kind) - 1;
}

// The kinds data may store (not the window-only year to date and range of months).
bool stored_kind(Period::Kind kind) {
    return kind <= Period::Kind::Rolling12;
}

} // namespace

std::uint32_t PeriodIndex::find(std::uint32_t series, const Period& period) const {
    const int first = period.first_serial();
    if (!stored_kind(period.kind())) return none;
    if (period.kind() != Period::Kind::Month)
        return spans_[span_table(period.kind())].find(
            pair_key(series, static_cast<std::uint32_t>(first)));
    std::uint32_t page = pages_of_.find(pair_key(series, page_number(first)));
    return page == none ? none : pages_[page][place(first)];
}

std::uint32_t PeriodIndex::insert(std::uint32_t series, const Period& period,
                                  std::uint32_t number) {
    const int first = period.first_serial();
    if (!stored_kind(period.kind())) return none; // never given: parse_period refuses them
    if (period.kind() != Period::Kind::Month)
        return spans_[span_table(period.kind())].insert(
            pair_key(series, static_cast<std::uint32_t>(first)), number);
    if (series >= last_page_.size()) last_page_.resize(series + 1);
    LastPage& last = last_page_[series];
    if (last.page == none || last.page_number != page_number(first)) {
        auto next_page = static_cast<std::uint32_t>(pages_.size());
        last.page_number = page_number(first);
        last.page = pages_of_.insert(pair_key(series, last.page_number), next_page);
        if (last.page == none) {
            last.page = next_page;
            pages_.emplace_back();
            pages_.back().fill(none);
        }
    }
    std::uint32_t& slot = pages_[last.page][place(first)];
    if (slot != none) return slot;
    slot = number;
    return none;
}

} // namespace bp::model
