#include "layout/term_links.hpp"

#include "text/ascii_case.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

namespace bp::layout {

namespace {
bool word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
}
} // namespace

void TermLinks::define(std::string term, std::string section_id) {
    std::string key = text::ascii_lower(term);
    // Spellings that differ only in case are one term: linked at most once a page, to the
    // section that defined it first.
    for (auto& t : terms_)
        if (t.key == key) {
            t.spellings.push_back(std::move(term));
            return;
        }
    terms_.push_back({std::move(key), {std::move(term)}, std::move(section_id)});
    // Longer terms first, so "Cambridge Crime Harm Index" wins over a shorter overlapping term.
    std::stable_sort(terms_.begin(), terms_.end(),
                     [](const Term& a, const Term& b) { return a.key.size() > b.key.size(); });
}

std::vector<TermMatch> TermLinks::claim(std::string_view text) {
    std::vector<TermMatch> found;
    // Every whole-word occurrence of a longer term takes its bytes, linked or not, so a shorter
    // term inside it ("Crime" in "Crime Harm Index") is never linked there.
    std::vector<std::pair<std::size_t, std::size_t>> taken;
    std::vector<std::size_t> starts;
    for (const auto& term : terms_) {
        const std::size_t length = term.key.size();
        starts.clear();
        for (const auto& spelling : term.spellings)
            for (std::size_t at = text.find(spelling); at != std::string_view::npos;
                 at = text.find(spelling, at + 1))
                starts.push_back(at);
        std::sort(starts.begin(), starts.end());
        bool link = term.section != section_ && !linked_.count(term.key);
        for (std::size_t at : starts) {
            std::size_t end = at + length;
            bool whole = (at == 0 || !word_char(text[at - 1])) &&
                         (end == text.size() || !word_char(text[end]));
            bool overlaps = std::any_of(taken.begin(), taken.end(), [&](const auto& r) {
                return at < r.second && end > r.first;
            });
            if (!whole || overlaps) continue;
            taken.emplace_back(at, end);
            if (link) {
                found.push_back({at, end, term.section});
                linked_.insert(term.key);
                link = false;
            }
        }
    }
    std::sort(found.begin(), found.end(),
              [](const TermMatch& a, const TermMatch& b) { return a.begin < b.begin; });
    return found;
}

} // namespace bp::layout
