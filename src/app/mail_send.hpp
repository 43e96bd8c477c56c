// Sending the messages of `boardpack mail --send`: the dry-run listing, then (with --confirm)
// one SMTP transaction per message that OUTBOX/sent.log does not list as sent, read back from
// its draft in the outbox (so memory does not grow with the recipients). Each message the
// server accepts is appended to sent.log and fsynced before the next is sent; a refused
// recipient is recorded with the server's reply and the others are still sent.
#pragma once

#include "app/mail_options.hpp"
#include "distribute/mail_settings.hpp"

#include <iosfwd>
#include <set>
#include <string>
#include <vector>

namespace bp::app {

// One recipient's message, as planned: where its draft is and what identifies it.
struct Outgoing {
    const distribute::Recipient* to = nullptr;
    std::string file;                     // OUTBOX/EMAIL.eml (the draft, X-Unsent: 1)
    std::string message_id;               // from recipient, subject and attachments only
    std::size_t size = 0;                 // bytes as sent (the draft without X-Unsent)
    std::vector<std::string> attachments; // file names, for the listing
};

// "1.2 MB" / "340 KB" (MB = 1,048,576 bytes).
std::string size_text(std::size_t bytes);

// The Message-IDs that the sent log at `path` records as accepted by a server (none if the
// log does not exist). Lines: TIME \t RESULT \t RECIPIENT \t MESSAGE-ID \t SERVER REPLY.
std::set<std::string> read_sent_log(const std::string& path);

// The sent message of a draft: its bytes without the "X-Unsent: 1" header line.
std::vector<unsigned char> sent_bytes(std::string draft);

// Lists, and with --confirm sends, `messages`; returns the exit status.
int send_all(const MailOptions& o, const distribute::MailSettings& settings,
             const std::vector<Outgoing>& messages, const std::set<std::string>& sent_before,
             std::ostream& out, std::ostream& err);

} // namespace bp::app
