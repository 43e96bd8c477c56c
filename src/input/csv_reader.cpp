#include "input/csv_reader.hpp"

#include "input/csv_cursor.hpp"
#include "input/file_text.hpp"

namespace bp::input {

namespace {
// The cursor's current record as a CsvRow.
CsvRow row_of(const CsvCursor& csv) {
    CsvRow row;
    row.line = csv.line();
    row.fields.reserve(csv.size());
    for (std::size_t i = 0; i < csv.size(); ++i)
        row.fields.push_back(
            CsvField{std::string(csv.field(i)), csv.field_line(i), csv.field_col(i)});
    return row;
}
} // namespace

CsvTable parse_csv(std::string_view text, const std::string& file) {
    CsvTable table;
    table.file = file;
    CsvCursor csv(text, file);
    csv.next(); // the header: a file without one is an error
    table.header = row_of(csv);
    while (csv.next())
        table.rows.push_back(row_of(csv));
    return table;
}

CsvTable read_csv_file(const std::string& path) {
    return parse_csv(read_file_text(path, max_csv_bytes), path);
}

} // namespace bp::input
