// The tagged, archival PDF read back with real tools: qpdf --json (every object, content streams
// decoded) for the structure tree, the parent tree, the annotations and the marked content;
// pdfinfo for Tagged and the XMP. The test walks the tree as a screen reader would, reading each
// element's text exactly as its runs hold it (the word spaces included).
#include "tools.hpp"

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/test/unit_test.hpp>

#include <map>
#include <set>
#include <sstream>

using namespace e2e;
using boost::property_tree::ptree;

namespace {

std::string base64_decode(const std::string& in) {
    static const std::string kAlphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    unsigned bits = 0;
    int count = 0;
    for (char c : in) {
        const auto v = kAlphabet.find(c);
        if (v == std::string::npos) continue;
        bits = (bits << 6) | static_cast<unsigned>(v);
        if ((count += 6) >= 8) {
            count -= 8;
            out += static_cast<char>((bits >> count) & 0xFF);
        }
    }
    return out;
}

// A structure element as read from the file.
struct Element {
    std::string ref, type, alt, text;
    std::vector<std::string> kids; // element refs, in order
    std::vector<std::string> annotations;
    std::set<std::string> pages; // pages of its own marked content
    std::map<std::string, std::string> attributes;
};

// The PDF's objects, pages and structure, from qpdf's JSON.
class TaggedPdf {
public:
    explicit TaggedPdf(const std::string& pdf) {
        Run r = run("qpdf --json --json-key=qpdf --json-key=pages --json-stream-data=inline "
                    "--decode-level=generalized '" +
                    pdf + "'");
        BOOST_TEST_REQUIRE(r.status == 0, r.err);
        std::istringstream in(r.out);
        boost::property_tree::read_json(in, json_);
        for (const auto& [key, page] : json_.get_child("pages"))
            pages.push_back(page.get<std::string>("object"));
        for (const auto& [key, part] : json_.get_child("qpdf"))
            for (const auto& [name, object] : part)
                if (name.rfind("obj:", 0) == 0) objects_[name.substr(4)] = &object;
        for (std::size_t p = 0; p < pages.size(); ++p)
            read_content(p);
        const ptree& root = dict(get(catalog(), "/StructTreeRoot"));
        walk(get(root, "/K"), "");
        parent_tree_ = &dict(get(root, "/ParentTree"));
    }

    std::vector<std::string> pages;
    std::vector<Element> elements;                   // in reading order (preorder)
    std::map<std::string, std::string> page_content; // by page ref

    // The dictionary of object `ref` (a stream's dictionary for a stream).
    const ptree& dict(const std::string& ref) const {
        auto it = objects_.find(ref);
        BOOST_TEST_REQUIRE((it != objects_.end()), "no object " + ref);
        if (auto v = it->second->get_child_optional("value")) return *v;
        return it->second->get_child("stream.dict");
    }
    // A value as text; a text string without qpdf's "u:" prefix.
    std::string get(const ptree& d, const std::string& key) const {
        auto it = d.find(key);
        if (it == d.not_found()) return {};
        std::string v = it->second.get_value<std::string>();
        return v.rfind("u:", 0) == 0 ? v.substr(2) : v;
    }
    const ptree* child(const ptree& d, const std::string& key) const {
        auto it = d.find(key);
        return it == d.not_found() ? nullptr : &it->second;
    }
    // The element that parent-tree key `key` names (for a link annotation).
    std::string parent_tree_entry(int key) const {
        const ptree* nums = child(*parent_tree_, "/Nums");
        BOOST_TEST_REQUIRE(nums);
        for (auto it = nums->begin(); it != nums->end(); ++it) {
            auto next = std::next(it);
            if (next == nums->end()) break;
            if (it->second.get_value<std::string>() == std::to_string(key))
                return next->second.get_value<std::string>();
            it = next;
        }
        return {};
    }

private:
    const ptree& catalog() const {
        for (const auto& [key, part] : json_.get_child("qpdf"))
            for (const auto& [name, object] : part)
                if (auto type = object.get_optional<std::string>("value./Type");
                    type && *type == "/Catalog")
                    return object.get_child("value");
        BOOST_FAIL("no catalog");
        return json_;
    }

