// Core: locale-free number text rounded half away from zero, UTF-8, colours, line:col.
#define BOOST_TEST_MODULE core
#include "core/color.hpp"
#include "core/epoch_seconds.hpp"
#include "core/error.hpp"
#include "core/file_bytes.hpp"
#include "core/markup_escape.hpp"
#include "core/number_text.hpp"
#include "core/quoted_path.hpp"
#include "core/shaping.hpp"
#include "core/text_position.hpp"
#include "core/utf8.hpp"

#include "../../support/german_locale.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <locale>
#include <unistd.h>

using namespace bp;

BOOST_AUTO_TEST_CASE(rounding_is_half_away_from_zero_on_the_typed_number) {
    BOOST_TEST(fixed(0.125, 2) == "0.13");
    BOOST_TEST(fixed(-0.125, 2) == "-0.13");
    BOOST_TEST(fixed(1.005, 2) == "1.01"); // 1.00499999… in binary, 1.005 as typed
    BOOST_TEST(fixed(37.5, 0) == "38");
    BOOST_TEST(fixed(-9.9602, 2) == "-9.96");
    BOOST_TEST(fixed(9.995, 2) == "10.00");
    BOOST_TEST(fixed(-0.004, 2) == "0.00"); // no negative zero
    BOOST_TEST(round_half_away(2.675, 2) == 2.68);
    BOOST_TEST(round_half_away(-2.5, 0) == -3.0);
}

BOOST_AUTO_TEST_CASE(formatting_has_separators_signs_and_the_true_minus) {
    BOOST_TEST(format_number(24106) == "24,106");
    BOOST_TEST(format_number(1234567.891, {2, true, false, true}) == "1,234,567.89");
    BOOST_TEST(format_number(-9.9602, {2, true, true, true}) == "\u22129.96");
    BOOST_TEST(format_number(6.19, {0, true, true, true}) == "+6");
    BOOST_TEST(format_number(0.0, {0, true, true, true}) == "0");
    BOOST_TEST(format_number(-428, {0, true, true, false}) == "-428");
    BOOST_TEST(format_number(std::nan("")) == "n/a");
    BOOST_TEST(format_number(999.5, {0, true, false, true}) == "1,000");
}

BOOST_AUTO_TEST_CASE(formatting_ignores_the_global_locale,
                     *boost::unit_test::precondition(bp::testing::german_locale_available)) {
    bp::testing::GermanLocaleInForce german;
    BOOST_TEST(format_number(24106.5, {1, true, false, true}) == "24,106.5");
    BOOST_TEST(fixed(3.25, 2) == "3.25");
}

BOOST_AUTO_TEST_CASE(utf8_is_decoded_and_bad_bytes_are_found) {
    std::string s = "£–≥";
    std::size_t pos = 0;
    BOOST_TEST(static_cast<unsigned>(next_code_point(s, pos)) == 0xA3u);
    BOOST_TEST(static_cast<unsigned>(next_code_point(s, pos)) == 0x2013u);
    BOOST_TEST(static_cast<unsigned>(next_code_point(s, pos)) == 0x2265u);
    BOOST_TEST(pos == s.size());
    BOOST_TEST(!find_invalid_utf8(s).has_value());
    BOOST_TEST(find_invalid_utf8("ab\xff").value() == 2u);
    BOOST_TEST(find_invalid_utf8("\xc0\xaf").value() == 0u);     // overlong
    BOOST_TEST(find_invalid_utf8("\xed\xa0\x80").value() == 0u); // surrogate
    BOOST_TEST(find_invalid_utf8("\xe2\x82").value() == 0u);     // truncated
}

BOOST_AUTO_TEST_CASE(utf8_encoding_round_trips) {
    std::string out;
    for (char32_t cp : {U'A', U'£', U'–', U'😀'})
        append_utf8(out, cp);
    BOOST_TEST(out == "A£–😀");
    std::size_t pos = 0;
    for (char32_t cp : {U'A', U'£', U'–', U'😀'})
        BOOST_TEST(static_cast<unsigned>(next_code_point(out, pos)) == static_cast<unsigned>(cp));
    out.clear();
    append_utf8(out, 0xD800); // a lone surrogate cannot be encoded
    BOOST_TEST(out == "\uFFFD");
}

