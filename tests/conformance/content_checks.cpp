#include "checks.hpp"

#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <map>
#include <set>

namespace pdfcheck {

namespace {

// One open BMC/BDC: an Artifact, or tagged content with its MCID.
struct Frame {
    bool artifact = false;
    long long mcid = -1;
};

bool paints(const std::string& op) {
    static const std::set<std::string> ops = {"Tj", "TJ", "'",  "\"", "S",  "s",  "f",  "F",
                                              "f*", "B",  "B*", "b",  "b*", "sh", "Do", "EI"};
    return ops.count(op) > 0;
}

// Reads one page's content (and the forms it draws): marked content, MCIDs, colours.
class ContentReader : public QPDFObjectHandle::ParserCallbacks {
public:
    ContentReader(std::string where, Findings& out) : where_(std::move(where)), out_(out) {}

    // `content`: a stream or an array of streams, drawn with `resources`.
    void read(QPDFObjectHandle content, QPDFObjectHandle resources) {
        QPDFObjectHandle saved = resources_;
        resources_ = resources;
        operands_.clear();
        QPDFObjectHandle::parseContentStream(content, this);
        resources_ = saved;
    }

    void handleObject(QPDFObjectHandle obj, size_t, size_t) override {
        if (!obj.isOperator()) {
            operands_.push_back(obj);
            return;
        }
        op(obj.getOperatorValue());
        operands_.clear();
    }
    void handleEOF() override {}

    void finish_page() {
        if (!stack_.empty())
            out_.add("UA-marked-content-balanced",
                     where_ + ": " + std::to_string(stack_.size()) + " marked content left open");
        stack_.clear();
    }

    std::set<long long> mcids;
    bool used_cmyk = false;
    bool used_rgb = false;

private:
    void op(const std::string& o) {
        if (o == "BMC" || o == "BDC") {
            Frame f;
            f.artifact = !operands_.empty() && name_of(operands_[0]) == "Artifact";
            if (o == "BDC" && operands_.size() >= 2) {
                QPDFObjectHandle props = operands_[1];
                if (props.isName() && resources_.isDictionary())
                    props = resources_.getKey("/Properties").isDictionary()
                                ? resources_.getKey("/Properties").getKey(props.getName())
                                : QPDFObjectHandle::newNull();
                if (props.isDictionary() && props.getKey("/MCID").isInteger())
                    f.mcid = props.getKey("/MCID").getIntValue();
            }
            bool in_artifact = false, in_tagged = false;
            for (const auto& outer : stack_) {
                in_artifact = in_artifact || outer.artifact;
                in_tagged = in_tagged || outer.mcid >= 0;
            }
            if (f.mcid >= 0 && in_artifact)
                out_.add("UA-artifact-nesting",
                         where_ + ": MCID " + std::to_string(f.mcid) + " inside an Artifact");
            if (f.artifact && in_tagged)
                out_.add("UA-artifact-nesting", where_ + ": an Artifact inside tagged content");
            if (f.mcid >= 0 && !mcids.insert(f.mcid).second)
                out_.add("UA-parenttree",
                         where_ + ": MCID " + std::to_string(f.mcid) + " used twice on the page");
            stack_.push_back(f);
        } else if (o == "EMC") {
            if (stack_.empty())
                out_.add("UA-marked-content-balanced", where_ + ": EMC without BMC/BDC");
            else
                stack_.pop_back();
        } else if (o == "k" || o == "K") {
            used_cmyk = true;
        } else if (o == "rg" || o == "RG") {
            used_rgb = true;
        } else if ((o == "cs" || o == "CS") && !operands_.empty()) {
            used_cmyk = used_cmyk || name_of(operands_[0]) == "DeviceCMYK";
            used_rgb = used_rgb || name_of(operands_[0]) == "DeviceRGB";
        }
        if (paints(o)) {
            bool covered = false;
            for (const auto& f : stack_)
                covered = covered || f.artifact || f.mcid >= 0;
            if (!covered && untagged_reported_++ < 3)
                out_.add("UA-content-tagged",
                         where_ + ": '" + o + "' paints outside tagged content and Artifacts");
        }
        if (o == "Do" && !operands_.empty() && resources_.isDictionary()) draw_form(operands_[0]);
    }

    void draw_form(QPDFObjectHandle name) {
        QPDFObjectHandle xobjects = resources_.getKey("/XObject");
        if (!name.isName() || !xobjects.isDictionary()) return;
        QPDFObjectHandle x = xobjects.getKey(name.getName());
        if (!x.isStream() || name_of(x.getDict().getKey("/Subtype")) != "Form") return;
        if (x.isIndirect() && !drawing_.insert(x.getObjGen()).second) return; // a form loop
        std::vector<QPDFObjectHandle> saved = operands_;
        QPDFObjectHandle res = x.getDict().getKey("/Resources");
        read(x, res.isDictionary() ? res : resources_);
        operands_ = saved;
        if (x.isIndirect()) drawing_.erase(x.getObjGen());
    }

