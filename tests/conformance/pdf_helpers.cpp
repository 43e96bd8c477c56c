#include "checks.hpp"

#include <set>

namespace pdfcheck {

std::string name_of(QPDFObjectHandle o) {
    if (!o.isName()) return "";
    std::string n = o.getName();
    return n.empty() ? n : n.substr(1);
}

std::string text_of(QPDFObjectHandle o) {
    return o.isString() ? o.getUTF8Value() : "";
}

std::string page_label(int index) {
    return "page " + std::to_string(index + 1);
}

// The standard types of ISO 32000-1 14.8.4 (PDF 1.7, the ones PDF/UA-1 knows).
static bool is_standard(const std::string& s) {
    static const std::set<std::string> standard = {
        "Document", "Part",    "Art",   "Sect",      "Div",     "BlockQuote", "Caption",
        "TOC",      "TOCI",    "Index", "NonStruct", "Private", "P",          "H",
        "H1",       "H2",      "H3",    "H4",        "H5",      "H6",         "L",
        "LI",       "Lbl",     "LBody", "Table",     "TR",      "TH",         "TD",
        "THead",    "TBody",   "TFoot", "Span",      "Quote",   "Note",       "Reference",
        "BibEntry", "Code",    "Link",  "Annot",     "Ruby",    "RB",         "RT",
        "RP",       "Warichu", "WT",    "WP",        "Figure",  "Formula",    "Form"};
    return standard.count(s) > 0;
}

std::string standard_type(QPDFObjectHandle role_map, const std::string& s) {
    std::string t = s;
    for (int step = 0; step < 32; ++step) { // a RoleMap cycle ends here, unmapped
        if (is_standard(t)) return t;
        if (!role_map.isDictionary() || !role_map.hasKey("/" + t)) return "";
        t = name_of(role_map.getKey("/" + t));
        if (t.empty()) return "";
    }
    return "";
}

} // namespace pdfcheck
