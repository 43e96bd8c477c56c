#include "distribute/smtp_send.hpp"

#include <curl/curl.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

namespace bp::distribute {

namespace {

std::string host_of(const std::string& url) {
    const auto start = url.find("://");
    if (start == std::string::npos) return "";
    std::string rest = url.substr(start + 3);
    rest = rest.substr(0, rest.find('/'));
    if (!rest.empty() && rest[0] == '[') return rest.substr(0, rest.find(']') + 1);
    return rest.substr(0, rest.find(':'));
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

} // namespace

bool is_local_smtp(const std::string& url) {
    const std::string host = host_of(url);
    return host == "localhost" || host == "127.0.0.1" || host == "[::1]";
}

void check_smtp_url(const std::string& url) {
    if ((url.rfind("smtp://", 0) != 0 && url.rfind("smtps://", 0) != 0) || host_of(url).empty())
        throw SendError("--send takes smtp://HOST[:PORT] or smtps://HOST[:PORT], not '" + url +
                        "'");
}

void smtp_send(const std::string& url, const std::string& from, const std::string& to,
               const std::vector<unsigned char>& bytes) {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    CURL* curl = curl_easy_init();
    if (!curl) throw SendError("cannot start libcurl");
    char error[CURL_ERROR_SIZE] = "";
    Reader reader{&bytes};
    const std::string mail_from = "<" + from + ">";
    curl_slist* rcpt = curl_slist_append(nullptr, ("<" + to + ">").c_str());
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mail_from.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_cb);
    curl_easy_setopt(curl, CURLOPT_READDATA, &reader);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(bytes.size()));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 20L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 300L);
    // STARTTLS is required for any server not on this machine.
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     is_local_smtp(url) ? static_cast<long>(CURLUSESSL_TRY)
                                        : static_cast<long>(CURLUSESSL_ALL));
    // A private CA (a self-signed server certificate) if the system's is not the one to trust.
    if (const char* ca = std::getenv("BOARDPACK_SMTP_CA_FILE"); ca && *ca)
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca);
    const char* user = std::getenv("BOARDPACK_SMTP_USER");
    const char* password = std::getenv("BOARDPACK_SMTP_PASSWORD");
    if (user && *user) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user);
        if (password) curl_easy_setopt(curl, CURLOPT_PASSWORD, password);
    } else {
        curl_easy_setopt(curl, CURLOPT_NETRC, static_cast<long>(CURL_NETRC_OPTIONAL));
        if (const char* netrc = std::getenv("NETRC"); netrc && *netrc)
            curl_easy_setopt(curl, CURLOPT_NETRC_FILE, netrc);
    }
    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    if (rc != CURLE_OK)
        throw SendError(std::string(curl_easy_strerror(rc)) + (*error ? ": " : "") + error);
}

} // namespace bp::distribute
