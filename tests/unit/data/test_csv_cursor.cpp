// Reading CSV one record at a time: the same fields, positions and errors as parse_csv, without
// the whole table; fields found 8 bytes at a time keep exact columns.
#include "input/csv_cursor.hpp"
#include "input/csv_reader.hpp"

#include "core/error.hpp"

#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

using bp::input::CsvCursor;

namespace {
// Every record as "line:" then "[text]@line:col" per field, or the error.
std::vector<std::string> records(std::string_view text) {
    std::vector<std::string> out;
    const std::string file = "c.csv";
    try {
        CsvCursor csv(text, file);
        while (csv.next()) {
            std::string r = std::to_string(csv.line()) + ":";
            for (std::size_t i = 0; i < csv.size(); ++i)
                r += " [" + std::string(csv.field(i)) + "]@" + std::to_string(csv.field_line(i)) +
                     ":" + std::to_string(csv.field_col(i));
            out.push_back(r);
        }
    } catch (const bp::InputError& e) {
        out.push_back(e.what());
    }
    return out;
}
} // namespace

BOOST_AUTO_TEST_SUITE(csv_cursor)

BOOST_AUTO_TEST_CASE(reads_records_with_their_positions) {
    std::vector<std::string> expected{
        "2: [a]@2:1 [b]@2:3",
        "3: [x, \"y\"]@3:1 [\u00e9\u00e9 long field text]@3:12",
        "5: [multi\nline]@5:1 []@6:7",
    };
    BOOST_TEST(records("# comment\na,b\n\"x, \"\"y\"\"\",\u00e9\u00e9 long field text\r\n\n"
                       "\"multi\r\nline\",\n") == expected,
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(long_fields_keep_exact_columns_and_errors) {
    // A special byte at every offset of an 8-byte word, after ASCII and after 2-byte letters.
    for (std::size_t n = 0; n < 24; ++n) {
        for (const std::string& letter : {std::string("x"), std::string("\u00e9")}) {
            std::string run;
            for (std::size_t i = 0; i < n; ++i)
                run += letter;
            const int col = int(n) + 2; // the column after "run,"
            auto r = records("h,i\n" + run + ",y\n");
            BOOST_TEST_REQUIRE(r.size() == 2u);
            BOOST_TEST(r[1] == "2: [" + run + "]@2:1 [y]@2:" + std::to_string(col));
            if (n > 0) // (a quote first opens a quoted field)
                BOOST_TEST(records("h,i\n" + run + "\"z,y\n").back() ==
                           "c.csv:2:" + std::to_string(col - 1) +
                               ": error: quote inside an unquoted field (quote the whole field)");
            BOOST_TEST(records("h,i\n" + run + "\x01,y\n").back() ==
                       "c.csv:2:" + std::to_string(col - 1) +
                           ": error: control character (byte 1)");
            BOOST_TEST(records("h,i\n" + run + "\tq,y\n")[1] ==
                       "2: [" + run + "\tq]@2:1 [y]@2:" + std::to_string(col + 2));
            BOOST_TEST(records("h,i\n" + run + "\r,y\n").back() ==
                       "c.csv:2:" + std::to_string(col - 1) +
                           ": error: carriage return without a line feed");
        }
    }
}

BOOST_AUTO_TEST_CASE(the_header_sets_the_width_and_names_it_in_errors) {
    BOOST_TEST(records("a,b\n1\n").back() == "c.csv:2:2: error: expected 2 fields (a,b), found 1");
    BOOST_TEST(records("a,b\n1,2,3\n").back() == "c.csv:2:5: error: too many fields: expected 2");
    // A record of several lines is reported at its first line (with the last line's column).
    BOOST_TEST(records("a,b,c\n\"x\ny\",z\n").back() ==
               "c.csv:2:5: error: expected 3 fields (a,b,c), found 2");
    BOOST_TEST(records("# only a comment\n\n").back() ==
               "c.csv:3:1: error: empty file: expected a header row naming the columns");
}

BOOST_AUTO_TEST_CASE(agrees_with_parse_csv) {
    const std::string text = "\xEF\xBB\xBFid,name\r\n1,\"Chester, le \"\"Street\"\"\"\r\n2,x\n";
    auto table = bp::input::parse_csv(text, "c.csv");
    const std::string file = "c.csv";
    CsvCursor csv(text, file);
    BOOST_TEST_REQUIRE(csv.next());
    BOOST_TEST(csv.field(0) == table.header.fields[0].text);
    for (const auto& row : table.rows) {
        BOOST_TEST_REQUIRE(csv.next());
        BOOST_TEST(csv.line() == row.line);
        for (std::size_t i = 0; i < row.fields.size(); ++i) {
            BOOST_TEST(csv.field(i) == row.fields[i].text);
            BOOST_TEST(csv.pos(i).to_string() == table.pos(row.fields[i]).to_string());
        }
    }
    BOOST_TEST(!csv.next());
    BOOST_TEST(!csv.next()); // and stays at the end
}

BOOST_AUTO_TEST_SUITE_END()
