#include "distribute/smtp_send.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>

namespace bp::distribute {

namespace {

void init_curl() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct UrlFree {
    void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlFree>;

// A part of a parsed URL, or "" when it has none.
std::string part(CURLU* u, CURLUPart which) {
    char* text = nullptr;
    if (curl_url_get(u, which, &text, 0) != CURLUE_OK || !text) return "";
    std::string s(text);
    curl_free(text);
    return s;
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// Parses `url`; throws SendError naming only its redacted form.
UrlHandle parsed(const std::string& url, SmtpUrl& out) {
    init_curl();
    auto refuse = [&](const std::string& why) {
        throw SendError("--send takes smtp://HOST[:PORT] or smtps://HOST[:PORT], not '" +
                        redacted_url(url) + "'" + (why.empty() ? "" : ": " + why));
    };
    const std::string scheme = lower(url.substr(0, url.find("://")));
    if (url.find("://") == std::string::npos || (scheme != "smtp" && scheme != "smtps")) refuse("");
    for (unsigned char c : url)
        if (c <= ' ' || c >= 0x7f) refuse("it holds a space or a control character");
    UrlHandle u(curl_url());
    if (!u || curl_url_set(u.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK) refuse("");
    out.scheme = lower(part(u.get(), CURLUPART_SCHEME));
    out.host = part(u.get(), CURLUPART_HOST);
    if (out.host.empty()) refuse("no host");
    const std::string path = part(u.get(), CURLUPART_PATH);
    if (!(path.empty() || path == "/") || !part(u.get(), CURLUPART_QUERY).empty() ||
        !part(u.get(), CURLUPART_FRAGMENT).empty())
        refuse("no path, query or fragment is allowed");
    const std::string host = lower(out.host);
    out.local = host == "localhost" || host == "127.0.0.1" || host == "[::1]";
    out.redacted = redacted_url(url);
    return u;
}

// Hands curl the message piece by piece.
struct Reader {
    const std::vector<unsigned char>* bytes;
    std::size_t at = 0;
};

std::size_t read_cb(char* buffer, std::size_t size, std::size_t count, void* user) {
    auto* r = static_cast<Reader*>(user);
    const std::size_t n = std::min(size * count, r->bytes->size() - r->at);
    std::memcpy(buffer, r->bytes->data() + r->at, n);
    r->at += n;
    return n;
}

// The server's last reply line before QUIT (what curl's own message leaves out). Only the
// server's lines are kept: what we send (AUTH included) is never looked at beyond "QUIT".
struct Replies {
    std::string last;
    bool quitting = false;
};

int debug_cb(CURL*, curl_infotype type, char* data, std::size_t size, void* user) {
    auto* r = static_cast<Replies*>(user);
    if (type == CURLINFO_HEADER_OUT && size >= 4 && std::memcmp(data, "QUIT", 4) == 0)
        r->quitting = true;
    if (type != CURLINFO_HEADER_IN || r->quitting) return 0;
    std::string line(data, size);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    for (char& c : line)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
    if (!line.empty()) r->last = line.substr(0, 300);
    return 0;
}

// One curl session to `url`, set up for sending (or, with `connect_only`, for a preflight).
struct Session {
    CURL* curl = nullptr;
    UrlHandle url;
    char error[CURL_ERROR_SIZE] = "";
    Replies replies;
    Session(const std::string& text, bool connect_only) {
        SmtpUrl u;
        url = parsed(text, u);
        curl = curl_easy_init();
        if (!curl) throw SendError("cannot start libcurl");
        curl_easy_setopt(curl, CURLOPT_CURLU, url.get()); // the very parse judged above
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
        curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);
        curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, debug_cb);
        curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &replies);
        curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 20L);
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, 300L);
        if (connect_only) curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
        // STARTTLS is required for any server not on this machine.
        curl_easy_setopt(curl, CURLOPT_USE_SSL,
                         u.local ? static_cast<long>(CURLUSESSL_TRY)
                                 : static_cast<long>(CURLUSESSL_ALL));
        // A private CA (a self-signed server certificate) if the system's is not the one.
        if (const char* ca = std::getenv("BOARDPACK_SMTP_CA_FILE"); ca && *ca)
            curl_easy_setopt(curl, CURLOPT_CAINFO, ca);
        const char* user = std::getenv("BOARDPACK_SMTP_USER");
        const char* password = std::getenv("BOARDPACK_SMTP_PASSWORD");
        if (user && *user) {
            curl_easy_setopt(curl, CURLOPT_USERNAME, user);
            if (password) curl_easy_setopt(curl, CURLOPT_PASSWORD, password);
        } else if (part(url.get(), CURLUPART_USER).empty()) {
            curl_easy_setopt(curl, CURLOPT_NETRC, static_cast<long>(CURL_NETRC_OPTIONAL));
            if (const char* netrc = std::getenv("NETRC"); netrc && *netrc)
                curl_easy_setopt(curl, CURLOPT_NETRC_FILE, netrc);
        }
    }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    ~Session() { curl_easy_cleanup(curl); }
    void perform() {
        const CURLcode rc = curl_easy_perform(curl);
        if (rc != CURLE_OK)
            throw SendError(std::string(curl_easy_strerror(rc)) + (*error ? ": " : "") + error,
                            replies.last);
    }
};

} // namespace

std::string redacted_url(const std::string& url) {
    init_curl();
    UrlHandle u(curl_url());
    if (u && curl_url_set(u.get(), CURLUPART_URL, url.c_str(), 0) == CURLUE_OK) {
        if (part(u.get(), CURLUPART_PASSWORD).empty()) {
            if (url.find('@') == std::string::npos) return url;
        } else if (curl_url_set(u.get(), CURLUPART_PASSWORD, "***", 0) == CURLUE_OK) {
            const std::string s = part(u.get(), CURLUPART_URL);
            if (!s.empty()) return s;
        }
    }
    // Unparsed (or parsed oddly): hide all that could be a login.
    const auto start = url.find("://");
    const auto at = url.rfind('@');
    if (at == std::string::npos) return url;
    if (start == std::string::npos || at < start) return "***" + url.substr(at);
    return url.substr(0, start + 3) + "***" + url.substr(at);
}

SmtpUrl parse_smtp_url(const std::string& url) {
    SmtpUrl u;
    parsed(url, u);
    return u;
}

bool is_local_smtp(const std::string& url) {
    try {
        return parse_smtp_url(url).local;
    } catch (const SendError&) {
        return false;
    }
}

SendReceipt smtp_send(const std::string& url, const std::string& from, const std::string& to,
                      const std::vector<unsigned char>& bytes) {
    Session s(url, false);
    Reader reader{&bytes};
    const std::string mail_from = "<" + from + ">";
    curl_slist* rcpt = curl_slist_append(nullptr, ("<" + to + ">").c_str());
    curl_easy_setopt(s.curl, CURLOPT_MAIL_FROM, mail_from.c_str());
    curl_easy_setopt(s.curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(s.curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(s.curl, CURLOPT_READFUNCTION, read_cb);
    curl_easy_setopt(s.curl, CURLOPT_READDATA, &reader);
    curl_easy_setopt(s.curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(bytes.size()));
    try {
        s.perform();
    } catch (...) {
        curl_slist_free_all(rcpt);
        throw;
    }
    curl_slist_free_all(rcpt);
    return SendReceipt{s.replies.last};
}

std::string smtp_preflight(const std::string& url) {
    Session s(url, true); // connect, EHLO, STARTTLS, AUTH: curl's connect phase for SMTP
    s.perform();
    return s.replies.last;
}

} // namespace bp::distribute
