// The program under a German numeric locale (decimal comma) that the test makes itself with
// localedef: the same report byte for byte, the same messages, every figure unchanged.
#include "tools.hpp"

#include "../support/german_locale.hpp"

#include <boost/test/unit_test.hpp>

using namespace e2e;

namespace {
std::string german_env() {
    const auto& g = bp::testing::german_locale();
    return "LOCPATH='" + g.locpath + "' LANG=" + g.name + " LC_ALL=" + g.name + " ";
}
} // namespace

BOOST_AUTO_TEST_CASE(a_german_numeric_locale_changes_no_figure,
                     *boost::unit_test::precondition(bp::testing::german_locale_available)) {
    // The environment really is German for a child: the C library prints a decimal comma.
    Run printf_run = run(german_env() + "/usr/bin/printf '%.2f' 1.5");
    BOOST_TEST_REQUIRE(printf_run.out == "1,50", printf_run.out << printf_run.err);

    const std::string dir = temp_dir("locale");
    for (const char* layout : {"layouts/pcc-quarterly.xml", "layouts/board-summary.xml"}) {
        const std::string args = "build " + source(layout) + " -q --no-system-fonts -o " + dir;
        Run c = run("LC_ALL=C " + std::string(BOARDPACK_BIN) + " " + args + "/c.pdf");
        Run de = run(german_env() + BOARDPACK_BIN + " " + args + "/de.pdf");
        BOOST_TEST_REQUIRE(c.status == 0, c.err);
        BOOST_TEST_REQUIRE(de.status == 0, de.err);
        BOOST_TEST(de.err == c.err, layout);
        const std::string pdf = read_file(dir + "/c.pdf");
        BOOST_TEST(pdf.size() > 1000u);
        BOOST_TEST((pdf == read_file(dir + "/de.pdf")), layout << ": the PDFs differ");
    }
    // `check` prints the same figures in its warnings.
    const std::string check = "check " + source("layouts/pcc-quarterly.xml") + " --no-system-fonts";
    Run c = run("LC_ALL=C " + std::string(BOARDPACK_BIN) + " " + check);
    Run de = run(german_env() + BOARDPACK_BIN + " " + check);
    BOOST_TEST(c.err.find("\u22129.96%") != std::string::npos, c.err);
    BOOST_TEST(de.err == c.err);
    BOOST_TEST(de.status == c.status);
}
