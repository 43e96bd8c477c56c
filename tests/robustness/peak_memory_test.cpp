// Holds the peak memory of a long report: the reference layout on data with 4,800 sectors
// (bench/gen-data, about 2,500 pages) is built by the real boardpack binary, and its peak RSS,
// read with wait4 as the robustness cases read theirs, must stay under kPeakLimitMiB. Memory,
// not time: how fast it runs is measured in bench/, never here.
#define BOOST_TEST_MODULE peak_memory
#include "child_process.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace bp::robustness;

namespace {

// Today's limit at 4,800 sectors. The build measured 183-196 MiB on 8 December 2026 (the peak
// moves with how the PDF's worker threads meet the main one): every page's display list is
// held until the PDF is written. Issue 30's target is 48 MiB (pages written as they are
// made); lower this limit to it when that lands.
constexpr long kPeakLimitMiB = 224;
constexpr int kSectors = 4800;

// A scratch folder, removed at the end.
struct Scratch {
    fs::path dir;
    Scratch() {
        std::string pattern = (fs::temp_directory_path() / "bp-peak-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a scratch folder");
        dir = pattern;
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

} // namespace

BOOST_AUTO_TEST_CASE(peak_memory_at_4800_sectors_is_under_the_limit) {
    Scratch s;
    const RunResult gen = run_boardpack(
        GEN_DATA_BIN, {std::to_string(kSectors), (s.dir / "data").string()}, s.dir, 300);
    BOOST_TEST_REQUIRE(gen.status == 0, "gen-data failed: " << gen.err);
    const std::string layout = std::string(BOARDPACK_SOURCE_DIR) + "/layouts/pcc-quarterly.xml";
    const RunResult r = run_boardpack(BOARDPACK_BIN,
                                      {"build", layout, "--data", (s.dir / "data").string(), "-o",
                                       "out.pdf", "--no-system-fonts", "-q"},
                                      s.dir, 600);
    BOOST_TEST_REQUIRE(r.exited, "killed by signal " << r.signal);
    BOOST_TEST_REQUIRE(r.status == 0, "exit status " << r.status << "; stderr: " << r.err);
    // The report is the long one (about 16 MB), not a short one made by mistake.
    std::ifstream pdf(s.dir / "out.pdf", std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(pdf)), {});
    BOOST_TEST_MESSAGE(kSectors << " sectors: peak " << r.peak_rss_kib / 1024 << " MiB, "
                                << bytes.size() << " bytes");
    BOOST_TEST(bytes.size() > 10'000'000u, "the PDF has " << bytes.size() << " bytes");
#ifndef BOARDPACK_SANITIZED // sanitizers' shadow memory and quarantine say nothing of ours
    BOOST_TEST(r.peak_rss_kib < kPeakLimitMiB * 1024,
               "peak memory " << r.peak_rss_kib / 1024 << " MiB at " << kSectors
                              << " sectors; the limit is " << kPeakLimitMiB << " MiB");
#endif
}
