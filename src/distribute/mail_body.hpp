// The body template of the mail settings made personal ({name}, {area.id}, {area.name}) and
// turned into the HTML body (paragraphs at blank lines, {summary} as the summary's tables).
#pragma once

#include "distribute/mail_settings.hpp"
#include "model/data_area.hpp"

#include <string>

namespace bp::distribute {

// `text` with the recipient's placeholders filled in ({summary} is left).
std::string personal(const std::string& text, const Recipient& r, const model::Area* area);

// The whole HTML document of a body: paragraphs escaped, the paragraph {summary} replaced by
// `summary_html`, `subject` as its title.
std::string html_body(const std::string& body, const std::string& summary_html,
                      const std::string& subject);

} // namespace bp::distribute
