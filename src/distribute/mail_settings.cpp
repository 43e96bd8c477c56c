#include "distribute/mail_settings.hpp"

#include "core/error.hpp"
#include "input/csv_reader.hpp"
#include "input/file_text.hpp"

#include <cctype>
#include <cstring>
#include <filesystem>
#include <map>

namespace bp::distribute {

namespace fs = std::filesystem;

namespace {

std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

std::string resolved(const std::string& base, const std::string& path) {
    if (path.empty() || fs::path(path).is_absolute()) return path;
    return (fs::path(base) / path).lexically_normal().string();
}

// The address of "Name <address>" or "address".
std::string address_of(const std::string& mailbox) {
    const auto lt = mailbox.rfind('<');
    if (lt == std::string::npos) return mailbox;
    const auto gt = mailbox.find('>', lt);
    return gt == std::string::npos ? "" : mailbox.substr(lt + 1, gt - lt - 1);
}

} // namespace

bool plausible_address(const std::string& a) {
    const auto at = a.rfind('@');
    if (at == std::string::npos || at == 0 || at > 64 || a.size() > 254) return false;
    const std::string local = a.substr(0, at), domain = a.substr(at + 1);
    // Local part: dot-atom (RFC 5322 atext, dots only between characters).
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string::npos)
        return false;
    for (unsigned char c : local)
        if (!(std::isalnum(c) || c == '.' || std::strchr("!#$%&'*+/=?^_`{|}~-", c) != nullptr) ||
            c >= 0x80)
            return false;
    // Domain: two or more labels of letters, digits and inner hyphens, 1-63 characters each.
    if (domain.empty() || domain.size() > 253) return false;
    std::size_t labels = 0;
    for (std::size_t s = 0; s <= domain.size();) {
        std::size_t e = domain.find('.', s);
        if (e == std::string::npos) e = domain.size();
        const std::string label = domain.substr(s, e - s);
        if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
            return false;
        for (unsigned char c : label)
            if (!(std::isalnum(c) || c == '-') || c >= 0x80) return false;
        ++labels;
        s = e + 1;
    }
    return labels >= 2;
}

std::string mailbox_key(const std::string& address) {
    std::string k = address;
    for (char& c : k)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return k;
}

std::string display_name_problem(const std::string& name) {
    if (name.find_first_not_of(" \t") == std::string::npos) return "the name is empty";
    for (unsigned char c : name)
        if (c < 0x20 || c == 0x7f) return "the name holds a control character";
    if (name.find("=?") != std::string::npos)
        return "the name holds '=?', which mail programs would read as the start of an "
               "encoded word (RFC 2047)";
    return "";
}

MailSettings read_mail_settings(const std::string& path) {
    const std::string text = input::read_file_text(path);
    const std::string base = fs::path(path).parent_path().string();
    MailSettings s;
    s.pos = SourcePos{path, 1, 1};
    s.folder = base.empty() ? "." : base;
    std::map<std::string, SourcePos> seen;
    int line = 0;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string raw = text.substr(start, end - start);
        start = end + 1;
        ++line;
        const std::string l = trimmed(raw);
        if (l.empty() || l[0] == '#') continue;
        const auto eq = l.find('=');
        const int col = static_cast<int>(raw.find_first_not_of(" \t")) + 1;
        if (eq == std::string::npos)
            throw InputError(SourcePos{path, line, col}, "expected 'key = value'");
        const std::string key = trimmed(l.substr(0, eq));
        const std::string value = trimmed(l.substr(eq + 1));
        const SourcePos at{path, line, col};
        if (!seen.emplace(key, at).second) throw InputError(at, "'" + key + "' given twice");
        if (key == "from")
            s.from = value;
        else if (key == "reply-to")
            s.reply_to = value;
        else if (key == "subject")
            s.subject = value;
        else if (key == "body")
            s.body = input::read_file_text(resolved(base, value));
        else if (key == "summary")
            s.summary = resolved(base, value);
        else if (key == "report") {
            s.report = resolved(base, value);
            s.report_pos = at;
        } else if (key == "attach-from") {
            for (std::size_t b = 0; b < value.size();) {
                std::size_t e = value.find(';', b);
                if (e == std::string::npos) e = value.size();
                const std::string one = trimmed(value.substr(b, e - b));
                if (!one.empty()) s.attach_from.push_back(resolved(base, one));
                b = e + 1;
            }
        } else if (key == "edition") {
            s.edition = resolved(base, value);
            if (value.find("{area.id}") == std::string::npos)
                throw InputError(at, "edition needs {area.id} in its path");
        } else
            throw InputError(at, "unknown key '" + key +
                                     "' (expected from, reply-to, subject, body, summary, "
                                     "report, edition or attach-from)");
        if ((key == "from" || key == "reply-to") && !plausible_address(address_of(value)))
            throw InputError(at, "'" + value + "' is not an email address");
    }
    for (const char* key : {"from", "subject", "body", "report"})
        if (!seen.count(key))
            throw InputError(SourcePos{path, line + 1, 1},
                             std::string("'") + key + " = …' is missing");
    return s;
}

