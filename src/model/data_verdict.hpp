// The report's verdict on an indicator's performance, and an explicit verdict given in
// the data (one row of verdicts.csv) that overrides the rules.
#pragma once

#include "core/source_pos.hpp"
#include "model/period.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace bp::model {

// None: no verdict shown. Happy: the figure is where it should be; Monitor: it needs watching;
// Unhappy: it is off track. What each is called is the report's (compute::VerdictWords).
enum class Verdict { None, Happy, Monitor, Unhappy };

// An explicit verdict for (indicator, area, period), where `period` is the later window of the
// comparison; `mark` is an optional footnote mark ("*") and `note` its footnote.
struct ExplicitVerdict {
    std::string indicator;
    std::string area;
    Period period = Period::month(2000, 1);
    Verdict verdict = Verdict::None;
    std::string mark;
    std::string note;
    SourcePos pos;
};

// The data-file words: "none", "happy", "monitor", "unhappy".
std::string_view verdict_name(Verdict verdict);
std::optional<Verdict> parse_verdict(std::string_view text);

} // namespace bp::model