    // Each marked-content sequence's text, from the page's decoded content stream (one operator
    // a line, text as two-byte codes equal to UTF-16).
    void read_content(std::size_t p) {
        const ptree& page = dict(pages[p]);
        const std::string contents = get(page, "/Contents");
        const std::string data =
            base64_decode(objects_.at(contents)->get<std::string>("stream.data", ""));
        page_content[pages[p]] = data;
        std::istringstream lines(data);
        std::string line;
        std::string mcid;
        while (std::getline(lines, line)) {
            if (line.size() > 4 && line.compare(line.size() - 3, 3, "BDC") == 0) {
                const auto at = line.find("/MCID ");
                mcid =
                    at == std::string::npos ? "" : std::to_string(std::stoi(line.substr(at + 6)));
            } else if (line == "EMC") {
                mcid.clear();
            } else if (line.size() > 4 && line.compare(line.size() - 4, 4, ") Tj") == 0 &&
                       !mcid.empty()) {
                std::string bytes;
                for (std::size_t i = line.find('(') + 1; i + 4 < line.size(); ++i) {
                    if (line[i] == '\\') {
                        ++i;
                        bytes += line[i] == 'r' ? '\r' : line[i];
                    } else {
                        bytes += line[i];
                    }
                }
                // Runs are read one after the other, as a screen reader gets them: a space
                // between two words is one the file holds (at the end of a run that is followed
                // by another word, or at the start of a heading's second text).
                std::string& text = marked_text_[pages[p] + "#" + mcid];
                for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
                    const unsigned code = (static_cast<unsigned char>(bytes[i]) << 8) |
                                          static_cast<unsigned char>(bytes[i + 1]);
                    if (code < 0x80) {
                        text += static_cast<char>(code);
                    } else if (code < 0x800) {
                        text += static_cast<char>(0xC0 | (code >> 6));
                        text += static_cast<char>(0x80 | (code & 0x3F));
                    } else {
                        text += static_cast<char>(0xE0 | (code >> 12));
                        text += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
                        text += static_cast<char>(0x80 | (code & 0x3F));
                    }
                }
            }
        }
    }

    void add_content(Element& e, const std::string& page, const std::string& mcid) {
        e.pages.insert(page);
        auto it = marked_text_.find(page + "#" + mcid);
        if (it == marked_text_.end()) return;
        if (!e.text.empty()) e.text += ' ';
        e.text += it->second;
    }

    // Reads element `ref` and, in order, everything below it.
    void walk(const std::string& ref, const std::string& parent_page) {
        const ptree& d = dict(ref);
        const std::size_t index = elements.size();
        elements.push_back({});
        elements[index].ref = ref;
        elements[index].type = get(d, "/S");
        elements[index].alt = get(d, "/Alt");
        if (const ptree* a = child(d, "/A"))
            for (const auto& [key, value] : *a)
                elements[index].attributes[key] = value.get_value<std::string>();
        std::string page = get(d, "/Pg");
        if (page.empty()) page = parent_page;
        std::vector<const ptree*> kids;
        const ptree* k = child(d, "/K");
        if (k && k->empty())
            kids.push_back(k);
        else if (k)
            for (const auto& [key, kid] : *k)
                kids.push_back(&kid);
        for (const ptree* kid : kids) {
            if (kid->empty()) {
                const std::string v = kid->get_value<std::string>();
                if (v.size() > 2 && v.compare(v.size() - 2, 2, " R") == 0) {
                    elements[index].kids.push_back(v);
                    walk(v, page);
                } else {
                    add_content(elements[index], page, v);
                }
            } else if (get(*kid, "/Type") == "/MCR") {
                add_content(elements[index], get(*kid, "/Pg"), get(*kid, "/MCID"));
            } else if (get(*kid, "/Type") == "/OBJR") {
                elements[index].annotations.push_back(get(*kid, "/Obj"));
            }
        }
    }

    ptree json_;
    std::map<std::string, const ptree*> objects_;
    std::map<std::string, std::string> marked_text_;
    const ptree* parent_tree_ = nullptr;
};

struct Reference {
    std::string dir = temp_dir("tagged");
    std::string pdf = dir + "/report.pdf";
    Run build = boardpack("build " + source("layouts/pcc-quarterly.xml") + " -o " + pdf +
                          " --no-system-fonts -q");
};

const Reference& reference() {
    static Reference r;
    return r;
}

const TaggedPdf& reference_tree() {
    static TaggedPdf tree(reference().pdf);
    return tree;
}

} // namespace

