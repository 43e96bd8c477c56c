#include "web/web_css.hpp"

#include "core/number_text.hpp"

namespace bp::web {

namespace {

// A family name as a CSS string: letters, digits, spaces, '-', '_' and '.' only (a theme's
// value can never close the string or the <style> element).
std::string family(const std::string& name) {
    std::string out;
    for (char c : name)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == ' ' || c == '-' || c == '_' || c == '.')
            out += c;
    return "\"" + out + "\",sans-serif";
}

// A theme size in points as rem of a 16 px (12 pt) root: the user's text size scales it.
std::string rem(double points) {
    return fixed(points / 12.0, 3) + "rem";
}

std::string font(const model::TextStyle& s) {
    return "font-family:" + family(s.family) + ";font-size:" + rem(s.size) +
           ";line-height:" + fixed(s.leading, 2) + ";color:" + s.color.to_hex() +
           (s.bold ? ";font-weight:bold" : "") + (s.italic ? ";font-style:italic" : "");
}

} // namespace

std::string web_css(const model::Theme& t) {
    const std::string brand = t.color("brand", Color{0.12, 0.22, 0.39}).to_hex();
    const std::string link = t.color("link", t.style("body").color).to_hex();
    const std::string rule = t.color("rule", Color{0.75, 0.75, 0.75}).to_hex();
    const std::string zebra = t.color("zebra", Color{0.93, 0.95, 0.97}).to_hex();
    const std::string head = t.color("table-header", Color{0.12, 0.22, 0.39}).to_hex();
    std::string c;
    c += ":root{color-scheme:light}\n*,*::before,*::after{box-sizing:border-box}\n";
    c += "html{-webkit-text-size-adjust:100%;text-size-adjust:100%}\n";
    c += "body{margin:0;background:#ffffff;" + font(t.style("body")) + "}\n";
    c += "main{max-width:60rem;margin:0 auto;padding:1rem}\n";
    c += "h1{" + font(t.style("h1")) + ";margin:0 0 .6em;border-bottom:3px solid " + brand + "}\n";
    c += "h2{" + font(t.style("h2")) + ";margin:1.5em 0 .5em}\n";
    c += "h3,h4,h5,h6{" + font(t.style("h3")) + ";margin:1em 0 .4em}\n";
    c += "p,li,dd{max-width:70ch;overflow-wrap:anywhere}\n";
    c += "a{color:" + link + ";text-decoration:underline}\n";
    c += "a:focus-visible{outline:3px solid " + brand + ";outline-offset:2px}\n";
    c += ".small,.note,.source{" + font(t.style("small")) + "}\n";
    c += "nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem .8rem}\n";
    c += ".pager{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;border-top:1px solid " + rule +
         ";padding-top:.4rem;margin-top:1rem}\n";
    c += ".table-region{overflow-x:auto;max-width:100%;margin:0 0 1rem}\n";
    c += ".table-region:focus-visible{outline:3px solid " + brand + "}\n";
    c += "table{border-collapse:collapse;" + font(t.style("table")) + "}\n";
    // A caption stays in view, and wraps, while its wide table scrolls under it.
    c += "caption{text-align:left;font-weight:bold;padding:.3em 0;position:sticky;left:0;"
         "max-width:calc(100vw - 2rem)}\n";
    c += "th,td{padding:.25em .6em;border-bottom:1px solid " + rule +
         ";vertical-align:top;text-align:left}\n";
    c += "thead th{background:" + head + ";" + font(t.style("table-header")) + "}\n";
    c += "tbody tr:nth-child(even){background:" + zebra + "}\n";
    c += "td.num,th.num{text-align:right;white-space:nowrap}\n";
    c += "tbody th{font-weight:normal}\n";
    c += ".verdict{white-space:nowrap}\n";
    c += ".face{width:1.1em;height:1.1em;vertical-align:-.2em;margin-right:.3em}\n";
    c += ".spc-icon{width:1.3em;height:1.3em;vertical-align:-.3em;margin-right:.3em}\n";
    // A row of columns: side by side where each has 20rem, stacked (in reading order) below.
    c += ".columns{display:flex;flex-wrap:wrap;gap:0 1.5rem}\n";
    c += ".column{flex:1 1 20rem;min-width:0}\n";
    c += "figure{margin:1rem 0}\n";
    c += "figure svg.chart{width:100%;height:auto}\n";
    c += "svg.chart text{font-family:" + family(t.style("chart").family) + "}\n";
    // The drawing shows the chart's title; the caption names the figure for assistive technology.
    c += ".visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;"
         "overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}\n";
    c += "dt{font-weight:bold;margin-top:.6em}\ndd{margin:0 0 .4em 1rem}\n";
    c += ".footnotes{" + font(t.style("note")) + "}\n";
    c += ".band{" + font(t.style("lead")) + "}\n";
    c += "@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important;"
         "transition:none!important;animation:none!important}}\n";
    c += "@media print{main{max-width:none;padding:0}.pager{display:none}"
         "h2{break-after:avoid}table,figure{break-inside:avoid}"
         "a{color:inherit}details>*{display:block}"
         ".table-region{overflow:visible}}\n";
    return c;
}

} // namespace bp::web
