#include "checks.hpp"

namespace pdfcheck {

// The catalog's own entries: MarkInfo, Lang, ViewerPreferences.
void check_catalog(QPDF& pdf, Findings& out) {
    QPDFObjectHandle root = pdf.getRoot();
    QPDFObjectHandle mark = root.getKey("/MarkInfo");
    if (!mark.isDictionary() || !mark.getKey("/Marked").isBool() ||
        !mark.getKey("/Marked").getBoolValue())
        out.add("UA-markinfo", "the catalog's /MarkInfo /Marked is not true");
    else if (mark.getKey("/Suspects").isBool() && mark.getKey("/Suspects").getBoolValue())
        out.add("UA-markinfo", "/MarkInfo /Suspects is true");

    if (text_of(root.getKey("/Lang")).empty())
        out.add("UA-lang", "the catalog has no /Lang (or an empty one)");

    QPDFObjectHandle prefs = root.getKey("/ViewerPreferences");
    QPDFObjectHandle show =
        prefs.isDictionary() ? prefs.getKey("/DisplayDocTitle") : QPDFObjectHandle::newNull();
    if (!show.isBool() || !show.getBoolValue())
        out.add("UA-displaydoctitle", "/ViewerPreferences /DisplayDocTitle is not true");
}

} // namespace pdfcheck
