// Maps byte offsets in a file's text to 1-based line and column (columns count characters).
#pragma once

#include "core/source_pos.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

// Positions are asked for mostly in increasing order: the column is counted on from the last
// position asked on the same line, so many positions on one long line cost its length once,
// not once each. Not for use by two threads at a time.
class LineIndex {
public:
    LineIndex(std::string file, std::string_view text);
    SourcePos at(std::size_t offset) const;
    const std::string& file() const { return file_; }

private:
    std::string file_;
    std::string_view text_;
    std::vector<std::size_t> line_starts_;
    mutable std::size_t last_offset_ = 0; // the last position asked for, with its column
    mutable std::size_t last_line_ = 0;
    mutable int last_col_ = 0;
};

} // namespace bp
