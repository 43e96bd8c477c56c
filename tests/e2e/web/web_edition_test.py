"""The web edition beside the PDF, made in the same run: every table cell of the HTML equals the
PDF's (read back from the PDF's structure tree with poppler's pdfinfo -struct-text, verdict words
included), every internal link resolves to an element id, the page parses without a warning in
Debian's `tidy`, it is self-contained and the same bytes twice; a bad output path is an error that
leaves an earlier good output intact. Usage: web_edition_test.py BOARDPACK SOURCE_DIR
"""
import glob
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

BIN, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
sys.path.insert(0, os.path.join(SRC, "tests", "e2e", "mail"))
from one_truth_test import pdf_tables  # noqa: E402  (the PDF's tables as poppler reads them)

LAYOUTS = sorted(glob.glob(f"{SRC}/layouts/*.xml") + glob.glob(f"{SRC}/tests/e2e/layouts/*.xml")
                 + [f"{SRC}/tests/e2e/fixture/edge-cases.xml"])


def run(*args, check=True):
    env = dict(os.environ, LC_ALL="C")
    env.pop("SOURCE_DATE_EPOCH", None)
    p = subprocess.run([BIN, *args], capture_output=True, text=True, env=env)
    if check and p.returncode != 0:
        raise AssertionError(f"boardpack {' '.join(args)} failed ({p.returncode}):\n{p.stderr}")
    return p


def squeeze(text):
    return re.sub(r"\s+", "", text)


def pdf_figures(pdf):
    """The text each Figure of the PDF's structure tree holds (what a chart or face draws)."""
    out = subprocess.run(["pdfinfo", "-struct-text", pdf], capture_output=True, text=True,
                         check=True).stdout
    figures, depth = [], None
    for line in out.splitlines():
        indent = len(line) - len(line.lstrip(" "))
        s = line.strip()
        if depth is not None and indent <= depth:
            depth = None
        if s == "Figure" or s.startswith("Figure "):
            figures.append(""); depth = indent
        elif depth is not None and s.startswith('"'):
            figures[-1] += s[1:-1]
    return [squeeze(f) for f in figures]


