#include "input/csv_reader.hpp"

#include "core/error.hpp"
#include "core/text_position.hpp"
#include "core/utf8.hpp"
#include "input/file_text.hpp"

namespace bp::input {

namespace {

// No data file has a header this wide; beyond it the file is not a data file.
constexpr std::size_t max_header_fields = 1000;

// Walks the text once, keeping the line and column (in characters) of the current byte.
class CsvParser {
public:
    CsvParser(std::string_view text, const std::string& file) : text_(text), file_(file) {}

    CsvTable parse() {
        CsvTable table;
        table.file = file_;
        bool have_header = false;
        while (pos_ < text_.size()) {
            if (skip_blank_or_comment_line()) continue;
            std::size_t expected = have_header ? table.header.fields.size() : max_header_fields;
            CsvRow row = parse_row(expected, !have_header);
            if (!have_header) {
                table.header = std::move(row);
                have_header = true;
            } else {
                if (row.fields.size() != expected)
                    error_at(row.line, line_end_col_,
                             "expected " + std::to_string(expected) + " fields (" +
                                 header_text(table.header) + "), found " +
                                 std::to_string(row.fields.size()));
                table.rows.push_back(std::move(row));
            }
        }
        if (!have_header)
            error_at(line_, col_, "empty file: expected a header row naming the columns");
        return table;
    }

private:
    [[noreturn]] void error_at(int line, int col, const std::string& message) const {
        throw InputError(SourcePos{file_, line, col}, message);
    }

    static std::string header_text(const CsvRow& header) {
        std::string out;
        for (const CsvField& f : header.fields)
            out += (out.empty() ? "" : ",") + f.text;
        return out;
    }

    char peek(std::size_t ahead = 0) const {
        return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
    }
    bool at_end() const { return pos_ >= text_.size(); }
    bool at_line_end() const { return peek() == '\n' || (peek() == '\r' && peek(1) == '\n'); }

    // Advances over one byte, keeping line and column (a column is a character).
    void advance() {
        char c = text_[pos_++];
        if (c == '\n') {
            ++line_;
            col_ = 1;
        } else if (pos_ >= text_.size() ||
                   (static_cast<unsigned char>(text_[pos_]) & 0xC0) != 0x80) {
            ++col_;
        }
    }

    void skip_line_end() {
        if (peek() == '\r') advance();
        if (peek() == '\n') advance();
    }

    // Skips an empty line or a '#' comment line; false if the line holds a record.
    bool skip_blank_or_comment_line() {
        if (at_line_end()) {
            skip_line_end();
            return true;
        }
        if (peek() != '#') return false;
        while (!at_end() && !at_line_end()) {
            check_char();
            advance();
        }
        skip_line_end();
        return true;
    }

    // Rejects bytes no text file should contain (the text is already valid UTF-8).
    void check_char() const {
        unsigned char c = static_cast<unsigned char>(peek());
        if (c == 0) error_at(line_, col_, "NUL byte: this is not a text file");
        if (c == '\r' && peek(1) != '\n')
            error_at(line_, col_, "carriage return without a line feed");
        if (c < 0x20 && c != '\t' && c != '\r' && c != '\n')
            error_at(line_, col_, "control character (byte " + std::to_string(c) + ")");
    }

    // Parses one record of at most `max_fields` fields (stopping runaway lines early).
    CsvRow parse_row(std::size_t max_fields, bool header) {
        CsvRow row;
        row.line = line_;
        while (true) {
            if (row.fields.size() == max_fields)
                error_at(line_, col_,
                         "too many fields: expected " + std::string(header ? "at most " : "") +
                             std::to_string(max_fields));
            row.fields.push_back(parse_field());
            if (peek() == ',' && !at_end()) {
                advance();
                continue;
            }
            line_end_col_ = col_;
            skip_line_end();
            return row;
        }
    }

    CsvField parse_field() {
        CsvField field;
        field.line = line_;
        field.col = col_;
        if (peek() == '"' && !at_end()) return parse_quoted(std::move(field));
        std::size_t start = pos_;
        while (!at_end() && peek() != ',' && !at_line_end()) {
            check_char();
            if (peek() == '"')
                error_at(line_, col_, "quote inside an unquoted field (quote the whole field)");
            advance();
        }
        field.text.assign(text_.substr(start, pos_ - start));
        return field;
    }

    CsvField parse_quoted(CsvField field) {
        advance(); // opening quote
        while (true) {
            if (at_end())
                error_at(field.line, field.col, "unterminated quoted field (opened here)");
            char c = peek();
            if (c == '"') {
                if (peek(1) == '"' && pos_ + 1 < text_.size()) {
                    field.text += '"';
                    advance();
                    advance();
                    continue;
                }
                advance(); // closing quote
                if (!at_end() && peek() != ',' && !at_line_end())
                    error_at(line_, col_, "unexpected character after a closing quote");
                return field;
            }
            if (c == '\r' && peek(1) == '\n') {
                advance();
                continue; // CRLF inside quotes becomes LF
            }
            check_char();
            field.text += c;
            advance();
        }
    }

    std::string_view text_;
    const std::string& file_;
    std::size_t pos_ = 0;
    int line_ = 1;
    int col_ = 1;
    int line_end_col_ = 1;
};

} // namespace

CsvTable parse_csv(std::string_view text, const std::string& file) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    if (auto bad = find_invalid_utf8(text)) {
        throw InputError(LineIndex(file, text).at(*bad), "invalid UTF-8 (the file must be UTF-8)");
    }
    return CsvParser(text, file).parse();
}

CsvTable read_csv_file(const std::string& path) {
    return parse_csv(read_file_text(path, max_csv_bytes), path);
}

} // namespace bp::input