    std::string where_;
    Findings& out_;
    QPDFObjectHandle resources_;
    std::vector<QPDFObjectHandle> operands_;
    std::vector<Frame> stack_;
    std::set<QPDFObjGen> drawing_;
    int untagged_reported_ = 0;
};

// Does structure element `e` claim MCID `mcid` on `page`?
bool holds_mcid(QPDFObjectHandle e, long long mcid, QPDFObjectHandle page) {
    QPDFObjectHandle k = e.getKey("/K");
    std::vector<QPDFObjectHandle> items =
        k.isArray() ? k.getArrayAsVector() : std::vector<QPDFObjectHandle>{k};
    QPDFObjectHandle elem_page = e.getKey("/Pg");
    for (auto& item : items) {
        QPDFObjectHandle pg = elem_page;
        long long id = -1;
        if (item.isInteger()) {
            id = item.getIntValue();
        } else if (item.isDictionary() && name_of(item.getKey("/Type")) == "MCR" &&
                   item.getKey("/MCID").isInteger()) {
            id = item.getKey("/MCID").getIntValue();
            if (item.hasKey("/Pg")) pg = item.getKey("/Pg");
        }
        if (id == mcid && (pg.isNull() || pg.getObjGen() == page.getObjGen())) return true;
    }
    return false;
}

void check_parent_tree(QPDFObjectHandle page, const std::set<long long>& mcids,
                       std::map<long long, QPDFObjectHandle>& parents, const std::string& where,
                       Findings& out) {
    QPDFObjectHandle sp = page.getKey("/StructParents");
    if (!sp.isInteger()) {
        if (!mcids.empty()) out.add("UA-parenttree", where + " has MCIDs but no /StructParents");
        return;
    }
    auto found = parents.find(sp.getIntValue());
    if (found == parents.end() || !found->second.isArray()) {
        out.add("UA-parenttree", where + ": /StructParents " + std::to_string(sp.getIntValue()) +
                                     " has no array in the ParentTree");
        return;
    }
    QPDFObjectHandle arr = found->second;
    const int n = arr.getArrayNItems();
    for (long long mcid : mcids) {
        QPDFObjectHandle e =
            mcid < n ? arr.getArrayItem(static_cast<int>(mcid)) : QPDFObjectHandle::newNull();
        if (!e.isDictionary())
            out.add("UA-parenttree",
                    where + ": MCID " + std::to_string(mcid) + " has no element in the ParentTree");
        else if (!holds_mcid(e, mcid, page))
            out.add("UA-parenttree", where + ": the ParentTree's element for MCID " +
                                         std::to_string(mcid) + " does not hold it");
    }
    for (int i = 0; i < n; ++i)
        if (!arr.getArrayItem(i).isNull() && mcids.count(i) == 0)
            out.add("UA-parenttree", where + ": the ParentTree maps MCID " + std::to_string(i) +
                                         ", which the content does not have");
}

} // namespace

void check_content(QPDF& pdf, Findings& out) {
    QPDFObjectHandle tree = pdf.getRoot().getKey("/StructTreeRoot");
    std::map<long long, QPDFObjectHandle> parents;
    if (tree.isDictionary() && tree.getKey("/ParentTree").isDictionary())
        parents = QPDFNumberTreeObjectHelper(tree.getKey("/ParentTree"), pdf).getAsMap();
    std::set<long long> struct_parents;
    bool cmyk = false, rgb = false;
    int index = 0;
    for (auto& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
        const std::string where = page_label(index++);
        QPDFObjectHandle p = page.getObjectHandle();
        ContentReader reader(where, out);
        reader.read(p.getKey("/Contents"), page.getAttribute("/Resources", false));
        reader.finish_page();
        cmyk = cmyk || reader.used_cmyk;
        rgb = rgb || reader.used_rgb;
        check_parent_tree(p, reader.mcids, parents, where, out);
        if (p.getKey("/StructParents").isInteger() &&
            !struct_parents.insert(p.getKey("/StructParents").getIntValue()).second)
            out.add("UA-parenttree", where + ": /StructParents shared with another page");
    }
    const int n = intent_components(pdf);
    if (n == 3 && cmyk) out.add("A-device-colour", "DeviceCMYK used under an RGB output intent");
    if (n == 4 && rgb) out.add("A-device-colour", "DeviceRGB used under a CMYK output intent");
}

} // namespace pdfcheck
