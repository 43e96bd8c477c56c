#include "distribute/mail_settings.hpp"

#include "core/error.hpp"
#include "distribute/smtp_send.hpp"

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>

using namespace bp;
namespace fs = std::filesystem;

namespace {

// A file in a fresh temporary folder, removed with it.
struct TempFile {
    fs::path dir;
    std::string path;
    TempFile(const std::string& name, const std::string& text) {
        dir = fs::temp_directory_path() / ("bp-dist-" + std::to_string(::getpid()));
        fs::create_directories(dir);
        path = (dir / name).string();
        std::ofstream(path) << text;
    }
    ~TempFile() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

} // namespace

BOOST_AUTO_TEST_CASE(settings_errors_name_the_place) {
    TempFile f("m.conf", "from = a@b.org\n  colour = blue\n");
    BOOST_TEST(error_of([&] {
                   distribute::read_mail_settings(f.path);
               }).find("m.conf:2:3: error: unknown key 'colour'") != std::string::npos);
    TempFile g("n.conf", "from = a@b.org\nsubject = x\n");
    BOOST_TEST(error_of([&] {
                   distribute::read_mail_settings(g.path);
               }).find("'body = …' is missing") != std::string::npos);
    TempFile h("o.conf", "from = Someone <not an address>\n");
    BOOST_TEST(error_of([&] {
                   distribute::read_mail_settings(h.path);
               }).find("o.conf:1:1: error: 'Someone <not an address>' is not an email address") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(recipients_are_checked) {
    TempFile f("r.csv", "name,email,area\nA,a@x.org,crook\nB,a@x.org,\n");
    BOOST_TEST(error_of([&] {
                   distribute::read_recipients(f.path);
               }).find("r.csv:3:3: error: a@x.org is listed twice") != std::string::npos);
    TempFile g("s.csv", "name,email,restricted\nA,a@x.org,maybe\n");
    BOOST_TEST(error_of([&] {
                   distribute::read_recipients(g.path);
               }).find("s.csv:2:11: error: restricted is yes or no") != std::string::npos);
    TempFile h("t.csv",
               "name,email,attachments,restricted\n\"Smith, Ann\",ann@x.org,a.pdf; b.pdf,yes\n");
    const auto rs = distribute::read_recipients(h.path);
    BOOST_REQUIRE_EQUAL(rs.size(), 1u);
    BOOST_TEST(rs[0].name == "Smith, Ann");
    BOOST_TEST(rs[0].restricted);
    BOOST_REQUIRE_EQUAL(rs[0].attachments.size(), 2u);
    BOOST_TEST(fs::path(rs[0].attachments[1]).filename() == "b.pdf");
}

BOOST_AUTO_TEST_CASE(addresses_and_smtp_urls) {
    BOOST_TEST(distribute::plausible_address("a.b+c@example.org"));
    BOOST_TEST(!distribute::plausible_address("a@b@example.org"));
    BOOST_TEST(!distribute::plausible_address("a b@example.org"));
    BOOST_TEST(!distribute::plausible_address("ab@localhost"));
    BOOST_TEST(distribute::is_local_smtp("smtp://127.0.0.1:2525"));
    BOOST_TEST(distribute::is_local_smtp("smtp://localhost"));
    BOOST_TEST(distribute::is_local_smtp("smtp://[::1]:25"));
    BOOST_TEST(!distribute::is_local_smtp("smtp://127.0.0.1.example.org:25"));
    BOOST_TEST(!distribute::is_local_smtp("smtp://mail.example.org:587"));
    BOOST_CHECK_THROW(distribute::check_smtp_url("http://x.org"), distribute::SendError);
    BOOST_CHECK_NO_THROW(distribute::check_smtp_url("smtps://x.org:465"));
}
