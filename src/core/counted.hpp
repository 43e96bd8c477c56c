// Produces "1 page" / "3 pages": a count with its noun, for the program's own messages.
#pragma once

#include <cstddef>
#include <string>

namespace bp {

// `n` and `noun`, with "s" added unless n is 1 (the nouns used are regular).
inline std::string counted(std::size_t n, const std::string& noun) {
    return std::to_string(n) + ' ' + noun + (n == 1 ? "" : "s");
}

} // namespace bp