BOOST_AUTO_TEST_CASE(pdfinfo_sees_a_tagged_pdf_1_7_and_the_xmp_names_both_standards) {
    BOOST_TEST_REQUIRE(reference().build.status == 0, reference().build.err);
    Run info = run("pdfinfo '" + reference().pdf + "'");
    BOOST_TEST(info.out.find("Tagged:          yes") != std::string::npos, info.out);
    BOOST_TEST(info.out.find("PDF version:     1.7") != std::string::npos);
    Run meta = run("pdfinfo -meta '" + reference().pdf + "'");
    for (const char* want :
         {"<pdfuaid:part>1</pdfuaid:part>", "<pdfaid:part>2</pdfaid:part>",
          "<pdfaid:conformance>B</pdfaid:conformance>", "<pdfaSchema:prefix>pdfuaid<",
          "<rdf:li xml:lang=\"x-default\">Performance Report – Quarter 1 – 12 months to 30 "
          "June 2017</rdf:li>"})
        BOOST_TEST(meta.out.find(want) != std::string::npos, want);
}

BOOST_AUTO_TEST_CASE(the_tree_reads_the_section_titles_and_the_sectors_in_document_order) {
    const auto& t = reference_tree();
    BOOST_TEST_REQUIRE(!t.elements.empty());
    BOOST_TEST(t.elements.front().type == "/Document");
    std::vector<std::string> headings, titles;
    for (const auto& e : t.elements) {
        if (e.type == "/H1" || e.type == "/H2") headings.push_back(e.text);
        if (e.type == "/H1") titles.push_back(e.text);
    }
    // Each section that opens a page shows its title in the banner: there it is the section's
    // heading (H1), in the order of the bookmarks ("Objective: …" for the objectives).
    std::size_t found_titles = 0, next = 0;
    for (const auto& b : pdf_facts(reference().pdf).bookmarks) {
        if (b.depth != 0) continue;
        for (std::size_t k = next; k < titles.size(); ++k)
            if (titles[k].size() >= b.title.size() &&
                titles[k].compare(titles[k].size() - b.title.size(), b.title.size(), b.title) ==
                    0) {
                ++found_titles;
                next = k + 1;
                break;
            }
    }
    BOOST_TEST(found_titles >= 15u); // all but the cover and sections that start mid-page
    // The cover's title first (its band texts are marked heading="1"), then the menu's banner.
    BOOST_TEST_REQUIRE(titles.size() >= 2u);
    BOOST_TEST(titles[0] == "Performance Report 2017/18 · Quarter 1");
    BOOST_TEST(titles[1] == "Main Menu");
    // The sectors of areas.csv, in its order, each a heading.
    std::vector<std::string> sectors;
    std::istringstream csv(read_file(source("data/2017-q1/areas.csv")));
    std::string line;
    while (std::getline(csv, line))
        if (line.find(",sector,") != std::string::npos)
            sectors.push_back(
                line.substr(line.find(',') + 1, line.find(",sector,") - line.find(',') - 1));
    BOOST_TEST_REQUIRE(sectors.size() == 12u);
    std::size_t at = 0;
    for (const auto& sector : sectors) {
        auto found = std::find(headings.begin() + static_cast<long>(at), headings.end(), sector);
        BOOST_TEST_REQUIRE((found != headings.end()),
                           "heading " + sector + " missing or out of order");
        at = static_cast<std::size_t>(found - headings.begin()) + 1;
    }
}

BOOST_AUTO_TEST_CASE(tables_have_column_headers_and_faces_have_alt_text_and_their_word) {
    const auto& t = reference_tree();
    int tables = 0, with_header_row = 0, faces = 0;
    std::map<std::string, const Element*> by_ref;
    for (const auto& e : t.elements)
        by_ref[e.ref] = &e;
    for (const auto& e : t.elements) {
        if (e.type == "/Table") {
            ++tables;
            BOOST_TEST_REQUIRE(!e.kids.empty());
            const Element& first_row = *by_ref.at(e.kids.front());
            BOOST_TEST(first_row.type == "/TR");
            // Every header cell says what it heads; a header row heads the columns.
            bool header_row = true;
            for (const auto& cell : first_row.kids)
                header_row = header_row && by_ref.at(cell)->type == "/TH" &&
                             by_ref.at(cell)->attributes.count("/Scope") &&
                             by_ref.at(cell)->attributes.at("/Scope") == "/Column";
            with_header_row += header_row;
        }
        if (e.type == "/TH") BOOST_TEST(e.attributes.count("/Scope") == 1u, e.text);
        if (e.type == "/Figure") {
            BOOST_TEST(!e.alt.empty());
            if (e.alt.rfind("Verdict: ", 0) != 0) continue;
            ++faces;
            // "Verdict: Closely monitoring" is read as "Closely monitoring" by text extraction.
            BOOST_TEST(e.text == e.alt.substr(9), e.alt);
        }
    }
    BOOST_TEST(tables > 10);
    BOOST_TEST(with_header_row > 10);
    BOOST_TEST(faces > 20);
}