class Page(html.parser.HTMLParser):
    """The report's tables (not the charts' data tables), ids, links, headings and tags."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.chart_tables, self.ids, self.links = [], [], [], []
        self.headings, self.tags, self.cell, self.details = [], [], None, 0
        self.svg_texts, self.svg, self.in_text, self.verdict_words = [], 0, False, ""
        self.in_verdict, self.legend = 0, False
        self.main = 0
        self.lang = None
        self.figure = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "a" and a.get("href", "").startswith("#"):
            self.links.append(a["href"][1:])
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "main":
            self.main += 1
        if tag == "details":
            self.details += 1
        if tag == "figure":
            self.figure += 1
        if tag == "svg" and a.get("class") == "chart":
            self.svg_texts.append("")
            self.svg = 1
        self.in_text = self.svg and tag == "text"
        if self.in_verdict:
            self.in_verdict += 1
        elif ((tag in ("td", "th") and a.get("class") in ("verdict", "spc"))
              or (tag == "dt" and self.legend)
              or (tag == "p" and self.figure and a.get("class") == "note")):
            # The words of a face or an SPC icon: in a table cell, the legend, or the words
            # under a chart (an SPC chart's icons).
            self.in_verdict = 1
        if tag == "dl":
            self.legend = a.get("class") == "verdict-legend"
        if tag == "table":
            (self.chart_tables if self.details else self.tables).append([])
        elif tag == "tr":
            (self.chart_tables if self.details else self.tables)[-1].append([])
        elif tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if self.in_verdict:
            self.in_verdict -= 1
        if tag == "svg":
            self.svg = 0
        if tag == "text":
            self.in_text = False
        if tag == "details":
            self.details -= 1
        if tag == "figure":
            self.figure -= 1
        if tag in ("td", "th") and self.cell is not None:
            (self.chart_tables if self.details else self.tables)[-1][-1].append(self.cell.strip())
            self.cell = None

    def handle_data(self, data):
        if self.in_text:
            self.svg_texts[-1] += data
        if self.in_verdict:
            self.verdict_words += data
        if self.cell is not None:
            self.cell += data


class Built:
    """`layout` built once into a folder: its PDF and web edition from one run."""

    def __init__(self, layout):
        self.dir = tempfile.mkdtemp(prefix="bp-web-")
        self.pdf, self.html = f"{self.dir}/report.pdf", f"{self.dir}/report.html"
        self.result = run("build", layout, "--no-system-fonts", "-o", self.pdf, "--html",
                          self.html)
        with open(self.html, "rb") as f:
            self.bytes = f.read()
        self.page = Page()
        self.page.feed(self.bytes.decode("utf-8"))

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


class WebEditionEqualsPdf(unittest.TestCase):
    def test_every_layout(self):
        for layout in LAYOUTS:
            with self.subTest(layout=os.path.relpath(layout, SRC)):
                b = Built(layout)
                try:
                    self.check(layout, b)
                finally:
                    b.close()

    def check(self, layout, b):
        p = b.page
        # Every table cell of the HTML is the PDF's, and every PDF table is in the HTML but the
        # verdict legend (a list of faces and sentences in the HTML): month tables (each part),
        # SPC tables and matrices, and the tables inside <columns> too.
        pdf = [[[squeeze(c) for c in row] for row in t] for t in pdf_tables(b.pdf)]
        unmatched = list(pdf)
        for table in p.tables:
            rows = [[squeeze(c) for c in row] for row in table]
            self.assertIn(rows, unmatched, f"no PDF table has the cells {table}")
            unmatched.remove(rows)
        with open(layout) as f:
            xml = f.read()
        expected = xml.count("<verdict-legend")
        self.assertLessEqual(len(unmatched), expected, unmatched)
        self.assertTrue(p.tables or "<indicator-table" not in xml)
        # Each warning once, though the PDF's tables and the page's resolve the same cells.
        warnings = [l for l in b.result.stderr.splitlines() if ": warning: " in l]
        self.assertEqual(len(warnings), len(set(warnings)), warnings)
        # Links and ids.
        self.assertEqual(len(p.ids), len(set(p.ids)), "ids are unique")
        for link in p.links:
            self.assertIn(link, p.ids, f"#{link}")
        # One <main>, lang from the layout, one h1, headings in order.
        self.assertEqual(p.main, 1)
        lang = re.search(r'<report[^>]*\slang="([^"]+)"', xml)
        self.assertEqual(p.lang, lang.group(1) if lang else "en-GB")
        self.assertEqual(p.headings.count(1), 1)
        for before, after in zip(p.headings, p.headings[1:]):
            self.assertLessEqual(after, before + 1, p.headings)
        # Self-contained: nothing fetched, nothing run.
        text = b.bytes.decode("utf-8")
        for needle in ("<script", "<link", "<img", " src=", "url(", "@import"):
            self.assertNotIn(needle, text)
        self.assertLess(len(b.bytes), 1_000_000)
        # Each chart: a figure with a caption, a drawing, the words and the data.
        self.assertEqual(p.tags.count("figure"), p.tags.count("figcaption"))
        self.assertEqual(p.tags.count("figure"), len(p.chart_tables))
        # The charts draw what the PDF's charts draw (their texts, in order, are the PDF
        # Figures'); the PDF's other figures are the verdict faces and SPC icons, whose words the
        # page shows beside them (under a chart, an SPC chart's icons' words).
        figures = pdf_figures(b.pdf)
        for texts in p.svg_texts:
            self.assertIn(squeeze(texts), figures)
            figures.remove(squeeze(texts))
        for face in figures:
            self.assertIn(face, squeeze(p.verdict_words))
        # Strict parse: tidy reports no error and no warning (exit 0).
        t = subprocess.run(["tidy", "-q", "-e", b.html], capture_output=True, text=True)
        self.assertEqual(t.returncode, 0, t.stderr)
        # The same inputs give the same bytes.
        again = f"{b.dir}/again.html"
        run("build", layout, "--no-system-fonts", "--html", again)
        with open(again, "rb") as f:
            self.assertEqual(f.read(), b.bytes)


class Outputs(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="bp-web-out-")
        self.layout = f"{SRC}/layouts/board-summary.xml"

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def test_alone_without_a_pdf(self):
        p = run("build", self.layout, "--html", f"{self.dir}/w.html")
        self.assertEqual(os.listdir(self.dir), ["w.html"])
        self.assertIn(f"{self.dir}/w.html", p.stdout)

    def test_a_bad_path_keeps_the_earlier_outputs(self):
        run("build", self.layout, "-o", f"{self.dir}/r.pdf", "--html", f"{self.dir}/w.html")
        with open(f"{self.dir}/w.html", "rb") as f:
            good = f.read()
        with open(f"{self.dir}/r.pdf", "rb") as f:
            good_pdf = f.read()
        os.mkdir(f"{self.dir}/folder.html")
        for bad in (f"{self.dir}/folder.html", f"{self.dir}/missing/w.html", f"{self.dir}/r.pdf"):
            p = run("build", self.layout, "-o", f"{self.dir}/r.pdf", "--html", bad, check=False)
            self.assertEqual(p.returncode, 1, bad)
            self.assertIn("error", p.stderr)
        with open(f"{self.dir}/w.html", "rb") as f:
            self.assertEqual(f.read(), good)
        with open(f"{self.dir}/r.pdf", "rb") as f:
            self.assertEqual(f.read(), good_pdf)
        self.assertEqual(sorted(os.listdir(self.dir)), ["folder.html", "r.pdf", "w.html"])

    def test_an_input_is_never_overwritten(self):
        shutil.copy(self.layout, f"{self.dir}/l.xml")
        with open(f"{self.dir}/l.xml") as f:
            text = f.read().replace('theme="', f'theme="{SRC}/layouts/').replace(
                'data="', f'data="{SRC}/layouts/')
        with open(f"{self.dir}/l.xml", "w") as f:
            f.write(text)
        p = run("build", f"{self.dir}/l.xml", "--html", f"{self.dir}/l.xml", check=False)
        self.assertEqual(p.returncode, 1, p.stderr)
        with open(f"{self.dir}/l.xml") as f:
            self.assertEqual(f.read(), text)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=1)
