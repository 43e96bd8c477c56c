// What PDF/A-2b and PDF/UA-1 ask of the document beyond its pages (ISO 19005-2 6.2.3, 6.6;
// ISO 14289-1 7.1, 7.18): XMP metadata equal to the Info dictionary and naming the standards,
// the sRGB output intent, the window showing the title, and each font descriptor's CapHeight.
// Added through libharu 2.3's installed internal headers, like catalog.cpp.
#include "render/pdf/parts.hpp"

#include "core/markup_escape.hpp"

#include "core/error.hpp"
#include "render/pdf/srgb_icc.hpp"

#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_objects.h>
#include <hpdf_version.h>

#include <chrono>

#if HPDF_VERSION_ID != 20300
#error "render/pdf/archive.cpp uses libharu 2.3.0 internals; re-check them for this version"
#endif

namespace bp::render::pdf {

namespace {

// `seconds` since the epoch as an XMP date in UTC: "2017-07-01T00:00:00Z".
std::string xmp_date(long long seconds) {
    using namespace std::chrono;
    const sys_seconds t{std::chrono::seconds{seconds}};
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss hms{t - day};
    auto two = [](long long v) { return (v < 10 ? "0" : "") + std::to_string(v); };
    return std::to_string(static_cast<int>(ymd.year())) + "-" +
           two(static_cast<unsigned>(ymd.month())) + "-" + two(static_cast<unsigned>(ymd.day())) +
           "T" + two(hms.hours().count()) + ":" + two(hms.minutes().count()) + ":" +
           two(hms.seconds().count()) + "Z";
}

// One XMP property holding `value` (the Info entry's text), in the form its schema gives it.
std::string property(const char* name, const std::string& value, const char* form = nullptr) {
    if (value.empty()) return {};
    const std::string v = markup_escaped(haru_text(value), false);
    std::string out = std::string("<") + name + ">";
    if (form == nullptr)
        out += v;
    else if (std::string_view(form) == "Alt")
        out += "<rdf:Alt><rdf:li xml:lang=\"x-default\">" + v + "</rdf:li></rdf:Alt>";
    else
        out += "<rdf:Seq><rdf:li>" + v + "</rdf:li></rdf:Seq>";
    return out + "</" + name + ">\n";
}

// The namespace of boardpack's own XMP properties.
constexpr const char* kSourcesNamespace = "https://boardpack.example/ns/1.0/";

// The description of one schema with one property, for PDF/A's extension schemas.
std::string schema(const char* name, const char* uri, const char* prefix, const char* property,
                   const char* type, const char* description) {
    return std::string("<rdf:li rdf:parseType=\"Resource\">\n<pdfaSchema:schema>") + name +
           "</pdfaSchema:schema>\n<pdfaSchema:namespaceURI>" + uri +
           "</pdfaSchema:namespaceURI>\n<pdfaSchema:prefix>" + prefix +
           "</pdfaSchema:prefix>\n<pdfaSchema:property><rdf:Seq><rdf:li "
           "rdf:parseType=\"Resource\">\n<pdfaProperty:name>" +
           property + "</pdfaProperty:name>\n<pdfaProperty:valueType>" + type +
           "</pdfaProperty:valueType>\n<pdfaProperty:category>internal</pdfaProperty:category>\n"
           "<pdfaProperty:description>" +
           description +
           "</pdfaProperty:description>\n</rdf:li></rdf:Seq></pdfaSchema:property>\n</rdf:li>\n";
}

std::string xmp_packet(const display::DocInfo& info, const std::vector<std::string>& sources,
                       const PdfOptions& opts) {
    std::string x = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                    "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                    "<rdf:Description rdf:about=\"\"\n"
                    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                    " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                    " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"";
    if (opts.archival) x += "\n xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"";
    if (opts.tagged) x += "\n xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"";
    if (!sources.empty()) x += "\n xmlns:bp=\"" + std::string(kSourcesNamespace) + "\"";
    x += ">\n<dc:format>application/pdf</dc:format>\n";
    x += property("dc:title", info.title, "Alt");
    x += property("dc:creator", info.author, "Seq");
    x += property("dc:description", info.subject, "Alt");
    x += property("pdf:Keywords", info.keywords);
    x += property("pdf:Producer", kProducer);
    x += property("xmp:CreatorTool", info.creator);
    if (info.created) {
        x += property("xmp:CreateDate", xmp_date(*info.created));
        x += property("xmp:ModifyDate", xmp_date(*info.created));
    }
    if (opts.archival)
        x += "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n";
    if (opts.tagged) x += "<pdfuaid:part>1</pdfuaid:part>\n";
    if (!sources.empty()) {
        x += "<bp:sources><rdf:Seq>";
        for (const auto& line : sources)
            x += "<rdf:li>" + markup_escaped(line, false) + "</rdf:li>";
        x += "</rdf:Seq></bp:sources>\n";
    }
    x += "</rdf:Description>\n";
    // PDF/A accepts a schema outside its list only with the schema described.
    const bool ua_schema = opts.archival && opts.tagged;
    const bool sources_schema = opts.archival && !sources.empty();
    if (ua_schema || sources_schema) {
        x += "<rdf:Description rdf:about=\"\"\n"
             " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
             " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
             " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
             "<pdfaExtension:schemas><rdf:Bag>\n";
        if (ua_schema)
            x += schema("PDF/UA Universal Accessibility Schema", "http://www.aiim.org/pdfua/ns/id/",
                        "pdfuaid", "part", "Integer", "Part of ISO 14289 followed");
        if (sources_schema)
            x += schema("boardpack sources", kSourcesNamespace, "bp", "sources", "Seq Text",
                        "The inputs the report was built from: SHA-256 and path of each");
        x += "</rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n";
    }
    x += "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return x;
}

// A new stream object holding `bytes`, compressed by libharu if `compress`.
HPDF_Dict stream_object(HaruDoc& doc, const void* bytes, std::size_t size, bool compress) {
    HPDF_Dict stream = HPDF_DictStream_New(doc.get()->mmgr, doc.get()->xref);
    if (!stream) return nullptr;
    if (compress) stream->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    if (size > 0)
        HPDF_Stream_Write(stream->stream, static_cast<const HPDF_BYTE*>(bytes),
                          static_cast<HPDF_UINT>(size));
    return stream;
}

HPDF_Dict new_dict(HaruDoc& doc) {
    return HPDF_Dict_New(doc.get()->mmgr);
}

} // namespace

const char* const kProducer = "Haru Free PDF Library " HPDF_VERSION_TEXT;

HPDF_Dict set_archival_metadata(HaruDoc& doc, const display::Document& document,
                                const PdfOptions& opts) {
    HPDF_Doc pdf = doc.get();
    pdf->pdf_version = HPDF_VER_17; // xref and object streams (pdf_file.cpp) need 1.5
    HPDF_SetInfoAttr(pdf, HPDF_INFO_PRODUCER, kProducer);
    doc.check("writing the producer");
    if (!opts.tagged && !opts.archival && document.info.sources.empty() && !opts.late_sources)
        return nullptr;

    // Made empty here, so that object numbers do not depend on when the record of sources is
    // ready; write_xmp fills it before the file is saved.
    HPDF_Dict metadata = stream_object(doc, nullptr, 0, false); // PDF/A: unfiltered
    doc.check("writing the XMP metadata");
    HPDF_Dict_AddName(metadata, "Type", "Metadata");
    HPDF_Dict_AddName(metadata, "Subtype", "XML");
    HPDF_Dict_Add(pdf->catalog, "Metadata", metadata);

    HPDF_Dict preferences = new_dict(doc);
    doc.check("writing the viewer preferences");
    HPDF_Dict_AddBoolean(preferences, "DisplayDocTitle", HPDF_TRUE);
    HPDF_Dict_Add(pdf->catalog, "ViewerPreferences", preferences);
    doc.check("writing the XMP metadata and viewer preferences");

    if (!opts.archival) return metadata;
    HPDF_Dict profile = stream_object(doc, kSrgbIcc, kSrgbIccSize, opts.compress);
    doc.check("embedding the sRGB colour profile");
    HPDF_Dict_AddNumber(profile, "N", 3);
    HPDF_Dict intent = new_dict(doc);
    doc.check("writing the output intent");
    HPDF_Dict_AddName(intent, "Type", "OutputIntent");
    HPDF_Dict_AddName(intent, "S", "GTS_PDFA1");
    HPDF_Dict_Add(intent, "OutputConditionIdentifier",
                  HPDF_String_New(pdf->mmgr, "sRGB IEC61966-2.1", nullptr));
    HPDF_Dict_Add(intent, "Info", HPDF_String_New(pdf->mmgr, "sRGB IEC61966-2.1", nullptr));
    HPDF_Dict_Add(intent, "DestOutputProfile", profile);
    HPDF_Array intents = HPDF_Array_New(pdf->mmgr);
    HPDF_Array_Add(intents, intent);
    HPDF_Dict_Add(pdf->catalog, "OutputIntents", intents);
    doc.check("writing the output intent");
    return metadata;
}

void write_xmp(HaruDoc& doc, HPDF_Dict metadata, const display::DocInfo& info,
               const PdfOptions& opts) {
    if (!metadata) return;
    std::vector<std::string> late;
    if (opts.late_sources) late = opts.late_sources();
    const std::vector<std::string>* sources = &info.sources;
    if (!late.empty()) {
        late.insert(late.begin(), info.sources.begin(), info.sources.end());
        sources = &late;
    }
    const std::string xmp = xmp_packet(info, *sources, opts);
    HPDF_Stream_Write(metadata->stream, reinterpret_cast<const HPDF_BYTE*>(xmp.data()),
                      static_cast<HPDF_UINT>(xmp.size()));
    doc.check("writing the XMP metadata");
}

void add_cap_height(HaruDoc& doc, HPDF_Font font, const std::string& name) {
    // libharu makes the descriptor (and embeds the font program) in the font's write hook, and
    // only once: made now, it can be completed, and saving adds no objects.
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    if (!attr->fontdef->descriptor && font->before_write_fn) font->before_write_fn(font);
    doc.check("embedding font '" + name + "'");
    HPDF_Dict descriptor = attr->fontdef->descriptor;
    if (!descriptor)
        throw OutputError("PDF output failed: font '" + name + "' has no font descriptor");
    // The height of 'H', or the ascent when the subset has no 'H'.
    const HPDF_UINT cap = HPDF_Font_GetCapHeight(font);
    HPDF_Dict_AddNumber(descriptor, "CapHeight",
                        cap > 0 ? static_cast<HPDF_INT32>(cap) : HPDF_Font_GetAscent(font));
    doc.check("writing the cap height of font '" + name + "'");
}

} // namespace bp::render::pdf
