// The same input gives the same bytes: PDF and PNG previews, with and without a creation date.
#include "tools.hpp"

#include <boost/test/unit_test.hpp>

using namespace e2e;

BOOST_AUTO_TEST_CASE(same_input_same_bytes) {
    std::string dir = temp_dir("repro");
    std::string layout = source("layouts/pcc-quarterly.xml");
    for (const char* name : {"a", "b"}) {
        Run r = boardpack("build " + layout + " -o " + dir + "/" + name + ".pdf --png " + dir +
                          "/" + name + " --dpi 20 -q --no-system-fonts");
        BOOST_TEST_REQUIRE(r.status == 0, r.err);
    }
    std::string a = read_file(dir + "/a.pdf");
    BOOST_TEST(a.size() > 1000u);
    BOOST_TEST((a == read_file(dir + "/b.pdf")));
    BOOST_TEST(a.find("/CreationDate") == std::string::npos);
    BOOST_TEST((read_file(dir + "/a/page-001.png") == read_file(dir + "/b/page-001.png")));
}

BOOST_AUTO_TEST_CASE(source_date_epoch_stamps_a_fixed_date) {
    std::string dir = temp_dir("repro-date");
    std::string layout = source("layouts/pcc-quarterly.xml");
    for (const char* name : {"a", "b"}) {
        Run r = run("SOURCE_DATE_EPOCH=1498780800 " + std::string(BOARDPACK_BIN) + " build " +
                    layout + " -o " + dir + "/" + name + ".pdf -q --no-system-fonts");
        BOOST_TEST_REQUIRE(r.status == 0, r.err);
    }
    std::string a = read_file(dir + "/a.pdf");
    BOOST_TEST((a == read_file(dir + "/b.pdf")));
    // The date as data, whatever the machine's time zone: pdfinfo prints it in local time, so
    // it runs with TZ=UTC; the raw PDF date string is checked as well.
    Run info = run("TZ=UTC pdfinfo '" + dir + "/a.pdf'");
    BOOST_TEST_REQUIRE(info.status == 0, info.err);
    BOOST_TEST(info.out.find("Jun 30 00:00:00 2017") != std::string::npos,
               info.out); // 2017-06-30 00:00 UTC
    BOOST_TEST(a.find("(D:20170630000000Z") != std::string::npos);
}