BOOST_AUTO_TEST_CASE(colours_parse_and_print) {
    auto c = Color::from_hex("#1F3864");
    BOOST_TEST_REQUIRE(c.has_value());
    BOOST_TEST(c->to_hex() == "#1f3864");
    BOOST_TEST(!Color::from_hex("1f3864").has_value());
    BOOST_TEST(!Color::from_hex("#1f386g").has_value());
    BOOST_TEST(!Color::from_hex("#fff").has_value());
}

BOOST_AUTO_TEST_CASE(positions_count_lines_and_characters) {
    std::string text = "ab\n£c\n\nx";
    LineIndex lines("f.xml", text);
    BOOST_TEST(lines.at(0).to_string() == "f.xml:1:1");
    BOOST_TEST(lines.at(3).to_string() == "f.xml:2:1");
    BOOST_TEST(lines.at(5).to_string() == "f.xml:2:2"); // after the two bytes of £
    BOOST_TEST(lines.at(text.size()).to_string() == "f.xml:4:2");
    InputError e(SourcePos{"f.xml", 3, 7}, "bad");
    BOOST_TEST(std::string(e.what()) == "f.xml:3:7: error: bad");
    Diagnostic warning{SourcePos{"d.csv", 2, 0}, Severity::Warning, "w"};
    BOOST_TEST(warning.to_string() == "d.csv:2: warning: w");
}

BOOST_AUTO_TEST_CASE(paths_in_messages_stay_on_one_line) {
    BOOST_TEST(bp::printable_path("a\nb\tc\x1b.xml") == "a\\nb\\tc\\x1b.xml");
    BOOST_TEST(bp::printable_path("dossier/é.xml") == "dossier/é.xml");
    InputError e(SourcePos{"x\ny.xml", 2, 3}, "bad");
    BOOST_TEST(std::string(e.what()) == "x\\ny.xml:2:3: error: bad");
}

BOOST_AUTO_TEST_CASE(columns_counted_on_from_the_last_position_agree_with_a_fresh_count) {
    const std::string text = "ab\u00e9cd\nxy\u00e9z";
    bp::LineIndex lines("f", text);
    const std::size_t offsets[] = {0, 3, 4, 2, 6, 9, 7, 10};
    for (std::size_t off : offsets) {
        bp::LineIndex fresh("f", text);
        BOOST_TEST(lines.at(off).col == fresh.at(off).col, "offset " << off);
        BOOST_TEST(lines.at(off).line == fresh.at(off).line, "offset " << off);
    }
}

BOOST_AUTO_TEST_CASE(characters_that_need_shaping_are_named) {
    BOOST_TEST(bp::why_not_laid_out(U'a').empty());
    BOOST_TEST(bp::why_not_laid_out(U'\u00e9').empty());
    BOOST_TEST(bp::why_not_laid_out(U'\u4e2d').empty()); // a missing glyph, not a shaping matter
    BOOST_TEST(bp::why_not_laid_out(U'\u05d0').find("Hebrew") == 0u);
    BOOST_TEST(bp::why_not_laid_out(U'\u0628').find("Arabic") == 0u);
    BOOST_TEST(bp::why_not_laid_out(U'\u0915').find("Devanagari") == 0u);
    BOOST_TEST(bp::why_not_laid_out(U'\u0301').find("combining mark") != std::string::npos);
    BOOST_TEST(bp::why_not_laid_out(U'\ufeff').empty()); // the byte order mark
}

BOOST_AUTO_TEST_CASE(special_files_are_refused_without_waiting) {
    BOOST_CHECK_EXCEPTION(bp::read_regular_file("/dev/zero", 1024), InputError,
                          [](const InputError& e) {
                              return e.message() == "is a character device, not a regular file";
                          });
    BOOST_CHECK_EXCEPTION(bp::read_regular_file("/", 1024), InputError, [](const InputError& e) {
        return e.message() == "is a directory, not a file";
    });
}

