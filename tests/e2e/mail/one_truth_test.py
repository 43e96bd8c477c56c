"""One truth in every output: the email's tables (HTML and text part) equal the PDF's indicator
tables cell for cell, verdict words included; faces speak the report's words; and `mail` refuses
a report whose inputs changed after it was built. Run by ctest with Debian's python3.

The PDF's cells are read back with poppler (`pdfinfo -struct-text`: the structure tree, what a
screen reader gets), not with boardpack's own code. Usage: one_truth_test.py BOARDPACK SOURCE_DIR
"""
import email
import email.policy
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

BIN, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
DATE = 1500000000


def run(*args, check=True):
    env = dict(os.environ, LC_ALL="C")
    env.pop("SOURCE_DATE_EPOCH", None)
    p = subprocess.run([BIN, *args], capture_output=True, text=True, env=env)
    if check and p.returncode != 0:
        raise AssertionError(f"boardpack {' '.join(args)} failed ({p.returncode}):\n{p.stderr}")
    return p


def squeeze(text):
    return re.sub(r"\s+", "", text)


def pdf_tables(pdf):
    """Every Table of the PDF's structure tree: rows of cell texts (the texts a cell holds,
    its Figure's included, joined), read with pdfinfo -struct-text."""
    out = subprocess.run(["pdfinfo", "-struct-text", pdf], capture_output=True, text=True,
                         check=True).stdout
    tables, table, row, cell = [], None, None, None
    depth_of = {}
    for line in out.splitlines():
        indent = len(line) - len(line.lstrip(" "))
        s = line.strip()
        # Close what this line is not inside any more.
        if cell is not None and indent <= depth_of["cell"]:
            row.append(" ".join(cell)); cell = None
        if row is not None and indent <= depth_of["row"]:
            table.append(row); row = None
        if table is not None and indent <= depth_of["table"]:
            tables.append(table); table = None
        if s.startswith("Table"):
            table, depth_of["table"] = [], indent
        elif table is not None and s == "TR":
            row, depth_of["row"] = [], indent
        elif row is not None and (s.startswith("TH") or s.startswith("TD")):
            cell, depth_of["cell"] = [], indent
        elif cell is not None and s.startswith('"'):
            cell.append(s[1:-1])
    if cell is not None: row.append(" ".join(cell))
    if row is not None: table.append(row)
    if table is not None: tables.append(table)
    return tables


class HtmlTables(html.parser.HTMLParser):
    """Every HTML table: rows of cell texts, and the alt text of each image."""

    def __init__(self):
        super().__init__()
        self.tables, self.cell, self.alts = [], None, []

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.cell = ""
        elif tag == "img":
            self.alts.append(dict(attrs).get("alt"))

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append(self.cell.strip())
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


class Mailed:
    """`layout` built into a folder and mailed to one recipient with itself as the summary."""

    def __init__(self, layout):
        self.dir = tempfile.mkdtemp(prefix="bp-truth-")
        self.pdf = f"{self.dir}/report.pdf"
        run("build", layout, "-q", "--no-system-fonts", "-o", self.pdf)
        with open(f"{self.dir}/body.txt", "w") as f:
            f.write("Dear {name},\n\n{summary}\n")
        with open(f"{self.dir}/mail.conf", "w") as f:
            f.write("from = Performance <perf@example.org>\nsubject = The report\n"
                    f"body = body.txt\nsummary = {layout}\nreport = report.pdf\n")
        with open(f"{self.dir}/to.csv", "w") as f:
            f.write("name,email\nAnne Smith,anne@example.org\n")

    def mail(self, check=True):
        return run("mail", f"{self.dir}/mail.conf", f"{self.dir}/to.csv", "-o",
                   f"{self.dir}/outbox", "--date", str(DATE), check=check)

    def message(self):
        with open(f"{self.dir}/outbox/anne@example.org.eml", "rb") as f:
            return email.message_from_binary_file(f, policy=email.policy.default)

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


