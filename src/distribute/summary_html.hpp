// The board summary as an accessible HTML table (a caption per table, the PDF's header cells
// with scope, each verdict as a small face image beside the report's word for it) and as plain
// text: both render SummaryModel's cells as they are, so they say what the PDF says.
#pragma once

#include "distribute/summary_model.hpp"

#include <string>

namespace bp::distribute {

// The Content-ID (without <>) of a verdict's face image: "face-happy@boardpack".
std::string face_content_id(model::Verdict verdict);

// The summary's tables as HTML; faces are <img src="cid:…" alt=""> beside the verdict's word
// (the word is the text alternative, so the verdict is read once, with or without images).
std::string summary_html(const SummaryModel& summary);

// The summary's tables as plain text: per table its caption, then the header and each row with
// cells separated by " | ", the verdict as its word, then the table's footnotes.
std::string summary_text(const SummaryModel& summary);

} // namespace bp::distribute
