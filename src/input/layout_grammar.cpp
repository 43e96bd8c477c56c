#include "input/layout_grammar.hpp"

#include <stdexcept>
#include <string>

namespace bp::input {

const std::vector<ElementGrammar>& layout_grammar() {
    static const std::vector<ElementGrammar> elements = {
        {"report",
         {"title", "author", "subject", "keywords", "lang", "theme", "data", "keep-rows"}},
        {"template", {"id", "size", "orientation", "margin"}},
        {"header", {"height", "overflow"}},
        {"footer", {"height", "overflow"}},
        {"band/text", {"align", "style", "heading"}},
        {"band/button", {"to", "align"}},
        {"band/page-number", {"align", "style", "format"}},
        {"section",
         {"id", "title", "template", "group", "bookmark", "bookmark-parent", "new-page",
          "keep-together", "defines", "per-page"}},
        {"repeat", {"areas", "indicators", "as"}},
        {"heading", {"level"}},
        {"p", {"style", "align"}},
        {"list", {}},
        {"list/item", {}},
        {"table", {"columns", "align", "header-rows", "zebra"}},
        {"table/row", {}},
        {"table/cell", {}},
        {"spacer", {"height"}},
        {"page-break", {}},
        {"columns", {"gap"}},
        {"columns/column", {"width"}},
        {"button", {"to", "align"}},
        {"menu", {"of", "columns"}},
        {"indicator-table",
         {"before", "after", "change", "change-decimals", "verdict", "label-header",
          "before-header", "after-header", "change-header", "verdict-header", "target",
          "target-header", "columns", "width"}},
        {"indicator-table/row", {"indicator", "area", "label"}},
        {"period-table",
         {"indicator", "area", "periods", "verdict", "period-header", "value-header",
          "verdict-header", "columns", "width"}},
        {"month-table", {"months", "months-per-table", "average", "decimals", "columns", "width"}},
        {"month-table/row", {"indicator", "area", "label"}},
        {"chart",
         {"kind",         "title",     "subtitle", "source",        "alt",       "y-label",
          "area",         "from",      "to",       "highlight",     "height",    "value-labels",
          "y-from-zero",  "y-min",     "y-max",    "scale",         "target",    "target-label",
          "average-line", "tolerance", "x",        "areas",         "area-kind", "periods",
          "indicators",   "window",    "stack",    "average-label", "rebase",    "baseline",
          "screen",       "run",       "trend",    "icons"}},
        {"chart/series", {"indicator", "area", "label", "window", "style"}},
        {"verdict-legend", {"happy", "monitor", "unhappy"}},
        {"spc-table",
         {"indicators", "area", "from", "to", "rebase", "baseline", "screen", "run", "trend",
          "columns", "width"}},
        {"spc-matrix",
         {"indicators", "area", "from", "to", "rebase", "baseline", "screen", "run", "trend",
          "link", "width"}},
        {"b", {}},
        {"i", {}},
        {"a", {"to"}},
        {"fig", {"indicator", "area", "period"}},
        {"br", {}},
    };
    return elements;
}

const ElementGrammar& grammar_of(std::string_view key) {
    for (const auto& e : layout_grammar())
        if (e.key == key) return e;
    throw std::logic_error("the layout grammar has no element '" + std::string(key) + "'");
}

} // namespace bp::input
