#!/usr/bin/python3
"""bench/peer/reportlab_report.py: the peer that bench/run times boardpack against.

Builds the reference report (layouts/pcc-quarterly.xml on data/2017-q1, or on a folder made by
bench/gen-data N) with ReportLab 3.6 (Debian's python3-reportlab) and PLATYPUS:

    /usr/bin/python3 bench/peer/reportlab_report.py LAYOUT.xml DATA_DIR OUT.pdf

What it does, as boardpack does: reads the layout XML (sections, <repeat> over the areas of a
kind, templates' headers and footers), the theme's font (Liberation Sans from fonts/, embedded
as subsets) and the data's CSV files (indicators, areas, values, verdicts); works out every
indicator table's figures from the monthly values (12-month sums or means, calendar years,
quarters; change in % or absolute; the verdict from verdicts.csv or the indicator's polarity);
lays out A4 landscape pages of headings, paragraphs, lists, menus, indicator, period and month
tables (split between pages, header rows repeated) and line and grouped-bar charts of the
series; "Page N of M" footers (a second pass over the pages); an outline entry per section;
page compression on.

What differs (so the comparison is honest, and favours the peer): no tagging (ReportLab 3.6
cannot write PDF/UA structure) and no PDF/A (no XMP, no output intent); no internal links,
buttons or destinations besides the outline; no verdict faces (the verdict's word instead);
no data checks (stated figures are not read); no hashing of the inputs; the theme's styles
are not read (one font, fixed sizes); inline markup (<b>, <a>, <fig>) is flattened to plain
text, a <fig> left out. The pages are of the same kinds and about as many (the reference
report: 24 pages for boardpack, a similar count here; bench/run prints both).
"""
import csv
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.pdfgen import canvas as rl_canvas
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.path.join(HERE, "..", "..", "fonts")
NAVY = colors.HexColor("#1b365d")
ZEBRA = colors.HexColor("#f0f3f7")
RULE = colors.HexColor("#c8ced6")


