// Lays a layout given as XML text out with the project's fonts only.
#pragma once

#include "input/layout_reader.hpp"
#include "layout/layout_report.hpp"

#include <string>
#include <variant>
#include <vector>

namespace bp::testing {

inline display::Document lay_out(const std::string& xml) {
    model::Report report = input::layout_from_xml(input::parse_xml("t.xml", xml), ".");
    text::FontBook book({BOARDPACK_FONT_DIR}, false);
    return layout::layout_report(report, model::Theme::defaults(), book);
}

// Every item of type T on a page.
template <typename T> std::vector<T> items_of(const display::Page& page) {
    std::vector<T> out;
    for (const auto& item : page.items)
        if (auto* t = std::get_if<T>(&item)) out.push_back(*t);
    return out;
}

// The text runs of a page joined with spaces.
inline std::string page_text(const display::Page& page) {
    std::string out;
    for (const auto& run : items_of<display::TextRun>(page))
        out += run.text + " ";
    return out;
}

// The 0-based page holding destination `name`, or -1.
inline int page_of_dest(const display::Document& doc, const std::string& name) {
    for (std::size_t p = 0; p < doc.pages.size(); ++p)
        for (const auto& d : items_of<display::Destination>(doc.pages[p]))
            if (d.name == name) return static_cast<int>(p);
    return -1;
}

// A 4-page-ish template with header and footer navigation.
inline const char* kTemplate = R"(<template id="t" margin="30">
    <header height="30"><text>{section.title}</text></header>
    <footer height="24"><page-number align="left"/><button to="menu">Main Menu</button>
      <button to="@next">Next Page</button></footer></template>)";

} // namespace bp::testing
