#include "core/source_pos.hpp"

#include "core/quoted_path.hpp"

namespace bp {

std::string SourcePos::to_string() const {
    std::string out = printable_path(file);
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (col > 0) out += ':' + std::to_string(col);
    }
    return out;
}

} // namespace bp