std::vector<Recipient> read_recipients(const std::string& path) {
    const input::CsvTable t = input::read_csv_file(path);
    const std::string base = fs::path(path).parent_path().string();
    int name = -1, email = -1, area = -1, attachments = -1, restricted = -1;
    for (std::size_t i = 0; i < t.header.fields.size(); ++i) {
        const auto& f = t.header.fields[i];
        int* col = f.text == "name"          ? &name
                   : f.text == "email"       ? &email
                   : f.text == "area"        ? &area
                   : f.text == "attachments" ? &attachments
                   : f.text == "restricted"  ? &restricted
                                             : nullptr;
        if (!col)
            throw InputError(t.pos(f), "unknown column '" + f.text +
                                           "' (expected name, email, area, attachments, "
                                           "restricted)");
        *col = static_cast<int>(i);
    }
    if (name < 0 || email < 0)
        throw InputError(t.pos(t.header), "the recipients need the columns name and email");
    std::vector<Recipient> out;
    std::map<std::string, std::size_t> emails; // mailbox_key -> row
    for (const auto& row : t.rows) {
        Recipient r;
        r.pos = t.pos(row);
        const auto& e = row.fields[static_cast<std::size_t>(email)];
        const auto& n = row.fields[static_cast<std::size_t>(name)];
        r.name = n.text;
        r.email = e.text;
        if (const std::string why = display_name_problem(r.name); !why.empty())
            throw InputError(t.pos(n), why + " (the recipient " + e.text + ")");
        if (!plausible_address(r.email))
            throw InputError(t.pos(e), "'" + r.email + "' is not an email address");
        if (area >= 0) r.area = row.fields[static_cast<std::size_t>(area)].text;
        if (attachments >= 0) {
            const std::string list = row.fields[static_cast<std::size_t>(attachments)].text;
            for (std::size_t s = 0; s < list.size();) {
                std::size_t end = list.find(';', s);
                if (end == std::string::npos) end = list.size();
                const std::string one = trimmed(list.substr(s, end - s));
                if (!one.empty()) r.attachments.push_back(resolved(base, one));
                s = end + 1;
            }
        }
        if (restricted >= 0) {
            const auto& f = row.fields[static_cast<std::size_t>(restricted)];
            if (f.text != "yes" && f.text != "no" && !f.text.empty())
                throw InputError(t.pos(f), "restricted is yes or no, not '" + f.text + "'");
            r.restricted = f.text == "yes";
        }
        // One mailbox, one row: addresses are compared ignoring ASCII case, local part too.
        const auto [first, fresh] = emails.emplace(mailbox_key(r.email), out.size());
        if (!fresh) {
            const Recipient& earlier = out[first->second];
            throw InputError(
                t.pos(e),
                r.email + " is listed twice (as " + earlier.email + " at line " +
                    std::to_string(earlier.pos.line) + ")" +
                    (earlier.restricted != r.restricted ? ", once restricted and once not" : ""));
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace bp::distribute
