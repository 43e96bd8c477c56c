#include "core/markup_escape.hpp"

namespace bp {

std::string markup_escaped(std::string_view text, bool quotes) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (quotes && c == '"')
            out += "&quot;";
        else if (quotes && c == '\'')
            out += "&#39;";
        else
            out += c;
    }
    return out;
}

} // namespace bp
