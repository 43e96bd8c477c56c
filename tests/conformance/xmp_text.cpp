#include "xmp_text.hpp"

#include <cstdlib>
#include <vector>

namespace pdfcheck {

namespace {

bool space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void append_utf8(std::string& out, unsigned long cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string unescape(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const size_t end = s.find(';', i);
        if (end == std::string::npos) {
            out += s.substr(i);
            break;
        }
        const std::string e = s.substr(i + 1, end - i - 1);
        if (e == "amp")
            out += '&';
        else if (e == "lt")
            out += '<';
        else if (e == "gt")
            out += '>';
        else if (e == "quot")
            out += '"';
        else if (e == "apos")
            out += '\'';
        else if (!e.empty() && e[0] == '#')
            append_utf8(out, e.size() > 1 && (e[1] == 'x' || e[1] == 'X')
                                 ? std::strtoul(e.c_str() + 2, nullptr, 16)
                                 : std::strtoul(e.c_str() + 1, nullptr, 10));
        else
            out += "&" + e + ";";
        i = end;
    }
    return out;
}

std::string trim(const std::string& s) {
    size_t a = 0, b = s.size();
    while (a < b && space(s[a]))
        ++a;
    while (b > a && space(s[b - 1]))
        --b;
    return s.substr(a, b - a);
}

} // namespace

std::string XmpText::property(const std::string& qname) const {
    // Attribute form: whitespace, qname, optional whitespace, '=', quote.
    for (size_t at = text_.find(qname); at != std::string::npos; at = text_.find(qname, at + 1)) {
        if (at == 0 || !space(text_[at - 1])) continue;
        size_t p = at + qname.size();
        while (p < text_.size() && space(text_[p]))
            ++p;
        if (p >= text_.size() || text_[p] != '=') continue;
        ++p;
        while (p < text_.size() && space(text_[p]))
            ++p;
        if (p >= text_.size() || (text_[p] != '"' && text_[p] != '\'')) continue;
        const size_t end = text_.find(text_[p], p + 1);
        if (end == std::string::npos) return "";
        return unescape(text_.substr(p + 1, end - p - 1));
    }
    // Element form.
    const std::string open = "<" + qname;
    for (size_t at = text_.find(open); at != std::string::npos; at = text_.find(open, at + 1)) {
        const size_t after = at + open.size();
        if (after >= text_.size() || (text_[after] != '>' && !space(text_[after]))) continue;
        const size_t gt = text_.find('>', after);
        if (gt == std::string::npos || text_[gt - 1] == '/') continue;
        const size_t close = text_.find("</" + qname, gt);
        if (close == std::string::npos) return "";
        const std::string inner = text_.substr(gt + 1, close - gt - 1);
        const size_t li = inner.find("<rdf:li");
        if (li == std::string::npos) return unescape(trim(inner));
        const size_t li_gt = inner.find('>', li);
        const size_t li_end = inner.find("</rdf:li>", li_gt);
        if (li_gt == std::string::npos || li_end == std::string::npos) return "";
        return unescape(inner.substr(li_gt + 1, li_end - li_gt - 1));
    }
    return "";
}

std::string XmpText::malformed() const {
    std::vector<std::string> open;
    for (size_t i = 0; i < text_.size(); ++i) {
        const char c = text_[i];
        if (c == '&') {
            const size_t end = text_.find(';', i);
            const std::string e = end == std::string::npos ? "" : text_.substr(i + 1, end - i - 1);
            const bool named = e == "amp" || e == "lt" || e == "gt" || e == "quot" || e == "apos";
            const bool numeric = e.size() > 1 && e[0] == '#';
            if (!named && !numeric) return "a bare '&' at byte " + std::to_string(i);
            continue;
        }
        if (c != '<') continue;
        if (text_.compare(i, 2, "<?") == 0 || text_.compare(i, 4, "<!--") == 0) {
            const size_t end = text_.find(text_[i + 1] == '?' ? "?>" : "-->", i);
            if (end == std::string::npos) return "an unclosed <? or <!--";
            i = end;
            continue;
        }
        // A tag: find its end outside quoted values.
        size_t j = i + 1;
        char quote = 0;
        for (; j < text_.size() && (quote || text_[j] != '>'); ++j) {
            if (quote && text_[j] == '<') return "a '<' inside an attribute value";
            if (text_[j] == '"' || text_[j] == '\'')
                quote = quote == text_[j] ? 0 : quote ? quote : text_[j];
        }
        if (j >= text_.size()) return "an unclosed tag at byte " + std::to_string(i);
        const std::string tag = text_.substr(i + 1, j - i - 1);
        const bool closing = !tag.empty() && tag[0] == '/';
        const bool empty = !tag.empty() && tag.back() == '/';
        const size_t name_end = tag.find_first_of(" \t\r\n/", closing ? 1 : 0);
        const std::string name = tag.substr(closing ? 1 : 0, name_end == std::string::npos
                                                                 ? std::string::npos
                                                                 : name_end - (closing ? 1 : 0));
        if (closing) {
            if (open.empty() || open.back() != name)
                return "</" + name + "> closes " +
                       (open.empty() ? "nothing" : "<" + open.back() + ">");
            open.pop_back();
        } else if (!empty) {
            open.push_back(name);
        }
        i = j;
    }
    if (!open.empty()) return "<" + open.back() + "> is not closed";
    return "";
}

bool XmpText::binds(const std::string& prefix, const std::string& uri) const {
    return text_.find("xmlns:" + prefix + "=\"" + uri + "\"") != std::string::npos ||
           text_.find("xmlns:" + prefix + "='" + uri + "'") != std::string::npos;
}

bool XmpText::describes_schema(const std::string& uri) const {
    const size_t schemas = text_.find("pdfaExtension:schemas");
    if (schemas == std::string::npos) return false;
    const std::string rest = text_.substr(schemas);
    return rest.find("<pdfaSchema:namespaceURI>" + uri + "</pdfaSchema:namespaceURI>") !=
               std::string::npos ||
           rest.find("pdfaSchema:namespaceURI=\"" + uri + "\"") != std::string::npos;
}

} // namespace pdfcheck
