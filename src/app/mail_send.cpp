#include "app/mail_send.hpp"

#include "core/counted.hpp"

#include "app/atomic_output.hpp"
#include "distribute/smtp_send.hpp"
#include "input/file_text.hpp"

#include <cstdio>
#include <filesystem>
#include <ostream>

namespace bp::app {

namespace fs = std::filesystem;
using namespace bp::distribute;

std::string size_text(std::size_t bytes) {
    char buf[32];
    if (bytes >= (1u << 20))
        std::snprintf(buf, sizeof buf, "%zu.%zu MB", bytes >> 20,
                      ((bytes % (1u << 20)) * 10) >> 20);
    else
        std::snprintf(buf, sizeof buf, "%zu KB", (bytes + 1023) >> 10);
    return buf;
}

std::set<std::string> read_sent_log(const std::string& path) {
    std::set<std::string> ids;
    std::error_code ec;
    if (!fs::exists(path, ec)) return ids;
    const std::string text = input::read_file_text(path);
    for (std::size_t s = 0; s < text.size();) {
        std::size_t e = text.find('\n', s);
        if (e == std::string::npos) e = text.size();
        if (e > s) ids.insert(text.substr(s, e - s));
        s = e + 1;
    }
    return ids;
}

void write_sent_log(const std::string& path, const std::vector<std::string>& ids) {
    std::string text;
    for (const auto& id : ids)
        text += id + '\n';
    AtomicOutput log;
    log.stage(path, std::vector<unsigned char>(text.begin(), text.end()));
    log.commit();
}

int send_all(const MailOptions& o, const MailSettings& settings,
             const std::vector<Outgoing>& messages, std::ostream& out, std::ostream& err) {
    check_smtp_url(o.send_url);
    const std::string log_path = (fs::path(o.outbox) / "sent.log").string();
    std::set<std::string> done = read_sent_log(log_path);
    std::vector<std::string> log(done.begin(), done.end());
    std::string from_name, from_address;
    split_mailbox(settings.from, from_name, from_address);
    std::size_t total = 0, pending = 0;
    for (const auto& m : messages) {
        const bool already = done.count(m.sent.message_id) > 0;
        out << (already     ? "already sent: "
                : o.confirm ? "sending: "
                            : "would send: ")
            << m.to->name << " <" << m.to->email << ">: ";
        for (std::size_t i = 0; i < m.attachments.size(); ++i)
            out << (i ? ", " : "") << m.attachments[i];
        out << " (" << size_text(m.sent.bytes.size()) << ")\n";
        if (!already) {
            total += m.sent.bytes.size();
            ++pending;
        }
    }
    out << counted(pending, "message") << " to send, " << size_text(total) << " in all, through "
        << o.send_url << (is_local_smtp(o.send_url) ? "" : " (STARTTLS required)") << '\n';
    if (!o.confirm) {
        out << "dry run: nothing sent (add --confirm to send)\n";
        return 0;
    }
    std::vector<const Outgoing*> sent_now;
    for (std::size_t i = 0; i < messages.size(); ++i) {
        const Outgoing& m = messages[i];
        if (done.count(m.sent.message_id)) continue;
        try {
            smtp_send(o.send_url, from_address, m.to->email, m.sent.bytes);
        } catch (const SendError& e) {
            err << "boardpack: error: sending to " << m.to->email << " failed: " << e.what()
                << '\n';
            err << "sent in this run:";
            for (const auto* s : sent_now)
                err << ' ' << s->to->email;
            err << (sent_now.empty() ? " none\n" : "\n") << "not sent:";
            for (std::size_t j = i; j < messages.size(); ++j)
                if (!done.count(messages[j].sent.message_id)) err << ' ' << messages[j].to->email;
            err << "\nrun the same command again to send the rest (" << log_path
                << " lists what was sent)\n";
            return 1;
        }
        done.insert(m.sent.message_id);
        log.push_back(m.sent.message_id);
        write_sent_log(log_path, log); // after each message, so a re-run never sends it again
        sent_now.push_back(&m);
    }
    out << counted(sent_now.size(), "message") << " sent\n";
    return 0;
}

} // namespace bp::app
