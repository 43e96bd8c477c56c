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
    std::string edition;  // the area edition PDF, with {area.id}
    SourcePos pos;        // the file, for messages
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

// True for a plain addr-spec "local@domain" without spaces, angle brackets or quotes.
bool plausible_address(const std::string& address);

} // namespace bp::distribute
