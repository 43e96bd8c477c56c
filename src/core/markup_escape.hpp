// Produces text safe inside XML or HTML: "&", "<", ">" (and quotes) as character references.
#pragma once

#include <string>
#include <string_view>

namespace bp {

// `text` with & < > escaped and, when `quotes`, " as &quot; and ' as &#39; (for attribute
// values; &#39; is understood by XML and every HTML).
std::string markup_escaped(std::string_view text, bool quotes = true);

} // namespace bp
