// Bad input through the real binary: exit 1 (2 for usage), a file:line:col message on stderr,
// no output written, and an earlier report at the same path left byte-identical.
#include "tools.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>

using namespace e2e;
namespace fs = std::filesystem;

namespace {

const char* kGood = R"(<report title="Small">
  <template id="t"><footer><button to="@next">Next Page</button></footer></template>
  <section id="a" title="A" template="t"><p>Hello.</p></section>
  <section id="b" title="B" template="t"><p>World.</p></section>
</report>
)";

// A folder holding an earlier good report "out.pdf", plus `layout` written as bad.xml.
struct Case {
    std::string dir;
    std::string before;

    Case(const std::string& name, const std::string& layout) : dir(temp_dir(name)) {
        write_file(dir + "/good.xml", kGood);
        Run good =
            boardpack("build " + dir + "/good.xml -o " + dir + "/out.pdf -q --no-system-fonts");
        BOOST_TEST_REQUIRE(good.status == 0, good.err);
        before = read_file(dir + "/out.pdf");
        write_file(dir + "/bad.xml", layout);
    }
    Run build() const {
        return boardpack("build " + dir + "/bad.xml -o " + dir + "/out.pdf --png " + dir +
                         "/png --no-system-fonts");
    }
    // Nothing new in the folder and the earlier report unchanged.
    void expect_nothing_written() const {
        BOOST_TEST(read_file(dir + "/out.pdf") == before);
        BOOST_TEST(!fs::exists(dir + "/png"));
        int files = 0;
        for (const auto& e : fs::directory_iterator(dir))
            files += e.is_regular_file();
        BOOST_TEST(files == 3); // good.xml, bad.xml, out.pdf: no temporaries left
    }
};

std::string replace(std::string s, const std::string& from, const std::string& to) {
    s.replace(s.find(from), from.size(), to);
    return s;
}

} // namespace

BOOST_AUTO_TEST_CASE(truncated_layout) {
    std::string text = kGood;
    Case c("truncated", text.substr(0, text.find("World")));
    Run r = c.build();
    BOOST_TEST(r.status == 1);
    BOOST_TEST(
        r.err.rfind(c.dir + "/bad.xml:4:45: error: unexpected end of file: <p> opened at 4:42",
                    0) == 0,
        r.err);
    c.expect_nothing_written();
}

BOOST_AUTO_TEST_CASE(unknown_element) {
    Case c("unknown-element", replace(kGood, "<p>World.</p>", "<para>World.</para>"));
    Run r = c.build();
    BOOST_TEST(r.status == 1);
    BOOST_TEST(r.err.rfind(c.dir + "/bad.xml:4:42: error: unknown element <para>", 0) == 0, r.err);
    c.expect_nothing_written();
}

BOOST_AUTO_TEST_CASE(link_to_a_missing_section) {
    Case c("missing-section",
           replace(kGood, "<p>Hello.</p>", "<p><a to=\"nowhere\">Hello</a></p>"));
    Run r = c.build();
    BOOST_TEST(r.status == 1);
    BOOST_TEST(
        r.err.rfind(c.dir + "/bad.xml:3:48: error: link to a missing section 'nowhere'", 0) == 0,
        r.err);
    c.expect_nothing_written();
}

BOOST_AUTO_TEST_CASE(missing_font) {
    Case c("missing-font", replace(kGood, "<report title=\"Small\">",
                                   "<report title=\"Small\" theme=\"bad.ini\">"));
    write_file(c.dir + "/bad.ini", "[style.body]\nfamily = No Such Sans\n");
    Run r = c.build();
    BOOST_TEST(r.status == 1);
    BOOST_TEST(r.err.rfind(c.dir + "/bad.ini:2:1: error: font \"No Such Sans\" (regular) not found",
                           0) == 0,
               r.err);
    fs::remove(c.dir + "/bad.ini");
    c.expect_nothing_written();
}

BOOST_AUTO_TEST_CASE(output_folder_missing_or_a_folder) {
    Case c("bad-output", kGood);
    Run missing =
        boardpack("build " + c.dir + "/bad.xml -o " + c.dir + "/no/such/out.pdf --no-system-fonts");
    BOOST_TEST(missing.status == 1);
    BOOST_TEST(missing.err.find("does not exist") != std::string::npos, missing.err);
    fs::create_directory(c.dir + "/folder.pdf");
    Run folder =
        boardpack("build " + c.dir + "/bad.xml -o " + c.dir + "/folder.pdf --no-system-fonts");
    BOOST_TEST(folder.status == 1);
    BOOST_TEST(folder.err.find("is a folder") != std::string::npos, folder.err);
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_2) {
    BOOST_TEST(boardpack("").status == 2);
    BOOST_TEST(boardpack("build").status == 2);
    BOOST_TEST(boardpack("build x.xml --dpi 0").status == 2);
    BOOST_TEST(boardpack("frobnicate x.xml").status == 2);
    Run help = boardpack("--help");
    BOOST_TEST(help.status == 0);
    BOOST_TEST(help.out.find("usage: boardpack build") != std::string::npos);
    BOOST_TEST(boardpack("--version").out.rfind("boardpack ", 0) == 0);
}
