// The conformance checker's own tests: the reference report (built by boardpack with
// SOURCE_DATE_EPOCH at 12:00 UTC) passes every condition; then, for every condition of rules(),
// one fault is planted in a fresh copy of it and that condition must report it.
#define BOOST_TEST_MODULE pdf_conformance
#include <boost/test/unit_test.hpp>

#include "checks.hpp"

#include <qpdf/QPDFPageDocumentHelper.hh>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <unistd.h>

namespace {

using Plant = std::function<void(QPDF&, std::string&)>;

// The reference report as boardpack writes it, built once.
const std::string& good_file() {
    static const std::string raw = [] {
        const char* tmp = std::getenv("TMPDIR");
        std::string dir = std::string(tmp && *tmp ? tmp : "/tmp") + "/bp-conformance-XXXXXX";
        if (!::mkdtemp(dir.data())) throw std::runtime_error("mkdtemp failed");
        const std::string pdf = dir + "/good.pdf";
        const std::string cmd = std::string("SOURCE_DATE_EPOCH=1498824000 '") + BOARDPACK_BIN +
                                "' build '" BOARDPACK_SOURCE_DIR
                                "/layouts/pcc-quarterly.xml' -o '" +
                                pdf + "' --no-system-fonts -q 2>/dev/null";
        const int status = std::system(cmd.c_str());
        std::ifstream in(pdf, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::remove(pdf.c_str());
        ::rmdir(dir.c_str());
        if (status != 0 || bytes.empty())
            throw std::runtime_error("boardpack build failed: " + cmd);
        return bytes;
    }();
    return raw;
}

// Loads the good file, plants a fault, checks it.
pdfcheck::Findings check_planted(const Plant& plant) {
    const std::string& raw = good_file(); // QPDF reads this buffer lazily: it must stay
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("good.pdf", raw.data(), raw.size());
    std::string raw_copy = raw;
    plant(pdf, raw_copy);
    return pdfcheck::check_pdf(pdf, raw_copy);
}

QPDFObjectHandle page(QPDF& pdf, size_t i) {
    return QPDFPageDocumentHelper(pdf).getAllPages().at(i).getObjectHandle();
}

void add_content(QPDF& pdf, const std::string& ops) {
    QPDFPageDocumentHelper(pdf).getAllPages().at(0).addPageContents(
        QPDFObjectHandle::newStream(&pdf, ops), false);
}

// The first structure element (preorder) whose /S is `type`.
QPDFObjectHandle find_element(QPDFObjectHandle k, const std::string& type, int depth = 0) {
    if (depth > 100) return QPDFObjectHandle::newNull();
    if (k.isArray()) {
        for (auto& item : k.aitems()) {
            QPDFObjectHandle found = find_element(item, type, depth);
            if (!found.isNull()) return found;
        }
        return QPDFObjectHandle::newNull();
    }
    if (!k.isDictionary() || !k.hasKey("/S")) return QPDFObjectHandle::newNull();
    if (k.getKey("/S").getName() == "/" + type) return k;
    return find_element(k.getKey("/K"), type, depth + 1);
}

QPDFObjectHandle element(QPDF& pdf, const std::string& type) {
    QPDFObjectHandle e = find_element(pdf.getRoot().getKey("/StructTreeRoot").getKey("/K"), type);
    if (e.isNull()) throw std::runtime_error("the reference report has no " + type + " element");
    return e;
}

// The first annotation of the first page that has one, and that page.
std::pair<QPDFObjectHandle, QPDFObjectHandle> first_annotation(QPDF& pdf) {
    for (auto& p : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle annots = p.getObjectHandle().getKey("/Annots");
        if (annots.isArray() && annots.getArrayNItems() > 0)
            return {annots.getArrayItem(0), p.getObjectHandle()};
    }
    throw std::runtime_error("the reference report has no annotation");
}

QPDFObjectHandle first_font(QPDF& pdf) {
    for (auto& o : pdf.getAllObjects())
        if (o.isDictionary() && o.getKey("/Type").isName() &&
            o.getKey("/Type").getName() == "/Font" && o.hasKey("/ToUnicode"))
            return o;
    throw std::runtime_error("the reference report has no font with /ToUnicode");
}

QPDFObjectHandle font_descriptor(QPDF& pdf) {
    QPDFObjectHandle f = first_font(pdf);
    if (f.hasKey("/DescendantFonts"))
        return f.getKey("/DescendantFonts").getArrayItem(0).getKey("/FontDescriptor");
    return f.getKey("/FontDescriptor");
}

// Replaces `from` (which must be there) by `to` in the XMP packet.
void edit_xmp(QPDF& pdf, const std::string& from, const std::string& to) {
    QPDFObjectHandle meta = pdf.getRoot().getKey("/Metadata");
    auto data = meta.getStreamData(qpdf_dl_generalized);
    std::string xmp(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
    const size_t at = xmp.find(from);
    if (at == std::string::npos) throw std::runtime_error("no " + from + " in the XMP");
    xmp.replace(at, from.size(), to);
    meta.replaceStreamData(xmp, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
}

QPDFObjectHandle name(const std::string& n) {
    return QPDFObjectHandle::newName("/" + n);
}
QPDFObjectHandle dict(const std::string& text) {
    return QPDFObjectHandle::parse(text);
}

// One planted fault per condition.
const std::map<std::string, Plant>& plants() {
    static const std::map<std::string, Plant> list = {
        {"UA-markinfo",
         [](QPDF& p, std::string&) {
             p.getRoot().replaceKey("/MarkInfo", dict("<< /Marked false >>"));
         }},
        {"UA-structtree", [](QPDF& p, std::string&) { p.getRoot().removeKey("/StructTreeRoot"); }},
        {"UA-parenttree", // the first page's /StructParents points at the second page's array
         [](QPDF& p, std::string&) {
             page(p, 0).replaceKey("/StructParents", page(p, 1).getKey("/StructParents"));
         }},
        {"UA-parenttree-nextkey", // one less than it must be
         [](QPDF& p, std::string&) {
             QPDFObjectHandle tree = p.getRoot().getKey("/StructTreeRoot");
             const long long next = tree.getKey("/ParentTreeNextKey").getIntValue();
             tree.replaceKey("/ParentTreeNextKey", QPDFObjectHandle::newInteger(next - 1));
         }},
        {"UA-content-tagged", [](QPDF& p, std::string&) { add_content(p, "0 0 m 9 9 l S\n"); }},
        {"UA-artifact-nesting",
         [](QPDF& p, std::string&) {
             add_content(p, "/Artifact BMC /P <</MCID 0>> BDC EMC EMC\n");
         }},
        {"UA-marked-content-balanced",
         [](QPDF& p, std::string&) { add_content(p, "/Artifact BMC\n"); }},
        {"UA-rolemap",
         [](QPDF& p, std::string&) { element(p, "P").replaceKey("/S", name("Para")); }},
        {"UA-figure-alt", [](QPDF& p, std::string&) { element(p, "Figure").removeKey("/Alt"); }},
        {"UA-headings", // the first heading made H2
         [](QPDF& p, std::string&) { element(p, "H1").replaceKey("/S", name("H2")); }},
        {"UA-table", [](QPDF& p, std::string&) { element(p, "TR").replaceKey("/S", name("Div")); }},
        {"UA-list", [](QPDF& p, std::string&) { element(p, "P").replaceKey("/S", name("LI")); }},
        {"UA-lang", [](QPDF& p, std::string&) { p.getRoot().removeKey("/Lang"); }},
        {"UA-displaydoctitle",
         [](QPDF& p, std::string&) {
             p.getRoot()
                 .getKey("/ViewerPreferences")
                 .replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(false));
         }},
        {"UA-dctitle", [](QPDF& p, std::string&) { edit_xmp(p, "<dc:title>", "<dc:Title>"); }},
        {"UA-pdfuaid",
         [](QPDF& p, std::string&) {
             edit_xmp(p, "<pdfuaid:part>1</pdfuaid:part>", "<pdfuaid:part>2</pdfuaid:part>");
         }},
        {"UA-link-contents",
         [](QPDF& p, std::string&) { first_annotation(p).first.removeKey("/Contents"); }},
        {"UA-annot-tagged",
         [](QPDF& p, std::string&) { first_annotation(p).first.removeKey("/StructParent"); }},
        {"UA-tabs", [](QPDF& p, std::string&) { first_annotation(p).second.removeKey("/Tabs"); }},
        {"UA-font-embedded",
         [](QPDF& p, std::string&) {
             QPDFObjectHandle d = font_descriptor(p);
             d.removeKey("/FontFile");
             d.removeKey("/FontFile2");
             d.removeKey("/FontFile3");
         }},
        {"UA-tounicode", [](QPDF& p, std::string&) { first_font(p).removeKey("/ToUnicode"); }},
        {"A-header", [](QPDF&, std::string& raw) { raw.replace(raw.find('\n') + 1, 5, "%abcd"); }},
        {"A-eof", [](QPDF&, std::string& raw) { raw.resize(raw.rfind("%%EOF")); }},
        {"A-id", [](QPDF& p, std::string&) { p.getTrailer().removeKey("/ID"); }},
        {"A-encrypt",
         [](QPDF& p, std::string&) {
             p.getTrailer().replaceKey("/Encrypt", dict("<< /Filter /Standard /V 4 >>"));
         }},
        {"A-lzw",
         [](QPDF& p, std::string&) {
             QPDFObjectHandle s = QPDFObjectHandle::newStream(&p, "x");
             s.getDict().replaceKey("/Filter", name("LZWDecode"));
             p.getRoot().replaceKey("/Planted", p.makeIndirectObject(s));
         }},
        {"A-javascript",
         [](QPDF& p, std::string&) {
             first_annotation(p).first.replaceKey("/A",
                                                  dict("<< /S /JavaScript /JS (app.alert(1)) >>"));
         }},
        {"A-actions",
         [](QPDF& p, std::string&) {
             first_annotation(p).first.replaceKey("/A", dict("<< /S /Launch /F (x.exe) >>"));
         }},
        {"A-annotations", // not printed
         [](QPDF& p, std::string&) {
             first_annotation(p).first.replaceKey("/F", QPDFObjectHandle::newInteger(0));
         }},
        {"A-outputintent", [](QPDF& p, std::string&) { p.getRoot().removeKey("/OutputIntents"); }},
        {"A-device-colour",
         [](QPDF& p, std::string&) {
             add_content(p, "/Artifact BMC 0 0 0 1 k 0 0 9 9 re f EMC\n");
         }},
        {"A-extgstate",
         [](QPDF& p, std::string&) {
             QPDFObjectHandle res = page(p, 0).getKey("/Resources");
             res.replaceKey("/ExtGState", dict("<< /Planted << /TR /Identity >> >>"));
         }},
        {"A-images",
         [](QPDF& p, std::string&) {
             QPDFObjectHandle s = QPDFObjectHandle::newStream(&p, std::string(3, '\0'));
             s.getDict().replaceKey("/Subtype", name("Image"));
             s.getDict().replaceKey("/Interpolate", QPDFObjectHandle::newBool(true));
             p.getRoot().replaceKey("/Planted", p.makeIndirectObject(s));
         }},
        {"A-xmp",
         [](QPDF& p, std::string&) {
             p.getRoot().getKey("/Metadata").getDict().replaceKey("/Subtype", name("Text"));
         }},
        {"A-xmp-wellformed", // a title written without escaping its & and <
         [](QPDF& p, std::string&) {
             edit_xmp(p, "<dc:format>application/pdf", "<dc:format>application/pdf & <b>");
         }},
        {"A-pdfaid",
         [](QPDF& p, std::string&) {
             edit_xmp(p, "<pdfaid:conformance>B</pdfaid:conformance>",
                      "<pdfaid:conformance>U</pdfaid:conformance>");
         }},
        {"A-xmp-extension",
         [](QPDF& p, std::string&) {
             edit_xmp(p, "pdfaSchema:namespaceURI>http", "pdfaSchema:namespaceURI>ftp");
         }},
        {"A-dates", // a 12-hour clock: 12:00 written as 00:00 in XMP only
         [](QPDF& p, std::string&) {
             edit_xmp(p, "<xmp:CreateDate>2017-06-30T12:", "<xmp:CreateDate>2017-06-30T00:");
         }},
        {"A-info-xmp",
         [](QPDF& p, std::string&) {
             p.getTrailer().getKey("/Info").replaceKey(
                 "/Title", QPDFObjectHandle::newUnicodeString("Another title"));
         }},
        {"A-embedded-files",
         [](QPDF& p, std::string&) {
             QPDFObjectHandle names = p.getRoot().getKey("/Names");
             if (!names.isDictionary()) {
                 names = QPDFObjectHandle::newDictionary();
                 p.getRoot().replaceKey("/Names", names);
             }
             names.replaceKey("/EmbeddedFiles", dict("<< /Names [] >>"));
         }},
    };
    return list;
}

std::string listed(const pdfcheck::Findings& findings) {
    std::string out;
    for (const auto& f : findings.list())
        out += "\n  " + f.rule + ": " + f.message;
    return out.empty() ? " none" : out;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_reference_report_meets_every_condition) {
    const auto findings = check_planted([](QPDF&, std::string&) {});
    BOOST_TEST(findings.list().empty(), "failures:" << listed(findings));
}

BOOST_AUTO_TEST_CASE(every_condition_has_a_planted_fault) {
    std::set<std::string> ids;
    for (const auto& r : pdfcheck::rules())
        ids.insert(r.id);
    std::set<std::string> planted;
    for (const auto& [id, plant] : plants())
        planted.insert(id);
    BOOST_TEST(ids == planted);
}

BOOST_AUTO_TEST_CASE(each_planted_fault_is_caught_by_its_condition) {
    for (const auto& [id, plant] : plants()) {
        BOOST_TEST_CONTEXT("planted for " << id) {
            const auto findings = check_planted(plant);
            BOOST_TEST(findings.has(id), "found:" << listed(findings));
        }
    }
}
