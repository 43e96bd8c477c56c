#include "core/source_pos.hpp"

namespace bp {

std::string SourcePos::to_string() const {
    std::string out = file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (col > 0) out += ':' + std::to_string(col);
    }
    return out;
}

} // namespace bp
