// Sends one message through an SMTP server with libcurl: STARTTLS required (or smtps://)
// unless the server is on this machine; credentials from BOARDPACK_SMTP_USER and
// BOARDPACK_SMTP_PASSWORD, else from a netrc file ($NETRC or ~/.netrc), never from a layout.
// The server's certificate is checked against the system's CAs, or BOARDPACK_SMTP_CA_FILE.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace bp::distribute {

// A failed send, with curl's and the server's explanation.
class SendError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// True for smtp:// or smtps:// URLs whose host is localhost, 127.0.0.1 or [::1].
bool is_local_smtp(const std::string& url);

// Throws SendError unless `url` is smtp://HOST[:PORT] or smtps://HOST[:PORT].
void check_smtp_url(const std::string& url);

// Sends `bytes` from `from` to `to` (envelope addresses).
void smtp_send(const std::string& url, const std::string& from, const std::string& to,
               const std::vector<unsigned char>& bytes);

} // namespace bp::distribute
