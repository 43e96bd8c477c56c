#define BOOST_TEST_MODULE render_pdf
#include "render/pdf/haru.hpp"
#include "render/pdf/pdf_writer.hpp"

#include "core/error.hpp"
#include "support.hpp"

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

using boost::property_tree::ptree;
using bp::display::Document;
using bp::render::pdf_bytes;
using bp::test::run;
using bp::test::TempFile;

namespace {

std::string as_text(const std::vector<unsigned char>& bytes) {
    return {bytes.begin(), bytes.end()};
}

// Writes `doc` as PDF to a temporary file.
struct PdfFile {
    TempFile file{".pdf"};
    explicit PdfFile(const Document& doc, bp::render::PdfOptions opts = {}) {
        file.write(pdf_bytes(doc, opts));
    }
    std::string path() const { return file.path().string(); }
};

const ptree& child(const ptree& tree, const std::string& key) {
    auto it = tree.find(key);
    if (it == tree.not_found()) throw std::runtime_error("no key " + key + " in qpdf JSON");
    return it->second;
}

std::vector<std::string> values(const ptree& array) {
    std::vector<std::string> out;
    for (const auto& [key, item] : array)
        out.push_back(item.data());
    return out;
}

// qpdf's JSON view of a PDF: its objects, page numbers by page object, outline, labels.
struct QpdfJson {
    ptree tree;
    std::map<std::string, int> page_of; // "16 0 R" → 1-based page number

    explicit QpdfJson(const std::string& path) {
        auto result = run("qpdf --json --json-key=qpdf --json-key=pages --json-key=outlines "
                          "--json-key=pagelabels '" +
                          path + "'");
        BOOST_REQUIRE_EQUAL(result.status, 0);
        std::istringstream in(result.out);
        boost::property_tree::read_json(in, tree);
        for (const auto& [key, page] : child(tree, "pages"))
            page_of[page.get<std::string>("object")] = page.get<int>("pageposfrom1");
    }
    // The value of indirect object `ref` ("28 0 R").
    const ptree& object(const std::string& ref) const {
        const auto& qpdf = child(tree, "qpdf");
        const auto& objects = std::next(qpdf.begin())->second;
        return child(child(objects, "obj:" + ref), "value");
    }
    const ptree& catalog() const {
        const auto& qpdf = child(tree, "qpdf");
        const auto& objects = std::next(qpdf.begin())->second;
        return object(child(child(objects, "trailer"), "value").get<std::string>("/Root"));
    }
    // Annotation dictionaries of page `number`.
    std::vector<const ptree*> annotations(int number) const {
        std::vector<const ptree*> out;
        for (const auto& [ref, n] : page_of)
            if (n == number)
                for (const auto& a : values(child(object(ref), "/Annots")))
                    out.push_back(&object(a));
        return out;
    }
};

} // namespace

BOOST_AUTO_TEST_CASE(bytes_are_a_pdf_file) {
    auto text = as_text(pdf_bytes(bp::test::sample_report()));
    BOOST_TEST(text.rfind("%PDF-", 0) == 0u);
    BOOST_TEST(text.find("%%EOF", text.size() - 8) != std::string::npos);
}

// The trailer's /ID: "<hex><hex>" after "/ID[".
std::string document_id(const std::string& text) {
    const auto at = text.rfind("/ID[");
    return at == std::string::npos ? "" : text.substr(at + 4, 68);
}

BOOST_AUTO_TEST_CASE(same_document_gives_identical_bytes_without_dates_and_an_id_from_content) {
    auto doc = bp::test::sample_report();
    auto first = pdf_bytes(doc, {false});
    BOOST_TEST((first == pdf_bytes(doc, {false})));
    BOOST_TEST((pdf_bytes(doc) == pdf_bytes(doc)));
    auto text = as_text(first);
    BOOST_TEST(text.find("/CreationDate") == std::string::npos);
    BOOST_TEST(text.find("/ModDate") == std::string::npos);
    const std::string id = document_id(text);
    BOOST_TEST(id.size() == 68u);
    BOOST_TEST(id.substr(0, 34) == id.substr(34)); // both halves: no later revision
    // Another text gives another ID.
    std::get<bp::display::TextRun>(doc.pages[1].items.back()).text += "!";
    BOOST_TEST(document_id(as_text(pdf_bytes(doc, {false}))) != id);
}

