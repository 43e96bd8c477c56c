#include "manifest.hpp"

#include <fstream>
#include <stdexcept>

namespace bp::robustness {

namespace {

std::string trim(const std::string& s) {
    auto a = s.find_first_not_of(" \t");
    if (a == std::string::npos) return "";
    auto b = s.find_last_not_of(" \t");
    return s.substr(a, b - a + 1);
}

std::vector<std::string> split_columns(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        std::size_t bar = line.find(" | ", start);
        out.push_back(trim(line.substr(start, bar == std::string::npos ? bar : bar - start)));
        if (bar == std::string::npos) return out;
        start = bar + 3;
    }
}

} // namespace

std::vector<std::string> split_args(const std::string& text) {
    std::vector<std::string> out;
    std::string word;
    bool in_word = false, quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size() && text[i + 1] == 'n') { // a newline in a name
            word += '\n';
            in_word = true;
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
            in_word = true;
        } else if (c == ' ' && !quoted) {
            if (in_word) out.push_back(word);
            word.clear();
            in_word = false;
        } else {
            word += c;
            in_word = true;
        }
    }
    if (quoted) throw std::runtime_error("unbalanced quote in: " + text);
    if (in_word) out.push_back(word);
    return out;
}

std::vector<Case> read_manifest(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::vector<Case> cases;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (trim(line).empty() || trim(line)[0] == '#') continue;
        auto cols = split_columns(line);
        if (cols.size() < 4 || cols.size() > 5 ||
            (cols[2] != "0" && cols[2] != "1" && cols[2] != "2"))
            throw std::runtime_error(path.string() + ":" + std::to_string(number) +
                                     ": expected NAME | ARGS | EXIT | START [| CONTAINS]");
        Case c;
        c.name = cols[0];
        c.args = split_args(cols[1]);
        c.exit = cols[2][0] - '0';
        c.expect_start = cols[3];
        if (cols.size() == 5) c.expect_contains = cols[4];
        for (const Case& seen : cases)
            if (seen.name == c.name)
                throw std::runtime_error(path.string() + ":" + std::to_string(number) + ": case " +
                                         c.name + " is listed twice");
        cases.push_back(std::move(c));
    }
    return cases;
}

} // namespace bp::robustness
