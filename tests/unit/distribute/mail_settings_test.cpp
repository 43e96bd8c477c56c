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

BOOST_AUTO_TEST_CASE(addresses) {
    using distribute::plausible_address;
    BOOST_TEST(plausible_address("a.b+c@example.org"));
    BOOST_TEST(plausible_address("o'neil@mail-1.example.org"));
    for (const char* bad : {"a@b@example.org", "a b@example.org", "ab@localhost", "a@b.",
                            "a@b..example", ".a@b.example", "a.@b.example", "a..b@c.example",
                            "a@.b.example", "a@-b.example", "a@b-.example", "a@b_c.example",
                            "@b.example", "a@", "jo\xc3\xa9@b.example", "a<b@c.example"})
        BOOST_TEST(!plausible_address(bad), bad);
    BOOST_TEST(!plausible_address(std::string(65, 'a') + "@b.example"));
    BOOST_TEST(!plausible_address("a@" + std::string(64, 'b') + ".example"));
}

BOOST_AUTO_TEST_CASE(one_mailbox_ignores_ascii_case) {
    BOOST_TEST(distribute::mailbox_key("Joe@PANEL.Example.org") == "joe@panel.example.org");
    TempFile f("c.csv", "name,email,restricted\nJ,joe@panel.example.org,yes\nJ,joe@PANEL."
                        "example.org,no\n");
    BOOST_TEST(error_of([&] { distribute::read_recipients(f.path); })
                   .find("c.csv:3:3: error: joe@PANEL.example.org is listed twice (as "
                         "joe@panel.example.org at line 2), once restricted and once not") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(display_names) {
    using distribute::display_name_problem;
    BOOST_TEST(display_name_problem("Cllr Siân Øberg").empty());
    BOOST_TEST(display_name_problem("").find("empty") != std::string::npos);
    BOOST_TEST(display_name_problem("  ").find("empty") != std::string::npos);
    BOOST_TEST(display_name_problem("A\nsending: B").find("control") != std::string::npos);
    BOOST_TEST(display_name_problem("A\x7f").find("control") != std::string::npos);
    BOOST_TEST(display_name_problem("=?utf-8?q?X?=").find("encoded word") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(smtp_urls_are_parsed_as_curl_connects) {
    using distribute::is_local_smtp;
    using distribute::parse_smtp_url;
    BOOST_TEST(is_local_smtp("smtp://127.0.0.1:2525"));
    BOOST_TEST(is_local_smtp("smtp://localhost"));
    BOOST_TEST(is_local_smtp("smtp://LOCALHOST:25/"));
    BOOST_TEST(is_local_smtp("smtp://[::1]:25"));
    BOOST_TEST(is_local_smtp("smtp://user:pw@127.0.0.1:25"));
    // Userinfo that looks like a local host: the host is what follows '@'.
    BOOST_TEST(!is_local_smtp("smtp://127.0.0.1:x@mail.example:587"));
    BOOST_TEST(parse_smtp_url("smtp://127.0.0.1:x@mail.example:587").host == "mail.example");
    BOOST_TEST(!is_local_smtp("smtp://localhost@mail.example"));
    BOOST_TEST(!is_local_smtp("smtp://[::1]@mail.example"));
    // Look-alikes and other loopback spellings count as remote (TLS required).
    for (const char* remote :
         {"smtp://localhost.:25", "smtp://localhost.example:25", "smtp://127.0.0.1.example.org:25",
          "smtp://127.0.0.2:25", "smtp://[::2]:25", "smtp://[::ffff:127.0.0.1]:25",
          "smtp://mail.example.org:587", "smtps://x.org:465", "smtp://0:25"})
        BOOST_TEST(!is_local_smtp(remote), remote);
    BOOST_TEST(parse_smtp_url("smtps://x.org:465").scheme == "smtps");
    for (const char* bad : {"http://x.org", "smtp://", "smtp://x.org/path", "smtp://x.org?q",
                            "smtp://x .org", "smtp://[::1", "smtp:x.org", "ftp://u:pw@x.org"})
        BOOST_CHECK_THROW(parse_smtp_url(bad), distribute::SendError);
}

BOOST_AUTO_TEST_CASE(passwords_in_urls_are_redacted) {
    using distribute::redacted_url;
    BOOST_TEST(redacted_url("smtp://u:secret@x.org:25") == "smtp://u:***@x.org:25/");
    BOOST_TEST(redacted_url("smtp://x.org:25") == "smtp://x.org:25");
    BOOST_TEST(redacted_url("smtp://u:secret@[bad").find("secret") == std::string::npos);
    BOOST_TEST(redacted_url("u:secret@x").find("secret") == std::string::npos);
    try {
        distribute::parse_smtp_url("smtp://u:secret@x.org/path");
        BOOST_FAIL("no error");
    } catch (const distribute::SendError& e) {
        BOOST_TEST(std::string(e.what()).find("secret") == std::string::npos);
    }
}