BOOST_AUTO_TEST_CASE(every_link_annotation_is_described_printed_and_owned_by_its_link_element) {
    const auto& t = reference_tree();
    std::map<std::string, const Element*> owner;
    for (const auto& e : t.elements)
        for (const auto& a : e.annotations)
            owner[a] = &e;
    int links = 0;
    for (const auto& page : t.pages) {
        const ptree& p = t.dict(page);
        const ptree* annots = t.child(p, "/Annots");
        if (!annots) continue;
        BOOST_TEST(t.get(p, "/Tabs") == "/S");
        for (const auto& [key, value] : *annots) {
            const std::string ref = value.get_value<std::string>();
            const ptree& a = t.dict(ref);
            ++links;
            BOOST_TEST(!t.get(a, "/Contents").empty());
            BOOST_TEST(t.get(a, "/F") == "4");
            BOOST_TEST_REQUIRE(owner.count(ref) == 1u, "annotation " + ref + " has no OBJR");
            BOOST_TEST(owner.at(ref)->type == "/Link");
            const std::string key_text = t.get(a, "/StructParent");
            BOOST_TEST_REQUIRE(!key_text.empty());
            BOOST_TEST(t.parent_tree_entry(std::stoi(key_text)) == owner.at(ref)->ref);
        }
    }
    BOOST_TEST(links > 50);
}

BOOST_AUTO_TEST_CASE(a_table_over_several_pages_is_one_element_with_its_header_once) {
    const std::string dir = temp_dir("split-table");
    std::string rows = "<row><cell>Area</cell><cell>Figure</cell></row>";
    for (int i = 0; i < 90; ++i)
        rows += "<row><cell>row " + std::to_string(i) + "</cell><cell>" + std::to_string(i * 7) +
                "</cell></row>";
    write_file(dir + "/long.xml",
               "<report title=\"Long table\" lang=\"en-GB\"><template id=\"t\" margin=\"30\">"
               "<header height=\"30\"><text>{section.title}</text></header></template>"
               "<section id=\"s\" title=\"Figures\" template=\"t\"><table columns=\"3 1\" "
               "align=\"left right\">" +
                   rows + "</table></section></report>");
    Run build =
        boardpack("build " + dir + "/long.xml -o " + dir + "/long.pdf --no-system-fonts -q");
    BOOST_TEST_REQUIRE(build.status == 0, build.err);
    TaggedPdf t(dir + "/long.pdf");
    BOOST_TEST_REQUIRE(t.pages.size() >= 3u);
    std::map<std::string, const Element*> by_ref;
    int tables = 0, headers = 0;
    std::set<std::string> table_pages;
    std::vector<std::string> row_labels;
    for (const auto& e : t.elements) {
        by_ref[e.ref] = &e;
        tables += e.type == "/Table";
        if (e.type == "/TH" && e.attributes.count("/Scope") &&
            e.attributes.at("/Scope") == "/Column")
            ++headers;
        if (e.type == "/TH" && e.attributes.count("/Scope") && e.attributes.at("/Scope") == "/Row")
            row_labels.push_back(e.text);
        if (e.type == "/TD" || e.type == "/TH") table_pages.insert(e.pages.begin(), e.pages.end());
    }
    BOOST_TEST(tables == 1);
    BOOST_TEST(headers == 2); // "Area" and "Figure", once
    BOOST_TEST(table_pages.size() == t.pages.size());
    BOOST_TEST_REQUIRE(row_labels.size() == 90u); // every row, in order
    for (int i = 0; i < 90; ++i)
        BOOST_TEST(row_labels[static_cast<std::size_t>(i)] == "row " + std::to_string(i));
    // On every later page the header row is repeated for the eye, as a pagination artifact.
    for (std::size_t p = 1; p < t.pages.size(); ++p) {
        const std::string& content = t.page_content.at(t.pages[p]);
        const auto artifact = content.find("/Artifact <</Type /Pagination>> BDC");
        BOOST_TEST_REQUIRE(artifact != std::string::npos);
        BOOST_TEST(content.find("/TD <</MCID") > artifact);
    }
}

