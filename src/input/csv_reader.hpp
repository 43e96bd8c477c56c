// A small strict CSV reader (RFC 4180) that produces a header and rows of text fields, each
// field with its 1-based line and column, and throws bp::InputError at the exact place of any
// problem. (For big files, input/csv_cursor.hpp reads the same way one record at a time.)
#pragma once

#include "core/source_pos.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bp::input {

// One field's text (quotes removed, "" unescaped) and where it starts (its opening quote if
// quoted). Columns count characters, not bytes.
struct CsvField {
    std::string text;
    int line = 0;
    int col = 0;
};

// One record.
struct CsvRow {
    std::vector<CsvField> fields;
    int line = 0;
};

// A parsed file: the header row and the data rows. `file` is the path as given.
struct CsvTable {
    std::string file;
    CsvRow header;
    std::vector<CsvRow> rows;

    SourcePos pos(const CsvField& field) const { return SourcePos{file, field.line, field.col}; }
    SourcePos pos(const CsvRow& row) const { return SourcePos{file, row.line, 1}; }
};

// Files larger than this are refused (no real data folder comes close).
inline constexpr std::size_t max_csv_bytes = 64u << 20;

// Parses CSV text. Rules: UTF-8 only (a leading BOM is skipped; invalid UTF-8, NUL bytes and
// other control characters except tab are errors); fields separated by ','; records end with
// LF or CRLF; a field is either unquoted (no '"' inside) or fully quoted, with '""' for a quote
// and line breaks allowed inside; a line that is empty, or whose first character is '#', is
// skipped; the first record is the header (required) and every other record must have as many
// fields as the header.
CsvTable parse_csv(std::string_view text, const std::string& file);

// Reads and parses a file; errors name `path` as given.
CsvTable read_csv_file(const std::string& path);

} // namespace bp::input
