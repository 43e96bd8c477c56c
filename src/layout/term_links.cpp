#include "layout/term_links.hpp"

#include <algorithm>
#include <cctype>

namespace bp::layout {

namespace {
bool word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
}
} // namespace

void TermLinks::define(std::string term, std::string section_id) {
    terms_.push_back({std::move(term), std::move(section_id)});
    // Longer terms first, so "Cambridge Crime Harm Index" wins over a shorter overlapping term.
    std::stable_sort(terms_.begin(), terms_.end(),
                     [](const Term& a, const Term& b) { return a.text.size() > b.text.size(); });
}

std::vector<TermMatch> TermLinks::claim(std::string_view text) {
    std::vector<TermMatch> found;
    for (const auto& term : terms_) {
        if (term.section == section_ || linked_.count(term.text)) continue;
        for (std::size_t at = text.find(term.text); at != std::string_view::npos;
             at = text.find(term.text, at + 1)) {
            std::size_t end = at + term.text.size();
            bool whole = (at == 0 || !word_char(text[at - 1])) &&
                         (end == text.size() || !word_char(text[end]));
            bool overlaps = std::any_of(found.begin(), found.end(), [&](const TermMatch& m) {
                return at < m.end && end > m.begin;
            });
            if (!whole || overlaps) continue;
            found.push_back({at, end, term.section});
            linked_.insert(term.text);
            break;
        }
    }
    std::sort(found.begin(), found.end(),
              [](const TermMatch& a, const TermMatch& b) { return a.begin < b.begin; });
    return found;
}

} // namespace bp::layout
