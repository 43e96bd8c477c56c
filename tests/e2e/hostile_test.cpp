// Hostile uses of the outputs: two builds writing the same PDF and previews at once, and an
// output name as long as the file system allows.
#include "tools.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <map>

using namespace e2e;
namespace fs = std::filesystem;

namespace {

// Every file under `dir` (relative path → bytes).
std::map<std::string, std::string> files_in(const std::string& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file())
            out[fs::relative(e.path(), dir).string()] = read_file(e.path().string());
    return out;
}

std::string build_args(const std::string& layout, const std::string& dir) {
    return "build " + source(layout) + " -o " + dir + "/report.pdf --png " + dir +
           "/png --dpi 20 --no-system-fonts -q";
}

} // namespace

// Two builds of different reports (1 page and several) into the same PDF and preview folder
// at the same moment, again and again: what is left is always exactly one of the two runs'
// outputs, never a PDF from one beside previews (or a stale page) from the other.
BOOST_AUTO_TEST_CASE(two_builds_writing_the_same_outputs_leave_one_runs_outputs_whole) {
    const char* const layouts[] = {"layouts/board-summary.xml", "layouts/council-scorecard.xml"};
    std::map<std::string, std::string> alone[2];
    for (int i = 0; i < 2; ++i) {
        const std::string dir = temp_dir("alone");
        Run r = boardpack(build_args(layouts[i], dir));
        BOOST_TEST_REQUIRE(r.status == 0, r.err);
        alone[i] = files_in(dir);
    }
    BOOST_TEST_REQUIRE(alone[0].size() != alone[1].size()); // different page counts
    const std::string dir = temp_dir("together");
    for (int round = 0; round < 12; ++round) {
        const std::string first = build_args(layouts[round % 2], dir);
        const std::string second = build_args(layouts[1 - round % 2], dir);
        Run r = run("'" BOARDPACK_BIN "' " + first + " 2>/dev/null & '" BOARDPACK_BIN "' " +
                    second + " 2>/dev/null & wait");
        BOOST_TEST_REQUIRE(r.status == 0);
        const auto left = files_in(dir);
        BOOST_TEST((left == alone[0] || left == alone[1]),
                   "round " << round << ": " << left.size() << " files, a mix of the two runs");
    }
}

// A 250-byte file name (the most most file systems allow is 255): the temporary beside it
// must fit too, whatever the final name.
BOOST_AUTO_TEST_CASE(an_output_name_of_250_bytes_is_written) {
    const std::string dir = temp_dir("long-name");
    const std::string name = std::string(246, 'r') + ".pdf";
    BOOST_TEST_REQUIRE(name.size() == 250u);
    Run r = boardpack("build " + source("layouts/board-summary.xml") + " -o " + dir + "/" + name +
                      " --no-system-fonts -q");
    BOOST_TEST(r.status == 0, r.err);
    const auto left = files_in(dir);
    BOOST_TEST(left.size() == 1u); // the PDF, no temporary left
    BOOST_TEST(left.count(name) == 1u);
    // And over an earlier file of that name (the earlier file's link during the rename).
    Run again = boardpack("build " + source("layouts/board-summary.xml") + " -o " + dir + "/" +
                          name + " --no-system-fonts -q");
    BOOST_TEST(again.status == 0, again.err);
    BOOST_TEST(files_in(dir).size() == 1u);
}
