#include "checks.hpp"

#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <set>

namespace pdfcheck {

namespace {

// One structure element met walking the tree: its standard type and its parent's.
struct Element {
    QPDFObjectHandle obj;
    std::string type;        // standard type ("" if unmapped)
    std::string parent_type; // standard type of the parent element ("" at the top)
};

void walk(QPDFObjectHandle k, const std::string& parent_type, QPDFObjectHandle role_map,
          std::set<QPDFObjGen>& seen, std::vector<Element>& out, Findings& findings, int depth) {
    if (depth > 200) {
        findings.add("UA-structtree", "the structure tree is deeper than 200 levels");
        return;
    }
    if (k.isArray()) {
        for (auto& item : k.aitems())
            walk(item, parent_type, role_map, seen, out, findings, depth);
        return;
    }
    if (!k.isDictionary() || !k.hasKey("/S")) return; // an MCID, MCR or OBJR
    if (k.isIndirect() && !seen.insert(k.getObjGen()).second) {
        findings.add("UA-structtree", "a structure element is reached twice (a cycle or a share)");
        return;
    }
    const std::string s = name_of(k.getKey("/S"));
    const std::string type = standard_type(role_map, s);
    if (type.empty())
        findings.add("UA-rolemap", "structure type /" + s + " is not standard nor mapped to one");
    out.push_back({k, type, parent_type});
    walk(k.getKey("/K"), type, role_map, seen, out, findings, depth + 1);
}

void check_elements(std::vector<Element>& elements, Findings& out) {
    int last_level = 0;
    for (auto& e : elements) {
        const std::string& t = e.type;
        const std::string& p = e.parent_type;
        if (t == "Figure" && text_of(e.obj.getKey("/Alt")).empty() &&
            text_of(e.obj.getKey("/ActualText")).empty())
            out.add("UA-figure-alt", "a Figure has no /Alt");
        if (t.size() == 2 && t[0] == 'H' && t[1] >= '1' && t[1] <= '6') {
            const int level = t[1] - '0';
            if (last_level == 0 && level != 1)
                out.add("UA-headings", "the first heading is " + t + ", not H1");
            else if (level > last_level + 1)
                out.add("UA-headings",
                        t + " follows H" + std::to_string(last_level) + " (a level skipped)");
            last_level = level;
        }
        if ((t == "TH" || t == "TD") && p != "TR")
            out.add("UA-table", t + " under " + (p.empty() ? "the root" : p) + ", not TR");
        if (t == "TR" && p != "Table" && p != "THead" && p != "TBody" && p != "TFoot")
            out.add("UA-table", "TR under " + (p.empty() ? "the root" : p));
        if ((t == "THead" || t == "TBody" || t == "TFoot") && p != "Table")
            out.add("UA-table", t + " under " + (p.empty() ? "the root" : p) + ", not Table");
        if (p == "Table" && t != "TR" && t != "THead" && t != "TBody" && t != "TFoot" &&
            t != "Caption")
            out.add("UA-table", t + " directly under Table");
        if (p == "TR" && t != "TH" && t != "TD") out.add("UA-table", t + " directly under TR");
        if (t == "LI" && p != "L") out.add("UA-list", "LI under " + p + ", not L");
        if ((t == "Lbl" || t == "LBody") && p != "LI")
            out.add("UA-list", t + " under " + p + ", not LI");
        if (p == "L" && t != "LI" && t != "L" && t != "Caption")
            out.add("UA-list", t + " directly under L");
    }
}

// Does the structure element `e` hold an OBJR to `annot`?
bool has_objr_to(QPDFObjectHandle e, QPDFObjectHandle annot) {
    QPDFObjectHandle k = e.getKey("/K");
    std::vector<QPDFObjectHandle> items =
        k.isArray() ? k.getArrayAsVector() : std::vector<QPDFObjectHandle>{k};
    for (auto& item : items)
        if (item.isDictionary() && name_of(item.getKey("/Type")) == "OBJR" &&
            item.getKey("/Obj").getObjGen() == annot.getObjGen())
            return true;
    return false;
}

void check_annotations(QPDF& pdf, QPDFObjectHandle tree, Findings& out) {
    QPDFObjectHandle role_map = tree.getKey("/RoleMap");
    std::map<long long, QPDFObjectHandle> parents;
    if (tree.getKey("/ParentTree").isDictionary())
        parents = QPDFNumberTreeObjectHelper(tree.getKey("/ParentTree"), pdf).getAsMap();
    int index = 0;
    for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        QPDFObjectHandle p = page.getObjectHandle();
        QPDFObjectHandle annots = p.getKey("/Annots");
        const std::string where = page_label(index++);
        if (!annots.isArray() || annots.getArrayNItems() == 0) continue;
        if (name_of(p.getKey("/Tabs")) != "S")
            out.add("UA-tabs", where + " has annotations but no /Tabs /S");
        for (auto& a : annots.aitems()) {
            const std::string subtype = name_of(a.getKey("/Subtype"));
            if (subtype == "Link" && text_of(a.getKey("/Contents")).empty())
                out.add("UA-link-contents", where + ": a Link annotation has no /Contents");
            if (subtype == "Popup") continue; // exempt from tagging
            if (!a.getKey("/StructParent").isInteger()) {
                out.add("UA-annot-tagged",
                        where + ": a " + subtype + " annotation has no /StructParent");
                continue;
            }
            auto found = parents.find(a.getKey("/StructParent").getIntValue());
            QPDFObjectHandle e =
                found == parents.end() ? QPDFObjectHandle::newNull() : found->second;
            if (!e.isDictionary() || !e.hasKey("/S")) {
                out.add("UA-annot-tagged",
                        where + ": a " + subtype + " annotation's /StructParent names no element");
                continue;
            }
            if (subtype == "Link" && standard_type(role_map, name_of(e.getKey("/S"))) != "Link")
                out.add("UA-annot-tagged", where + ": a Link annotation's element is /" +
                                               name_of(e.getKey("/S")) + ", not Link");
            if (!has_objr_to(e, a))
                out.add("UA-annot-tagged",
                        where + ": the element of a " + subtype + " annotation has no OBJR to it");
        }
    }
}

} // namespace

void check_structure(QPDF& pdf, Findings& out) {
    QPDFObjectHandle tree = pdf.getRoot().getKey("/StructTreeRoot");
    if (!tree.isDictionary() || tree.getKey("/K").isNull()) {
        out.add("UA-structtree", "the catalog has no /StructTreeRoot with children");
        return;
    }
    std::vector<Element> elements;
    std::set<QPDFObjGen> seen;
    walk(tree.getKey("/K"), "", tree.getKey("/RoleMap"), seen, elements, out, 0);
    check_elements(elements, out);

    QPDFObjectHandle parent_tree = tree.getKey("/ParentTree");
    if (!parent_tree.isDictionary()) {
        out.add("UA-parenttree", "the structure tree has no /ParentTree");
    } else {
        long long highest = -1;
        for (auto& [key, value] : QPDFNumberTreeObjectHelper(parent_tree, pdf).getAsMap())
            highest = std::max(highest, key);
        QPDFObjectHandle next = tree.getKey("/ParentTreeNextKey");
        if (highest >= 0 && (!next.isInteger() || next.getIntValue() <= highest))
            out.add("UA-parenttree-nextkey",
                    "/ParentTreeNextKey is " +
                        (next.isInteger() ? std::to_string(next.getIntValue()) : "missing") +
                        " but the ParentTree has key " + std::to_string(highest));
    }
    check_annotations(pdf, tree, out);
}

} // namespace pdfcheck
