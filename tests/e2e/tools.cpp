#include "tools.hpp"

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace e2e {

namespace fs = std::filesystem;
namespace pt = boost::property_tree;

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

namespace {

// The folders temp_dir made in this process, removed when it ends.
struct TempDirs {
    std::vector<std::string> made;
    ~TempDirs() {
        for (const auto& dir : made) {
            std::error_code ec;
            fs::remove_all(dir, ec);
        }
    }
};

TempDirs& temp_dirs() {
    static TempDirs dirs;
    return dirs;
}

} // namespace

std::string temp_dir(const std::string& name) {
    std::string pattern =
        (fs::temp_directory_path() / ("boardpack-e2e-" + name + "-XXXXXX")).string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("cannot create a folder like " + pattern);
    temp_dirs().made.push_back(pattern);
    return pattern;
}

std::string source(const std::string& relative) {
    return std::string(BOARDPACK_SOURCE_DIR) + "/" + relative;
}

Run run(const std::string& command) {
    std::string err_file = (fs::temp_directory_path() / "boardpack-e2e-stderr-XXXXXX").string();
    int fd = mkstemp(err_file.data());
    if (fd < 0) throw std::runtime_error("cannot create " + err_file);
    close(fd);
    Run r;
    FILE* pipe = popen((command + " 2>" + err_file).c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run " + command);
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0)
        r.out.append(buf, n);
    int status = pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.err = read_file(err_file);
    fs::remove(err_file);
    return r;
}

Run boardpack(const std::string& args) {
    return run(std::string(BOARDPACK_BIN) + " " + args);
}

namespace {

// A child of `tree` by exact key (keys contain '/', ' ' and ':' that paths would misread).
const pt::ptree* child(const pt::ptree& tree, const std::string& key) {
    auto it = tree.find(key);
    return it == tree.not_found() ? nullptr : &it->second;
}

void read_outlines(const pt::ptree& list, int depth, std::vector<PdfBookmark>& out,
                   const std::map<std::string, int>& page_of) {
    for (const auto& [unused, entry] : list) {
        PdfBookmark b;
        b.title = entry.get<std::string>("title", "");
        b.target = entry.get<int>("destpageposfrom1", 0);
        b.depth = depth;
        b.open = entry.get<bool>("open", false);
        if (const pt::ptree* kids = child(entry, "kids")) b.kids = static_cast<int>(kids->size());
        out.push_back(b);
        if (const pt::ptree* kids = child(entry, "kids"))
            read_outlines(*kids, depth + 1, out, page_of);
    }
}

} // namespace

PdfFacts pdf_facts(const std::string& pdf) {
    Run r = run("qpdf --json=2 --json-key=pages --json-key=outlines --json-key=qpdf '" + pdf + "'");
    if (r.status != 0) throw std::runtime_error("qpdf --json failed: " + r.err);
    pt::ptree json;
    std::istringstream in(r.out);
    pt::read_json(in, json);

    PdfFacts facts;
    std::map<std::string, int> page_of; // "22 0 R" → 1
    for (const auto& [unused, page] : json.get_child("pages"))
        page_of[page.get<std::string>("object")] = ++facts.pages;

    // Objects: "obj:N 0 R" → {"value": …}; destinations may be direct arrays or references.
    const pt::ptree& objects = json.get_child("qpdf").back().second;
    auto value_of = [&](const std::string& ref) -> const pt::ptree* {
        const pt::ptree* obj = child(objects, "obj:" + ref);
        return obj ? child(*obj, "value") : nullptr;
    };
    auto dest_page = [&](const pt::ptree& dest) -> int {
        const pt::ptree* array = &dest;
        if (dest.empty()) array = value_of(dest.data()); // an indirect destination
        if (!array || array->empty()) return 0;
        auto it = page_of.find(array->front().second.data());
        return it == page_of.end() ? 0 : it->second;
    };
    for (const auto& [ref, page] : page_of) {
        const pt::ptree* page_dict = value_of(ref);
        const pt::ptree* annots = page_dict ? child(*page_dict, "/Annots") : nullptr;
        if (!annots) continue;
        for (const auto& [u, annot_ref] : *annots) {
            const pt::ptree* annot = value_of(annot_ref.data());
            if (!annot || annot->get<std::string>("/Subtype", "") != "/Link") continue;
            PdfLink link;
            link.page = page;
            if (const pt::ptree* dest = child(*annot, "/Dest")) link.target = dest_page(*dest);
            if (const pt::ptree* action = child(*annot, "/A")) {
                const pt::ptree* a = action->empty() ? value_of(action->data()) : action;
                if (a) link.uri = a->get<std::string>("/URI", "");
                if (link.uri.rfind("u:", 0) == 0) link.uri.erase(0, 2); // qpdf JSON v2 strings
            }
            facts.links.push_back(link);
        }
    }
    read_outlines(json.get_child("outlines"), 0, facts.bookmarks, page_of);
    const pt::ptree* trailer = child(objects, "trailer");
    const pt::ptree* trailer_value = trailer ? child(*trailer, "value") : nullptr;
    const pt::ptree* catalog =
        trailer_value ? value_of(trailer_value->get<std::string>("/Root", "")) : nullptr;
    const pt::ptree* outlines =
        catalog ? value_of(catalog->get<std::string>("/Outlines", "")) : nullptr;
    if (outlines) facts.outline_count = outlines->get<int>("/Count", 0);
    return facts;
}

std::string page_text(const std::string& pdf, int page) {
    Run r = run("pdftotext -q -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" +
                pdf + "' -");
    std::string out;
    bool space = false;
    for (char c : r.out) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace e2e
