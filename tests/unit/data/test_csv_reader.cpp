// The strict CSV reader: quoting, line ends, BOM, comments, field positions, and errors at the
// exact line:col for everything else — including garbage it must never crash on.
#include "input/csv_reader.hpp"

#include "core/error.hpp"

#include <boost/test/unit_test.hpp>

#include <random>
#include <string>

using bp::input::parse_csv;

namespace {
// The error parse_csv throws for `text`, or "" if none.
std::string error_of(std::string_view text) {
    try {
        parse_csv(text, "t.csv");
    } catch (const bp::InputError& e) {
        return e.what();
    }
    return "";
}
} // namespace

BOOST_AUTO_TEST_SUITE(csv_reader)

BOOST_AUTO_TEST_CASE(reads_fields_with_positions) {
    auto t = parse_csv("a,b,c\n1,\"x, \"\"y\"\"\",\n", "t.csv");
    BOOST_TEST(t.header.fields.size() == 3u);
    BOOST_TEST(t.header.fields[2].text == "c");
    BOOST_TEST_REQUIRE(t.rows.size() == 1u);
    const auto& f = t.rows[0].fields;
    BOOST_TEST(f[0].text == "1");
    BOOST_TEST(f[1].text == "x, \"y\"");
    BOOST_TEST(f[2].text == "");
    BOOST_TEST(f[1].line == 2);
    BOOST_TEST(f[1].col == 3);
    BOOST_TEST(f[2].col == 14); // after the 10-character quoted field and its comma
    BOOST_TEST(t.pos(f[2]).to_string() == "t.csv:2:14");
}

BOOST_AUTO_TEST_CASE(columns_count_characters_not_bytes) {
    auto t = parse_csv("a,b\n\u00e9\u00e9,x\n", "t.csv");
    BOOST_TEST(t.rows[0].fields[1].col == 4);
}

BOOST_AUTO_TEST_CASE(accepts_crlf_bom_blank_and_comment_lines) {
    auto t = parse_csv("\xEF\xBB\xBF"
                       "# a comment, with \"quotes\"\r\n"
                       "a,b\r\n\r\n1,2\r\n# another\n3,\"multi\r\nline\"\r\n4,5",
                       "t.csv");
    BOOST_TEST(t.header.fields[0].text == "a"); // the BOM is not part of the name
    BOOST_TEST(t.header.fields[0].col == 1);
    BOOST_TEST(t.header.line == 2);
    BOOST_TEST_REQUIRE(t.rows.size() == 3u);
    BOOST_TEST(t.rows[0].line == 4);
    BOOST_TEST(t.rows[1].fields[1].text == "multi\nline");
    BOOST_TEST(t.rows[2].line == 8);
    BOOST_TEST(t.rows[2].fields[1].text == "5");
}

BOOST_AUTO_TEST_CASE(a_hash_inside_a_row_is_data) {
    auto t = parse_csv("a,b\nx,#1\n", "t.csv");
    BOOST_TEST(t.rows[0].fields[1].text == "#1");
}

BOOST_AUTO_TEST_CASE(errors_name_the_exact_place) {
    BOOST_TEST(error_of("") == "t.csv:1:1: error: empty file: expected a header row naming the "
                               "columns");
    BOOST_TEST(error_of("a,b\n1\n") == "t.csv:2:2: error: expected 2 fields (a,b), found 1");
    BOOST_TEST(error_of("a,b\n1,2,3\n") == "t.csv:2:5: error: too many fields: expected 2");
    BOOST_TEST(error_of("a,b\n1,\"2\n3,4\n") ==
               "t.csv:2:3: error: unterminated quoted field (opened here)");
    BOOST_TEST(error_of("a,b\n1,2\"x\n") ==
               "t.csv:2:4: error: quote inside an unquoted field (quote the whole field)");
    BOOST_TEST(error_of("a,b\n1,\"2\"x\n") ==
               "t.csv:2:6: error: unexpected character after a closing quote");
    BOOST_TEST(error_of("a,b\n1,\xC3\x28\n") ==
               "t.csv:2:3: error: invalid UTF-8 (the file must be UTF-8)");
    BOOST_TEST(error_of("a,b\n1,\xED\xA0\x80\n") ==
               "t.csv:2:3: error: invalid UTF-8 (the file must be UTF-8)"); // a surrogate
    BOOST_TEST(error_of(std::string_view("a,b\n1,2\0", 8)) ==
               "t.csv:2:4: error: NUL byte: this is not a text file");
    BOOST_TEST(error_of("a,b\n1,2\r3,4\n") ==
               "t.csv:2:4: error: carriage return without a line feed");
    BOOST_TEST(error_of("a,b\n1,\x1b[0m\n") == "t.csv:2:3: error: control character (byte 27)");
}

BOOST_AUTO_TEST_CASE(huge_lines_fail_early_and_cleanly) {
    std::string many_fields = "a,b\n" + std::string(5'000'000, ',');
    BOOST_TEST(error_of(many_fields) == "t.csv:2:3: error: too many fields: expected 2");
    std::string wide_header(5'000'000, ',');
    BOOST_TEST(error_of(wide_header) == "t.csv:1:1001: error: too many fields: expected at "
                                        "most 1000");
    // A field is bounded (64 KiB): at the limit it is read, beyond it refused where it starts,
    // quoted or not, so that one field can never cost more later on.
    auto t = parse_csv("a\n" + std::string(65'536, 'x') + "\n", "t.csv");
    BOOST_TEST(t.rows[0].fields[0].text.size() == 65'536u);
    const std::string too_long = "error: field longer than 65536 bytes";
    BOOST_TEST(
        error_of("a\n" + std::string(10'000'000, 'x') + "\n").rfind("t.csv:2:1: " + too_long, 0) ==
        0u);
    BOOST_TEST(error_of("a,b\n1,\"" + std::string(10'000'000, 'x') + "\"\n")
                   .rfind("t.csv:2:3: " + too_long, 0) == 0u);
}

BOOST_AUTO_TEST_CASE(random_garbage_never_crashes) {
    std::mt19937 rng(12345);
    int errors = 0;
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        std::size_t n = rng() % 200;
        for (std::size_t i = 0; i < n; ++i) {
            // Mostly CSV-ish bytes, some arbitrary ones.
            static const char pool[] = "ab,\"\r\n#1 ";
            text += rng() % 4 ? pool[rng() % (sizeof pool - 1)] : static_cast<char>(rng() % 256);
        }
        try {
            auto t = parse_csv(text, "g.csv");
            for (const auto& row : t.rows)
                BOOST_TEST(row.fields.size() == t.header.fields.size());
        } catch (const bp::InputError& e) {
            ++errors;
            BOOST_TEST(e.pos().line >= 1);
            BOOST_TEST(e.pos().col >= 1);
        }
    }
    BOOST_TEST(errors > 100);
}

BOOST_AUTO_TEST_CASE(read_csv_file_names_the_path_as_given) {
    std::string missing = std::string(BOARDPACK_SOURCE_DIR) + "/tests/unit/data/no-such.csv";
    try {
        bp::input::read_csv_file(missing);
        BOOST_FAIL("no error");
    } catch (const bp::InputError& e) {
        BOOST_TEST(e.pos().file == missing);
    }
}

BOOST_AUTO_TEST_SUITE_END()
