// The board summary as an accessible HTML table (headers with scope, a caption per table, the
// verdict as a small face image with alt text and the verdict word beside it) and as plain text
// with the same figures.
#pragma once

#include "distribute/summary_model.hpp"

#include <string>
#include <string_view>

namespace bp::distribute {

// The Content-ID (without <>) of a verdict's face image: "face-happy@boardpack".
std::string face_content_id(model::Verdict verdict);

// The alt text of a verdict's face: "Verdict: happy with the performance", …
std::string face_alt(model::Verdict verdict);

// The summary's tables as HTML; faces are <img src="cid:…">.
std::string summary_html(const SummaryModel& summary);

// The summary's tables as plain text, one indented line per row.
std::string summary_text(const SummaryModel& summary);

} // namespace bp::distribute
