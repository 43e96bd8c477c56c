#include "checks.hpp"

#include <qpdf/QPDFPageDocumentHelper.hh>

#include <set>

namespace pdfcheck {

namespace {

void check_header_and_end(const std::string& raw, Findings& out) {
    if (raw.size() < 8 || raw.compare(0, 7, "%PDF-1.") != 0 || raw[7] < '0' || raw[7] > '7') {
        out.add("A-header", "the file does not start %PDF-1.n");
    } else {
        size_t eol = raw.find_first_of("\r\n");
        while (eol != std::string::npos && eol < raw.size() &&
               (raw[eol] == '\r' || raw[eol] == '\n'))
            ++eol;
        bool binary = eol != std::string::npos && eol + 5 <= raw.size() && raw[eol] == '%';
        for (size_t i = 1; binary && i <= 4; ++i)
            binary = static_cast<unsigned char>(raw[eol + i]) > 127;
        if (!binary)
            out.add("A-header", "no comment of four bytes above 127 after the header line");
    }
    size_t end = raw.size();
    if (end > 0 && raw[end - 1] == '\n') --end;
    if (end > 0 && raw[end - 1] == '\r') --end;
    if (end < 5 || raw.compare(end - 5, 5, "%%EOF") != 0)
        out.add("A-eof", "the file does not end with %%EOF");
}

bool uses_lzw(QPDFObjectHandle filter) {
    if (name_of(filter) == "LZWDecode") return true;
    if (filter.isArray())
        for (auto& f : filter.aitems())
            if (name_of(f) == "LZWDecode") return true;
    return false;
}

} // namespace

void check_file(QPDF& pdf, const std::string& raw, Findings& out) {
    if (!raw.empty()) check_header_and_end(raw, out);
    QPDFObjectHandle trailer = pdf.getTrailer();
    QPDFObjectHandle id = trailer.getKey("/ID");
    if (!id.isArray() || id.getArrayNItems() != 2 || !id.getArrayItem(0).isString() ||
        !id.getArrayItem(1).isString())
        out.add("A-id", "the trailer has no /ID of two strings");
    if (trailer.hasKey("/Encrypt") || pdf.isEncrypted())
        out.add("A-encrypt", "the file is encrypted");

    static const std::set<std::string> refused_actions = {
        "Launch", "Sound",       "Movie",     "ResetForm", "ImportData", "JavaScript",
        "Hide",   "SetOCGState", "Rendition", "Trans",     "GoTo3DView"};
    for (auto& obj : pdf.getAllObjects()) {
        QPDFObjectHandle dict = obj.isStream() ? obj.getDict() : obj;
        if (!dict.isDictionary()) continue;
        if (obj.isStream() && uses_lzw(dict.getKey("/Filter")))
            out.add("A-lzw", "a stream is LZW-compressed");
        if (dict.hasKey("/JS") || name_of(dict.getKey("/S")) == "JavaScript")
            out.add("A-javascript", "a JavaScript action");
        // Actions are dictionaries with /S and, if typed, /Type /Action (or under /A, /Next).
        const std::string type = name_of(dict.getKey("/Type"));
        const std::string s = name_of(dict.getKey("/S"));
        if ((type.empty() || type == "Action") && refused_actions.count(s) && s != "JavaScript")
            out.add("A-actions", "a " + s + " action");
        QPDFObjectHandle a = dict.getKey("/A"); // a direct action (indirect ones are above)
        if (a.isDictionary() && !a.isIndirect()) {
            const std::string as = name_of(a.getKey("/S"));
            if (as == "JavaScript" || a.hasKey("/JS"))
                out.add("A-javascript", "a JavaScript action");
            else if (refused_actions.count(as))
                out.add("A-actions", "a " + as + " action");
        }
    }
    QPDFObjectHandle names = pdf.getRoot().getKey("/Names");
    if (names.isDictionary() && names.hasKey("/JavaScript"))
        out.add("A-javascript", "the catalog's /Names has /JavaScript");
    if (pdf.getRoot().hasKey("/AA")) out.add("A-actions", "the catalog has /AA");
    int index = 0;
    for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        const std::string where = page_label(index++);
        QPDFObjectHandle p = page.getObjectHandle();
        if (p.hasKey("/AA")) out.add("A-actions", where + " has /AA");
        QPDFObjectHandle annots = p.getKey("/Annots");
        if (annots.isArray())
            for (auto& annot : annots.aitems())
                if (annot.hasKey("/AA")) out.add("A-actions", where + ": an annotation has /AA");
    }
}

} // namespace pdfcheck