def register_fonts():
    pdfmetrics.registerFont(TTFont("Sans", os.path.join(FONTS, "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("Sans-Bold", os.path.join(FONTS, "LiberationSans-Bold.ttf")))


STYLES = {
    "body": ParagraphStyle("body", fontName="Sans", fontSize=11.5, leading=15.9),
    "note": ParagraphStyle("note", fontName="Sans", fontSize=9.5, leading=12.5),
    "h1": ParagraphStyle("h1", fontName="Sans-Bold", fontSize=22, leading=27, textColor=NAVY),
    "h2": ParagraphStyle("h2", fontName="Sans-Bold", fontSize=15, leading=19, textColor=NAVY),
    "h3": ParagraphStyle("h3", fontName="Sans-Bold", fontSize=12.5, leading=16),
    "cell": ParagraphStyle("cell", fontName="Sans", fontSize=10, leading=12.5),
}


# --------------------------------------------------------------------------- data and figures
class Data:
    """The data folder: indicators, areas, monthly and other values, verdicts."""

    def __init__(self, folder):
        def rows(name):
            path = os.path.join(folder, name)
            if not os.path.exists(path):
                return []
            with open(path, newline="", encoding="utf-8") as f:
                return [r for r in csv.DictReader(l for l in f if not l.startswith("#"))]

        self.indicators = {r["id"]: r for r in rows("indicators.csv")}
        self.areas = rows("areas.csv")
        self.area_names = {r["id"]: r["name"] for r in self.areas}
        self.values = {}
        for r in rows("values.csv"):
            self.values[(r["indicator"], r["area"], r["period"])] = float(r["value"])
        self.verdicts = {(r["indicator"], r["area"], r["period"]): r["verdict"]
                         for r in rows("verdicts.csv")}

    def months(self, indicator, area, months):
        got = [self.values.get((indicator, area, m)) for m in months]
        return [v for v in got if v is not None]

    def window(self, indicator, area, window):
        """A window's value: stored as is, or the sum (additive) or mean of its months."""
        if (indicator, area, window) in self.values:
            return self.values[(indicator, area, window)]
        m = re.fullmatch(r"(\d+)m:(\d{4})-(\d{2})", window)
        q = re.fullmatch(r"(\d{4})/\d\d Q([1-4])", window)
        if m:
            months = month_range_back(int(m.group(2)), int(m.group(3)), int(m.group(1)))
        elif q:
            start = (int(q.group(1)), 4 + 3 * (int(q.group(2)) - 1))
            months = [month_name(*add_months(*start, k)) for k in range(3)]
        elif re.fullmatch(r"\d{4}", window):
            months = ["%s-%02d" % (window, k) for k in range(1, 13)]
        else:
            return None
        values = self.months(indicator, area, months)
        if len(values) < len(months):
            return None
        additive = self.indicators.get(indicator, {}).get("additive", "yes") == "yes"
        return sum(values) if additive else sum(values) / len(values)


def add_months(y, m, k):
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def month_name(y, m):
    return "%04d-%02d" % (y, m)


def month_range_back(y, m, count):
    return [month_name(*add_months(y, m, k - count + 1)) for k in range(count)]


def month_range(start, end):
    y, m = map(int, start.split("-"))
    out = []
    while month_name(y, m) <= end:
        out.append(month_name(y, m))
        y, m = add_months(y, m, 1)
    return out


def number(v, decimals):
    return "–" if v is None else "{:,.{}f}".format(v, decimals)


# --------------------------------------------------------------------------- flowables
def paragraph(text, style="body"):
    return Paragraph(escape(" ".join(text.split())), STYLES[style])


def flat_text(element):
    """The element's text with inline markup flattened (a <fig> is left out)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != "fig":
            parts.append(flat_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def styled_table(rows, widths=None, header_rows=1):
    table = Table(rows, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
    style = [("FONT", (0, 0), (-1, -1), "Sans", 10),
             ("FONT", (0, 0), (-1, header_rows - 1), "Sans-Bold", 10),
             ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), colors.white),
             ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
             ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]
    for r in range(header_rows + 1, len(rows), 2):
        style.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    table.setStyle(TableStyle(style))
    return table


def indicator_table(element, data):
    before, after = element.get("before"), element.get("after")
    absolute = element.get("change") == "absolute"
    change_decimals = int(element.get("change-decimals", "1"))
    with_verdict = element.get("verdict", "yes") != "no"
    header = [element.get("label-header", "Indicator"), element.get("before-header", before),
              element.get("after-header", after), element.get("change-header", "% Change")]
    if with_verdict:
        header.append(element.get("verdict-header", "Verdict"))
    rows = [header]
    for row in element.findall("row"):
        ind, area = row.get("indicator"), row.get("area")
        info = data.indicators.get(ind, {})
        decimals = int(info.get("decimals") or 0)
        a, b = data.window(ind, area, before), data.window(ind, area, after)
        if a is None or b is None:
            change = "–"
        elif absolute:
            change = "{:+,.{}f}".format(b - a, decimals)
        else:
            change = "{:+.{}f}%".format((b - a) / a * 100 if a else 0.0, change_decimals)
        label = row.get("label") or info.get("label", ind)
        if area != "force" and not row.get("label"):
            label += " (" + data.area_names.get(area, area) + ")"
        cells = [Paragraph(escape(label), STYLES["cell"]), number(a, decimals),
                 number(b, decimals), change]
        if with_verdict:
            verdict = data.verdicts.get((ind, area, after))
            if verdict is None and a is not None and b is not None:
                polarity = info.get("polarity", "neutral")
                better = (b < a) if polarity == "lower-is-better" else (b > a)
                verdict = "monitor" if polarity == "neutral" else ("happy" if better else "unhappy")
            cells.append(verdict or "")
        rows.append(cells)
    return styled_table(rows, [300, 120, 120, 90] + ([110] if with_verdict else []))


def period_table(element, data):
    ind, area = element.get("indicator"), element.get("area")
    rows = [[element.get("period-header", "Period"), element.get("value-header", "Value"),
             element.get("verdict-header", "Verdict")]]
    for period in (p.strip() for p in element.get("periods", "").split(";") if p.strip()):
        rows.append([period, number(data.window(ind, area, period), 1),
                     data.verdicts.get((ind, area, period), "")])
    return styled_table(rows, [200, 160, 160])


def month_table(element, data):
    months = [m.strip() for m in element.get("months", "").split(";") if m.strip()]
    rows = [[""] + months + ["Avg"]]
    for row in element.findall("row"):
        values = [data.values.get((row.get("indicator"), row.get("area"), m)) for m in months]
        known = [v for v in values if v is not None]
        rows.append([row.get("label", row.get("indicator"))] + [number(v, 1) for v in values] +
                    [number(sum(known) / len(known) if known else None, 1)])
    return styled_table(rows, [170] + [45] * (len(months) + 1))


def chart(element, data):
    area = element.get("area")
    months = month_range(element.get("from"), element.get("to"))
    series = element.findall("series")
    values = [[data.values.get((s.get("indicator"), area, m)) or 0 for m in months]
              for s in series]
    height = float(element.get("height", "150"))
    drawing = Drawing(700, height)
    plot = VerticalBarChart() if element.get("kind") == "grouped-bar" else HorizontalLineChart()
    plot.x, plot.y, plot.width, plot.height = 50, 20, 560, height - 25
    plot.data = values
    plot.categoryAxis.categoryNames = months
    plot.categoryAxis.labels.fontName = "Sans"
    plot.categoryAxis.labels.fontSize = 7
    plot.valueAxis.labels.fontName = "Sans"
    plot.valueAxis.valueMin = 0
    palette = [NAVY, colors.HexColor("#2f6ea5"), colors.HexColor("#e9a11a")]
    for i in range(len(series)):
        if isinstance(plot, VerticalBarChart):
            plot.bars[i].fillColor = palette[i % 3]
        else:
            plot.lines[i].strokeColor = palette[i % 3]
            plot.lines[i].strokeWidth = 1.5
    drawing.add(plot)
    out = []
    if element.get("title"):
        out.append(paragraph(element.get("title"), "h3"))
    out.append(drawing)
    if element.get("source"):
        out.append(paragraph(element.get("source"), "note"))
    return out


def menu(element, sections):
    group = element.get("of")
    names = [s.get("title", s.get("id")) for s in sections if s.get("group") == group]
    columns = int(element.get("columns", "2"))
    rows = [names[i:i + columns] for i in range(0, len(names), columns)]
    for r in rows:
        r.extend([""] * (columns - len(r)))
    if not rows:
        return []
    table = Table([[Paragraph(escape(c), STYLES["cell"]) for c in r] for r in rows],
                  colWidths=[760 / columns] * columns, hAlign="LEFT")
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, RULE),
                               ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE)]))
    return [table]


# --------------------------------------------------------------------------- the document
def expand(root, data):
    """The sections in order, each <repeat> expanded over the areas of its kind."""
    sections = []
    for child in root:
        if child.tag == "section":
            sections.append(child)
        elif child.tag == "repeat":
            var = child.get("as")
            for area in (a for a in data.areas if a["kind"] == child.get("areas")):
                for s in child.findall("section"):
                    text = ET.tostring(s, encoding="unicode")
                    text = text.replace("{%s.id}" % var, escape(area["id"]))
                    text = text.replace("{%s.name}" % var, escape(area["name"]))
                    sections.append(ET.fromstring(text))
    return sections


def story_of(section, sections, data):
    story = []
    for e in section:
        if e.tag == "heading":
            story.append(paragraph(flat_text(e), "h%s" % e.get("level", "2")))
        elif e.tag == "p":
            story.append(paragraph(flat_text(e), e.get("style", "body")
                                   if e.get("style") in STYLES else "body"))
        elif e.tag == "list":
            for item in e.findall("item"):
                story.append(Paragraph("• " + escape(" ".join(flat_text(item).split())),
                                       STYLES["body"]))
        elif e.tag == "indicator-table":
            story.append(indicator_table(e, data))
        elif e.tag == "period-table":
            story.append(period_table(e, data))
        elif e.tag == "month-table":
            story.append(month_table(e, data))
        elif e.tag == "chart":
            story.extend(chart(e, data))
        elif e.tag == "menu":
            story.extend(menu(e, sections))
        elif e.tag == "spacer":
            story.append(Spacer(1, 12))
        story.append(Spacer(1, 4))
    return story


class NumberedCanvas(rl_canvas.Canvas):
    """Holds each page's state until the end, then draws "Page N of M" on every page."""

    def __init__(self, *args, **kwargs):
        rl_canvas.Canvas.__init__(self, *args, **kwargs)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont("Sans", 9.5)
            self.drawString(36, 24, "Page %d of %d" % (self._pageNumber, total))
            rl_canvas.Canvas.showPage(self)
        rl_canvas.Canvas.save(self)


def build(layout, data_dir, out):
    register_fonts()
    root = ET.parse(layout).getroot()
    data = Data(data_dir)
    sections = expand(root, data)
    page = landscape(A4)
    doc = BaseDocTemplate(out, pagesize=page, title=root.get("title", ""),
                          author=root.get("author", ""), subject=root.get("subject", ""),
                          pageCompression=1, invariant=1)
    frame = Frame(36, 54, page[0] - 72, page[1] - 54 - 64, id="body")

    def header_footer(title):
        def draw(c, _doc):
            c.saveState()
            c.setFillColor(NAVY)
            c.rect(0, page[1] - 50, page[0], 50, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Sans-Bold", 15)
            c.drawString(36, page[1] - 34, title)
            c.setFillColor(colors.HexColor("#2f6ea5"))
            c.roundRect(page[0] - 250, 14, 100, 22, 4, stroke=0, fill=1)
            c.roundRect(page[0] - 136, 14, 100, 22, 4, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Sans", 10)
            c.drawCentredString(page[0] - 200, 21, "Main Menu")
            c.drawCentredString(page[0] - 86, 21, "Next Page")
            c.restoreState()
        return draw

    templates, story, seen = [], [], set()
    for section in sections:
        title = section.get("title", section.get("id"))
        template = section.get("template", "page")
        if template not in seen:
            seen.add(template)
            header = {"sector": "Objective: Tackle anti-social behaviour · Local policing sectors",
                      "glossary": "Glossary", "cover": "Performance Report"}.get(template)
            templates.append(PageTemplate(id=template, frames=[frame],
                                          onPage=header_footer(header or template.title())))
        from reportlab.platypus.doctemplate import NextPageTemplate
        story.append(NextPageTemplate(template))
        if story[:-1] and section.get("new-page", "yes") != "no":
            story.append(PageBreak())
        first = section[0].tag if len(section) else ""
        body = ([] if first == "heading" else [paragraph(title, "h1")]) + \
            story_of(section, sections, data)
        if section.get("keep-together") == "yes":
            body = [KeepTogether(body)]
        story.extend(body)
    doc.addPageTemplates(templates)
    doc.build(story, canvasmaker=NumberedCanvas)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: reportlab_report.py LAYOUT.xml DATA_DIR OUT.pdf")
    build(*sys.argv[1:])
