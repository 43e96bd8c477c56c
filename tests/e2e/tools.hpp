// Runs the boardpack binary and the PDF tools (qpdf, poppler) for end-to-end tests, and reads
// what they say about a PDF: pages, link targets, bookmarks, fonts, text.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace e2e {

// What a command did.
struct Run {
    int status = -1; // exit status, or 128 + signal
    std::string out;
    std::string err;
};

// Runs `command` through the shell.
Run run(const std::string& command);
// Runs the boardpack binary with `args` (already shell-quoted where needed).
Run boardpack(const std::string& args);

std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& text);
// A fresh empty folder of its own under the system temp folder (mkdtemp), so runs at the same
// time never share one; removed when the test program ends.
std::string temp_dir(const std::string& name);
std::string source(const std::string& relative); // path in the repository

// A link annotation: the page it is on and the page it goes to (1-based), or its URI.
struct PdfLink {
    int page = 0;
    int target = 0;
    std::string uri;
};

// A bookmark: its title, target page (1-based), depth (0 for top level), how many children it
// has and whether they show when the file opens (qpdf's "open": its /Count is positive).
struct PdfBookmark {
    std::string title;
    int target = 0;
    int depth = 0;
    int kids = 0;
    bool open = false;
};

// The structure of a PDF as qpdf reports it.
struct PdfFacts {
    int pages = 0;
    std::vector<PdfLink> links;
    std::vector<PdfBookmark> bookmarks;
    int outline_count = 0; // the outline root's /Count: the items visible when the file opens
};

PdfFacts pdf_facts(const std::string& pdf);
// The text of one page (1-based) with runs of white space folded to one space.
std::string page_text(const std::string& pdf, int page);

} // namespace e2e
