// Interrupts the real boardpack binary with SIGINT, SIGTERM and SIGHUP at several moments of a
// slow build (60 pages of previews at 150 dpi) and checks what a user needs afterwards: the exit
// status says which signal (130, 143, 129), no temporary file is left, the --png folder the
// build created is gone, and the earlier report is byte-identical.
#define BOOST_TEST_MODULE signals
#include "case_files.hpp"
#include "child_process.hpp"

#include <boost/test/unit_test.hpp>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace bp::robustness;

namespace {

const std::string kLayout = [] {
    std::string xml = "<report title=\"Slow\">\n  <section id=\"a\" title=\"A\">\n";
    for (int i = 0; i < 1300; ++i)
        xml += "    <p>Paragraph text that is long enough to wrap onto a second line of the page, "
               "repeated many times so that the report has many pages.</p>\n";
    return xml + "  </section>\n</report>\n";
}();

// A scratch folder with the slow layout and an earlier report in out.pdf.
struct Folder {
    fs::path dir;
    std::string earlier;

    Folder() {
        std::string pattern = (fs::temp_directory_path() / "bp-signals-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a scratch folder");
        dir = pattern;
        std::ofstream(dir / "layout.xml") << kLayout;
        std::ofstream(dir / "small.xml") << "<report title=\"Earlier\"><section id=\"a\" "
                                            "title=\"A\"><p>x</p></section></report>";
        RunResult r = run_boardpack(
            BOARDPACK_BIN, {"build", "small.xml", "-o", "out.pdf", "--no-system-fonts"}, dir, 30);
        if (r.status != 0) throw std::runtime_error("the earlier report does not build: " + r.err);
        earlier = read_bytes(dir / "out.pdf");
    }
    ~Folder() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

void interrupt_at(int sig, double seconds) {
    Folder f;
    const Snapshot before = snapshot(f.dir);
    RunResult r = run_boardpack(BOARDPACK_BIN,
                                {"build", "layout.xml", "-o", "out.pdf", "--png", "previews",
                                 "--dpi", "150", "--no-system-fonts"},
                                f.dir, 120, -1, sig, seconds);
    BOOST_TEST_MESSAGE("signal " << sig << " after " << seconds << " s: exit " << r.status << "; "
                                 << r.err);
    BOOST_TEST_REQUIRE(r.exited, "killed by signal " << r.signal);
    BOOST_TEST(r.status == 128 + sig, "exit status " << r.status << "; stderr: " << r.err);
    BOOST_TEST(r.err.find("interrupted") != std::string::npos, r.err);
    // Nothing added (no temporary, no previews folder), nothing changed.
    BOOST_TEST(describe_changes(before, snapshot(f.dir)) == "");
    BOOST_TEST((read_bytes(f.dir / "out.pdf") == f.earlier));
}

} // namespace

// Not earlier than main() setting up the clean-up (run_boardpack waits for that): a signal
// before it ends the process the default way (it has written nothing by then).
BOOST_AUTO_TEST_CASE(sigint_early) {
    interrupt_at(SIGINT, 0.3);
}
BOOST_AUTO_TEST_CASE(sigterm_while_laying_out_or_drawing) {
    interrupt_at(SIGTERM, 0.8);
}
BOOST_AUTO_TEST_CASE(sighup_while_writing_previews) {
    interrupt_at(SIGHUP, 1.5);
}
BOOST_AUTO_TEST_CASE(sigint_late_in_the_previews) {
    interrupt_at(SIGINT, 3.0);
}
