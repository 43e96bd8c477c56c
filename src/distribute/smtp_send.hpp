// Sends one message through an SMTP server with libcurl: STARTTLS required (or smtps://)
// unless the server is on this machine; credentials from BOARDPACK_SMTP_USER and
// BOARDPACK_SMTP_PASSWORD, else from the URL, else from a netrc file ($NETRC or ~/.netrc),
// never from a layout. The server's certificate is checked against the system's CAs, or
// BOARDPACK_SMTP_CA_FILE. The URL is parsed once, by libcurl's URL API, and that same parse is
// what curl connects to: the host judged local is the host contacted.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace bp::distribute {

// A failed send, with curl's explanation and the server's own last reply.
class SendError : public std::runtime_error {
public:
    SendError(const std::string& what, std::string server_reply = "")
        : std::runtime_error(what), server_reply_(std::move(server_reply)) {}
    const std::string& server_reply() const { return server_reply_; }

private:
    std::string server_reply_;
};

// An smtp:// or smtps:// URL as libcurl parses it.
struct SmtpUrl {
    std::string scheme;   // "smtp" or "smtps"
    std::string host;     // as curl connects to it: "mail.example", "127.0.0.1", "[::1]"
    bool local = false;   // host is exactly localhost, 127.0.0.1 or [::1] (ASCII case ignored)
    std::string redacted; // the URL with any password shown as "***", for every message
};

// Parses `url` with curl_url(). Throws SendError (whose text never holds the password) unless
// it is smtp://[USER[:PASSWORD]@]HOST[:PORT][/] or smtps://…. "localhost." (with a trailing
// dot), "127.0.0.2", "localhost.example" and every other name count as remote.
SmtpUrl parse_smtp_url(const std::string& url);

// True for URLs whose host parse_smtp_url() counts as this machine.
bool is_local_smtp(const std::string& url);

// `url` with its password (if any) replaced by "***"; for URLs curl cannot parse, everything
// between "://" and the last '@' is replaced.
std::string redacted_url(const std::string& url);

// What the server said on accepting a message: its last reply ("250 2.0.0 Ok: queued as X").
struct SendReceipt {
    std::string server_reply;
};

// Sends `bytes` from `from` to `to` (envelope addresses). Throws SendError.
SendReceipt smtp_send(const std::string& url, const std::string& from, const std::string& to,
                      const std::vector<unsigned char>& bytes);

// Connects, starts TLS (required as for sending), logs in and quits, sending nothing.
// Returns the server's last reply; throws SendError.
std::string smtp_preflight(const std::string& url);

} // namespace bp::distribute
