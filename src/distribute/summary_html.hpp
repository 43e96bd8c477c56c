// The board summary as an accessible HTML table (a caption per table, the PDF's header cells
// with scope, each verdict as a small face image beside the report's word for it, each SPC icon
// as a small image beside its words) and as plain text: both render SummaryModel's cells as they
// are, so they say what the PDF says.
#pragma once

#include "distribute/summary_model.hpp"

#include <map>
#include <string>

namespace bp::distribute {

// The Content-ID (without <>) of a verdict's face image: "face-happy@boardpack".
std::string face_content_id(model::Verdict verdict);

// Produces the SPC icons an HTML summary shows, each with the words beside it (first shown).
struct SpcIconsShown {
    std::map<compute::VariationIcon, std::string> variation;
    std::map<compute::AssuranceIcon, std::string> assurance;
};

// The Content-ID (without <>) of an SPC icon's image: "spc-variation-concern-high@boardpack",
// "spc-assurance-hit-and-miss@boardpack".
std::string spc_icon_content_id(compute::VariationIcon icon);
std::string spc_icon_content_id(compute::AssuranceIcon icon);

// The summary's tables as HTML; faces are <img src="cid:…" alt=""> beside the verdict's word
// (the word is the text alternative, so the verdict is read once, with or without images); SPC
// tables and matrices as the web edition marks them up, each icon an <img src="cid:…" alt="">
// beside its words.
// `shown`, if given, receives each SPC icon the HTML shows, with the words beside it first.
std::string summary_html(const SummaryModel& summary, SpcIconsShown* shown = nullptr);

// The summary's tables as plain text: per table its caption, then the header and each row with
// cells separated by " | ", the verdict as its word, then the table's footnotes; an SPC table's
// rows as metric | latest | target | mean | lower | upper | variation | assurance words; an SPC
// matrix's rows as its variation words and the metrics of each assurance column.
std::string summary_text(const SummaryModel& summary);

} // namespace bp::distribute
