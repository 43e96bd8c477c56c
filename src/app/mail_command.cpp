#include "app/mail_command.hpp"

#include "core/counted.hpp"

#include "app/atomic_output.hpp"
#include "app/cli_options.hpp"
#include "app/mail_options.hpp"
#include "app/mail_send.hpp"
#include "app/mail_summary.hpp"
#include "app/source_record.hpp"
#include "core/error.hpp"
#include "core/file_bytes.hpp"
#include "core/replace_all.hpp"
#include "distribute/mail_body.hpp"
#include "distribute/mail_settings.hpp"
#include "distribute/mime_message.hpp"
#include "distribute/restricted_copy.hpp"
#include "distribute/smtp_send.hpp"
#include "input/layout_reader.hpp"

#include <charconv>
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

constexpr std::size_t kMaxAttachmentBytes = 512u << 20;

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

std::optional<long long> env_epoch() {
    const char* v = std::getenv("SOURCE_DATE_EPOCH");
    if (!v || !*v) return std::nullopt;
    long long t = 0;
    const std::string_view s(v);
    auto res = std::from_chars(s.data(), s.data() + s.size(), t);
    if (res.ec != std::errc() || res.ptr != s.data() + s.size() || t < 0) return std::nullopt;
    return t;
}

// The outbox file of an address: the address with anything but [A-Za-z0-9._@+-] as '_'.
std::string eml_name(const std::string& address) {
    std::string s = address;
    for (char& c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '@' ||
              c == '+' || c == '-'))
            c = '_';
    return s + ".eml";
}

int mail(const MailOptions& o, std::ostream& out, std::ostream& err) {
    const MailSettings settings = read_mail_settings(o.settings);
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

    // Attachments: the report, its restricted copy, the editions.
    AtomicOutput output;
    output.make_folder(o.outbox);
    // The report and each edition must still say what their inputs say (their bp:sources).
    require_current(settings.report, SourcePos{o.settings});
    const std::string report_name = fs::path(settings.report).filename().string();
    const MailFile report = mail_file(report_name, "application/pdf", file_bytes(settings.report));
    std::optional<MailFile> restricted;
    bool any_restricted = false;
    for (const auto& r : recipients) {
        if (r.restricted && !o.encrypt)
            throw InputError(r.pos,
                             r.email + " is restricted=yes: add --encrypt for the restricted copy");
        any_restricted = any_restricted || r.restricted;
    }
    if (o.encrypt) {
        const char* open = std::getenv("BOARDPACK_PDF_OPEN_PASSWORD");
        const char* owner = std::getenv("BOARDPACK_PDF_OWNER_PASSWORD");
        if ((!open || !*open) && (!owner || !*owner))
            throw OutputError("boardpack: error: --encrypt needs BOARDPACK_PDF_OPEN_PASSWORD "
                              "and/or BOARDPACK_PDF_OWNER_PASSWORD in the environment");
        const std::string name = fs::path(report_name).stem().string() + "-restricted.pdf";
        restricted = mail_file(name, "application/pdf",
                               restricted_copy(settings.report, open ? open : "",
                                               owner && *owner ? owner : (open ? open : "")));
        restricted->identity = "restricted copy of " + content_digest(report.bytes);
        output.stage((fs::path(o.outbox) / name).string(), restricted->bytes);
    }

    const long long date = o.date ? *o.date : env_epoch().value_or(std::time(nullptr));
    std::vector<Outgoing> messages;
    std::set<std::string> checked_editions;
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
        Outgoing m;
        m.to = &r;
        spec.attachments.push_back(r.restricted ? *restricted : report);
        if (!r.area.empty()) {
            if (settings.edition.empty())
                throw InputError(r.pos, r.email + " has an area, but the settings name no "
                                                  "edition = …/{area.id}.pdf");
            if (loaded && loaded->data) {
                area = loaded->data->find_area(r.area);
                if (!area) throw InputError(r.pos, "unknown area '" + r.area + "' for " + r.email);
            }
            const std::string path = replace_all(settings.edition, "{area.id}", r.area);
            if (checked_editions.insert(path).second) require_current(path, r.pos);
            spec.attachments.push_back(
                mail_file(fs::path(path).filename().string(), "application/pdf", file_bytes(path)));
        }
        for (const auto& extra : r.attachments) {
            const std::string ext = fs::path(extra).extension().string();
            spec.attachments.push_back(mail_file(
                fs::path(extra).filename().string(),
                ext == ".pdf" ? "application/pdf" : "application/octet-stream", file_bytes(extra)));
        }
        spec.subject = personal(settings.subject, r, area);
        const std::string body = personal(settings.body, r, area);
        spec.text = replace_all(body, "{summary}", text_tables);
        spec.html = html_body(body, html_tables, spec.subject);
        for (const auto& f : spec.attachments)
            m.attachments.push_back(f.filename);
        spec.draft = true;
        m.draft = build_message(spec);
        spec.draft = false;
        m.sent = build_message(spec);
        const std::size_t size = std::max(m.draft.bytes.size(), m.sent.bytes.size());
        if (size > o.max_size)
            throw InputError(r.pos, "the message to " + r.email + " is " + size_text(size) +
                                        ", over the limit of " + size_text(o.max_size) +
                                        " (--max-size)");
        m.file = (fs::path(o.outbox) / eml_name(r.email)).string();
        AtomicOutput::check_path(m.file);
        total += size;
        messages.push_back(std::move(m));
    }
    std::set<std::string> files;
    for (const auto& m : messages) {
        if (!files.insert(m.file).second)
            throw InputError(m.to->pos, "two recipients would share " + m.file);
        output.stage(m.file, m.draft.bytes);
    }
    output.commit(); // every message (and the restricted copy) is written, or none
    out << counted(messages.size(), "message") << " in " << o.outbox << " (" << size_text(total)
        << ")\n";
    if (!o.send_url.empty()) return send_all(o, settings, messages, out, err);
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
