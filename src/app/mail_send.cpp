#include "app/mail_send.hpp"

#include "core/counted.hpp"
#include "core/error.hpp"
#include "core/file_bytes.hpp"

#include "distribute/mime_message.hpp"
#include "distribute/smtp_send.hpp"
#include "input/file_text.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <ostream>

namespace bp::app {

namespace fs = std::filesystem;
using namespace bp::distribute;

namespace {

// The largest draft read back for sending (the --max-size limit is 1 TiB at most; a draft
// beyond this was never written by us).
constexpr std::size_t kMaxDraftBytes = std::size_t{1} << 31;

// Appends lines to OUTBOX/sent.log: each opened, written, fsynced and closed before append()
// returns (opened afresh each time, so the line goes to the file that is there now).
class SentLog {
public:
    explicit SentLog(std::string path) : path_(std::move(path)) {}
    // Throws bp::OutputError with the reason if the line is not on disk.
    void append(const std::string& line) {
        const bool fresh = !fs::exists(fs::symlink_status(path_));
        const int fd =
            ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) fail();
        for (std::size_t at = 0; at < line.size();) {
            const ssize_t n = ::write(fd, line.data() + at, line.size() - at);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) fail(fd);
            at += static_cast<std::size_t>(n);
        }
        if (::fsync(fd) != 0) fail(fd);
        if (::close(fd) != 0) fail();
        if (fresh) { // the new name itself made durable
            const int dir =
                ::open(fs::path(path_).parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (dir >= 0) {
                ::fsync(dir);
                ::close(dir);
            }
        }
    }

private:
    [[noreturn]] void fail(int fd = -1) {
        const int e = errno ? errno : EIO;
        if (fd >= 0) ::close(fd);
        throw OutputError(path_ + ": " + std::strerror(e));
    }
    std::string path_;
};

// A field of a sent.log line: tabs and line ends become spaces.
std::string field(std::string s) {
    for (char& c : s)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return s;
}

std::string utc_now() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// True for failures that concern the server, not the recipient: nothing more can be sent.
bool whole_session_failed(const std::string& what) {
    for (const char* s : {"Couldn't connect", "Couldn't resolve", "SSL", "TLS", "Login denied",
                          "Timeout", "timed out"})
        if (what.find(s) != std::string::npos) return true;
    return false;
}

} // namespace

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
    if (!fs::exists(fs::symlink_status(path, ec))) return ids;
    const std::string text = input::read_file_text(path);
    for (std::size_t s = 0; s < text.size();) {
        std::size_t e = text.find('\n', s);
        if (e == std::string::npos) e = text.size();
        std::vector<std::string> f;
        for (std::size_t b = s; b <= e;) {
            std::size_t t = text.find('\t', b);
            if (t == std::string::npos || t > e) t = e;
            f.push_back(text.substr(b, t - b));
            b = t + 1;
        }
        if (f.size() >= 4 && f[1] == "sent") ids.insert(f[3]);
        s = e + 1;
    }
    return ids;
}

std::vector<unsigned char> sent_bytes(std::string draft) {
    const std::size_t head = draft.find("\r\n\r\n");
    const std::string mark = "X-Unsent: 1\r\n";
    if (draft.compare(0, mark.size(), mark) == 0)
        draft.erase(0, mark.size());
    else if (const auto at = draft.find("\r\n" + mark); at != std::string::npos && at < head)
        draft.erase(at + 2, mark.size());
    return std::vector<unsigned char>(draft.begin(), draft.end());
}

