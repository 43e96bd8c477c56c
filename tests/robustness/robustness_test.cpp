// Runs the real boardpack binary on every malformed-input case of cases.txt and checks that it
// fails the way a user needs: the right exit status (never a signal), the exact
// "file:line:col: error:" start of the message, nothing new written, and an earlier good report
// (PDF and PNG previews) at the same output path left byte for byte as it was.
#define BOOST_TEST_NO_MAIN
#define BOOST_TEST_ALTERNATIVE_INIT_API
#include "case_files.hpp"
#include "child_process.hpp"
#include "manifest.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
namespace ut = boost::unit_test;
using namespace bp::robustness;

namespace {

const fs::path kHere = fs::path(BOARDPACK_SOURCE_DIR) / "tests" / "robustness";

#ifdef BOARDPACK_SANITIZED
constexpr double kTimeLimit = 60; // seconds per run; sanitizers are slow
#else
constexpr double kTimeLimit = 10;
constexpr long kMemoryLimitKiB = 256 * 1024; // peak RSS of one run
#endif

// The scratch folder of this test run (removed at exit) and the good report built once.
struct Scratch {
    fs::path root;
    fs::path good_pdf;
    fs::path good_png;

    Scratch() {
        std::string pattern = (fs::temp_directory_path() / "bp-robustness-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a scratch folder");
        root = pattern;
        fs::path good = root / "good";
        fs::create_directories(good);
        fs::copy_file(kHere / "shared" / "good.xml", good / "good.xml");
        RunResult r = run_boardpack(BOARDPACK_BIN,
                                    {"build", "good.xml", "-o", "out.pdf", "--png", "png", "--dpi",
                                     "20", "--no-system-fonts", "-q"},
                                    good, kTimeLimit);
        if (!r.exited || r.status != 0)
            throw std::runtime_error("the good report does not build: " + r.err);
        good_pdf = good / "out.pdf";
        good_png = good / "png" / "page-001.png";
    }
    ~Scratch() {
        std::error_code ec;
        make_removable(root);
        fs::remove_all(root, ec);
    }
};

Scratch& scratch() {
    static Scratch s;
    return s;
}

bool starts_with(const std::string& s, const std::string& prefix) {
    return s.compare(0, prefix.size(), prefix) == 0;
}

std::string first_line(const std::string& s) {
    return s.substr(0, s.find('\n'));
}

// The page count in boardpack's summary line "out.pdf (3 pages…", or -1.
int pages_in_summary(const std::string& out) {
    auto open = out.find(" (");
    if (open == std::string::npos) return -1;
    try {
        return std::stoi(out.substr(open + 2));
    } catch (const std::exception&) {
        return -1;
    }
}

void check_written_report(const fs::path& work, const RunResult& r) {
    const std::string pdf = read_bytes(work / "out.pdf");
    BOOST_TEST(starts_with(pdf, "%PDF-1."));
    BOOST_TEST(pdf.find("%%EOF", pdf.size() > 64 ? pdf.size() - 64 : 0) != std::string::npos);
    BOOST_TEST((pdf != read_bytes(scratch().good_pdf)), "the good report was not replaced");
    const int pages = pages_in_summary(r.out);
    BOOST_TEST_REQUIRE(pages > 0, "no page count in: " << r.out);
    // Exactly one preview per page: earlier previews beyond the last page are gone.
    std::vector<std::string> expected, found;
    for (int p = 1; p <= pages; ++p)
        expected.push_back(preview_name(p));
    for (const auto& e : fs::directory_iterator(work / "png"))
        found.push_back(e.path().filename().string());
    std::sort(found.begin(), found.end());
    std::string listing;
    for (const auto& name : found)
        listing += name + " ";
    BOOST_TEST((found == expected), "png/ holds: " << listing);
    for (const auto& name : found)
        BOOST_TEST(starts_with(read_bytes(work / "png" / name), "\x89PNG\r\n\x1a\n"), name);
}

// Gives `work` and everything in it to `id` (modes unchanged) and lets it through the scratch
// folder, so the case sees its files as their owner.
void hand_over(const fs::path& work, int id) {
    const auto u = static_cast<uid_t>(id);
    const auto g = static_cast<gid_t>(id);
    if (lchown(work.c_str(), u, g) != 0) throw std::runtime_error("cannot chown " + work.string());
    for (const auto& e : fs::recursive_directory_iterator(work))
        if (lchown(e.path().c_str(), u, g) != 0)
            throw std::runtime_error("cannot chown " + e.path().string());
    fs::permissions(scratch().root,
                    fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);
}

// Whether a case's setup says it means nothing to root.
bool root_skip_case(const std::string& name) {
    std::ifstream in(kHere / "cases" / name / "setup");
    for (std::string line; std::getline(in, line);)
        if (line.rfind("root-skip", 0) == 0) return true;
    return false;
}

void run_case(const Case& c) {
    Scratch& s = scratch();
    const fs::path work = s.root / c.name;
    const SetUp setup = prepare_case(kHere / "cases" / c.name, kHere / "shared", work);
    // A case that means nothing to root (it can read and write anything) runs as nobody when
    // the suite runs as root; where that is impossible the case is skipped before it starts
    // (see init_unit_test), never passed.
    int as_user = -1;
    if (!setup.root_skip.empty() && geteuid() == 0) {
        as_user = kUnprivilegedId;
        BOOST_TEST_MESSAGE(c.name << ": run as uid " << as_user << " (" << setup.root_skip << ")");
        hand_over(work, as_user);
    }
    // A usage error runs exactly as written; other cases get the project's fonts only and, for
    // a build without -o, the output over an earlier good report.
    std::vector<std::string> args = c.args;
    const bool usage = c.exit == 2;
    const bool build = !args.empty() && args[0] == "build";
    const bool default_output =
        build && !usage && std::find(args.begin(), args.end(), "-o") == args.end();
    if (!usage && !args.empty() && (args[0] == "build" || args[0] == "check"))
        args.push_back("--no-system-fonts");
    if (default_output) {
        for (const char* a : {"-o", "out.pdf", "--png", "png", "--dpi", "20"})
            args.push_back(a);
        fs::create_directories(work / "png");
        fs::copy_file(s.good_pdf, work / "out.pdf");
        for (int p = 1; p <= std::max(1, setup.seed_pages); ++p)
            fs::copy_file(s.good_png, work / "png" / preview_name(p));
    }
    const Snapshot before = snapshot(work);

    const auto start = std::chrono::steady_clock::now();
    const RunResult r = run_boardpack(BOARDPACK_BIN, args, work, kTimeLimit, as_user);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    BOOST_TEST_MESSAGE(c.name << ": exit " << r.status << " in " << seconds << " s, peak "
                              << r.peak_rss_kib / 1024 << " MiB");

    BOOST_TEST_REQUIRE(!r.timed_out, "no answer within " << kTimeLimit << " s");
    BOOST_TEST_REQUIRE(r.exited, "killed by signal " << r.signal << "; stderr: " << r.err);
#ifndef BOARDPACK_SANITIZED
    BOOST_TEST(r.peak_rss_kib < kMemoryLimitKiB, "peak memory " << r.peak_rss_kib << " KiB");
#endif
    BOOST_TEST(r.status == c.exit, "exit status; stderr: " << first_line(r.err));

    const std::string& stream = c.exit == 0 ? r.out : r.err;
    BOOST_TEST(starts_with(stream, c.expect_start), "expected the output to start with \""
                                                        << c.expect_start << "\", got \""
                                                        << first_line(stream) << "\"");
    if (!c.expect_contains.empty())
        BOOST_TEST((r.out + r.err).find(c.expect_contains) != std::string::npos,
                   "expected \"" << c.expect_contains << "\" in: " << r.out << r.err);
    if (c.exit == 1)
        BOOST_TEST((r.err.find(" error: ") != std::string::npos || starts_with(r.err, "error: ")));

    if (c.exit == 0 && build) {
        BOOST_TEST(r.err.find("error") == std::string::npos, r.err);
        if (default_output) check_written_report(work, r);
        // Only the report and its previews changed: no temporary file is left behind.
        std::string others;
        std::istringstream changes(describe_changes(before, snapshot(work)));
        for (std::string line; std::getline(changes, line);)
            if (line.find(" out.pdf") == std::string::npos &&
                line.find(" png/") == std::string::npos)
                others += line + "; ";
        BOOST_TEST(others == "");
    } else {
        // A failed build, a check or a usage error writes nothing and changes nothing: the
        // good report and its previews are byte-identical, no temporary file is left behind.
        const Snapshot after = snapshot(work);
        BOOST_TEST(describe_changes(before, after) == "", "files changed");
    }
}

} // namespace

