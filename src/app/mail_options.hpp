// The command line of `boardpack mail`, parsed strictly.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace bp::app {

// What the user asked `boardpack mail` for.
struct MailOptions {
    bool help = false;
    std::string settings;               // the mail settings file
    std::string recipients;             // the recipients CSV
    std::string outbox;                 // -o: the folder of .eml files
    std::optional<long long> date;      // --date EPOCH (else SOURCE_DATE_EPOCH, else now)
    std::size_t max_size = 10u << 20;   // --max-size: per message, in bytes
    bool encrypt = false;               // --encrypt: write and use the restricted copy
    std::string send_url;               // --send smtp://host:port
    bool confirm = false;               // --confirm: really send (else a dry run)
    bool resend = false;                // --resend: ignore sent.log's record of what was sent
    bool preflight = false;             // --preflight: connect, TLS, login; send nothing
    std::string proof_to;               // --proof-to: a first copy to this address
    std::string passwords;              // --passwords: email,password CSV (restricted copies)
    std::vector<std::string> font_dirs; // --fonts, as for build
};

// Parses the arguments after "mail". Throws UsageError.
MailOptions parse_mail_cli(const std::vector<std::string>& args);

// The usage text of `boardpack mail`.
std::string mail_usage_text();

} // namespace bp::app
