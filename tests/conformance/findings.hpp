#pragma once

#include <string>
#include <vector>

namespace pdfcheck {

// One failed condition: the rule's id (see rules.cpp) and what was found, with where.
struct Finding {
    std::string rule;
    std::string message;
};

// The failed conditions of one file, in the order they were found.
class Findings {
public:
    void add(const std::string& rule, const std::string& message) {
        list_.push_back({rule, message});
    }
    bool has(const std::string& rule) const {
        for (const auto& f : list_)
            if (f.rule == rule) return true;
        return false;
    }
    const std::vector<Finding>& list() const { return list_; }

private:
    std::vector<Finding> list_;
};

// A condition the checker knows: its id, the standard and clause, and what it asks.
struct Rule {
    const char* id;
    const char* standard;
    const char* clause;
    const char* asks;
};

const std::vector<Rule>& rules();

} // namespace pdfcheck
