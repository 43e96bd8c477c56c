// `boardpack watch`: the real binary started on a starter report (`boardpack init`), its files
// changed the way editors change them, its output followed until each rebuild shows. Every wait
// polls the output every 10 ms and gives up after kTimeout.
#include "tools.hpp"

#include <boost/test/unit_test.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <functional>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

using namespace e2e;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

constexpr auto kTimeout = 30s; // a loaded machine; a passing run takes well under a second each

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

// `boardpack watch ARGS` running with stdout and stderr in files.
class Watcher {
public:
    Watcher(const std::string& dir, const std::vector<std::string>& args)
        : out_(dir + "/watch.out"), err_(dir + "/watch.err") {
        std::vector<std::string> argv_text{BOARDPACK_BIN, "watch"};
        argv_text.insert(argv_text.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& a : argv_text)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0644);
        posix_spawn_file_actions_addopen(&actions, 2, err_.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0644);
        const int rc = posix_spawn(&pid_, BOARDPACK_BIN, &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        BOOST_TEST_REQUIRE(rc == 0, "cannot start " << BOARDPACK_BIN);
    }
    ~Watcher() {
        if (pid_ > 0) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
    }
    Watcher(const Watcher&) = delete;
    Watcher& operator=(const Watcher&) = delete;

    std::string out() const { return read_file(out_); }
    std::string err() const { return read_file(err_); }

    // Waits until `what` appears `times` times on stdout; false after kTimeout.
    bool wait_for(const std::string& what, std::size_t times = 1) const {
        const auto end = std::chrono::steady_clock::now() + kTimeout;
        while (std::chrono::steady_clock::now() < end) {
            if (count(out(), what) >= times) return true;
            std::this_thread::sleep_for(10ms);
        }
        return false;
    }

    // Sends `sig` and returns the exit status (-1 after kTimeout, or if it died by a signal).
    int stop(int sig) {
        kill(pid_, sig);
        const auto end = std::chrono::steady_clock::now() + kTimeout;
        while (std::chrono::steady_clock::now() < end) {
            int status = 0;
            if (waitpid(pid_, &status, WNOHANG) == pid_) {
                pid_ = -1;
                return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            }
            std::this_thread::sleep_for(10ms);
        }
        return -1;
    }

private:
    std::string out_;
    std::string err_;
    pid_t pid_ = -1;
};

// Replaces `path` the way many editors save: a new file renamed over the old one.
void save_by_rename(const std::string& path, const std::string& text) {
    write_file(path + ".swp-new", text);
    fs::rename(path + ".swp-new", path);
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    BOOST_TEST_REQUIRE(at != std::string::npos, "no '" << from << "' to replace");
    return text.replace(at, from.size(), to);
}

// A starter report in a fresh folder; returns the folder.
std::string starter(const std::string& name) {
    const std::string dir = temp_dir(name);
    Run init = boardpack("init " + dir + "/r");
    BOOST_TEST_REQUIRE(init.status == 0, init.err);
    return dir + "/r";
}

} // namespace

BOOST_AUTO_TEST_SUITE(watch)

BOOST_AUTO_TEST_CASE(a_bad_edit_keeps_the_last_good_pdf_then_a_good_one_replaces_it) {
    const std::string dir = starter("watch");
    const std::string layout = dir + "/report.xml";
    const std::string pdf = dir + "/report.pdf"; // in the watched folder: must not retrigger
    Watcher w(dir, {layout, "-o", pdf, "--png", dir + "/png", "--dpi", "20", "--no-system-fonts"});
    BOOST_TEST_REQUIRE(w.wait_for("built "), w.out() << w.err());
    BOOST_TEST(w.out().find("built " + pdf + " (") != std::string::npos, w.out());
    BOOST_TEST(w.err().empty(), w.err());
    // Its own outputs (PDF, previews, temporaries) change the watched folder: no rebuild.
    std::this_thread::sleep_for(400ms);
    BOOST_TEST(count(w.out(), "built ") == 1u, w.out());
    const std::string good_pdf = read_file(pdf);
    const std::string good_png = read_file(dir + "/png/page-001.png");
    BOOST_TEST_REQUIRE(!good_pdf.empty());

    // A bad edit, saved by rename: the error with file:line:col, the last good outputs kept.
    const std::string original = read_file(layout);
    save_by_rename(layout, replaced(original, "<verdict-legend/>", "<chrat/>"));
    BOOST_TEST_REQUIRE(w.wait_for("error: kept the last good " + pdf), w.out() << w.err());
    BOOST_TEST(w.err().find(layout + ":46:5: error: unknown element <chrat>") != std::string::npos,
               w.err());
    BOOST_TEST(read_file(pdf) == good_pdf); // byte-identical while the input is wrong
    BOOST_TEST(read_file(dir + "/png/page-001.png") == good_png);

    // A good edit, written in place: rebuilt, and the new title is in the new PDF.
    std::string fixed = replaced(original, "<heading level=\"1\">Quarterly Performance Report",
                                 "<heading level=\"1\">Second Quarter Report");
    write_file(layout, fixed);
    BOOST_TEST_REQUIRE(w.wait_for("built ", 2), w.out() << w.err());
    BOOST_TEST(read_file(pdf) != good_pdf);
    BOOST_TEST(page_text(pdf, 1).find("Second Quarter Report") != std::string::npos);

    // The data: March 2024 in North from 31 to 29 burglaries, so the quarter is 96, not 98.
    const std::string values = dir + "/data/values.csv";
    write_file(values, replaced(read_file(values), "burglary,north,2024-03,31",
                                "burglary,north,2024-03,29"));
    BOOST_TEST_REQUIRE(w.wait_for("built ", 3), w.out() << w.err());
    BOOST_TEST(page_text(pdf, 2).find("fell to 96") != std::string::npos, page_text(pdf, 2));

    // The theme, saved by rename.
    save_by_rename(dir + "/theme.ini", read_file(dir + "/theme.ini") + "; edited\n");
    BOOST_TEST_REQUIRE(w.wait_for("built ", 4), w.out() << w.err());

    // No temporaries left beside the outputs.
    for (const auto& e : fs::directory_iterator(dir))
        BOOST_TEST(e.path().filename().string().rfind(".report.pdf.", 0) != 0, e.path());

    BOOST_TEST(w.stop(SIGINT) == 130);
    BOOST_TEST(w.out().ends_with("watch: stopped by SIGINT\n"), w.out());
    BOOST_TEST(count(w.out(), "built ") == 4u, w.out());
}

