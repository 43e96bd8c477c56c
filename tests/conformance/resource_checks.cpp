#include "checks.hpp"

#include <qpdf/QPDFPageDocumentHelper.hh>

#include <set>

namespace pdfcheck {

namespace {

bool has_font_file(QPDFObjectHandle descriptor) {
    return descriptor.isDictionary() && (descriptor.getKey("/FontFile").isStream() ||
                                         descriptor.getKey("/FontFile2").isStream() ||
                                         descriptor.getKey("/FontFile3").isStream());
}

void check_font(QPDFObjectHandle font, Findings& out) {
    const std::string subtype = name_of(font.getKey("/Subtype"));
    const std::string base = name_of(font.getKey("/BaseFont"));
    if (subtype == "CIDFontType0" || subtype == "CIDFontType2") return; // seen through Type0
    if (!font.getKey("/ToUnicode").isStream())
        out.add("UA-tounicode", "font " + base + " has no /ToUnicode");
    if (subtype == "Type3") return; // its glyphs are content
    QPDFObjectHandle descriptor = font.getKey("/FontDescriptor");
    if (subtype == "Type0") {
        QPDFObjectHandle kids = font.getKey("/DescendantFonts");
        descriptor = kids.isArray() && kids.getArrayNItems() > 0
                         ? kids.getArrayItem(0).getKey("/FontDescriptor")
                         : QPDFObjectHandle::newNull();
    }
    if (!has_font_file(descriptor))
        out.add("UA-font-embedded", "font " + base + " is not embedded");
}

void check_extgstate(QPDFObjectHandle gs, Findings& out) {
    static const std::set<std::string> blend = {
        "Normal",    "Compatible", "Multiply",   "Screen",    "Overlay",   "Darken",
        "Lighten",   "ColorDodge", "ColorBurn",  "HardLight", "SoftLight", "Difference",
        "Exclusion", "Hue",        "Saturation", "Color",     "Luminosity"};
    if (gs.hasKey("/TR")) out.add("A-extgstate", "an ExtGState has /TR");
    if (gs.hasKey("/TR2") && name_of(gs.getKey("/TR2")) != "Default")
        out.add("A-extgstate", "an ExtGState has /TR2 other than /Default");
    if (gs.hasKey("/HTP")) out.add("A-extgstate", "an ExtGState has /HTP");
    QPDFObjectHandle bm = gs.getKey("/BM");
    std::vector<QPDFObjectHandle> modes =
        bm.isArray() ? bm.getArrayAsVector() : std::vector<QPDFObjectHandle>{bm};
    for (auto& m : modes)
        if (!m.isNull() && blend.count(name_of(m)) == 0)
            out.add("A-extgstate", "blend mode " + name_of(m) + " is not a standard one");
}

void check_image(QPDFObjectHandle dict, Findings& out) {
    if (dict.getKey("/Interpolate").isBool() && dict.getKey("/Interpolate").getBoolValue())
        out.add("A-images", "an image has /Interpolate true");
    if (dict.hasKey("/Alternates")) out.add("A-images", "an image has /Alternates");
    if (dict.hasKey("/OPI")) out.add("A-images", "an image has /OPI");
}

void check_annotation_flags(QPDF& pdf, Findings& out) {
    static const std::set<std::string> refused = {"3D", "Sound", "Screen", "Movie"};
    int index = 0;
    for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        const std::string where = page_label(index++);
        QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
        if (!annots.isArray()) continue;
        for (auto& a : annots.aitems()) {
            const std::string subtype = name_of(a.getKey("/Subtype"));
            if (refused.count(subtype))
                out.add("A-annotations", where + ": a " + subtype + " annotation");
            if (subtype == "Popup") continue;
            const long long flags = a.getKey("/F").isInteger() ? a.getKey("/F").getIntValue() : 0;
            if ((flags & 4) == 0 || (flags & (1 | 2 | 32)) != 0)
                out.add("A-annotations", where + ": a " + subtype + " annotation has /F " +
                                             std::to_string(flags) +
                                             " (Print must be set; Hidden, Invisible, NoView "
                                             "clear)");
        }
    }
}

} // namespace

int intent_components(QPDF& pdf) {
    QPDFObjectHandle intents = pdf.getRoot().getKey("/OutputIntents");
    if (!intents.isArray()) return 0;
    for (auto& intent : intents.aitems()) {
        if (name_of(intent.getKey("/S")) != "GTS_PDFA1") continue;
        QPDFObjectHandle profile = intent.getKey("/DestOutputProfile");
        if (!profile.isStream() || !profile.getDict().getKey("/N").isInteger()) return 0;
        return profile.getDict().getKey("/N").getIntValueAsInt();
    }
    return 0;
}

void check_resources(QPDF& pdf, Findings& out) {
    // The output intent and its ICC profile.
    const int n = intent_components(pdf);
    if (n != 1 && n != 3 && n != 4) {
        out.add("A-outputintent", "no GTS_PDFA1 output intent with an ICC profile of 1, 3 or 4 "
                                  "components");
    } else {
        for (auto& intent : pdf.getRoot().getKey("/OutputIntents").aitems()) {
            if (name_of(intent.getKey("/S")) != "GTS_PDFA1") continue;
            auto data = intent.getKey("/DestOutputProfile").getStreamData(qpdf_dl_generalized);
            const std::string icc(reinterpret_cast<const char*>(data->getBuffer()),
                                  data->getSize());
            const std::string space = n == 1 ? "GRAY" : n == 3 ? "RGB " : "CMYK";
            if (icc.size() < 128 || icc.compare(36, 4, "acsp") != 0)
                out.add("A-outputintent", "the output intent's profile is not an ICC profile");
            else if (icc.compare(16, 4, space) != 0)
                out.add("A-outputintent", "the ICC profile's colour space is not the /N " +
                                              std::to_string(n) + " it claims");
            break;
        }
    }
    for (auto& obj : pdf.getAllObjects()) {
        QPDFObjectHandle dict = obj.isStream() ? obj.getDict() : obj;
        if (!dict.isDictionary()) continue;
        if (name_of(dict.getKey("/Type")) == "Font") check_font(dict, out);
        if (obj.isStream() && name_of(dict.getKey("/Subtype")) == "Image") check_image(dict, out);
        if (name_of(dict.getKey("/Type")) == "EmbeddedFile")
            out.add("A-embedded-files", "an embedded file stream");
        // Graphics states of a resource dictionary, or of one held directly (a page's).
        for (QPDFObjectHandle res : {dict, dict.getKey("/Resources")}) {
            QPDFObjectHandle states =
                res.isDictionary() ? res.getKey("/ExtGState") : QPDFObjectHandle::newNull();
            if (states.isDictionary())
                for (auto& [key, gs] : states.ditems())
                    if (gs.isDictionary()) check_extgstate(gs, out);
        }
    }
    QPDFObjectHandle names = pdf.getRoot().getKey("/Names");
    if (names.isDictionary() && names.hasKey("/EmbeddedFiles"))
        out.add("A-embedded-files", "the catalog's /Names has /EmbeddedFiles");
    check_annotation_flags(pdf, out);
}

} // namespace pdfcheck
