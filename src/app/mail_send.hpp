// Sending the messages of `boardpack mail --send`: the dry-run listing, then (with --confirm)
// one SMTP transaction per message not yet in OUTBOX/sent.log, the log rewritten atomically
// after each message the server accepts.
#pragma once

#include "app/mail_options.hpp"
#include "distribute/mail_settings.hpp"
#include "distribute/mime_message.hpp"

#include <iosfwd>
#include <set>
#include <string>
#include <vector>

namespace bp::app {

// One recipient's message: the draft written to the outbox and the copy that is sent.
struct Outgoing {
    const distribute::Recipient* to = nullptr;
    std::string file;                     // OUTBOX/EMAIL.eml
    distribute::MailMessage draft;        // with X-Unsent: 1
    distribute::MailMessage sent;         // without
    std::vector<std::string> attachments; // file names, for the listing
};

// "1.2 MB" / "340 KB" (MB = 1,048,576 bytes).
std::string size_text(std::size_t bytes);

// The Message-IDs listed in the sent log at `path` (none if it does not exist).
std::set<std::string> read_sent_log(const std::string& path);
// Writes the sent log atomically.
void write_sent_log(const std::string& path, const std::vector<std::string>& ids);

// Lists, and with --confirm sends, `messages`; returns the exit status.
int send_all(const MailOptions& o, const distribute::MailSettings& settings,
             const std::vector<Outgoing>& messages, std::ostream& out, std::ostream& err);

} // namespace bp::app
