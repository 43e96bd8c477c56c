// Where something came from in an input file: the file name, a 1-based line and column
// (0 when unknown), printed the way editors understand ("file:line:col").
#pragma once

#include <string>

namespace bp {

struct SourcePos {
    std::string file;
    int line = 0;
    int col = 0;

    // "file:line:col", "file:line" or "file", depending on what is known.
    std::string to_string() const;
    friend bool operator==(const SourcePos&, const SourcePos&) = default;
};

} // namespace bp
