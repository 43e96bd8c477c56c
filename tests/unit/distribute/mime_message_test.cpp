#include "distribute/mime_message.hpp"

#include <boost/test/unit_test.hpp>

using namespace bp::distribute;

namespace {

MailSpec spec() {
    MailSpec s;
    s.from_name = "Office";
    s.from_address = "office@pcc.example.org";
    s.to_name = "Siân";
    s.to_address = "sian@example.org";
    s.subject = "Quarter 1 – report";
    s.date = 1500000000;
    s.text = "Hello\n";
    s.html = "<p>Hello</p>\n";
    MailFile f;
    f.filename = "r.pdf";
    f.mime_type = "application/pdf";
    f.bytes = {'%', 'P', 'D', 'F'};
    s.attachments.push_back(f);
    return s;
}

std::string text_of(const MailMessage& m) {
    return std::string(m.bytes.begin(), m.bytes.end());
}

} // namespace

BOOST_AUTO_TEST_CASE(same_content_same_bytes_other_content_other_id) {
    const MailMessage a = build_message(spec());
    const MailMessage b = build_message(spec());
    BOOST_TEST(text_of(a) == text_of(b));
    MailSpec changed = spec();
    changed.attachments[0].bytes.push_back('x');
    const MailMessage c = build_message(changed);
    BOOST_TEST(c.message_id != a.message_id);
    BOOST_TEST(a.message_id.size() == 32 + std::string(".boardpack@pcc.example.org").size());
    // The draft flag changes the X-Unsent line only, not the Message-ID.
    MailSpec sent = spec();
    sent.draft = false;
    const MailMessage d = build_message(sent);
    BOOST_TEST(d.message_id == a.message_id);
    BOOST_TEST(text_of(a).find("\r\nX-Unsent: 1\r\n") != std::string::npos);
    BOOST_TEST(text_of(d).find("X-Unsent") == std::string::npos);
    std::string without = text_of(a);
    without.erase(without.find("X-Unsent: 1\r\n"), 13);
    BOOST_TEST(without == text_of(d));
}

BOOST_AUTO_TEST_CASE(headers_are_encoded_and_lines_end_in_crlf) {
    const std::string t = text_of(build_message(spec()));
    BOOST_TEST(t.find("Subject: Quarter 1 =?UTF-8?") != std::string::npos);
    BOOST_TEST(t.find("To: =?UTF-8?") != std::string::npos);
    BOOST_TEST(t.find("Date: Fri, 14 Jul 2017 02:40:00 +0000\r\n") != std::string::npos);
    BOOST_TEST(t.find("multipart/related") != std::string::npos);
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i] == '\n') BOOST_REQUIRE(i > 0 && t[i - 1] == '\r');
    const std::string head = t.substr(0, t.find("\r\n\r\n"));
    for (unsigned char c : head)
        BOOST_REQUIRE(c < 0x80);
}

BOOST_AUTO_TEST_CASE(mailboxes_split) {
    std::string name, address;
    split_mailbox("\"Smith, Ann\" <ann@x.org>", name, address);
    BOOST_TEST(name == "Smith, Ann");
    BOOST_TEST(address == "ann@x.org");
    split_mailbox("ann@x.org", name, address);
    BOOST_TEST(name.empty());
    BOOST_TEST(address == "ann@x.org");
}
