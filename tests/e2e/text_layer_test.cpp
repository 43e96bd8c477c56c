// The text layer read back with poppler (pdftotext, pdfinfo -struct-text): a word space wherever
// the page shows one, at a change of style or link inside a line and where a line wraps (ISO
// 32000-1 §14.8.2.5), so that words never run together for search, copying, reflow or a screen
// reader.
#include "tools.hpp"

#include <boost/test/unit_test.hpp>

#include <cctype>
#include <set>
#include <sstream>

using namespace e2e;

namespace {

// A layout built into a fresh folder with the project's fonts.
struct Built {
    std::string pdf;
    Run build;
};

Built build(const std::string& layout, const std::string& name) {
    Built b;
    b.pdf = temp_dir("text-layer") + "/" + name + ".pdf";
    b.build = boardpack("build '" + layout + "' -o '" + b.pdf + "' --no-system-fonts -q");
    return b;
}

const Built& reference() {
    static const Built b = build(source("layouts/pcc-quarterly.xml"), "report");
    return b;
}

const Built& summary() {
    static const Built b = build(source("layouts/board-summary.xml"), "summary");
    return b;
}

// The starter of `boardpack init`, whose text has a <fig> inside a sentence.
const Built& starter() {
    static const Built b = [] {
        const std::string dir = temp_dir("text-layer-init") + "/starter";
        Run init = boardpack("init " + dir);
        BOOST_TEST_REQUIRE(init.status == 0, init.err);
        return build(dir + "/report.xml", "starter");
    }();
    return b;
}

// What `tool` (pdftotext with its options, or pdfinfo -struct-text) reads from `pdf`. Of the
// structure tree, the quoted texts of its elements but a Figure's (a screen reader reads a
// figure's alt text instead; the labels drawn in a chart are runs of their own, not a text).
std::string read_text(const std::string& tool, const std::string& pdf) {
    const bool to_stdout = tool.rfind("pdftotext", 0) == 0;
    Run r = run(tool + " '" + pdf + "'" + (to_stdout ? " -" : ""));
    BOOST_TEST_REQUIRE(r.status == 0, tool + ": " + r.err);
    if (to_stdout) return r.out;
    std::istringstream lines(r.out);
    std::string out, line, element;
    while (std::getline(lines, line)) {
        const auto first = line.find_first_not_of(' ');
        if (first == std::string::npos) continue;
        if (line[first] == '/') continue; // an attribute of the element
        if (line[first] != '"')
            element = line.substr(first, line.find(' ', first) - first);
        else if (element != "Figure")
            out += line.substr(first) + '\n';
    }
    return out;
}

// Lower-case runs of letters (ASCII; other bytes separate words).
std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::string word;
    for (char c : text + ' ') {
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (!word.empty()) {
            out.push_back(std::move(word));
            word.clear();
        }
    }
    return out;
}

// The text of an XML source as a reader meets it: text between tags and attribute values (a
// label="…", a title="…"), without tag and attribute names or comments.
std::string source_text(const std::string& xml) {
    std::string out;
    bool in_tag = false, in_value = false;
    for (std::size_t i = 0; i < xml.size(); ++i) {
        const char c = xml[i];
        if (!in_tag && xml.compare(i, 4, "<!--") == 0) {
            const auto end = xml.find("-->", i);
            if (end == std::string::npos) break;
            i = end + 2;
            out += ' ';
        } else if (!in_tag && c == '<') {
            in_tag = true;
            out += ' ';
        } else if (in_tag && c == '"') {
            in_value = !in_value;
            out += ' ';
        } else if (in_tag && !in_value && c == '>') {
            in_tag = false;
            out += ' ';
        } else if (!in_tag || in_value) {
            out += c;
        }
    }
    return out;
}

// The words of the layout's sources (its text and the data's) that a text of the PDF shows run
// together: a word of that text that the sources never write, made of two words that a source
// writes one after the other ("unless stated" → "unlessstated"). Finds both a join inside a
// line and one where a line wraps.
std::set<std::string> joins(const std::string& pdf_text, const std::vector<std::string>& sources) {
    std::set<std::string> known;
    std::set<std::pair<std::string, std::string>> pairs;
    for (const auto& path : sources) {
        std::string text = read_file(path);
        if (path.size() > 4 && path.compare(path.size() - 4, 4, ".xml") == 0)
            text = source_text(text);
        const std::vector<std::string> w = words(text);
        known.insert(w.begin(), w.end());
        for (std::size_t i = 0; i + 1 < w.size(); ++i)
            pairs.emplace(w[i], w[i + 1]);
    }
    std::set<std::string> out;
    for (const auto& word : words(pdf_text)) {
        if (known.count(word)) continue;
        for (std::size_t cut = 1; cut < word.size(); ++cut)
            if (pairs.count({word.substr(0, cut), word.substr(cut)})) out.insert(word);
    }
    return out;
}

