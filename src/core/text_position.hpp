// Maps byte offsets in a file's text to 1-based line and column (columns count characters).
#pragma once

#include "core/source_pos.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

class LineIndex {
public:
    LineIndex(std::string file, std::string_view text);
    SourcePos at(std::size_t offset) const;
    const std::string& file() const { return file_; }

private:
    std::string file_;
    std::string_view text_;
    std::vector<std::size_t> line_starts_;
};

} // namespace bp
