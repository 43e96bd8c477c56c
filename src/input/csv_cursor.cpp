#include "input/csv_cursor.hpp"

#include "core/error.hpp"
#include "core/text_position.hpp"
#include "core/utf8.hpp"

#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>

namespace bp::input {

namespace {

// No data file has a header this wide; beyond it the file is not a data file.
constexpr std::size_t max_header_fields = 1000;
// No label, name, note or value needs more; a field is refused beyond it, so that what one
// field costs later (titles, text runs, shaping) stays bounded.
constexpr std::size_t max_field_bytes = 65536;

bool is_continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// The first byte from `pos` that needs a look in an unquoted field (a control character, ',',
// '"' or a byte of a multi-byte character), found 8 bytes at a time while 8 remain; `pos` when
// fewer remain (or on a big-endian machine).
std::size_t skip_plain_ascii(std::string_view text, std::size_t pos) {
    if constexpr (std::endian::native != std::endian::little) return pos;
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    constexpr std::uint64_t highs = ones * 0x80;
    // The high bit of each byte below `n` (exact up to the first such byte).
    auto below = [](std::uint64_t x, std::uint64_t n) { return (x - ones * n) & ~x & highs; };
    while (pos + 8 <= text.size()) {
        std::uint64_t w = 0;
        std::memcpy(&w, text.data() + pos, 8);
        std::uint64_t look =
            below(w, 0x20) | below(w ^ (ones * ','), 1) | below(w ^ (ones * '"'), 1) | (w & highs);
        if (look) return pos + static_cast<std::size_t>(std::countr_zero(look) / 8);
        pos += 8;
    }
    return pos;
}

// The offset of the first invalid UTF-8 sequence, or nullopt: find_invalid_utf8 from the first
// byte that is not ASCII (data files are mostly or wholly ASCII).
std::optional<std::size_t> invalid_utf8(std::string_view text) {
    std::size_t ascii = 0;
    for (std::uint64_t word = 0; ascii + 8 <= text.size(); ascii += 8) { // 8 bytes at a time
        std::memcpy(&word, text.data() + ascii, 8);
        if (word & 0x8080808080808080ull) break;
    }
    while (ascii < text.size() && static_cast<unsigned char>(text[ascii]) < 0x80)
        ++ascii;
    auto bad = find_invalid_utf8(text.substr(ascii));
    if (!bad) return std::nullopt;
    return ascii + *bad;
}

} // namespace

CsvCursor::CsvCursor(std::string_view text, const std::string& file) : text_(text), file_(file) {
    if (text_.starts_with("\xEF\xBB\xBF")) text_.remove_prefix(3);
    if (auto bad = invalid_utf8(text_))
        throw InputError(LineIndex(file, text_).at(*bad), "invalid UTF-8 (the file must be UTF-8)");
}

std::string_view CsvCursor::field(std::size_t i) const {
    const Field& f = fields_[i];
    return (f.quoted ? std::string_view(scratch_) : text_).substr(f.offset, f.size);
}

void CsvCursor::error_at(int line, int col, const std::string& message) const {
    throw InputError(SourcePos{file_, line, col}, message);
}

// Advances over one byte, keeping the line and what col() needs.
void CsvCursor::advance() {
    unsigned char c = static_cast<unsigned char>(text_[pos_++]);
    if (c == '\n') {
        ++line_;
        line_start_ = pos_;
        continuation_bytes_ = 0;
    } else if (is_continuation(c)) {
        ++continuation_bytes_;
    }
}

void CsvCursor::skip_line_end() {
    if (peek() == '\r') advance();
    if (peek() == '\n') advance();
}

// Skips an empty line or a '#' comment line; false if the line holds a record.
bool CsvCursor::skip_blank_or_comment_line() {
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
void CsvCursor::check_char() const {
    unsigned char c = static_cast<unsigned char>(peek());
    if (c == 0) error_at(line_, col(), "NUL byte: this is not a text file");
    if (c == '\r' && peek(1) != '\n') error_at(line_, col(), "carriage return without a line feed");
    if (c < 0x20 && c != '\t' && c != '\r' && c != '\n')
        error_at(line_, col(), "control character (byte " + std::to_string(c) + ")");
}

bool CsvCursor::next() {
    fields_.clear();
    scratch_.clear();
    while (!at_end()) {
        if (skip_blank_or_comment_line()) continue;
        read_record();
        return true;
    }
    if (!have_header_)
        error_at(line_, col(), "empty file: expected a header row naming the columns");
    return false;
}

// Reads one record, stopping a runaway line at the first field too many.
void CsvCursor::read_record() {
    const bool header = !have_header_;
    const std::size_t max_fields = header ? max_header_fields : header_size_;
    record_line_ = line_;
    while (true) {
        if (fields_.size() == max_fields)
            error_at(line_, col(),
                     "too many fields: expected " + std::string(header ? "at most " : "") +
                         std::to_string(max_fields));
        read_field();
        if (peek() == ',' && !at_end()) {
            advance();
            continue;
        }
        break;
    }
    const int end_col = col();
    skip_line_end();
    if (header) {
        have_header_ = true;
        header_size_ = fields_.size();
        header_text_ = header_text();
    } else if (fields_.size() != header_size_) {
        error_at(record_line_, end_col,
                 "expected " + std::to_string(header_size_) + " fields (" + header_text_ +
                     "), found " + std::to_string(fields_.size()));
    }
}

void CsvCursor::read_field() {
    Field& field = fields_.emplace_back();
    field.line = line_;
    field.col = col();
    if (peek() == '"' && !at_end()) return read_quoted(field);
    field.offset = pos_;
    while ((pos_ = skip_plain_ascii(text_, pos_)) < text_.size()) {
        unsigned char c = static_cast<unsigned char>(text_[pos_]);
        if (c >= 0x20 && c != ',' && c != '"') { // a byte of the field
            if (is_continuation(c)) ++continuation_bytes_;
            ++pos_;
            continue;
        }
        if (c == ',' || at_line_end()) break;
        check_char();
        if (c == '"')
            error_at(line_, col(), "quote inside an unquoted field (quote the whole field)");
        ++pos_; // a tab
    }
    field.size = pos_ - field.offset;
    if (field.size > max_field_bytes) too_long(field);
}

void CsvCursor::too_long(const Field& field) const {
    error_at(field.line, field.col,
             "field longer than " + std::to_string(max_field_bytes) +
                 " bytes (no label, name, note or value needs that much; is a quote missing?)");
}

void CsvCursor::read_quoted(Field& field) {
    field.quoted = true;
    field.offset = scratch_.size();
    advance(); // opening quote
    while (true) {
        if (at_end()) error_at(field.line, field.col, "unterminated quoted field (opened here)");
        char c = peek();
        if (c == '"') {
            if (peek(1) == '"' && pos_ + 1 < text_.size()) {
                scratch_ += '"';
                advance();
                advance();
                continue;
            }
            advance(); // closing quote
            if (!at_end() && peek() != ',' && !at_line_end())
                error_at(line_, col(), "unexpected character after a closing quote");
            break;
        }
        if (c == '\r' && peek(1) == '\n') {
            advance();
            continue; // CRLF inside quotes becomes LF
        }
        check_char();
        scratch_ += c;
        advance();
        if (scratch_.size() - field.offset > max_field_bytes) too_long(field);
    }
    field.size = scratch_.size() - field.offset;
}

std::string CsvCursor::header_text() const {
    std::string out;
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        if (!out.empty()) out += ','; // (so empty leading names get no comma, as always)
        out += field(i);
    }
    return out;
}

} // namespace bp::input
