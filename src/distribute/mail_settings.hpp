// The mail settings file (key = value lines) and the recipients CSV of `boardpack mail`.
#pragma once

#include "core/source_pos.hpp"

#include <string>
#include <vector>

namespace bp::distribute {

// Produces what every message shares: sender, subject and body templates, and the files.
// Paths are resolved against the settings file's folder.
struct MailSettings {
    std::string from;     // "Name <address>" or "address"
    std::string reply_to; // optional
    std::string subject;  // may hold {name}, {area.id}, {area.name}
    std::string body;     // the body template's text; {summary} marks the summary's place
    std::string summary;  // the layout whose indicator tables are the summary
    std::string report;   // the full report PDF
    SourcePos report_pos; // where report = … is written
    std::string edition;  // the area edition PDF, with {area.id}
    // Folders the recipients' attachments may come from (attach-from = A; B), besides the
    // settings file's own folder and the outbox.
    std::vector<std::string> attach_from;
    std::string folder; // the settings file's folder
    SourcePos pos;      // the file, for messages
};

// One recipient row.
struct Recipient {
    std::string name;
    std::string email;
    std::string area;                     // optional: an area id
    std::vector<std::string> attachments; // optional extra files (';'-separated in the CSV)
    bool restricted = false;              // optional: gets the encrypted copy of the report
    SourcePos pos;
};

// Reads the settings; unknown keys, missing required keys and bad addresses are InputErrors.
MailSettings read_mail_settings(const std::string& path);

// Reads the recipients CSV (columns name, email, and optionally area, attachments, restricted).
std::vector<Recipient> read_recipients(const std::string& path);

// True for a plain ASCII addr-spec "local@domain": the local part a dot-atom (no leading,
// trailing or double dot), the domain two or more labels of letters, digits and inner hyphens
// ("a@b.", "a@b..example", ".a@b.example", "a..b@c.example" are refused).
bool plausible_address(const std::string& address);

// The address as compared for "the same mailbox": ASCII-lowercased whole (the domain is
// case-insensitive by RFC 5321; the local part is treated so too, as nearly every server does,
// so that joe@x and JOE@x can never be two recipients).
std::string mailbox_key(const std::string& address);

// Why `name` cannot be a recipient's display name ("" if it can): empty, holds a control
// character (a line feed would forge header lines) or "=?" (it would imitate an encoded word).
std::string display_name_problem(const std::string& name);

} // namespace bp::distribute
