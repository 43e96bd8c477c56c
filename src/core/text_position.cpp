#include "core/text_position.hpp"

#include <algorithm>

namespace bp {

LineIndex::LineIndex(std::string file, std::string_view text)
    : file_(std::move(file)), text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts_.push_back(i + 1);
}

SourcePos LineIndex::at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
    std::size_t start = line_starts_[line - 1];
    int col = 1;
    if (last_line_ == line && last_offset_ <= offset) { // count on from the last position
        start = last_offset_;
        col = last_col_;
    }
    for (std::size_t i = start; i < offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++col; // count characters
    last_line_ = line;
    last_offset_ = offset;
    last_col_ = col;
    return SourcePos{file_, static_cast<int>(line), col};
}

} // namespace bp