BOOST_AUTO_TEST_CASE(pdf_standard_none_writes_an_untagged_pdf_and_a_bad_name_is_a_usage_error) {
    const std::string dir = temp_dir("untagged");
    Run build = boardpack("build " + source("layouts/board-summary.xml") + " -o " + dir +
                          "/s.pdf --pdf-standard none --no-system-fonts -q");
    BOOST_TEST_REQUIRE(build.status == 0, build.err);
    BOOST_TEST(run("pdfinfo '" + dir + "/s.pdf'").out.find("Tagged:          no") !=
               std::string::npos);
    BOOST_TEST(run("qpdf --check '" + dir + "/s.pdf'").status == 0);
    Run bad = boardpack("build " + source("layouts/board-summary.xml") + " -o " + dir +
                        "/t.pdf --pdf-standard pdf/x-4");
    BOOST_TEST(bad.status == 2);
    BOOST_TEST(bad.err.find("pdf/x-4") != std::string::npos);
}

namespace {

// The headings of a tree in reading order: level (1–6) and text, without a trailing space.
std::vector<std::pair<int, std::string>> headings_of(const TaggedPdf& t) {
    std::vector<std::pair<int, std::string>> out;
    for (const auto& e : t.elements)
        if (e.type.size() == 3 && e.type.compare(0, 2, "/H") == 0 && e.type[2] >= '1' &&
            e.type[2] <= '6') {
            std::string text = e.text;
            while (!text.empty() && text.back() == ' ')
                text.pop_back();
            out.emplace_back(e.type[2] - '0', text);
        }
    return out;
}

// The first element of type `type` whose text contains `part`, or null.
const Element* find_element(const TaggedPdf& t, const std::string& type, const std::string& part) {
    for (const auto& e : t.elements)
        if (e.type == type && e.text.find(part) != std::string::npos) return &e;
    return nullptr;
}

} // namespace

BOOST_AUTO_TEST_CASE(the_covers_title_is_the_first_heading_and_the_glossary_has_its_own) {
    const auto& t = reference_tree();
    const auto headings = headings_of(t);
    BOOST_TEST_REQUIRE(!headings.empty());
    // The cover band's two texts, marked heading="1", are one H1 on page 1.
    BOOST_TEST(headings.front().first == 1);
    BOOST_TEST(headings.front().second == "Performance Report 2017/18 · Quarter 1");
    const Element* cover = find_element(t, "/H1", "Performance Report");
    BOOST_TEST_REQUIRE(cover);
    BOOST_TEST((cover->pages == std::set<std::string>{t.pages.front()}));
    // The glossary banner is a heading once, where it is first drawn, and the terms are under
    // it, not under "Key to the Verdicts".
    std::size_t glossary = headings.size(), verdict_key = headings.size(), term = headings.size();
    int glossaries = 0;
    for (std::size_t i = 0; i < headings.size(); ++i) {
        if (headings[i].second == "Glossary") {
            ++glossaries;
            glossary = i;
        }
        if (headings[i].second == "Key to the Verdicts") verdict_key = i;
        if (headings[i].second == "Anti-Social Behaviour") term = i;
    }
    BOOST_TEST(glossaries == 1);
    BOOST_TEST_REQUIRE(term < headings.size());
    BOOST_TEST_REQUIRE(glossary < headings.size());
    BOOST_TEST(verdict_key < glossary);
    BOOST_TEST(glossary < term);
    BOOST_TEST(headings[glossary].first == 1);
    for (std::size_t i = glossary + 1; i < headings.size(); ++i)
        BOOST_TEST(headings[i].first == 2, headings[i].second); // every term, one level below
    // Where a line wraps or a bold run ends, the element's text has the word space.
    const Element* p = find_element(t, "/P", "Section 136 of the");
    BOOST_TEST_REQUIRE(p);
    BOOST_TEST(p->text.find("Section 136 of the Mental Health Act. This means reducing the "
                            "number of people who are detained in police custody") !=
                   std::string::npos,
               p->text);
}

