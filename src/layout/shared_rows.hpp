// The rows of a splittable block: a range of one read-only list that every part of a split
// shares, so splitting a long menu, list or table copies nothing.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace bp::layout {

template <typename Row> class SharedRows {
public:
    explicit SharedRows(std::vector<Row> rows)
        : rows_(std::make_shared<const std::vector<Row>>(std::move(rows))), last_(rows_->size()) {}

    std::size_t size() const { return last_ - first_; }
    // Row `i` of this range.
    const Row& operator[](std::size_t i) const { return (*rows_)[first_ + i]; }
    // Where this range starts in the whole list (a table's zebra parity goes on from there).
    std::size_t start() const { return first_; }
    // Rows [from, to) of this range.
    SharedRows part(std::size_t from, std::size_t to) const {
        SharedRows p = *this;
        p.first_ = first_ + from;
        p.last_ = first_ + to;
        return p;
    }

private:
    std::shared_ptr<const std::vector<Row>> rows_;
    std::size_t first_ = 0;
    std::size_t last_ = 0;
};

} // namespace bp::layout
