// Glossary links: terms that a section defines link to it at their first appearance on each
// page (outside the defining section itself). Tracks, page by page, which terms are linked.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace bp::layout {

// A term found in a piece of text: its byte range and the section that defines it.
struct TermMatch {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string section;
};

class TermLinks {
public:
    // Registers `term` as defined by section `section_id` (a spelling differing from an earlier
    // term only in case is another spelling of that term, linked to the first section).
    void define(std::string term, std::string section_id);
    bool empty() const { return terms_.empty(); }

    // Starts a new page: every term may be linked again.
    void new_page() { linked_.clear(); }
    // The section being laid out (its own terms are not linked).
    void set_section(std::string section_id) { section_ = std::move(section_id); }

    // Terms in `text` not yet linked on this page, as whole words spelt as a `defines` spells
    // them (spellings differing only in case are one term), longest term first (a shorter term
    // inside an occurrence of a longer one is not matched there), in order; each is marked linked
    // for the rest of the page, so a term is linked at most once a page.
    std::vector<TermMatch> claim(std::string_view text);

private:
    struct Term {
        std::string key;                    // the term in ASCII lower case (its identity)
        std::vector<std::string> spellings; // as defined, matched exactly
        std::string section;
    };
    std::vector<Term> terms_;
    std::set<std::string> linked_;
    std::string section_;
};

} // namespace bp::layout