BOOST_AUTO_TEST_CASE(a_burst_of_saves_makes_one_rebuild_and_sigterm_stops_it) {
    const std::string dir = starter("watch-burst");
    Watcher w(dir, {dir + "/report.xml", "-o", dir + "/out.pdf", "--no-system-fonts"});
    BOOST_TEST_REQUIRE(w.wait_for("built "), w.out() << w.err());
    const std::string values = dir + "/data/values.csv";
    const std::string text = read_file(values);
    for (int i = 0; i < 5; ++i) // five saves within a few milliseconds: one rebuild
        write_file(values, text + "# save " + std::to_string(i) + "\n");
    BOOST_TEST_REQUIRE(w.wait_for("built ", 2), w.out() << w.err());
    std::this_thread::sleep_for(400ms); // long past the 100 ms quiet time
    BOOST_TEST(count(w.out(), "built ") == 2u, w.out());
    BOOST_TEST(w.stop(SIGTERM) == 143);
    BOOST_TEST(w.out().ends_with("watch: stopped by SIGTERM\n"), w.out());
}

BOOST_AUTO_TEST_CASE(a_broken_first_build_is_reported_then_fixed) {
    const std::string dir = starter("watch-first");
    const std::string layout = dir + "/report.xml";
    const std::string original = read_file(layout);
    write_file(layout, original.substr(0, original.size() / 2)); // truncated
    Watcher w(dir, {layout, "-o", dir + "/out.pdf", "--no-system-fonts"});
    BOOST_TEST_REQUIRE(w.wait_for("error: nothing written yet"), w.out() << w.err());
    BOOST_TEST(w.err().find(layout + ":") != std::string::npos, w.err());
    BOOST_TEST(!fs::exists(dir + "/out.pdf"));
    save_by_rename(layout, original);
    BOOST_TEST_REQUIRE(w.wait_for("built "), w.out() << w.err());
    BOOST_TEST(fs::exists(dir + "/out.pdf"));
    BOOST_TEST(w.stop(SIGINT) == 130);
}

BOOST_AUTO_TEST_CASE(a_data_folder_replaced_with_mv_is_noticed) {
    const std::string dir = starter("watch-mv");
    fs::copy(dir + "/data", dir + "/data.new", fs::copy_options::recursive);
    write_file(dir + "/data.new/values.csv",
               read_file(dir + "/data.new/values.csv") + "# the new data\n");
    Watcher w(dir, {dir + "/report.xml", "-o", dir + "/out.pdf", "--no-system-fonts"});
    BOOST_TEST_REQUIRE(w.wait_for("built "), w.out() << w.err());
    fs::rename(dir + "/data", dir + "/data.old"); // mv data data.old
    BOOST_TEST_REQUIRE(w.wait_for("error: kept the last good"), w.out() << w.err());
    fs::rename(dir + "/data.new", dir + "/data"); // mv data.new data
    BOOST_TEST_REQUIRE(w.wait_for("built ", 2), w.out() << w.err());
    // The new folder is the one watched now.
    write_file(dir + "/data/values.csv", read_file(dir + "/data/values.csv") + "# again\n");
    BOOST_TEST_REQUIRE(w.wait_for("built ", 3), w.out() << w.err());
    BOOST_TEST(w.stop(SIGTERM) == 143);
}

BOOST_AUTO_TEST_CASE(a_data_symlink_switched_with_ln_sfn_is_noticed) {
    const std::string dir = starter("watch-ln");
    fs::rename(dir + "/data", dir + "/v1");
    fs::copy(dir + "/v1", dir + "/v2", fs::copy_options::recursive);
    fs::create_directory_symlink("v1", dir + "/data");
    Watcher w(dir, {dir + "/report.xml", "-o", dir + "/out.pdf", "--no-system-fonts"});
    BOOST_TEST_REQUIRE(w.wait_for("built "), w.out() << w.err());
    // ln -sfn v2 data: a new link renamed over the old one.
    fs::create_directory_symlink("v2", dir + "/data.tmp");
    fs::rename(dir + "/data.tmp", dir + "/data");
    BOOST_TEST_REQUIRE(w.wait_for("built ", 2), w.out() << w.err());
    write_file(dir + "/v2/values.csv", read_file(dir + "/v2/values.csv") + "# v2 changed\n");
    BOOST_TEST_REQUIRE(w.wait_for("built ", 3), w.out() << w.err());
    BOOST_TEST(w.stop(SIGTERM) == 143);
}

BOOST_AUTO_TEST_SUITE_END()