BOOST_AUTO_TEST_CASE(every_example_starts_with_an_h1_and_skips_no_heading_level) {
    const std::string dir = temp_dir("headings");
    Run init = boardpack("init " + dir + "/starter");
    BOOST_TEST_REQUIRE(init.status == 0, init.err);
    const std::vector<std::string> layouts = {
        source("layouts/pcc-quarterly.xml"), source("layouts/board-summary.xml"),
        source("layouts/council-scorecard.xml"), dir + "/starter/report.xml"};
    for (std::size_t k = 0; k < layouts.size(); ++k) {
        const std::string pdf = dir + "/" + std::to_string(k) + ".pdf";
        Run build = boardpack("build '" + layouts[k] + "' -o '" + pdf + "' --no-system-fonts -q");
        BOOST_TEST_REQUIRE(build.status == 0, build.err);
        TaggedPdf t(pdf);
        const auto headings = headings_of(t);
        BOOST_TEST_REQUIRE(!headings.empty(), layouts[k]);
        BOOST_TEST(headings.front().first == 1, layouts[k]);
        for (std::size_t i = 1; i < headings.size(); ++i)
            BOOST_TEST(headings[i].first <= headings[i - 1].first + 1,
                       layouts[k] << ": " << headings[i].second);
        // Page 1 has a heading of its own: the reader learns at once what the page is.
        bool first_page = false;
        for (const auto& e : t.elements)
            first_page = first_page || (e.type == "/H1" && e.pages.count(t.pages.front()));
        BOOST_TEST(first_page, layouts[k]);
        if (k == 1) BOOST_TEST(headings.front().second == "Performance Summary Quarter 1 2017/18");
    }
    // pdfinfo, as a person would look: the summary's banner is its H1.
    Run info = run("pdfinfo -struct-text '" + dir + "/1.pdf'");
    BOOST_TEST(info.out.find("H1") != std::string::npos, info.out.substr(0, 400));
}

BOOST_AUTO_TEST_CASE(each_tounicode_cmaps_dictionary_names_the_cmap_its_stream_defines) {
    BOOST_TEST_REQUIRE(reference().build.status == 0, reference().build.err);
    Run r = run("qpdf --json --json-key=qpdf --json-stream-data=inline "
                "--decode-level=generalized '" +
                reference().pdf + "'");
    BOOST_TEST_REQUIRE(r.status == 0, r.err);
    std::istringstream in(r.out);
    ptree json;
    boost::property_tree::read_json(in, json);
    std::map<std::string, const ptree*> objects;
    for (const auto& [key, part] : json.get_child("qpdf"))
        for (const auto& [name, object] : part)
            if (name.rfind("obj:", 0) == 0) objects[name.substr(4)] = &object;
    // The value of `/Key` in a CMap's PostScript ("/CMapName /Adobe-Identity-UCS def").
    auto defined = [](const std::string& cmap, const std::string& key) {
        const auto at = cmap.find(key + ' ');
        if (at == std::string::npos) return std::string();
        const auto from = at + key.size() + 1;
        return cmap.substr(from, cmap.find_first_of(" \n", from) - from);
    };
    int cmaps = 0;
    for (const auto& [ref, object] : objects) {
        auto to_unicode = object->get_optional<std::string>("value./ToUnicode");
        if (!to_unicode) continue;
        ++cmaps;
        const ptree& stream = *objects.at(*to_unicode);
        const ptree& dict = stream.get_child("stream.dict");
        const std::string cmap = base64_decode(stream.get<std::string>("stream.data", ""));
        BOOST_TEST_REQUIRE(!cmap.empty());
        // What the stream defines…
        BOOST_TEST(defined(cmap, "/CMapName") == "/Adobe-Identity-UCS", cmap.substr(0, 300));
        BOOST_TEST(cmap.find("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement "
                             "0 >> def") != std::string::npos);
        // …its dictionary says.
        BOOST_TEST(dict.get<std::string>("/CMapName", "") == defined(cmap, "/CMapName"));
        BOOST_TEST(dict.get<std::string>("/CIDSystemInfo./Registry", "") == "u:Adobe");
        BOOST_TEST(dict.get<std::string>("/CIDSystemInfo./Ordering", "") == "u:UCS");
        BOOST_TEST(dict.get<std::string>("/CIDSystemInfo./Supplement", "") == "0");
    }
    BOOST_TEST(cmaps >= 2); // regular and bold at least
}
