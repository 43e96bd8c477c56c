// The email's summary: the summary layout read, checked and resolved as `build` does it (its
// data warnings included), rendered as HTML and text, with the face and SPC icon images the
// tables use.
#pragma once

#include "distribute/mime_message.hpp"
#include "input/layout_reader.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace bp::app {

// Produces what the messages carry of the summary layout.
struct MailSummary {
    std::optional<input::LoadedReport> loaded; // the layout and its data (areas), if any
    std::string html;                          // the tables as HTML ({summary} in the body)
    std::string text;                          // the tables as text lines
    std::vector<distribute::MailFile> images;  // one image per face and SPC icon shown
};

// Reads the summary layout at `path` ("": no summary), runs the data checks as `build` does and
// prints their warnings (and those of resolving the tables) on `err`. Throws InputError on an
// error in the layout, its theme or its data.
MailSummary mail_summary(const std::string& path, std::ostream& err);

} // namespace bp::app
