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

std::vector<TermMatch> TermLinks::claim(std::string_view text, std::string_view following) {
    std::vector<TermMatch> found;
    // Every whole-word occurrence of a longer term takes its bytes, linked or not, so a shorter
    // term inside it ("Crime" in "Crime Harm Index") is never linked there.
    std::vector<std::pair<std::size_t, std::size_t>> taken;
    // The rest of a term that the text before this one started (it wrapped onto this line).
    if (carry_.bytes > 0) {
        const std::size_t end = std::min(carry_.bytes, text.size());
        found.push_back({0, end, carry_.section});
        taken.emplace_back(0, end);
        carry_ = {};
    }
    // Matched in ASCII lower case (byte for byte the same length), over this text and what
    // follows it, so a term that starts here and wraps onto the next line is found.
    const std::string joined = text::ascii_lower(std::string(text) + std::string(following));
    std::vector<std::size_t> starts;
    for (const auto& term : terms_) {
        const std::size_t length = term.key.size();
        starts.clear();
        for (std::size_t at = joined.find(term.key); at != std::string::npos && at < text.size();
             at = joined.find(term.key, at + 1))
            starts.push_back(at);
        bool link = term.section != section_ && !linked_.count(term.key);
        for (std::size_t at : starts) {
            std::size_t end = at + length;
            bool whole = (at == 0 || !word_char(joined[at - 1])) &&
                         (end == joined.size() || !word_char(joined[end]));
            bool overlaps = std::any_of(taken.begin(), taken.end(), [&](const auto& r) {
                return at < r.second && end > r.first;
            });
            if (!whole || overlaps) continue;
            taken.emplace_back(at, end);
            if (link) {
                if (end > text.size()) {
                    // The rest of the term on the next line, after the space that joined them.
                    const std::size_t lead =
                        std::min(following.find_first_not_of(' '), following.size());
                    carry_ = {end - text.size() - std::min(lead, end - text.size()), term.section};
                }
                found.push_back({at, std::min(end, text.size()), term.section});
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
