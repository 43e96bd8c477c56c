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
    void new_page() {
        linked_.clear();
        carry_ = {};
    }
    // The section being laid out (its own terms are not linked).
    void set_section(std::string section_id) { section_ = std::move(section_id); }

    // Terms in `text` not yet linked on this page, as whole words whatever their ASCII letter
    // case, longest term first (a shorter term inside an occurrence of a longer one is not
    // matched there), in order; each is marked linked for the rest of the page, so a term is
    // linked at most once a page. `following` is the text drawn next (" " and the next line's
    // first words where the text ends a line): a term that starts in `text` and runs on into it
    // is linked up to the end of `text`, and its rest is the first match of the next claim.
    std::vector<TermMatch> claim(std::string_view text, std::string_view following = {});

private:
    struct Term {
        std::string key;                    // the term in ASCII lower case (its identity)
        std::vector<std::string> spellings; // as defined (matched whatever their case)
        std::string section;
    };
    std::vector<Term> terms_;
    std::set<std::string> linked_;
    std::string section_;
    // The bytes of a term's rest that the next claimed text starts with, and its section.
    struct Carry {
        std::size_t bytes = 0;
        std::string section;
    };
    Carry carry_;
};

} // namespace bp::layout
