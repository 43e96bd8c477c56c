// `boardpack init DIR`: the starter builds at once with the project's fonts, passes `check`
// without a warning, and init refuses a non-empty folder without writing anything.
#include "tools.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>

using namespace e2e;
namespace fs = std::filesystem;

namespace {

// Every file and folder under `dir`, relative to it, sorted.
std::vector<std::string> listing(const std::string& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        out.push_back(fs::relative(e.path(), dir).string());
    std::sort(out.begin(), out.end());
    return out;
}

const std::vector<std::string> kStarter = {
    "data", "data/areas.csv", "data/indicators.csv", "data/values.csv", "report.xml", "theme.ini"};

} // namespace

BOOST_AUTO_TEST_SUITE(init)

BOOST_AUTO_TEST_CASE(the_starter_builds_at_once) {
    const std::string dir = temp_dir("init") + "/first-report";
    Run init = boardpack("init " + dir);
    BOOST_TEST_REQUIRE(init.status == 0, init.err);
    BOOST_TEST(init.err.empty());
    BOOST_TEST(init.out.find("wrote " + dir + "/report.xml\n") != std::string::npos, init.out);
    BOOST_TEST(listing(dir) == kStarter, boost::test_tools::per_element());

    Run check = boardpack("check " + dir + "/report.xml --no-system-fonts");
    BOOST_TEST(check.status == 0, check.err);
    BOOST_TEST(check.err.empty(), check.err); // no warning: the data adds up
    Run build =
        boardpack("build " + dir + "/report.xml -o " + dir + "/report.pdf --no-system-fonts");
    BOOST_TEST_REQUIRE(build.status == 0, build.err);
    BOOST_TEST(build.err.empty(), build.err);

    const PdfFacts facts = pdf_facts(dir + "/report.pdf");
    BOOST_TEST(facts.pages >= 2);
    const std::string menu = page_text(dir + "/report.pdf", 1);
    BOOST_TEST(menu.find("Quarterly Performance Report") != std::string::npos, menu);
    BOOST_TEST(menu.find("Overview") != std::string::npos, menu); // the menu's button
    const std::string overview = page_text(dir + "/report.pdf", 2);
    // Burglaries in North, January–March 2024: 33 + 34 + 31 months from data/values.csv.
    BOOST_TEST(overview.find("fell to 98") != std::string::npos, overview);
    BOOST_TEST(overview.find("Burglaries, South") != std::string::npos, overview);
    BOOST_TEST(overview.find("Burglaries per month") != std::string::npos, overview);
}

BOOST_AUTO_TEST_CASE(an_existing_empty_folder_is_filled) {
    const std::string dir = temp_dir("init-empty");
    Run init = boardpack("init " + dir);
    BOOST_TEST_REQUIRE(init.status == 0, init.err);
    BOOST_TEST(listing(dir) == kStarter, boost::test_tools::per_element()); // no temporary left
}

BOOST_AUTO_TEST_CASE(a_non_empty_folder_is_refused_and_left_as_it_was) {
    const std::string dir = temp_dir("init-full");
    write_file(dir + "/notes.txt", "mine");
    Run init = boardpack("init " + dir);
    BOOST_TEST(init.status == 1);
    BOOST_TEST(init.out.empty());
    BOOST_TEST(init.err == dir + ": error: the folder is not empty; init writes only into a new "
                                 "or empty folder\n");
    BOOST_TEST(listing(dir) == std::vector<std::string>{"notes.txt"},
               boost::test_tools::per_element());
    BOOST_TEST(read_file(dir + "/notes.txt") == "mine");
}

BOOST_AUTO_TEST_CASE(a_missing_parent_or_a_file_is_refused_without_writing) {
    const std::string dir = temp_dir("init-bad");
    Run missing = boardpack("init " + dir + "/no/such");
    BOOST_TEST(missing.status == 1);
    BOOST_TEST(missing.err.find("does not exist") != std::string::npos, missing.err);
    write_file(dir + "/file", "x");
    Run file = boardpack("init " + dir + "/file");
    BOOST_TEST(file.status == 1);
    BOOST_TEST(file.err.find("is not a folder") != std::string::npos, file.err);
    BOOST_TEST(listing(dir) == std::vector<std::string>{"file"}, boost::test_tools::per_element());
    Run usage = boardpack("init");
    BOOST_TEST(usage.status == 2);
}

BOOST_AUTO_TEST_SUITE_END()
