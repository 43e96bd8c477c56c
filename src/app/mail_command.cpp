#include "app/mail_command.hpp"

#include "core/counted.hpp"

#include "app/area_file_name.hpp"
#include "app/atomic_output.hpp"
#include "app/cli_options.hpp"
#include "app/mail_options.hpp"
#include "app/mail_send.hpp"
#include "app/mail_summary.hpp"
#include "app/source_record.hpp"
#include "core/epoch_seconds.hpp"
#include "core/error.hpp"
#include "core/file_bytes.hpp"
#include "core/replace_all.hpp"
#include "distribute/mail_body.hpp"
#include "distribute/mail_settings.hpp"
#include "distribute/mime_message.hpp"
#include "distribute/restricted_copy.hpp"
#include "distribute/smtp_send.hpp"
#include "input/csv_reader.hpp"
#include "input/layout_reader.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <map>
#include <ostream>
#include <set>

namespace bp::app {

namespace fs = std::filesystem;
using namespace bp::distribute;

namespace {

// The largest file a message may carry (a message's own limit is --max-size).
constexpr std::size_t kMaxAttachmentBytes = 64u << 20;

MailFile mail_file(std::string filename, std::string mime_type, std::vector<unsigned char> bytes,
                   std::string content_id = "", std::string alt = "") {
    MailFile f;
    f.filename = std::move(filename);
    f.mime_type = std::move(mime_type);
    f.bytes = std::move(bytes);
    f.content_id = std::move(content_id);
    f.alt = std::move(alt);
    return f;
}

std::vector<unsigned char> file_bytes(const std::string& path) {
    const std::string s = read_regular_file(path, kMaxAttachmentBytes);
    return std::vector<unsigned char>(s.begin(), s.end());
}

bool is_pdf(const std::vector<unsigned char>& b) {
    static const char magic[] = "%PDF-";
    return b.size() >= 5 && std::equal(magic, magic + 5, b.begin());
}

// True if `path` is `folder` or inside it (both canonical).
bool inside(const fs::path& path, const fs::path& folder) {
    auto p = path.begin();
    for (auto f = folder.begin(); f != folder.end(); ++f, ++p)
        if (p == path.end() || *p != *f) return false;
    return true;
}

// Why the file `path` may not be attached ("" if it may): it must resolve (symbolic links
// followed) to a regular file inside one of `folders`, never under /proc, /sys or /dev.
std::string attachment_problem(const std::string& path, const std::vector<fs::path>& folders) {
    std::error_code ec;
    const fs::path real = fs::canonical(path, ec);
    if (ec) return "cannot be found (" + ec.message() + ")";
    for (const char* system : {"/proc", "/sys", "/dev"})
        if (inside(real, system)) return "is under " + std::string(system) + ", never attached";
    bool allowed = false;
    for (const auto& f : folders)
        allowed = allowed || inside(real, f);
    if (!allowed)
        return "is outside the folders attachments may come from (the settings file's "
               "folder, the outbox and attach-from = …)";
    if (!fs::is_regular_file(real, ec)) return "is not a regular file";
    return "";
}

// An address as a file name: anything but [A-Za-z0-9._@+-] as '_'.
std::string eml_stem(const std::string& address) {
    std::string s = address;
    for (char& c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '@' ||
              c == '+' || c == '-'))
            c = '_';
    return s;
}

// The outbox file of an address.
std::string eml_name(const std::string& address) {
    return eml_stem(address) + ".eml";
}

// --passwords FILE: a CSV of email,password giving restricted recipients their own open
// passwords (each kMinOpenPassword characters or more, never the owner password). Every
// restricted recipient must have one; a row for no restricted recipient is an error.
std::map<std::string, std::string> read_personal_passwords(const std::string& path,
                                                           const std::vector<Recipient>& rs,
                                                           const CopyPasswords& shared) {
    const input::CsvTable t = input::read_csv_file(path);
    int email = -1, password = -1;
    for (std::size_t i = 0; i < t.header.fields.size(); ++i) {
        const auto& f = t.header.fields[i];
        if (f.text == "email")
            email = static_cast<int>(i);
        else if (f.text == "password")
            password = static_cast<int>(i);
        else
            throw InputError(t.pos(f), "unknown column '" + f.text +
                                           "' (expected email, "
                                           "password)");
    }
    if (email < 0 || password < 0)
        throw InputError(t.pos(t.header), "the passwords need the columns email and password");
    std::map<std::string, const Recipient*> restricted;
    for (const auto& r : rs)
        if (r.restricted) restricted[mailbox_key(r.email)] = &r;
    std::map<std::string, std::string> out;
    for (const auto& row : t.rows) {
        const auto& e = row.fields[static_cast<std::size_t>(email)];
        const auto& p = row.fields[static_cast<std::size_t>(password)];
        const std::string key = mailbox_key(e.text);
        if (!restricted.count(key))
            throw InputError(t.pos(e), e.text + " is not a restricted recipient");
        if (p.text.size() < kMinOpenPassword) // the password itself is never shown
            throw InputError(t.pos(p), "the password of " + e.text + " is " +
                                           std::to_string(p.text.size()) +
                                           " characters; at least " +
                                           std::to_string(kMinOpenPassword) + " are needed");
        if (p.text == shared.owner)
            throw InputError(t.pos(p), "the password of " + e.text + " is the owner password");
        if (!out.emplace(key, p.text).second)
            throw InputError(t.pos(e), e.text + " is listed twice");
    }
    for (const auto& [key, r] : restricted)
        if (!out.count(key))
            throw InputError(r->pos, r->email + " is restricted but has no password in " + path);
    return out;
}

// The passwords of the restricted copies, from the environment: an open password of
// kMinOpenPassword characters or more, and the owner password given (and different) or random.
CopyPasswords copy_passwords() {
    const char* open = std::getenv("BOARDPACK_PDF_OPEN_PASSWORD");
    const char* owner = std::getenv("BOARDPACK_PDF_OWNER_PASSWORD");
    CopyPasswords p;
    p.open = open ? open : "";
    if (p.open.empty())
        throw OutputError("boardpack: error: --encrypt needs BOARDPACK_PDF_OPEN_PASSWORD in the "
                          "environment: the password that opens the restricted copy");
    if (p.open.size() < kMinOpenPassword)
        throw OutputError("boardpack: error: BOARDPACK_PDF_OPEN_PASSWORD is " +
                          std::to_string(p.open.size()) +
                          " characters; the restricted copy needs "
                          "at least " +
                          std::to_string(kMinOpenPassword));
    p.owner = owner && *owner ? owner : random_owner_password();
    if (p.owner == p.open)
        throw OutputError("boardpack: error: BOARDPACK_PDF_OWNER_PASSWORD is the open password: "
                          "anyone who can open the copy could lift its restrictions (leave it "
                          "unset for a random one)");
    return p;
}

// --preflight: connect, start TLS, log in, send nothing, write nothing.
int preflight(const MailOptions& o, std::ostream& out) {
    const SmtpUrl url = parse_smtp_url(o.send_url);
    const std::string said = smtp_preflight(o.send_url);
    out << "preflight: " << url.redacted << ": connected" << (url.local ? "" : ", STARTTLS started")
        << ", logged in if a login was given (" << said << "); nothing sent\n";
    return 0;
}

int mail(const MailOptions& o, std::ostream& out, std::ostream& err) {
    const MailSettings settings = read_mail_settings(o.settings);
    if (!o.send_url.empty()) parse_smtp_url(o.send_url); // a bad URL: nothing is written
    if (!o.proof_to.empty() && !plausible_address(o.proof_to))
        throw OutputError("boardpack: error: --proof-to '" + o.proof_to +
                          "' is not an email address");
    if (o.preflight) return preflight(o, out);
    const std::vector<Recipient> recipients = read_recipients(o.recipients);
    if (recipients.empty()) throw InputError(SourcePos{o.recipients, 2, 1}, "no recipients");
    std::string from_name, from_address;
    split_mailbox(settings.from, from_name, from_address);
    std::string reply_name, reply_address;
    if (!settings.reply_to.empty()) split_mailbox(settings.reply_to, reply_name, reply_address);

    // The summary: the summary layout's indicator tables, resolved as for its PDF.
    MailSummary summary = mail_summary(settings.summary, err);
    const std::optional<input::LoadedReport>& loaded = summary.loaded;
    const std::string& html_tables = summary.html;
    const std::string& text_tables = summary.text;
    const std::vector<MailFile>& images = summary.images;

    // The passwords of restricted copies.
    CopyPasswords passwords;
    for (const auto& r : recipients)
        if (r.restricted && !o.encrypt)
            throw InputError(r.pos,
                             r.email + " is restricted=yes: add --encrypt for the restricted copy");
    std::map<std::string, std::string> personal_passwords; // mailbox_key -> open password
    if (o.encrypt) {
        passwords = copy_passwords();
        if (!o.passwords.empty())
            personal_passwords = read_personal_passwords(o.passwords, recipients, passwords);
    } else if (!o.passwords.empty())
        throw OutputError("boardpack: error: --passwords needs --encrypt");

    // The files: the report, checked to be a PDF that still says what its inputs say (its
    // bp:sources), and the folders attachments may come from.
    const std::string report_name = fs::path(settings.report).filename().string();
    const MailFile report = mail_file(report_name, "application/pdf", file_bytes(settings.report));
    if (!is_pdf(report.bytes))
        throw InputError(settings.report_pos, "report = " + settings.report +
                                                  " is not a PDF (it does not start with %PDF-)");
    require_current(settings.report, settings.report_pos);
    std::vector<fs::path> folders;
    for (const std::string& f : settings.attach_from)
        folders.push_back(fs::weakly_canonical(f));
    folders.push_back(fs::weakly_canonical(settings.folder));
    folders.push_back(fs::weakly_canonical(o.outbox));

    // What is written: the drafts and restricted copies, unless this is a dry run or a re-run
    // whose message was already sent (the outbox keeps what was sent).
    const bool write = o.send_url.empty() || o.confirm;
    const std::string log_path = (fs::path(o.outbox) / "sent.log").string();
    const std::set<std::string> sent_before =
        o.send_url.empty() ? std::set<std::string>{} : read_sent_log(log_path);
    AtomicOutput output;
    if (write) output.make_folder(o.outbox);

    // A restricted recipient's copy of a PDF: encrypted with their open password (theirs from
    // --passwords, else the shared one), stamped "Copy for ADDRESS" on every page; made for
    // each recipient and dropped after their message is written (memory stays flat).
    auto restricted_of = [&](const MailFile& source, const Recipient& r) {
        if (!is_pdf(source.bytes))
            throw InputError(r.pos, source.filename + " is not a PDF: a restricted recipient "
                                                      "receives only encrypted PDFs");
        CopyPasswords theirs = passwords;
        if (const auto it = personal_passwords.find(mailbox_key(r.email));
            it != personal_passwords.end())
            theirs.open = it->second;
        const std::string name = fs::path(source.filename).stem().string() + "-restricted.pdf";
        MailFile copy = mail_file(
            name, "application/pdf",
            restricted_copy(source.filename, source.bytes, theirs, "Copy for " + r.email));
        copy.identity = "restricted copy of " + content_digest(source.bytes);
        return copy;
    };

    const long long date = o.date ? *o.date : source_date_epoch().value_or(std::time(nullptr));
    std::vector<Outgoing> messages;
    std::set<std::string> checked_editions;
    std::set<std::string> files;
    std::size_t total = 0;
    for (const auto& r : recipients) {
        const model::Area* area = nullptr;
        MailSpec spec;
        spec.from_name = from_name;
        spec.from_address = from_address;
        spec.reply_to = settings.reply_to;
        spec.to_name = r.name;
        spec.to_address = r.email;
        spec.date = date;
        spec.images = images;
        // (source file, its path) of every attachment, before restriction
        std::vector<std::pair<MailFile, std::string>> attached;
        attached.emplace_back(report, settings.report);
        if (!r.area.empty()) {
            if (settings.edition.empty())
                throw InputError(r.pos, r.email + " has an area, but the settings name no "
                                                  "edition = …/{area.id}.pdf");
            if (const std::string why = file_name_problem(r.area); !why.empty())
                throw InputError(r.pos, "the area '" + r.area + "' of " + r.email +
                                            " cannot be part of a file name: " + why);
            if (loaded && loaded->data) {
                area = loaded->data->find_area(r.area);
                if (!area) throw InputError(r.pos, "unknown area '" + r.area + "' for " + r.email);
            } else if (settings.edition.find("{area.name}") != std::string::npos)
                throw InputError(r.pos, "edition uses {area.name}: add summary = … so that the "
                                        "areas' names are known");
            std::string path;
            try {
                path = area_file_path(settings.edition, r.area, area ? area->name : "");
            } catch (const OutputError& e) {
                throw InputError(r.pos,
                                 std::string(e.what()).substr(18)); // without "boardpack: error: "
            }
            if (checked_editions.insert(path).second) require_current(path, r.pos);
            attached.emplace_back(
                mail_file(fs::path(path).filename().string(), "application/pdf", file_bytes(path)),
                path);
        }
        for (const auto& extra : r.attachments) {
            if (const std::string why = attachment_problem(extra, folders); !why.empty())
                throw InputError(r.pos, "the attachment " + extra + " " + why);
            auto bytes = file_bytes(fs::canonical(extra).string());
            const std::string type = is_pdf(bytes) ? "application/pdf" : "application/octet-stream";
            attached.emplace_back(
                mail_file(fs::path(extra).filename().string(), type, std::move(bytes)), extra);
        }
        Outgoing m;
        m.to = &r;
        std::map<std::string, std::string> copy_names; // this recipient's copies, for clashes
        std::set<std::string> sources;                 // a file named twice is attached once
        for (auto& [file, from] : attached) {
            if (!sources.insert(fs::weakly_canonical(from).string()).second) continue;
            if (!r.restricted) {
                spec.attachments.push_back(std::move(file));
                continue;
            }
            spec.attachments.push_back(restricted_of(file, r));
            const auto [at, fresh] = copy_names.emplace(spec.attachments.back().filename, from);
            if (!fresh)
                throw InputError(r.pos, at->second + " and " + from + " would both be " +
                                            at->first + " for " + r.email);
        }
        spec.subject = personal(settings.subject, r, area);
        for (unsigned char c : spec.subject)
            if (c < 0x20 || c == 0x7f)
                throw InputError(r.pos, "the subject for " + r.email +
                                            " holds a control character (from the area's name?)");
        const std::string body = personal(settings.body, r, area);
        spec.text = replace_all(body, "{summary}", text_tables);
        spec.html = html_body(body, html_tables, spec.subject);
        // The same message, whatever the date or the body's wording: recipient, subject,
        // attachments.
        spec.message_key = mailbox_key(r.email) + '\n' + spec.subject + '\n';
        for (const auto& f : spec.attachments) {
            m.attachments.push_back(f.filename);
            spec.message_key += f.filename + '\n' +
                                (f.identity.empty() ? content_digest(f.bytes) : f.identity) + '\n';
        }
        spec.draft = true;
        MailMessage draft = build_message(spec);
        static const std::size_t unsent_line = std::string("X-Unsent: 1\r\n").size();
        const std::size_t size = draft.bytes.size();
        if (size > o.max_size)
            throw InputError(r.pos, "the message to " + r.email + " is " + size_text(size) +
                                        ", over the limit of " + size_text(o.max_size) +
                                        " (--max-size)");
        m.message_id = draft.message_id;
        m.size = size - unsent_line;
        m.file = (fs::path(o.outbox) / eml_name(r.email)).string();
        if (!files.insert(m.file).second)
            throw InputError(r.pos, "two recipients would share " + m.file);
        if (write && (o.send_url.empty() || o.resend || !sent_before.count(m.message_id))) {
            AtomicOutput::check_path(m.file);
            output.stage(m.file, draft.bytes); // written now, to a temporary: not kept in memory
            if (r.restricted) // OUTBOX/ADDRESS-NAME-restricted.pdf: what this recipient got
                for (const auto& f : spec.attachments) {
                    const std::string path =
                        (fs::path(o.outbox) / (eml_stem(r.email) + "-" + f.filename)).string();
                    AtomicOutput::check_path(path);
                    output.stage(path, f.bytes);
                }
        }
        total += size;
        messages.push_back(std::move(m));
    }
    if (write) {
        output.commit(); // every message (and restricted copy) written, or none
        out << counted(messages.size(), "message") << " in " << o.outbox << " (" << size_text(total)
            << ")\n";
    }
    if (!o.send_url.empty()) return send_all(o, settings, messages, sent_before, out, err);
    return 0;
}

} // namespace

int run_mail(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    MailOptions o;
    try {
        o = parse_mail_cli(std::vector<std::string>(args.begin() + 1, args.end()));
    } catch (const UsageError& e) {
        err << "boardpack: " << e.what() << '\n' << mail_usage_text();
        return 2;
    }
    if (o.help) {
        out << mail_usage_text();
        return 0;
    }
    try {
        return mail(o, out, err);
    } catch (const InputError& e) {
        err << e.what() << '\n';
    } catch (const OutputError& e) {
        err << e.what() << '\n';
    } catch (const SendError& e) {
        err << "boardpack: error: " << e.what() << '\n';
    }
    return 1;
}

} // namespace bp::app