BOOST_AUTO_TEST_CASE(a_file_read_in_pieces_is_the_file_read_whole) {
    // 200,001 bytes: three full 64 KiB pieces and a short one, in order.
    const std::string path =
        (std::filesystem::temp_directory_path() / ("bp-pieces-" + std::to_string(::getpid())))
            .string();
    std::string bytes;
    for (int i = 0; i < 200001; ++i)
        bytes += static_cast<char>('a' + i % 26);
    std::ofstream(path, std::ios::binary) << bytes;
    std::string joined;
    std::size_t pieces = 0, largest = 0;
    bp::read_regular_file_in_pieces(path, 1 << 20, [&](const char* p, std::size_t n) {
        joined.append(p, n);
        ++pieces;
        largest = std::max(largest, n);
    });
    BOOST_TEST((joined == bytes));
    BOOST_TEST((bp::read_regular_file(path, 1 << 20) == bytes));
    BOOST_TEST(pieces >= 4u);
    BOOST_TEST(largest <= 65536u);
    // The same refusals as a whole read: too large, not a regular file.
    BOOST_CHECK_EXCEPTION(
        bp::read_regular_file_in_pieces(path, 100000, [](const char*, std::size_t) {}), InputError,
        [](const InputError& e) { return e.message().find("larger than") != std::string::npos; });
    BOOST_CHECK_EXCEPTION(
        bp::read_regular_file_in_pieces("/dev/zero", 1024, [](const char*, std::size_t) {}),
        InputError, [](const InputError& e) {
            return e.message() == "is a character device, not a regular file";
        });
    std::filesystem::remove(path);
}

BOOST_AUTO_TEST_CASE(markup_is_escaped_with_or_without_quotes) {
    BOOST_TEST(bp::markup_escaped("a<b & \"c\" 'd'>") ==
               "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
    BOOST_TEST(bp::markup_escaped("a<b & \"c\" 'd'>", false) == "a&lt;b &amp; \"c\" 'd'&gt;");
    BOOST_TEST(bp::markup_escaped("") == "");
}

BOOST_AUTO_TEST_CASE(epoch_seconds_are_read_strictly) {
    BOOST_TEST(epoch_seconds("0").value() == 0);
    BOOST_TEST(epoch_seconds("1500000000").value() == 1500000000);
    BOOST_TEST(epoch_seconds("253402300799").value() == 253402300799LL); // 9999-12-31T23:59:59Z
    for (const char* bad : {"", "abc", "-1", "+5", "1e9", "0x10", " 5", "5 ", "1.5", "253402300800",
                            "1000000000000000", "99999999999999999999999"})
        BOOST_TEST(!epoch_seconds(bad).has_value(), bad);
    BOOST_TEST(epoch_refusal("--date", "1e9") ==
               "--date is '1e9', not a whole number of seconds since 1970 from 0 to 253402300799 "
               "(the end of year 9999)");
}

BOOST_AUTO_TEST_CASE(source_date_epoch_refuses_what_it_cannot_read) {
    const char* was = std::getenv("SOURCE_DATE_EPOCH");
    const std::string saved = was ? was : "";
    ::unsetenv("SOURCE_DATE_EPOCH");
    BOOST_TEST(!source_date_epoch().has_value());
    ::setenv("SOURCE_DATE_EPOCH", "", 1);
    BOOST_TEST(!source_date_epoch().has_value());
    ::setenv("SOURCE_DATE_EPOCH", "1498780800", 1);
    BOOST_TEST(source_date_epoch().value() == 1498780800);
    for (const char* bad : {"abc", "-1", "1e9", "0x10", "1000000000000000"}) {
        ::setenv("SOURCE_DATE_EPOCH", bad, 1);
        BOOST_CHECK_THROW(source_date_epoch(), OutputError);
    }
    if (was)
        ::setenv("SOURCE_DATE_EPOCH", saved.c_str(), 1);
    else
        ::unsetenv("SOURCE_DATE_EPOCH");
}