std::string joined(const std::set<std::string>& s) {
    std::string out;
    for (const auto& w : s)
        out += (out.empty() ? "" : ", ") + w;
    return out;
}

// The text's runs of white space folded to one space.
std::string folded(const std::string& text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(text_layer)

BOOST_AUTO_TEST_CASE(the_known_joins_are_read_as_separate_words) {
    BOOST_TEST_REQUIRE(reference().build.status == 0, reference().build.err);
    BOOST_TEST_REQUIRE(summary().build.status == 0, summary().build.err);
    BOOST_TEST_REQUIRE(starter().build.status == 0, starter().build.err);
    // pdftotext guesses spaces from the gaps it sees; the structure tree's text (what a screen
    // reader or a reflow reads) has only the spaces the file holds. Both must read the words.
    for (const char* tool : {"pdftotext -q", "pdfinfo -struct-text"}) {
        // A bold run inside a line ("the <b>Mental Health</b> Act") that also wraps.
        const std::string report = folded(read_text(tool, reference().pdf));
        BOOST_TEST(report.find("theMental") == std::string::npos, tool);
        BOOST_TEST(report.find("Mental Health Act") != std::string::npos, tool);
        BOOST_TEST(report.find("HealthAct") == std::string::npos, tool);
        // A figure inside a sentence ("fell to <fig …/> in").
        const std::string start = folded(read_text(tool, starter().pdf));
        BOOST_TEST(start.find("to98in") == std::string::npos, tool);
        BOOST_TEST(start.find("fell to 98 in") != std::string::npos, tool << ": " << start);
        // A line wrap.
        const std::string board = folded(read_text(tool, summary().pdf));
        BOOST_TEST(board.find("unlessstated") == std::string::npos, tool);
        BOOST_TEST(board.find("unless stated") != std::string::npos, tool << ": " << board);
    }
}

BOOST_AUTO_TEST_CASE(no_two_words_of_the_sources_run_together) {
    BOOST_TEST_REQUIRE(reference().build.status == 0, reference().build.err);
    BOOST_TEST_REQUIRE(summary().build.status == 0, summary().build.err);
    const std::vector<std::string> sources = {source("layouts/pcc-quarterly.xml"),
                                              source("data/2017-q1/indicators.csv"),
                                              source("data/2017-q1/areas.csv")};
    // The structure tree's text (main read 81 joined words there: "theconfidence",
    // "healthact", …), pdftotext's reading order and its physical layout.
    for (const char* tool : {"pdfinfo -struct-text", "pdftotext -q", "pdftotext -q -layout"}) {
        const std::set<std::string> found = joins(read_text(tool, reference().pdf), sources);
        BOOST_TEST(found.empty(), tool << ": " << joined(found));
    }
    const std::set<std::string> board =
        joins(read_text("pdfinfo -struct-text", summary().pdf),
              {source("layouts/board-summary.xml"), source("data/2017-q1/indicators.csv")});
    BOOST_TEST(board.empty(), joined(board));
}

BOOST_AUTO_TEST_CASE(layout_mode_keeps_the_lines_and_their_words) {
    BOOST_TEST_REQUIRE(reference().build.status == 0, reference().build.err);
    const std::string text = read_text("pdftotext -q -layout", reference().pdf);
    // A wrapped paragraph stays on its lines, each with single spaces between its words.
    std::istringstream lines(text);
    std::string line;
    bool found = false;
    while (std::getline(lines, line))
        if (line.find("of the Mental Health Act.") != std::string::npos) {
            found = true;
            BOOST_TEST(line.find("Section 136 of the Mental Health Act. This means") !=
                           std::string::npos,
                       line);
        }
    BOOST_TEST(found, text.substr(0, 2000));
}

BOOST_AUTO_TEST_SUITE_END()
