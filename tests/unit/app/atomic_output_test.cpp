// AtomicOutput: all outputs or none, earlier files restored when a rename fails, nothing left
// behind; output_guard: the PDF among the previews, inputs by device and inode.
#define BOOST_TEST_MODULE app
#include "app/atomic_output.hpp"
#include "app/output_guard.hpp"
#include "core/error.hpp"

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using bp::app::AtomicOutput;

namespace {

// A scratch folder, removed at the end of the test.
struct Scratch {
    fs::path dir;
    Scratch() {
        std::string pattern = (fs::temp_directory_path() / "bp-app-XXXXXX").string();
        dir = mkdtemp(pattern.data());
    }
    ~Scratch() { fs::remove_all(dir); }
    std::string path(const std::string& name) const { return (dir / name).string(); }
};

std::vector<unsigned char> bytes(const std::string& s) {
    return {s.begin(), s.end()};
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void write(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

std::vector<std::string> listing(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

BOOST_AUTO_TEST_CASE(commit_replaces_every_output_and_leaves_no_temporary) {
    Scratch s;
    write(s.path("a.pdf"), "old a");
    {
        AtomicOutput out;
        out.stage(s.path("a.pdf"), bytes("new a"));
        out.open(s.path("b.png"));
        out.write(reinterpret_cast<const unsigned char*>("new "), 4);
        out.write(reinterpret_cast<const unsigned char*>("b"), 1);
        out.finish();
        BOOST_TEST(read(s.path("a.pdf")) == "old a"); // nothing before commit
        BOOST_TEST(listing(s.dir).size() == 3u);      // a.pdf and two temporaries
        out.commit();
    }
    BOOST_TEST(read(s.path("a.pdf")) == "new a");
    BOOST_TEST(read(s.path("b.png")) == "new b");
    BOOST_TEST((listing(s.dir) == std::vector<std::string>{"a.pdf", "b.png"}));
}

BOOST_AUTO_TEST_CASE(a_failed_rename_restores_the_outputs_already_replaced) {
    Scratch s;
    write(s.path("a.pdf"), "old a");
    write(s.path("b.png"), "old b");
    {
        AtomicOutput out;
        out.stage(s.path("a.pdf"), bytes("new a"));
        out.stage(s.path("b.png"), bytes("new b"));
        out.stage(s.path("c.png"), bytes("new c"));
        // c.png becomes a non-empty folder after staging: its rename fails after a and b's.
        fs::create_directories(s.dir / "c.png" / "inside");
        BOOST_CHECK_THROW(out.commit(), bp::OutputError);
    }
    BOOST_TEST(read(s.path("a.pdf")) == "old a");
    BOOST_TEST(read(s.path("b.png")) == "old b");
    BOOST_TEST((listing(s.dir) == std::vector<std::string>{"a.pdf", "b.png", "c.png"}));
}

BOOST_AUTO_TEST_CASE(a_new_output_is_removed_again_when_a_later_rename_fails) {
    Scratch s;
    {
        AtomicOutput out;
        out.stage(s.path("new.pdf"), bytes("new"));
        out.stage(s.path("c.png"), bytes("new c"));
        fs::create_directories(s.dir / "c.png" / "inside");
        BOOST_CHECK_THROW(out.commit(), bp::OutputError);
    }
    BOOST_TEST((listing(s.dir) == std::vector<std::string>{"c.png"}));
}

BOOST_AUTO_TEST_CASE(without_commit_temporaries_and_made_folders_are_removed) {
    Scratch s;
    write(s.path("a.pdf"), "old a");
    {
        AtomicOutput out;
        out.make_folder(s.path("png"));
        out.stage(s.path("png/page-001.png"), bytes("p"));
        out.stage(s.path("a.pdf"), bytes("new a"));
    }
    BOOST_TEST((listing(s.dir) == std::vector<std::string>{"a.pdf"}));
    BOOST_TEST(read(s.path("a.pdf")) == "old a");
}

BOOST_AUTO_TEST_CASE(special_files_and_symbolic_links_are_refused) {
    Scratch s;
    BOOST_TEST_REQUIRE(::mkfifo(s.path("fifo").c_str(), 0644) == 0);
    fs::create_symlink("elsewhere", s.dir / "link");
    BOOST_CHECK_THROW(AtomicOutput::check_path(s.path("fifo")), bp::OutputError);
    BOOST_CHECK_THROW(AtomicOutput::check_path(s.path("link")), bp::OutputError);
    BOOST_CHECK_THROW(AtomicOutput::check_path("/dev/null"), bp::OutputError);
    BOOST_CHECK_NO_THROW(AtomicOutput::check_path(s.path("new.pdf")));
}

BOOST_AUTO_TEST_CASE(an_input_is_recognised_under_another_name) {
    Scratch s;
    write(s.path("font.ttf"), "font");
    fs::create_hard_link(s.dir / "font.ttf", s.dir / "other-name.ttf");
    bp::app::BuildInputs inputs{{s.path("font.ttf")}};
    BOOST_CHECK_THROW(bp::app::refuse_overwriting_inputs(s.path("other-name.ttf"), inputs),
                      bp::OutputError);
    BOOST_CHECK_NO_THROW(bp::app::refuse_overwriting_inputs(s.path("new.pdf"), inputs));
}

BOOST_AUTO_TEST_CASE(the_pdf_may_not_take_a_preview_name_in_the_preview_folder) {
    Scratch s;
    fs::create_directories(s.dir / "png");
    BOOST_CHECK_THROW(bp::app::refuse_pdf_among_previews(s.path("png/page-007.png"), s.path("png")),
                      bp::OutputError);
    BOOST_CHECK_NO_THROW(
        bp::app::refuse_pdf_among_previews(s.path("png/report.pdf"), s.path("png")));
    BOOST_CHECK_NO_THROW(bp::app::refuse_pdf_among_previews(s.path("page-007.png"), s.path("png")));
    BOOST_TEST(bp::app::is_preview_name("page-1200.png"));
    BOOST_TEST(!bp::app::is_preview_name("page-1a0.png"));
}
