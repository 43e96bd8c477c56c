// Reads strict CSV text (the rules of parse_csv) one record at a time, so that no table of
// the whole file is ever built: fields are views into the text, positions are plain numbers.
#pragma once

#include "core/source_pos.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace bp::input {

// A cursor over the records of one CSV file. The first record is the header; every later one
// must have as many fields. `text` and `file` must outlive the cursor, and a field's view lasts
// until the next call to next().
class CsvCursor {
public:
    // Skips a leading BOM; throws bp::InputError at the first invalid UTF-8 sequence.
    CsvCursor(std::string_view text, const std::string& file);

    // Reads the next record; false when the text is used up. Throws bp::InputError at the exact
    // place of any problem, including a file with no header.
    bool next();

    // The current record: its fields (quotes removed, "" unescaped) and where they start (the
    // opening quote if quoted; columns count characters), and the line the record starts on.
    std::size_t size() const { return fields_.size(); }
    std::string_view field(std::size_t i) const;
    int field_line(std::size_t i) const { return fields_[i].line; }
    int field_col(std::size_t i) const { return fields_[i].col; }
    int line() const { return record_line_; }
    SourcePos pos(std::size_t i) const { return SourcePos{file_, field_line(i), field_col(i)}; }
    SourcePos record_pos() const { return SourcePos{file_, record_line_, 1}; }
    const std::string& file() const { return file_; }

private:
    // Where a field's text is: in the file text, or (quoted fields) in scratch_.
    struct Field {
        std::size_t offset = 0;
        std::size_t size = 0;
        bool quoted = false;
        int line = 0;
        int col = 0;
    };

    [[noreturn]] void error_at(int line, int col, const std::string& message) const;
    [[noreturn]] void too_long(const Field& field) const;
    char peek(std::size_t ahead = 0) const {
        return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
    }
    bool at_end() const { return pos_ >= text_.size(); }
    bool at_line_end() const { return peek() == '\n' || (peek() == '\r' && peek(1) == '\n'); }
    int col() const { return static_cast<int>(1 + pos_ - line_start_ - continuation_bytes_); }
    void advance();
    void skip_line_end();
    bool skip_blank_or_comment_line();
    void check_char() const;
    void read_record();
    void read_field();
    void read_quoted(Field& field);
    std::string header_text() const;

    std::string_view text_;
    const std::string& file_;
    std::size_t pos_ = 0;
    int line_ = 1;
    std::size_t line_start_ = 0;         // offset of the current line's first byte
    std::size_t continuation_bytes_ = 0; // UTF-8 continuation bytes from line_start_ to pos_
    bool have_header_ = false;
    std::size_t header_size_ = 0;
    std::string header_text_; // "a,b,c", for messages
    int record_line_ = 0;
    std::vector<Field> fields_;
    std::string scratch_; // the current record's quoted fields, unescaped
};

} // namespace bp::input