class EmailEqualsPdf(unittest.TestCase):
    LAYOUTS = ["layouts/board-summary.xml", "layouts/council-scorecard.xml",
               "tests/e2e/layouts/plain-headers.xml", "tests/e2e/layouts/spc.xml",
               "tests/e2e/mail/spc-summary.xml"]

    def check(self, layout, words, expect_tables):
        m = Mailed(f"{SRC}/{layout}")
        try:
            p = m.mail()
            msg = m.message()
            html_part = msg.get_body(("html",)).get_content()
            text_part = msg.get_body(("plain",)).get_content()
            pdf = pdf_tables(m.pdf)
            parsed = HtmlTables()
            parsed.feed(html_part)
            self.assertTrue(parsed.tables, layout)
            for table in parsed.tables:
                header = [squeeze(c) for c in table[0]]
                match = [t for t in pdf if [squeeze(c) for c in t[0]] == header]
                self.assertTrue(match, f"{layout}: no PDF table has the header {table[0]}")
                # Tables may share a header (an SPC table per domain): one of them, exactly.
                candidates = [[[squeeze(c) for c in r] for r in t] for t in match]
                mail_rows = [[squeeze(c) for c in r] for r in table]
                if len(candidates) == 1:
                    self.assertEqual(mail_rows, candidates[0], layout)
                else:
                    self.assertIn(mail_rows, candidates, layout)
                # The text part: the same cells, in the same order, " | " between them.
                for row in table:
                    self.assertIn(" | ".join(row), text_part, layout)
            # Every image the HTML refers to is carried inline as a PNG.
            cids = set(re.findall(r'src="cid:([^"]+)"', html_part))
            carried = {str(part["Content-ID"]).strip("<>"): part for part in msg.walk()
                       if part["Content-ID"]}
            for cid in cids:
                self.assertIn(cid, carried, layout)
                self.assertEqual(carried[cid].get_content_type(), "image/png")
                self.assertTrue(carried[cid].get_content().startswith(b"\x89PNG"), cid)
            if expect_tables is not None:
                self.assertEqual(len(parsed.tables), expect_tables, layout)
            # Faces: decorative in the HTML (the word beside them is the text); the PDF's faces
            # and the email speak the layout's words, never the engine's.
            self.assertTrue(all(a == "" for a in parsed.alts), parsed.alts)
            cells = " ".join(c for t in parsed.tables for r in t for c in r)
            for w in words:
                self.assertIn(w, cells + " " + text_part, layout)
            struct = subprocess.run(["pdfinfo", "-struct-text", m.pdf], capture_output=True,
                                    text=True, check=True).stdout
            with open(f"{SRC}/{layout}") as f:
                layout_says_so = "with the performance" in f.read()
            for text in (html_part, text_part) + (() if layout_says_so else (struct,)):
                self.assertNotIn("with the performance", text)
            # mail prints the data warnings build prints.
            built = run("check", f"{SRC}/{layout}").stderr
            for line in built.splitlines():
                if ": warning: " in line:
                    self.assertIn(line, p.stderr)
        finally:
            m.close()

    def test_board_summary(self):
        self.check(self.LAYOUTS[0], ["Happy"], 4)

    def test_council_scorecard(self):
        self.check(self.LAYOUTS[1], ["Green", "Red"], None)

    def test_no_headers_and_renamed_labels(self):
        self.check(self.LAYOUTS[2], ["12 mis hyd at Mehefin 2016", "Gwahaniaeth %", "Target"],
                   None)

    def test_spc_table_and_matrix(self):
        # An SPC table and matrix: the PDF's cells, the icons' words in their cells (the icon
        # a decorative image beside them), the matrix's entries in their variation row and
        # assurance column.
        self.check(self.LAYOUTS[3], ["Special cause — concerning (high)", "Common cause variation",
                                     "Special cause — high", "Special cause — neither"], 2)

    def test_spc_with_targets(self):
        # The NHS IPR's metrics: targets (assurance icons), several metrics in a matrix cell.
        self.check(self.LAYOUTS[4], ["Consistently failing the target",
                                     "Hit and miss against the target"], 2)


class StaleReportIsRefused(unittest.TestCase):
    def test_a_value_changed_after_build(self):
        d = tempfile.mkdtemp(prefix="bp-stale-")
        try:
            run("init", f"{d}/r")
            m = Mailed(f"{d}/r/report.xml")
            try:
                m.mail()  # current: mailed
                values = f"{d}/r/data/values.csv"
                with open(values) as f:
                    lines = f.read().splitlines()
                last = lines[-1].split(",")
                last[-1] = str(int(float(last[-1])) + 7)
                lines[-1] = ",".join(last)
                with open(values, "w") as f:
                    f.write("\n".join(lines) + "\n")
                shutil.rmtree(f"{m.dir}/outbox")
                p = m.mail(check=False)
                self.assertEqual(p.returncode, 1, p.stderr)
                self.assertIn("values.csv has changed since", p.stderr)
                self.assertIn("report.pdf", p.stderr)
                self.assertFalse(os.path.exists(f"{m.dir}/outbox"), "nothing written")
                # Built again, it is mailed.
                run("build", f"{d}/r/report.xml", "-q", "--no-system-fonts", "-o", m.pdf)
                m.mail()
            finally:
                m.close()
        finally:
            shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=1)
