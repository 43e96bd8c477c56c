#include "checks.hpp"

#include "xmp_text.hpp"

#include <optional>

namespace pdfcheck {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date.
long long days_from_civil(long long y, long long m, long long d) {
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// Reads `width` digits at `pos`; nullopt if they are not all there.
std::optional<int> digits(const std::string& s, size_t& pos, size_t width) {
    if (pos + width > s.size()) return std::nullopt;
    int v = 0;
    for (size_t i = 0; i < width; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    pos += width;
    return v;
}

// Seconds since the epoch (UTC) of a PDF date "D:YYYYMMDDHHmmSS+HH'mm'" (fields optional).
std::optional<long long> pdf_instant(const std::string& s) {
    size_t pos = s.rfind("D:", 0) == 0 ? 2 : 0;
    auto y = digits(s, pos, 4);
    if (!y) return std::nullopt;
    int f[5] = {1, 1, 0, 0, 0};
    for (int& v : f) {
        auto d = digits(s, pos, 2);
        if (!d) break;
        v = *d;
    }
    long long offset = 0;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        const int sign = s[pos] == '-' ? -1 : 1;
        ++pos;
        auto hh = digits(s, pos, 2);
        if (pos < s.size() && s[pos] == '\'') ++pos;
        auto mm = digits(s, pos, 2);
        offset = sign * ((hh ? *hh : 0) * 3600LL + (mm ? *mm : 0) * 60LL);
    }
    return days_from_civil(*y, f[0], f[1]) * 86400 + f[2] * 3600LL + f[3] * 60LL + f[4] - offset;
}

// Seconds since the epoch (UTC) of an XMP date "YYYY-MM-DDThh:mm:ss.sTZD" (fields optional).
std::optional<long long> xmp_instant(const std::string& s) {
    size_t pos = 0;
    auto y = digits(s, pos, 4);
    if (!y) return std::nullopt;
    int f[5] = {1, 1, 0, 0, 0};
    const char seps[5] = {'-', '-', 'T', ':', ':'};
    for (int i = 0; i < 5; ++i) {
        if (pos >= s.size() || s[pos] != seps[i]) break;
        ++pos;
        auto d = digits(s, pos, 2);
        if (!d) return std::nullopt;
        f[i] = *d;
    }
    if (pos < s.size() && s[pos] == '.')
        while (++pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
        }
    long long offset = 0;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        const int sign = s[pos] == '-' ? -1 : 1;
        ++pos;
        auto hh = digits(s, pos, 2);
        if (pos < s.size() && s[pos] == ':') ++pos;
        auto mm = digits(s, pos, 2);
        offset = sign * ((hh ? *hh : 0) * 3600LL + (mm ? *mm : 0) * 60LL);
    }
    return days_from_civil(*y, f[0], f[1]) * 86400 + f[2] * 3600LL + f[3] * 60LL + f[4] - offset;
}

void check_dates(QPDFObjectHandle info, const XmpText& xmp, Findings& out) {
    const std::pair<const char*, const char*> pairs[] = {{"/CreationDate", "xmp:CreateDate"},
                                                         {"/ModDate", "xmp:ModifyDate"}};
    for (const auto& [key, property] : pairs) {
        const std::string pdf_date = info.isDictionary() ? text_of(info.getKey(key)) : "";
        if (pdf_date.empty()) continue;
        const std::string xmp_date = xmp.property(property);
        if (xmp_date.empty()) {
            out.add("A-dates", std::string("Info ") + key + " " + pdf_date + " but no " + property +
                                   " in XMP");
            continue;
        }
        auto a = pdf_instant(pdf_date);
        auto b = xmp_instant(xmp_date);
        if (!a || !b || *a != *b)
            out.add("A-dates", std::string("Info ") + key + " " + pdf_date + " but " + property +
                                   " " + xmp_date + " (not the same instant)");
    }
}

void check_info_mirrored(QPDFObjectHandle info, const XmpText& xmp, Findings& out) {
    if (!info.isDictionary()) return;
    const std::pair<const char*, const char*> pairs[] = {
        {"/Title", "dc:title"},          {"/Author", "dc:creator"},
        {"/Subject", "dc:description"},  {"/Keywords", "pdf:Keywords"},
        {"/Creator", "xmp:CreatorTool"}, {"/Producer", "pdf:Producer"}};
    for (const auto& [key, property] : pairs) {
        if (!info.hasKey(key)) continue;
        const std::string value = text_of(info.getKey(key));
        const std::string mirrored = xmp.property(property);
        if (value != mirrored)
            out.add("A-info-xmp", std::string("Info ") + key + " \"" + value + "\" but " +
                                      property + " \"" + mirrored + "\"");
    }
}

} // namespace

void check_metadata(QPDF& pdf, Findings& out) {
    QPDFObjectHandle meta = pdf.getRoot().getKey("/Metadata");
    if (!meta.isStream()) {
        out.add("A-xmp", "the catalog has no /Metadata stream");
        out.add("UA-dctitle", "no XMP metadata, so no dc:title");
        out.add("UA-pdfuaid", "no XMP metadata, so no pdfuaid:part");
        out.add("A-pdfaid", "no XMP metadata, so no pdfaid:part");
        return;
    }
    QPDFObjectHandle dict = meta.getDict();
    if (name_of(dict.getKey("/Type")) != "Metadata" || name_of(dict.getKey("/Subtype")) != "XML")
        out.add("A-xmp", "the /Metadata stream is not /Type /Metadata /Subtype /XML");
    if (dict.hasKey("/Filter")) out.add("A-xmp", "the /Metadata stream is filtered");
    auto data = meta.getStreamData(qpdf_dl_generalized);
    const XmpText xmp(
        std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize()));

    if (const std::string wrong = xmp.malformed(); !wrong.empty())
        out.add("A-xmp-wellformed", "the XMP packet is not well-formed XML: " + wrong);
    if (xmp.property("dc:title").empty()) out.add("UA-dctitle", "XMP has no dc:title");
    if (xmp.property("pdfuaid:part") != "1" ||
        !xmp.binds("pdfuaid", "http://www.aiim.org/pdfua/ns/id/"))
        out.add("UA-pdfuaid", "XMP pdfuaid:part is \"" + xmp.property("pdfuaid:part") +
                                  "\", not 1 (in the pdfuaid namespace)");
    if (xmp.property("pdfaid:part") != "2" || xmp.property("pdfaid:conformance") != "B" ||
        !xmp.binds("pdfaid", "http://www.aiim.org/pdfa/ns/id/"))
        out.add("A-pdfaid", "XMP pdfaid:part \"" + xmp.property("pdfaid:part") +
                                "\" conformance \"" + xmp.property("pdfaid:conformance") +
                                "\", not 2 and B");
    if (!xmp.describes_schema("http://www.aiim.org/pdfua/ns/id/"))
        out.add("A-xmp-extension", "no pdfaExtension schema describes pdfuaid");

    QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
    check_dates(info, xmp, out);
    check_info_mirrored(info, xmp, out);
}

} // namespace pdfcheck
