#include "distribute/mail_body.hpp"

#include "core/markup_escape.hpp"

#include "core/replace_all.hpp"
#include "distribute/summary_html.hpp"

namespace bp::distribute {

std::string personal(const std::string& text, const Recipient& r, const model::Area* area) {
    std::string s = replace_all(text, "{name}", r.name);
    s = replace_all(std::move(s), "{area.id}", area ? area->id : "");
    return replace_all(std::move(s), "{area.name}", area ? area->name : "");
}

std::string html_body(const std::string& body, const std::string& summary_html,
                      const std::string& subject) {
    std::string h = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<title>" +
                    markup_escaped(subject) +
                    "</title>\n</head>\n<body style=\"font-family:Arial,sans-serif;"
                    "font-size:14px\">\n";
    std::size_t start = 0;
    while (start <= body.size()) {
        std::size_t end = body.find("\n\n", start);
        if (end == std::string::npos) end = body.size();
        std::string para = body.substr(start, end - start);
        start = end + 2;
        while (!para.empty() && (para.back() == '\n' || para.back() == '\r'))
            para.pop_back();
        while (!para.empty() && para.front() == '\n')
            para.erase(0, 1);
        if (para.empty()) continue;
        if (para == "{summary}")
            h += summary_html;
        else
            h += "<p>" + replace_all(markup_escaped(para), "\n", "<br>\n") + "</p>\n";
    }
    return h + "</body>\n</html>\n";
}

} // namespace bp::distribute
