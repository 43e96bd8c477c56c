#include "input/xml_scanner.hpp"

#include "core/error.hpp"
#include "core/shaping.hpp"
#include "core/utf8.hpp"
#include "input/xml_document.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <unordered_set>

namespace bp::input {

namespace {

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' ||
           c == ':' || (static_cast<unsigned char>(c) & 0x80);
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Scans one document; `pos_` moves forward through the text.
class Scanner {
public:
    Scanner(const LineIndex& lines, std::string_view text) : lines_(lines), text_(text) {}

    std::vector<TagPositions> run() {
        while (pos_ < text_.size()) {
            std::size_t lt = text_.find('<', pos_);
            check_references(pos_, lt == std::string_view::npos ? text_.size() : lt);
            if (lt == std::string_view::npos) break;
            pos_ = lt;
            if (starts("<!--"))
                skip_past("-->", "comment");
            else if (starts("<![CDATA["))
                skip_past("]]>", "CDATA section");
            else if (starts("<?"))
                skip_past("?>", "processing instruction");
            else if (starts("<!"))
                fail(pos_, "DTDs and entity declarations are not supported; remove the "
                           "<!DOCTYPE …> declaration");
            else if (starts("</"))
                end_tag();
            else
                start_tag();
        }
        if (!open_.empty()) {
            const Open& o = open_.back();
            fail(text_.size(), "unexpected end of file: <" + o.name + "> opened at " +
                                   std::to_string(o.pos.line) + ":" + std::to_string(o.pos.col) +
                                   " is not closed");
        }
        if (tags_.empty()) fail(text_.size(), "no root element: the file is empty or not XML");
        return std::move(tags_);
    }

private:
    struct Open {
        std::string name;
        SourcePos pos;
    };

    [[noreturn]] void fail(std::size_t at, const std::string& message) const {
        throw InputError(lines_.at(at), message);
    }

    bool starts(const char* s) const { return text_.substr(pos_, std::strlen(s)) == s; }

    void skip_past(const char* end, const char* what) {
        std::size_t e = text_.find(end, pos_);
        if (e == std::string_view::npos)
            fail(pos_, std::string("unexpected end of file inside a ") + what);
        pos_ = e + std::strlen(end);
    }

    std::string name_at(std::size_t& p) const {
        std::size_t start = p;
        while (p < text_.size() && is_name_char(text_[p]))
            ++p;
        return std::string(text_.substr(start, p - start));
    }

    void skip_space(std::size_t& p) const {
        while (p < text_.size() && is_space(text_[p]))
            ++p;
    }

    // Checks every '&' reference in text_[from, to): a character reference must name a
    // character XML allows and a named one must be predefined. A '&' that starts no reference
    // ("AT&T") is left as it is, as the parser does.
    // Refuses a character in text_[from, to) that needs shaping (right-to-left, Indic, a
    // combining mark), with its exact position.
    void check_scripts(std::size_t from, std::size_t to) const {
        for (std::size_t at = from; at < to;) {
            if (static_cast<unsigned char>(text_[at]) < 0xCC) { // nothing below U+0300
                ++at;
                continue;
            }
            const std::size_t start = at;
            check_laid_out(start, next_code_point(text_, at));
        }
    }

    void check_laid_out(std::size_t at, char32_t cp) const {
        const std::string why = why_not_laid_out(cp);
        if (why.empty()) return;
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
        std::string shown;
        append_utf8(shown, cp);
        fail(at, std::string(code) + " '" + shown + "': " + why);
    }

    void check_references(std::size_t from, std::size_t to) const {
        check_scripts(from, to);
        const std::string_view run = text_.substr(0, to); // never search past this run
        for (std::size_t at = run.find('&', from); at != std::string_view::npos;
             at = run.find('&', at + 1)) {
            std::size_t semi = text_.substr(at, std::min<std::size_t>(to - at, 42)).find(';');
            if (semi == std::string_view::npos) {
                if (at + 1 < to && text_[at + 1] == '#') {
                    std::size_t end = at + 2;
                    while (end < to && end < at + 12 &&
                           std::isalnum(static_cast<unsigned char>(text_[end])))
                        ++end;
                    fail(at, "'" + std::string(text_.substr(at, end - at)) +
                                 "' is a character reference without its closing ';'");
                }
                continue;
            }
            std::string_view ref = text_.substr(at + 1, semi - 1);
            if (!ref.empty() && ref[0] == '#') {
                check_char_reference(at, ref);
                continue;
            }
            bool is_name = !ref.empty();
            for (char c : ref)
                is_name = is_name && is_name_char(c);
            if (!is_name) continue;
            if (ref != "lt" && ref != "gt" && ref != "amp" && ref != "quot" && ref != "apos")
                fail(at, "unknown entity '&" + std::string(ref) +
                             ";' (XML knows only &lt; &gt; &amp; &quot; &apos;; type the "
                             "character itself, or use &#NNNN;)");
        }
    }