int send_all(const MailOptions& o, const MailSettings& settings,
             const std::vector<Outgoing>& messages, const std::set<std::string>& sent_before,
             std::ostream& out, std::ostream& err) {
    const SmtpUrl url = parse_smtp_url(o.send_url);
    const std::string log_path = (fs::path(o.outbox) / "sent.log").string();
    std::string from_name, from_address;
    split_mailbox(settings.from, from_name, from_address);
    auto already = [&](const Outgoing& m) {
        return !o.resend && sent_before.count(m.message_id) > 0;
    };
    std::size_t total = 0, pending = 0;
    for (const auto& m : messages) {
        out << (already(m)  ? "already sent: "
                : o.confirm ? "to send: "
                            : "would send: ")
            << m.to->name << " <" << m.to->email << ">: ";
        for (std::size_t i = 0; i < m.attachments.size(); ++i)
            out << (i ? ", " : "") << m.attachments[i];
        out << " (" << size_text(m.size) << ")\n";
        if (!already(m)) {
            total += m.size;
            ++pending;
        }
    }
    out << counted(pending, "message") << " to send, " << size_text(total) << " in all, through "
        << url.redacted << (url.local ? "" : " (STARTTLS required)") << '\n';
    if (!o.confirm) {
        out << "dry run: nothing sent, nothing written (add --confirm to send)\n";
        return 0;
    }
    auto bytes_of = [](const Outgoing& m) {
        return sent_bytes(read_regular_file(m.file, kMaxDraftBytes));
    };
    if (!o.proof_to.empty() && pending > 0) {
        const Outgoing* first = nullptr;
        for (const auto& m : messages)
            if (!already(m)) {
                first = &m;
                break;
            }
        try {
            const SendReceipt r = smtp_send(o.send_url, from_address, o.proof_to, bytes_of(*first));
            out << "proof sent: the message to " << first->to->email << " went to " << o.proof_to
                << " (" << r.server_reply << ")\n";
        } catch (const SendError& e) {
            err << "boardpack: error: the proof copy to " << o.proof_to << " failed: " << e.what()
                << (e.server_reply().empty() ? "" : " (the server said: " + e.server_reply() + ")")
                << "\nnothing else was sent\n";
            return 1;
        }
    }
    SentLog log(log_path);
    std::vector<std::string> sent, failed, unsent;
    bool stop = false;
    for (const auto& m : messages) {
        if (already(m)) continue;
        if (stop) {
            unsent.push_back(m.to->email);
            continue;
        }
        SendReceipt receipt;
        try {
            receipt = smtp_send(o.send_url, from_address, m.to->email, bytes_of(m));
        } catch (const SendError& e) {
            const std::string said =
                e.server_reply().empty() ? "" : " (the server said: " + e.server_reply() + ")";
            err << "boardpack: error: sending to " << m.to->email << " failed: " << e.what() << said
                << '\n';
            failed.push_back(m.to->email + ": " + e.what() + said);
            try {
                log.append(utc_now() + "\tfailed\t" + field(m.to->email) + '\t' + m.message_id +
                           '\t' + field(e.what() + said) + '\n');
            } catch (const OutputError&) {
                // A failure not recorded is sent again by a re-run: nothing is lost.
            }
            stop = whole_session_failed(e.what());
            continue;
        }
        sent.push_back(m.to->email);
        try {
            log.append(utc_now() + "\tsent\t" + field(m.to->email) + '\t' + m.message_id + '\t' +
                       field(receipt.server_reply) + '\n');
        } catch (const OutputError& e) {
            err << "boardpack: error: the server accepted the message to " << m.to->email << " ("
                << receipt.server_reply << "), but the record of it could not be written ("
                << e.what() << ")\n"
                << "received in this run, not recorded as sent: " << m.to->email
                << "\nreceived in this run and recorded:";
            for (std::size_t i = 0; i + 1 < sent.size(); ++i)
                err << ' ' << sent[i];
            err << (sent.size() < 2 ? " none\n" : "\n")
                << "stopped: nothing more is sent until the record can be written (a re-run "
                   "would send to "
                << m.to->email << " again)\n";
            return 1;
        }
        out << "sent: " << m.to->email << " (" << receipt.server_reply << ")\n";
    }
    out << counted(sent.size(), "message") << " sent";
    if (!failed.empty()) out << ", " << failed.size() << " failed";
    if (!unsent.empty()) out << ", " << unsent.size() << " not tried";
    if (pending < messages.size()) out << ", " << messages.size() - pending << " sent before";
    out << '\n';
    if (failed.empty() && unsent.empty()) return 0;
    err << "not sent:\n";
    for (const auto& f : failed)
        err << "  " << f << '\n';
    for (const auto& u : unsent)
        err << "  " << u << ": not tried (the server could not be used)\n";
    err << "run the same command again to send only these (" << log_path
        << " lists what was sent)\n";
    return 1;
}

} // namespace bp::app