BOOST_AUTO_TEST_CASE(dates_are_written_in_utc_when_created_is_set) {
    auto doc = bp::test::sample_report();
    doc.info.created = 1498824000; // 2017-06-30 12:00:00 UTC
    auto text = as_text(pdf_bytes(doc));
    BOOST_TEST(text.find("/CreationDate (D:20170630120000Z00'00')") != std::string::npos);
    BOOST_TEST(text.find("/ModDate (D:20170630120000Z00'00')") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(compression_makes_the_file_smaller) {
    auto doc = bp::test::sample_report();
    auto compressed = pdf_bytes(doc).size();
    auto plain = pdf_bytes(doc, {false}).size();
    BOOST_TEST_MESSAGE("sample report: " << compressed << " B compressed, " << plain << " B not");
    BOOST_TEST(compressed * 2 < plain);
}

BOOST_AUTO_TEST_CASE(qpdf_finds_no_errors,
                     *boost::unit_test::precondition(bp::test::tool_available("qpdf"))) {
    for (bool compress : {true, false}) {
        PdfFile pdf(bp::test::sample_report(), {compress});
        auto result = run("qpdf --check '" + pdf.path() + "' 2>&1");
        BOOST_TEST(result.status == 0, "compress=" << compress << ": " << result.out);
        BOOST_TEST(result.out.find("No syntax or stream encoding errors") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(pages_have_the_documents_count_and_size,
                     *boost::unit_test::precondition(bp::test::tool_available("pdfinfo"))) {
    PdfFile pdf(bp::test::sample_report());
    auto info = run("pdfinfo '" + pdf.path() + "' 2>/dev/null").out;
    BOOST_TEST(info.find("Pages:           3\n") != std::string::npos, info);
    BOOST_TEST(info.find("Page size:       841.89 x 595.28 pts") != std::string::npos, info);
    BOOST_TEST(info.find("Title:           Performance Report – Quarter 1\n") != std::string::npos);
    BOOST_TEST(info.find("Author:          Office of the Police and Crime Commissioner\n") !=
               std::string::npos);
    BOOST_TEST(info.find("Creator:         boardpack test\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_font_is_embedded_once,
                     *boost::unit_test::precondition(bp::test::tool_available("pdffonts"))) {
    PdfFile pdf(bp::test::sample_report());
    auto out = run("pdffonts '" + pdf.path() + "' 2>/dev/null").out;
    std::istringstream lines(out);
    std::string line;
    std::getline(lines, line); // header
    std::getline(lines, line); // rule
    int fonts = 0;
    while (std::getline(lines, line)) {
        std::vector<std::string> words;
        std::istringstream in(line);
        for (std::string w; in >> w;)
            words.push_back(w);
        BOOST_REQUIRE_GE(words.size(), 6u);
        BOOST_TEST(words[words.size() - 5] == "yes", "not embedded: " << line); // "emb"
        ++fonts;
    }
    BOOST_TEST(fonts == 2); // Regular and Bold, each once although used on several pages
}

BOOST_AUTO_TEST_CASE(utf8_text_extracts_unchanged,
                     *boost::unit_test::precondition(bp::test::tool_available("pdftotext"))) {
    PdfFile pdf(bp::test::sample_report());
    // -raw: content-stream order. (The default layout mode drops the spaces between
    // one-character words, whatever wrote the PDF.)
    auto page1 = run("pdftotext -raw -enc UTF-8 -f 1 -l 1 '" + pdf.path() + "' - 2>/dev/null").out;
    BOOST_TEST(page1.find(bp::test::special_text) != std::string::npos, page1);
    BOOST_TEST(page1.find("Main Menu") != std::string::npos);
    auto page3 = run("pdftotext -raw -enc UTF-8 -f 3 -l 3 '" + pdf.path() + "' - 2>/dev/null").out;
    BOOST_TEST(page3.find("Incidents continue to fall.") != std::string::npos, page3);
}

// 70 pages: enough for page content to be made on several threads (one per 16 pages).
// 70 pages, each with its own text and bar, and a link and a destination on every tenth page.
static Document long_document() {
    Document doc = bp::test::one_page({});
    const auto size = doc.pages[0].size;
    doc.pages.clear();
    for (int p = 1; p <= 70; ++p) {
        bp::display::PathItem bar;
        bar.path.rect({72, 72, 10.0 * p, 5});
        bar.fill = bp::Color{0, 0, 0.5};
        const std::string text = "Page " + std::to_string(p) + " of 70";
        doc.pages.push_back(
            {size, {bar, bp::display::TextRun{{72, 120}, p % 2, 12, {}, text, 80}}});
        if (p % 10 == 0) {
            doc.pages.back().items.push_back(
                bp::display::Destination{"place-" + std::to_string(p), 100});
            doc.pages.back().items.push_back(
                bp::display::LinkArea{{72, 200, 50, 20}, "place-" + std::to_string(p), ""});
        }
    }
    return doc;
}

BOOST_AUTO_TEST_CASE(a_long_document_has_each_pages_own_content_in_order_every_time,
                     *boost::unit_test::precondition(bp::test::tool_available("pdftotext"))) {
    const Document doc = long_document();
    const auto bytes = pdf_bytes(doc);
    BOOST_TEST((bytes == pdf_bytes(doc))); // the same bytes, whatever the threads did
    TempFile file(".pdf");
    file.write(bytes);
    for (int p : {1, 2, 17, 33, 50, 70}) {
        const std::string n = std::to_string(p);
        auto text =
            run("pdftotext -f " + n + " -l " + n + " '" + file.path().string() + "' - 2>/dev/null")
                .out;
        BOOST_TEST(text.find("Page " + n + " of 70") != std::string::npos, text);
    }
}

BOOST_AUTO_TEST_CASE(writing_through_a_sink_gives_the_same_bytes_as_in_memory) {
    // write_pdf frees each page's items once its content is made, on another thread, and hands
    // the bytes over in pieces of at most 64 KiB.
    const Document doc = long_document();
    std::vector<unsigned char> written;
    std::size_t pieces = 0, largest = 0;
    bp::render::write_pdf(Document(doc), [&](const unsigned char* bytes, std::size_t size) {
        written.insert(written.end(), bytes, bytes + size);
        ++pieces;
        largest = std::max(largest, size);
    });
    BOOST_TEST((written == pdf_bytes(doc)));
    // libharu's part and the finished end (object and cross-reference streams) are handed over
    // separately: at most one piece more than full 64 KiB pieces would need.
    BOOST_TEST(pieces <= (written.size() + 65535) / 65536 + 1);
    BOOST_TEST(pieces >= 2u);
    BOOST_TEST(largest <= 65536u);
}

BOOST_AUTO_TEST_CASE(sources_given_late_give_the_same_bytes_as_sources_in_the_document) {
    // The app hashes the inputs while the PDF is made and hands the lines over just before
    // saving (PdfOptions::late_sources): the file must be the one they would have made in
    // info.sources, and the lines must be asked for exactly once.
    Document with = bp::test::sample_report();
    with.info.sources = {"aaaa layout.xml", "bbbb theme.ini", "absent data/stated.csv"};
    Document without = bp::test::sample_report();
    without.info.sources = {"aaaa layout.xml"};
    bp::render::PdfOptions late;
    int asked = 0;
    late.late_sources = [&] {
        ++asked;
        return std::vector<std::string>{"bbbb theme.ini", "absent data/stated.csv"};
    };
    const auto expected = pdf_bytes(with);
    BOOST_TEST((pdf_bytes(without, late) == expected));
    BOOST_TEST(asked == 1);
    BOOST_TEST(as_text(expected).find("<rdf:li>bbbb theme.ini</rdf:li>") != std::string::npos);
    // Also with nothing in the document itself, and with no standard asked for: the XMP is
    // still written for the record alone.
    without.info.sources.clear();
    late.late_sources = [] { return std::vector<std::string>{"cccc layout.xml"}; };
    late.tagged = late.archival = false;
    Document only = bp::test::sample_report();
    only.info.sources = {"cccc layout.xml"};
    bp::render::PdfOptions none;
    none.tagged = none.archival = false;
    BOOST_TEST((pdf_bytes(without, late) == pdf_bytes(only, none)));
}

BOOST_AUTO_TEST_CASE(a_content_error_names_the_first_page_that_has_one) {
    Document doc = long_document();
    for (int p : {60, 7, 33}) // a text run in a font the document does not have
        doc.pages[static_cast<std::size_t>(p - 1)].items.push_back(
            bp::display::TextRun{{72, 300}, 9, 12, {}, "lost", 20});
    for (int run = 0; run < 5; ++run) // whichever thread meets which page first
        BOOST_CHECK_EXCEPTION(pdf_bytes(doc), bp::OutputError, [](const bp::OutputError& e) {
            BOOST_TEST_MESSAGE(e.what());
            return std::string(e.what()).find("on page 7 uses font 9") != std::string::npos;
        });
}

BOOST_AUTO_TEST_CASE(a_link_on_page_1_goes_forward_to_its_destination_on_page_3,
                     *boost::unit_test::precondition(bp::test::tool_available("qpdf"))) {
    PdfFile pdf(bp::test::sample_report());
    QpdfJson json(pdf.path());
    auto annots = json.annotations(1);
    BOOST_REQUIRE_EQUAL(annots.size(), 2u);
    const ptree& internal = *annots[0];
    BOOST_TEST(internal.get<std::string>("/Subtype") == "/Link");
    BOOST_TEST(values(child(internal, "/Border")) == (std::vector<std::string>{"0", "0", "0"}));
    // Rect [600 65.28 720 95.28]: the link box flipped to y up.
    BOOST_TEST(values(child(internal, "/Rect")) ==
               (std::vector<std::string>{"600", "65.28", "720", "95.28"}));
    auto dest = values(json.object(internal.get<std::string>("/Dest")));
    BOOST_REQUIRE_EQUAL(dest.size(), 3u);
    BOOST_TEST(json.page_of.at(dest[0]) == 3);
    BOOST_TEST(dest[1] == "/FitH"); // "asb" is 200 pt down the page: top = 595.28 − 200
    BOOST_TEST(dest[2] == "395.28");

    const ptree& external = *annots[1];
    BOOST_TEST(external.get<std::string>("/A./S") == "/URI");
    BOOST_TEST(external.get<std::string>("/A./URI") == "u:https://www.example.org/pcc?q=1&r=2");
    BOOST_TEST(values(child(external, "/Border")) == (std::vector<std::string>{"0", "0", "0"}));

    // Page 3's link goes back to the page top of page 1: the whole page (/Fit).
    auto back = json.annotations(3);
    BOOST_REQUIRE_EQUAL(back.size(), 1u);
    auto back_dest = values(json.object(back[0]->get<std::string>("/Dest")));
    BOOST_TEST(json.page_of.at(back_dest[0]) == 1);
    BOOST_TEST(back_dest[1] == "/Fit");
}

BOOST_AUTO_TEST_CASE(outline_entries_open_the_right_pages,
                     *boost::unit_test::precondition(bp::test::tool_available("qpdf"))) {
    PdfFile pdf(bp::test::sample_report());
    QpdfJson json(pdf.path());
    const auto& outlines = child(json.tree, "outlines");
    BOOST_REQUIRE_EQUAL(outlines.size(), 2u);
    const auto& menu = outlines.begin()->second;
    const auto& objectives = std::next(outlines.begin())->second;
    BOOST_TEST(menu.get<std::string>("title") == "Main Menu");
    BOOST_TEST(menu.get<int>("destpageposfrom1") == 1);
    BOOST_TEST(objectives.get<std::string>("title") == "Objectives");
    BOOST_TEST(objectives.get<int>("destpageposfrom1") == 2);
    const auto& kids = child(objectives, "kids");
    BOOST_REQUIRE_EQUAL(kids.size(), 1u);
    BOOST_TEST(kids.begin()->second.get<std::string>("title") == "Anti-social behaviour – ’");
    BOOST_TEST(kids.begin()->second.get<int>("destpageposfrom1") == 3);
}

BOOST_AUTO_TEST_CASE(catalog_has_labels_language_outline_mode_and_opens_at_page_1,
                     *boost::unit_test::precondition(bp::test::tool_available("qpdf"))) {
    PdfFile pdf(bp::test::sample_report());
    QpdfJson json(pdf.path());
    const auto& catalog = json.catalog();
    BOOST_TEST(catalog.get<std::string>("/Lang") == "u:en-GB");
    BOOST_TEST(catalog.get<std::string>("/PageMode") == "/UseOutlines");
    auto open = values(json.object(catalog.get<std::string>("/OpenAction")));
    BOOST_TEST(json.page_of.at(open.at(0)) == 1);
    // Labels i, 1, 2: lower roman from page index 0, decimal from 1.
    std::vector<std::string> styles;
    for (const auto& [key, label] : child(json.tree, "pagelabels"))
        styles.push_back(label.get<std::string>("index") + ":" +
                         label.get<std::string>("label./S"));
    BOOST_TEST(styles == (std::vector<std::string>{"0:/r", "1:/D"}));
}

BOOST_AUTO_TEST_CASE(prefix_only_and_utf8_prefixed_labels,
                     *boost::unit_test::precondition(bp::test::tool_available("qpdf"))) {
    auto doc = bp::test::sample_report();
    doc.page_labels = {{1, bp::display::PageLabelRange::Style::Decimal, "Annex – ", 5},
                       {2, bp::display::PageLabelRange::Style::None, "Back", 1}};
    doc.show_outline = false;
    PdfFile pdf(doc);
    QpdfJson json(pdf.path());
    std::vector<std::string> labels;
    for (const auto& [key, label] : child(json.tree, "pagelabels"))
        labels.push_back(label.get<std::string>("index") + ":" +
                         label.get<std::string>("label./S", "-") + ":" +
                         label.get<std::string>("label./P", "-") + ":" +
                         label.get<std::string>("label./St", "-"));
    // A default decimal range is added at page index 0, as PDF requires one there; qpdf
    // reports the default start 1 that the file leaves out.
    BOOST_TEST(labels ==
               (std::vector<std::string>{"0:/D:-:1", "1:/D:u:Annex – :5", "2:-:u:Back:1"}));
    BOOST_TEST(json.catalog().count("/PageMode") == 0u);
}

// Counts the occurrences of `what` in `text`.
std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

BOOST_AUTO_TEST_CASE(dashes_are_written_as_given_and_set_only_when_they_change) {
    bp::display::PathItem dashed;
    dashed.path.move_to({10, 10}).line_to({200, 10});
    dashed.stroke = bp::display::Stroke{{0, 0, 0}, 1, {2.6, 1.4}};
    bp::display::PathItem again = dashed;
    bp::display::PathItem negative = dashed; // not drawable as a dash: solid
    negative.stroke->dash = {-1, 2};
    bp::display::PathItem odd = dashed;
    odd.stroke->dash = {3, 1, 2};
    auto content = as_text(pdf_bytes(bp::test::one_page({dashed, again, negative, odd}), {false}));
    BOOST_TEST(count_of(content, "[2.6 1.4 ] 0 d") == 1u);
    BOOST_TEST(count_of(content, "[] 0 d") == 1u);
    BOOST_TEST(count_of(content, "[3 1 2 ] 0 d") == 1u);
    BOOST_TEST(count_of(content, " S\n") + count_of(content, "\nS\n") == 4u);
    BOOST_TEST(count_of(content, "\nq\n") == 0u); // state is tracked, not saved and restored
}

BOOST_AUTO_TEST_CASE(text_runs_share_a_text_object_and_colours_are_set_once) {
    bp::display::Document doc = bp::test::one_page({});
    auto& items = doc.pages[0].items;
    for (int i = 0; i < 3; ++i)
        items.push_back(bp::display::TextRun{{72, 100.0 + 12 * i}, 0, 10, {0.5, 0, 0}, "Row", 17});
    bp::display::PathItem rule;
    rule.path.rect({72, 150, 100, 1});
    rule.fill = bp::Color{0.5, 0, 0};
    items.push_back(rule);
    items.push_back(bp::display::TextRun{{72, 170}, 0, 10, {0.5, 0, 0}, "Après", 25});
    auto content = as_text(pdf_bytes(doc, {false}));
    BOOST_TEST(count_of(content, "BT\n") == 2u); // the rule closes the first text object
    BOOST_TEST(count_of(content, " Tf\n") == 1u);
    BOOST_TEST(count_of(content, " rg\n") == 1u);
    BOOST_TEST(count_of(content, " re\n") == 1u);
    // Positions: the first absolute (72, 595.28 − 100), then moves of 12 pt down; the codes
    // are the characters' Unicode values, two bytes each.
    BOOST_TEST(content.find("72 495.28 Td") != std::string::npos);
    BOOST_TEST(count_of(content, "0 -12 Td") == 2u);
    using namespace std::string_literals;
    BOOST_TEST(content.find("(\0A\0p\0r\0\xe8\0s) Tj"s) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(rectangles_in_a_path_are_written_as_re_and_other_shapes_as_lines) {
    bp::display::PathItem squares;
    squares.path.rect({10, 10, 4, 4}).rect({20, 10, 4, 4});
    squares.path.move_to({30, 10}).line_to({34, 14}).line_to({30, 14}).close();
    squares.fill = bp::Color{0, 0, 1};
    auto content = as_text(pdf_bytes(bp::test::one_page({squares}), {false}));
    // y is flipped: the top edge at 10 pt down is 585.28 up, and the height is negative.
    BOOST_TEST(content.find("10 585.28 4 -4 re\n20 585.28 4 -4 re\n30 585.28 m\n") !=
               std::string::npos);
    BOOST_TEST(count_of(content, " l\n") == 2u);
    BOOST_TEST(count_of(content, "\nf\n") == 1u);
}

BOOST_AUTO_TEST_CASE(string_delimiters_and_carriage_returns_are_escaped_in_text) {
    auto content = as_text(pdf_bytes(
        bp::test::one_page({bp::display::TextRun{{72, 100}, 0, 10, {}, "(a\\b)\r", 30}}), {false}));
    using namespace std::string_literals;
    BOOST_TEST(content.find("(\0\\(\0a\0\\\\\0b\0\\)\0\\r) Tj"s) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(png_image_is_embedded_in_its_box,
                     *boost::unit_test::precondition(bp::test::tool_available("pdfimages"))) {
    TempFile png(".png");
    {
        cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 4, 2);
        cairo_t* cr = cairo_create(s);
        cairo_set_source_rgb(cr, 0, 0, 1);
        cairo_paint(cr);
        cairo_destroy(cr);
        BOOST_REQUIRE(cairo_surface_write_to_png(s, png.path().c_str()) == CAIRO_STATUS_SUCCESS);
        cairo_surface_destroy(s);
    }
    const std::string path = png.path().string();
    auto doc = bp::test::one_page({bp::display::ImageItem{{50, 50, 80, 40}, path},
                                   bp::display::ImageItem{{50, 150, 40, 20}, path}});
    PdfFile pdf(doc);
    auto list = run("pdfimages -list '" + pdf.path() + "' 2>/dev/null").out;
    // One image object, drawn twice.
    std::istringstream lines(list);
    std::string line;
    std::vector<std::string> rows;
    while (std::getline(lines, line))
        if (line.find("image") != std::string::npos && line.find("page") == std::string::npos)
            rows.push_back(line);
    BOOST_REQUIRE_EQUAL(rows.size(), 2u);
    std::istringstream first(rows[0]);
    std::vector<std::string> cols;
    for (std::string w; first >> w;)
        cols.push_back(w);
    BOOST_TEST(cols.at(3) == "4"); // width
    BOOST_TEST(cols.at(4) == "2"); // height
    BOOST_TEST(run("qpdf --check '" + pdf.path() + "' >/dev/null 2>&1").status == 0);
}

BOOST_AUTO_TEST_CASE(missing_font_file_is_an_output_error) {
    auto doc = bp::test::sample_report();
    doc.fonts[1].path = "/nonexistent/NoSuchFont.ttf";
    try {
        pdf_bytes(doc);
        BOOST_FAIL("no error");
    } catch (const bp::OutputError& e) {
        const std::string what = e.what();
        BOOST_TEST(what.rfind("/nonexistent/NoSuchFont.ttf: error: font "
                              "/nonexistent/NoSuchFont.ttf: cannot be read",
                              0) == 0,
                   what);
        BOOST_TEST(what.find("0x") == std::string::npos, what); // words, not library codes
    }
}

BOOST_AUTO_TEST_CASE(missing_image_file_is_an_output_error) {
    auto doc = bp::test::one_page({bp::display::ImageItem{{0, 0, 10, 10}, "/nonexistent/a.png"}});
    BOOST_CHECK_EXCEPTION(pdf_bytes(doc), bp::OutputError, [](const bp::OutputError& e) {
        return std::string(e.what()).find("loading PNG image /nonexistent/a.png") !=
               std::string::npos;
    });
}

BOOST_AUTO_TEST_CASE(libharu_errors_name_the_stage_and_the_cause_in_words) {
    auto doc = bp::test::sample_report();
    doc.pages[1].size = {1, 1}; // libharu allows 3 to 14400 pt
    BOOST_CHECK_EXCEPTION(pdf_bytes(doc), bp::OutputError, [](const bp::OutputError& e) {
        const std::string what = e.what();
        BOOST_TEST_MESSAGE(what);
        return what.find("while adding page 2") != std::string::npos &&
               what.find("invalid page size (3 to 14400 pt)") != std::string::npos &&
               what.find("0x") == std::string::npos;
    });
}

BOOST_AUTO_TEST_CASE(links_to_unknown_or_duplicate_destinations_are_output_errors) {
    auto doc = bp::test::sample_report();
    doc.pages[2].items.push_back(bp::display::LinkArea{{0, 0, 10, 10}, "no-such-place", ""});
    BOOST_CHECK_EXCEPTION(pdf_bytes(doc), bp::OutputError, [](const bp::OutputError& e) {
        const std::string what = e.what();
        return what.find("'no-such-place'") != std::string::npos &&
               what.find("page 3") != std::string::npos;
    });
    auto twice = bp::test::sample_report();
    twice.pages[1].items.push_back(bp::display::Destination{"asb", 0});
    BOOST_CHECK_THROW(pdf_bytes(twice), bp::OutputError);
    auto outline = bp::test::sample_report();
    outline.outline.push_back({"Lost", "nowhere", {}});
    BOOST_CHECK_THROW(pdf_bytes(outline), bp::OutputError);
    auto empty = bp::test::sample_report();
    empty.pages[0].items.push_back(bp::display::LinkArea{{0, 0, 10, 10}, "", ""});
    BOOST_CHECK_THROW(pdf_bytes(empty), bp::OutputError);
}

BOOST_AUTO_TEST_CASE(a_document_without_pages_is_an_output_error) {
    BOOST_CHECK_THROW(pdf_bytes(Document{}), bp::OutputError);
}

BOOST_AUTO_TEST_CASE(a_document_made_while_another_is_open_leaves_its_memory_alone) {
    // Each libharu document allocates from an arena of its own (haru.cpp); one made on the same
    // thread while another is still open must not take or drop the other's.
    bp::render::pdf::HaruDoc open;
    HPDF_Page first = HPDF_AddPage(open.get());
    const auto bytes = pdf_bytes(bp::test::sample_report());
    BOOST_TEST(as_text(bytes).rfind("%PDF-", 0) == 0);
    HPDF_Page second = HPDF_AddPage(open.get()); // the open document can still allocate
    HPDF_Page_SetWidth(second, 200);
    BOOST_TEST(HPDF_Page_GetWidth(second) == 200);
    BOOST_TEST(HPDF_Page_GetWidth(first) > 0);
    BOOST_CHECK_NO_THROW(open.check("adding pages"));
}
