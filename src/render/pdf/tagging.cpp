// The parts of a tagged PDF (PDF/UA-1) that live in libharu's own objects: the catalog's
// /MarkInfo and /StructTreeRoot, each page's /StructParents and /Tabs, and each link
// annotation's /StructParent, /Contents and print flag. The structure elements themselves are
// written by structure_objects.cpp into object streams (pdf_file.cpp).
#include "render/pdf/parts.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#if HPDF_VERSION_ID != 20300
#error "render/pdf/tagging.cpp uses libharu 2.3.0 internals; re-check them for this version"
#endif

namespace bp::render::pdf {

namespace {

// The StructTreeRoot's write hook: its entries, which refer to objects numbered only once
// libharu's are all made, are kept in the dictionary's attr.
HPDF_STATUS write_root_entries(HPDF_Dict dict, HPDF_Stream out) {
    const auto* entries = static_cast<const std::string*>(dict->attr);
    return entries->empty() ? HPDF_OK : HPDF_Stream_WriteStr(out, entries->c_str());
}

} // namespace

unsigned object_number(void* object) {
    return static_cast<HPDF_Obj_Header*>(object)->obj_id & 0x00FFFFFF;
}

unsigned next_object_number(HaruDoc& doc) {
    const HPDF_Xref xref = doc.get()->xref;
    return static_cast<unsigned>(xref->start_offset + xref->entries->count);
}

StructTreeRoot::StructTreeRoot(HaruDoc& doc) {
    HPDF_Doc pdf = doc.get();
    dict_ = HPDF_Dict_New(pdf->mmgr);
    if (dict_) {
        HPDF_Xref_Add(pdf->xref, dict_);
        dict_->attr = &entries_;
        dict_->write_fn = write_root_entries;
        HPDF_Dict_Add(pdf->catalog, "StructTreeRoot", dict_);
    }
    HPDF_Dict mark_info = HPDF_Dict_New(pdf->mmgr);
    HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE);
    HPDF_Dict_Add(pdf->catalog, "MarkInfo", mark_info);
    doc.check("starting the structure tree");
}

unsigned StructTreeRoot::number() const {
    return object_number(dict_);
}

void tag_page(HaruDoc& doc, HPDF_Page page, std::size_t index, bool has_annotations) {
    HPDF_Dict_AddNumber(page, "StructParents", static_cast<HPDF_INT32>(index));
    if (has_annotations) HPDF_Dict_AddName(page, "Tabs", "S"); // in structure order
    doc.check("tagging page " + std::to_string(index + 1));
}

void describe_link(HaruDoc& doc, HPDF_Annotation annotation, const std::string& description,
                   int struct_parent) {
    HPDF_Dict_AddNumber(annotation, "F", 4); // printed, as PDF/A asks
    HPDF_Dict_Add(annotation, "Contents", haru_string(doc, haru_text(description)));
    if (struct_parent >= 0) HPDF_Dict_AddNumber(annotation, "StructParent", struct_parent);
    doc.check("describing the link '" + haru_text(description, 80) + "'");
}

} // namespace bp::render::pdf
