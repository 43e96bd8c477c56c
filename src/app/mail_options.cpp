#include "app/mail_options.hpp"

#include "app/cli_options.hpp"
#include "core/epoch_seconds.hpp"

#include <charconv>

namespace bp::app {

namespace {

long long whole_number(const std::string& flag, const std::string& v) {
    long long n = 0;
    auto res = std::from_chars(v.data(), v.data() + v.size(), n);
    if (res.ec != std::errc() || res.ptr != v.data() + v.size() || n < 0)
        throw UsageError(flag + " takes a whole number, not '" + v + "'");
    return n;
}

// "10MB", "500KB" or a number of bytes; MB = 1,048,576 bytes, KB = 1,024.
std::size_t size_value(const std::string& v) {
    std::string digits = v;
    std::size_t unit = 1;
    if (v.size() > 2 && v.compare(v.size() - 2, 2, "MB") == 0) {
        unit = 1u << 20;
        digits = v.substr(0, v.size() - 2);
    } else if (v.size() > 2 && v.compare(v.size() - 2, 2, "KB") == 0) {
        unit = 1u << 10;
        digits = v.substr(0, v.size() - 2);
    }
    const long long n = whole_number("--max-size", digits);
    if (n == 0 || n > (1ll << 40) / static_cast<long long>(unit))
        throw UsageError("--max-size takes a size such as 10MB, not '" + v + "'");
    return static_cast<std::size_t>(n) * unit;
}

} // namespace

std::string mail_usage_text() {
    return "usage: boardpack mail SETTINGS RECIPIENTS.csv -o OUTBOX [--date EPOCH]\n"
           "                [--max-size SIZE] [--encrypt [--passwords FILE]]\n"
           "                [--send smtp://HOST:PORT [--preflight | --confirm [--resend]\n"
           "                 [--proof-to ADDRESS]]]\n"
           "\n"
           "Writes OUTBOX/EMAIL.eml for each recipient: a draft (X-Unsent: 1) with the board\n"
           "summary as an HTML table and as text, the report attached and, for a recipient\n"
           "with an area, that area's edition.\n"
           "  --date EPOCH     the messages' Date, 0 to 253402300799 (default:\n"
           "                   SOURCE_DATE_EPOCH, else now)\n"
           "  --max-size SIZE  largest message, e.g. 10MB (the default) or 500KB\n"
           "  --encrypt        write OUTBOX/REPORT-restricted.pdf, AES-256, opened with\n"
           "                   BOARDPACK_PDF_OPEN_PASSWORD (10 characters or more); the owner\n"
           "                   password is BOARDPACK_PDF_OWNER_PASSWORD or a random one;\n"
           "                   restricted=yes recipients get only encrypted PDFs, each\n"
           "                   stamped \"Copy for ADDRESS\"; copies in OUTBOX/ADDRESS-NAME\n"
           "  --passwords FILE with --encrypt: email,password rows, each restricted\n"
           "                   recipient's own open password\n"
           "  --send URL       list who would get what and the total size (a dry run:\n"
           "                   nothing is written or sent)\n"
           "  --preflight      with --send: connect, start TLS and log in; send nothing\n"
           "  --confirm        with --send: send what OUTBOX/sent.log does not list as sent\n"
           "                   (a message is the same message if its recipient, subject and\n"
           "                   attachments are); STARTTLS is required unless HOST is\n"
           "                   localhost, 127.0.0.1 or [::1]; the login comes from\n"
           "                   BOARDPACK_SMTP_USER / BOARDPACK_SMTP_PASSWORD, the URL or a\n"
           "                   netrc file ($NETRC or ~/.netrc); a private CA from\n"
           "                   BOARDPACK_SMTP_CA_FILE\n"
           "  --resend         with --confirm: send again what sent.log lists as sent\n"
           "  --proof-to ADDR  with --confirm: first send the first message to ADDR\n";
}

MailOptions parse_mail_cli(const std::vector<std::string>& args) {
    MailOptions o;
    std::size_t i = 0;
    auto value = [&](const std::string& flag) -> std::string {
        if (i >= args.size() || args[i].empty()) throw UsageError(flag + " needs a value");
        return args[i++];
    };
    std::vector<std::string> positional;
    while (i < args.size()) {
        const std::string& a = args[i++];
        if (a == "--help" || a == "-h") {
            o.help = true;
            return o;
        } else if (a == "-o" || a == "--output")
            o.outbox = value(a);
        else if (a == "--date") {
            const std::string v = value(a);
            o.date = epoch_seconds(v);
            if (!o.date) throw UsageError(epoch_refusal("--date", v));
        } else if (a == "--resend")
            o.resend = true;
        else if (a == "--preflight")
            o.preflight = true;
        else if (a == "--proof-to")
            o.proof_to = value(a);
        else if (a == "--passwords")
            o.passwords = value(a);
        else if (a == "--max-size")
            o.max_size = size_value(value(a));
        else if (a == "--encrypt")
            o.encrypt = true;
        else if (a == "--send")
            o.send_url = value(a);
        else if (a == "--confirm")
            o.confirm = true;
        else if (a == "--fonts")
            o.font_dirs.push_back(value(a));
        else if (!a.empty() && a[0] == '-')
            throw UsageError("unknown option '" + a + "' for mail");
        else
            positional.push_back(a);
    }
    if (positional.size() != 2)
        throw UsageError("mail takes the settings file and the recipients CSV");
    o.settings = positional[0];
    o.recipients = positional[1];
    if (o.outbox.empty()) throw UsageError("mail needs -o OUTBOX, the folder for the messages");
    if (o.confirm && o.send_url.empty()) throw UsageError("--confirm needs --send URL");
    if (o.preflight && o.send_url.empty()) throw UsageError("--preflight needs --send URL");
    if (o.preflight && o.confirm) throw UsageError("--preflight sends nothing: drop --confirm");
    if (o.resend && !o.confirm) throw UsageError("--resend needs --send URL --confirm");
    if (!o.proof_to.empty() && !o.confirm)
        throw UsageError("--proof-to needs --send URL --confirm");
    return o;
}

} // namespace bp::app