    void check_char_reference(std::size_t at, std::string_view ref) const {
        bool hex = ref.size() > 1 && ref[1] == 'x';
        std::string_view digits = ref.substr(hex ? 2 : 1);
        unsigned long cp = 0;
        bool ok = !digits.empty();
        for (char c : digits) {
            int d = c >= '0' && c <= '9'          ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                  : -1;
            if (d < 0) ok = false;
            if (!ok) break;
            cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(d);
            if (cp > 0x10FFFF) ok = false;
        }
        // XML 1.0 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
        bool allowed = ok && (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                              (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000);
        if (!ok)
            fail(at, "'&" + std::string(ref) +
                         ";' is not a character reference (write &#NNNN; "
                         "or &#xHHHH;)");
        if (!allowed)
            fail(at, "'&" + std::string(ref) + ";' names a character that XML does not allow");
        check_laid_out(at, static_cast<char32_t>(cp));
    }

    void end_tag() {
        std::size_t p = pos_ + 2;
        std::string name = name_at(p);
        skip_space(p);
        if (p >= text_.size()) fail(pos_, "unexpected end of file in </" + name + ">");
        if (text_[p] != '>') fail(p, "expected '>' to end </" + name + ">");
        if (open_.empty()) fail(pos_, "</" + name + "> closes no open element");
        if (open_.back().name != name)
            fail(pos_, "</" + name + "> does not match <" + open_.back().name + "> opened at " +
                           std::to_string(open_.back().pos.line) + ":" +
                           std::to_string(open_.back().pos.col));
        open_.pop_back();
        pos_ = p + 1;
    }

    void start_tag() {
        if (open_.empty() && !tags_.empty())
            fail(pos_, "content after the root element has been closed");
        const std::size_t tag_start = pos_;
        std::size_t p = pos_ + 1;
        TagPositions tag;
        tag.pos = lines_.at(pos_);
        std::string name = name_at(p);
        if (name.empty()) fail(pos_, "'<' must start an element name (write &lt; for a literal <)");
        std::unordered_set<std::string> names; // the attributes' names, once there are many
        while (true) {
            skip_space(p);
            if (p >= text_.size()) fail(pos_, "unexpected end of file in <" + name + ">");
            if (text_[p] == '>' || text_.substr(p, 2) == "/>") break;
            std::size_t attr_start = p;
            std::string attr = name_at(p);
            if (attr.empty())
                fail(p, std::string("unexpected character '") + text_[p] + "' in <" + name + ">");
            skip_space(p);
            if (p >= text_.size() || text_[p] != '=')
                fail(p, "attribute '" + attr + "' needs a value: " + attr + "=\"…\"");
            ++p;
            skip_space(p);
            if (p >= text_.size() || (text_[p] != '"' && text_[p] != '\''))
                fail(p, "the value of '" + attr + "' must be quoted");
            char quote = text_[p];
            std::size_t close = text_.find(quote, p + 1);
            if (close == std::string_view::npos)
                fail(p, "unexpected end of file in the value of '" + attr + "'");
            check_references(p + 1, close);
            if (tag.attrs.size() < 16) { // a few: compare; many: look up
                for (auto& [seen, where] : tag.attrs)
                    if (seen == attr) fail(attr_start, "attribute '" + attr + "' is given twice");
                if (tag.attrs.size() == 15)
                    for (auto& [seen, where] : tag.attrs)
                        names.insert(seen);
            } else if (!names.insert(attr).second) {
                fail(attr_start, "attribute '" + attr + "' is given twice");
            }
            if (tag.attrs.size() >= 15) names.insert(attr);
            tag.attrs.emplace_back(attr, lines_.at(attr_start));
            p = close + 1;
        }
        bool self_closing = text_[p] == '/';
        pos_ = p + (self_closing ? 2 : 1);
        if (!self_closing) {
            if (static_cast<int>(open_.size()) >= kMaxXmlDepth)
                fail(tag_start,
                     "elements are nested more than " + std::to_string(kMaxXmlDepth) + " deep");
            open_.push_back({name, tag.pos});
        }
        tags_.push_back(std::move(tag));
    }

    const LineIndex& lines_;
    std::string_view text_;
    std::size_t pos_ = 0;
    std::vector<Open> open_;
    std::vector<TagPositions> tags_;
};

} // namespace

std::vector<TagPositions> scan_xml(const LineIndex& lines, std::string_view text) {
    return Scanner(lines, text).run();
}

} // namespace bp::input
