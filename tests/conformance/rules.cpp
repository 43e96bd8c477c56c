#include "findings.hpp"

namespace pdfcheck {

// The machine-checkable conditions of PDF/UA-1 (ISO 14289-1, with the Matterhorn protocol's
// failure conditions) and PDF/A-2b (ISO 19005-2) that apply to what boardpack writes.
const std::vector<Rule>& rules() {
    static const std::vector<Rule> list = {
        {"UA-markinfo", "PDF/UA-1", "7.1; Matterhorn 06-001",
         "the catalog's /MarkInfo has /Marked true and no /Suspects true"},
        {"UA-structtree", "PDF/UA-1", "7.1; Matterhorn 01-006",
         "the catalog has a /StructTreeRoot with children"},
        {"UA-parenttree", "PDF/UA-1", "7.1; ISO 32000-1 14.7.4.4",
         "every page with marked content has /StructParents; its ParentTree array maps each MCID "
         "in the page's content to the element that holds it, and holds no MCID the content lacks"},
        {"UA-parenttree-nextkey", "PDF/UA-1", "ISO 32000-1 14.7.2 (Table 322)",
         "/ParentTreeNextKey is greater than every key of the ParentTree"},
        {"UA-content-tagged", "PDF/UA-1", "7.1; Matterhorn 01-005",
         "every content item painted is inside tagged content (an MCID) or an Artifact"},
        {"UA-artifact-nesting", "PDF/UA-1", "7.1; Matterhorn 01-003, 01-004",
         "no tagged content inside an Artifact, no Artifact inside tagged content"},
        {"UA-marked-content-balanced", "PDF/UA-1", "ISO 32000-1 14.6",
         "each page's BMC/BDC and EMC operators pair up"},
        {"UA-rolemap", "PDF/UA-1", "7.1; Matterhorn 02-001, 02-004",
         "every structure type is a standard one or mapped to one by the RoleMap"},
        {"UA-figure-alt", "PDF/UA-1", "7.3; Matterhorn 13-004",
         "every Figure has /Alt (or /ActualText)"},
        {"UA-headings", "PDF/UA-1", "7.4.2; Matterhorn 14-002, 14-003",
         "numbered headings start at H1 and never skip a level going down"},
        {"UA-table", "PDF/UA-1", "7.5; Matterhorn 09-004, 09-005",
         "a Table holds TR, THead, TBody, TFoot, Caption; TR only under those; TH and TD only "
         "under TR"},
        {"UA-list", "PDF/UA-1", "7.6; Matterhorn 09-006, 09-007",
         "LI only under L; Lbl and LBody only under LI"},
        {"UA-lang", "PDF/UA-1", "7.2; Matterhorn 11-006", "the catalog has a non-empty /Lang"},
        {"UA-displaydoctitle", "PDF/UA-1", "7.1; Matterhorn 07-001",
         "/ViewerPreferences /DisplayDocTitle is true"},
        {"UA-dctitle", "PDF/UA-1", "7.1; Matterhorn 06-003",
         "the XMP metadata has a non-empty dc:title"},
        {"UA-pdfuaid", "PDF/UA-1", "5; Matterhorn 06-002", "the XMP metadata has pdfuaid:part 1"},
        {"UA-link-contents", "PDF/UA-1", "7.18.5; Matterhorn 28-004",
         "every Link annotation has a non-empty /Contents"},
        {"UA-annot-tagged", "PDF/UA-1", "7.18.1, 7.18.5; Matterhorn 28-002, 28-011",
         "every annotation has /StructParent; a Link's entry is a Link element with an OBJR to "
         "it"},
        {"UA-tabs", "PDF/UA-1", "7.18.3; Matterhorn 28-001",
         "every page with annotations has /Tabs /S"},
        {"UA-font-embedded", "PDF/UA-1 and PDF/A-2b", "7.21.4.1; ISO 19005-2 6.2.11.4.1",
         "every font is embedded"},
        {"UA-tounicode", "PDF/UA-1", "7.21.7; Matterhorn 31-027",
         "every font has a /ToUnicode map"},
        {"A-header", "PDF/A-2b", "6.1.2",
         "the file starts %PDF-1.n and a comment of four bytes above 127 follows"},
        {"A-eof", "PDF/A-2b", "6.1.3", "the file ends with %%EOF (and at most one end of line)"},
        {"A-id", "PDF/A-2b", "6.1.3", "the trailer has /ID with two strings"},
        {"A-encrypt", "PDF/A-2b", "6.1.3", "the trailer has no /Encrypt"},
        {"A-lzw", "PDF/A-2b", "6.1.7.2", "no stream uses LZWDecode"},
        {"A-javascript", "PDF/A-2b", "6.5.1, 6.6.1", "no JavaScript anywhere"},
        {"A-actions", "PDF/A-2b", "6.5.1, 6.5.2",
         "no forbidden action type; no /AA on the catalog, pages or annotations"},
        {"A-annotations", "PDF/A-2b", "6.3.1, 6.3.2",
         "annotations of allowed types only, with the Print flag set and Hidden, Invisible, "
         "NoView clear"},
        {"A-outputintent", "PDF/A-2b", "6.2.3",
         "a GTS_PDFA1 output intent with an ICC profile (DestOutputProfile) whose /N matches it"},
        {"A-device-colour", "PDF/A-2b", "6.2.4.3",
         "no DeviceCMYK used under an RGB output intent (nor DeviceRGB under a CMYK one)"},
        {"A-extgstate", "PDF/A-2b", "6.2.5, 6.2.10.4",
         "no /TR, /TR2 other than /Default, no /HTP; blend modes standard"},
        {"A-images", "PDF/A-2b", "6.2.8", "no image has /Interpolate true, /Alternates or /OPI"},
        {"A-xmp", "PDF/A-2b", "6.6.2.1",
         "the catalog has an unfiltered /Metadata stream of /Type /Metadata /Subtype /XML"},
        {"A-xmp-wellformed", "PDF/A-2b", "6.6.2.1 (XMP is XML)",
         "the XMP packet is well-formed: tags nest and close, '&' only in entity references"},
        {"A-pdfaid", "PDF/A-2b", "6.6.4",
         "the XMP metadata has pdfaid:part 2 and pdfaid:conformance B"},
        {"A-xmp-extension", "PDF/A-2b", "6.6.2.3",
         "the pdfuaid schema is described in a pdfaExtension schema"},
        {"A-dates", "PDF/A-2b", "6.6.3",
         "Info /CreationDate and /ModDate equal xmp:CreateDate and xmp:ModifyDate (same instant)"},
        {"A-info-xmp", "PDF/A-2b", "6.6.3",
         "Info /Title, /Author, /Subject, /Keywords, /Creator, /Producer equal their XMP "
         "properties"},
        {"A-embedded-files", "PDF/A-2b", "6.8", "no embedded files"},
    };
    return list;
}

} // namespace pdfcheck