bool init_unit_test() {
    auto& master = ut::framework::master_test_suite();
    master.p_name.value = "robustness";
    const std::vector<Case> cases = read_manifest(kHere / "cases.txt");
    for (const Case& c : cases) {
        if (!fs::is_directory(kHere / "cases" / c.name))
            throw std::runtime_error("cases.txt names a missing folder cases/" + c.name);
        ut::test_case* tc = ut::make_test_case([c] { run_case(c); }, c.name, __FILE__, __LINE__);
        if (geteuid() == 0 && root_skip_case(c.name))
            tc->add_precondition([](ut::test_unit_id) {
                // The program must be reachable too: not so under a 0700 folder like /root.
                static const bool can = can_run_as(kUnprivilegedId, BOARDPACK_BIN);
                boost::test_tools::assertion_result ok(can);
                if (!can)
                    ok.message() << "skipped: run as root, and uid " << kUnprivilegedId
                                 << " cannot run " << BOARDPACK_BIN;
                return ok;
            });
        master.add(tc);
    }
    // Every folder is in the manifest, so no case is silently never run.
    for (const auto& e : fs::directory_iterator(kHere / "cases")) {
        const std::string name = e.path().filename().string();
        bool listed =
            std::any_of(cases.begin(), cases.end(), [&](const Case& c) { return c.name == name; });
        if (!listed) throw std::runtime_error("cases/" + name + " is not listed in cases.txt");
    }
    return true;
}

int main(int argc, char* argv[]) {
    return ut::unit_test_main(&init_unit_test, argc, argv);
}
