"""End-to-end tests of area editions and `boardpack mail`, run by ctest with Debian's python3.

Every message is parsed with Python's email package (an independent MIME parser); figures are
checked against the board summary PDF's text and the data; sending goes through a real SMTP
server (aiosmtpd, python3-aiosmtpd) started here on 127.0.0.1 at a free port; the restricted
copy is opened with qpdf. Usage: mail_test.py BOARDPACK SOURCE_DIR
"""
import csv
import email
import email.policy
import html.parser
import logging
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import unittest

from aiosmtpd.controller import Controller

logging.getLogger("mail.log").setLevel(logging.CRITICAL)  # aiosmtpd's expected TLS refusals
BIN, SRC = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
DATE = 1500000000  # Fri, 14 Jul 2017 02:40:00 +0000


def run(*args, env=None, check=True):
    e = dict(os.environ, LC_ALL="C")
    e.pop("SOURCE_DATE_EPOCH", None)
    if env:
        e.update(env)
    p = subprocess.run([BIN, *args], capture_output=True, text=True, env=e)
    if check and p.returncode != 0:
        raise AssertionError(f"boardpack {' '.join(args)} failed ({p.returncode}):\n{p.stderr}")
    return p


def parse(path):
    with open(path, "rb") as f:
        return email.message_from_binary_file(f, policy=email.policy.default)


class Cells(html.parser.HTMLParser):
    """Rows of every HTML table: cell texts, and each row's images (src, alt)."""

    def __init__(self):
        super().__init__()
        self.rows, self.cell, self.images = [], None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "tr":
            self.rows.append({"cells": [], "images": []})
        elif tag in ("td", "th"):
            self.cell = ""
        elif tag == "img":
            self.images.append(a)
            if self.rows:
                self.rows[-1]["images"].append(a)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.rows[-1]["cells"].append(self.cell.strip())
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


class Work:
    """A folder with the report, the editions, mail settings and recipients."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="bp-mail-")
        d = self.dir
        run("build", f"{SRC}/layouts/pcc-quarterly.xml", "-q", "-o", f"{d}/pcc-quarterly.pdf")
        run("build", f"{SRC}/layouts/board-summary.xml", "-q", "-o", f"{d}/board-summary.pdf")
        run("build", f"{SRC}/layouts/editions/sector.xml", "--each-area", "sector", "-q",
            "-o", f"{d}/sectors/{{area.id}}.pdf")
        with open(f"{d}/body.txt", "w") as f:
            f.write("Dear {name},\n\nThe report is attached.\n\n{summary}\n\nKind regards\n")
        with open(f"{d}/mail.conf", "w") as f:
            f.write("# test settings\n"
                    "from = Office of the PCVC – Performance <perf@pcc.example.org>\n"
                    "reply-to = replies@pcc.example.org\n"
                    "subject = Quarter 1 – for {name} ({area.name})\n"
                    "body = body.txt\n"
                    f"summary = {SRC}/layouts/board-summary.xml\n"
                    "report = pcc-quarterly.pdf\n"
                    "edition = sectors/{area.id}.pdf\n")
        self.recipients = [
            {"name": "Cllr Siân Øberg", "email": "sian@panel.example.org", "area": "crook",
             "restricted": "no"},
            {"name": "Dr Anne Smith, Chair", "email": "anne@panel.example.org", "area": "",
             "restricted": "no"},
            {"name": "Joe Bloggs", "email": "joe@panel.example.org", "area": "consett",
             "restricted": "yes"},
        ]
        with open(f"{d}/recipients.csv", "w", newline="") as f:
            w = csv.DictWriter(f, ["name", "email", "area", "restricted"], lineterminator="\n")
            w.writeheader()
            w.writerows(self.recipients)
        self.env = {"BOARDPACK_PDF_OPEN_PASSWORD": "open-sesame"}

    def mail(self, *extra, check=True, env=None):
        return run("mail", f"{self.dir}/mail.conf", f"{self.dir}/recipients.csv", "-o",
                   f"{self.dir}/outbox", "--date", str(DATE), "--encrypt", *extra,
                   env=dict(self.env, **(env or {})), check=check)

    def eml(self, address):
        return f"{self.dir}/outbox/{address}.eml"


def summary_rows_from_pdf(path):
    """The board summary PDF's text, one string, spaces collapsed."""
    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                          text=True, check=True).stdout
    return re.sub(r"\s+", " ", text)


def asb_force_12m(period_end_year):
    """asb.total / force over the 12 months to June of `period_end_year`, summed from values.csv."""
    months = [f"{period_end_year - 1}-{m:02d}" for m in range(7, 13)] + \
             [f"{period_end_year}-{m:02d}" for m in range(1, 7)]
    total = 0
    with open(f"{SRC}/data/2017-q1/values.csv") as f:
        for line in f:
            p = line.strip().split(",")
            if len(p) == 4 and p[0] == "asb.total" and p[1] == "force" and p[2] in months:
                total += int(p[3])
                months.remove(p[2])
    assert not months, f"months missing from the data: {months}"
    return total


class MailTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.w = Work()
        cls.first = cls.w.mail()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.w.dir)

    def test_area_editions(self):
        files = sorted(os.listdir(f"{self.w.dir}/sectors"))
        with open(f"{SRC}/data/2017-q1/areas.csv") as f:
            sectors = [r for r in csv.DictReader(f) if r["kind"] == "sector"]
        self.assertEqual(files, sorted(r["id"] + ".pdf" for r in sectors))
        for r in sectors:
            text = subprocess.run(["pdftotext", f"{self.w.dir}/sectors/{r['id']}.pdf", "-"],
                                  capture_output=True, text=True, check=True).stdout
            self.assertIn(r["name"], text)
            others = [s["name"] for s in sectors if s["name"] != r["name"]
                      and s["name"] not in r["name"]]
            self.assertFalse([o for o in others if re.search(rf"\b{re.escape(o)}\b", text)])

    def test_area_editions_pass_the_standards_checker(self):
        checker = f"{SRC}/../shared/tools/pdfua_check.py"
        if not os.path.exists(checker):
            self.skipTest(f"no {checker}")
        for name in sorted(os.listdir(f"{self.w.dir}/sectors")):
            last = subprocess.run(["/usr/bin/python3", checker, "--text",
                                   f"{self.w.dir}/sectors/{name}"], capture_output=True,
                                  text=True).stdout.strip().splitlines()[-1]
            self.assertRegex(last, r"PDF/UA-1: 0 failed.*PDF/A-2b: 0 failed", name)

    def test_area_editions_all_or_nothing(self):
        d = tempfile.mkdtemp(prefix="bp-ed-")
        try:
            out = f"{d}/{{area.id}}.pdf"
            run("build", f"{SRC}/layouts/editions/sector.xml", "--each-area", "sector", "-q",
                "-o", out)
            before = {n: open(f"{d}/{n}", "rb").read() for n in os.listdir(d)}
            os.remove(f"{d}/crook.pdf")
            os.mkdir(f"{d}/crook.pdf")  # one edition cannot be written
            os.utime(f"{d}/consett.pdf", (0, 0))
            p = run("build", f"{SRC}/layouts/editions/sector.xml", "--each-area", "sector",
                    "-q", "-o", out, check=False)
            self.assertEqual(p.returncode, 1)
            self.assertIn("crook.pdf", p.stderr)
            self.assertEqual(os.stat(f"{d}/consett.pdf").st_mtime, 0)  # the earlier set kept
            for n, b in before.items():
                if n != "crook.pdf":
                    self.assertEqual(open(f"{d}/{n}", "rb").read(), b)
            self.assertFalse([n for n in os.listdir(d) if n.endswith(".tmp") or "~" in n])
            p = run("build", f"{SRC}/layouts/editions/sector.xml", "--each-area", "nope", "-q",
                    "-o", out, check=False)
            self.assertEqual(p.returncode, 1)
            self.assertIn("no area of kind 'nope'", p.stderr)
        finally:
            shutil.rmtree(d)

    def test_headers(self):
        for r in self.w.recipients:
            m = parse(self.w.eml(r["email"]))
            self.assertEqual(m["To"].addresses[0].display_name, r["name"])
            self.assertEqual(m["To"].addresses[0].addr_spec, r["email"])
            self.assertEqual(m["From"].addresses[0].display_name, "Office of the PCVC – Performance")
            self.assertEqual(m["From"].addresses[0].addr_spec, "perf@pcc.example.org")
            self.assertEqual(str(m["Reply-To"]), "replies@pcc.example.org")
            area = {"crook": "Crook", "consett": "Consett", "": ""}[r["area"]]
            self.assertEqual(str(m["Subject"]), f"Quarter 1 – for {r['name']} ({area})")
            self.assertEqual(m["Date"].datetime.timestamp(), DATE)
            self.assertRegex(m["Message-ID"], r"^<[0-9a-f]{32}\.boardpack@pcc\.example\.org>$")
            self.assertEqual(m["X-Unsent"], "1")
            self.assertEqual(m["MIME-Version"], "1.0")
            raw = open(self.w.eml(r["email"]), "rb").read()
            head = raw.split(b"\r\n\r\n", 1)[0]
            self.assertTrue(all(b < 0x80 for b in head), "headers must be 7-bit (encoded words)")
            self.assertNotIn(b"\n", raw.replace(b"\r\n", b""), "CRLF line ends only")
        ids = {parse(self.w.eml(r["email"]))["Message-ID"] for r in self.w.recipients}
        self.assertEqual(len(ids), 3)

    def test_structure_and_attachments(self):
        for r in self.w.recipients:
            m = parse(self.w.eml(r["email"]))
            self.assertEqual(m.get_content_type(), "multipart/mixed")
            parts = m.get_payload()
            self.assertEqual(parts[0].get_content_type(), "multipart/alternative")
            alt = parts[0].get_payload()
            self.assertEqual([p.get_content_type() for p in alt],
                             ["text/plain", "multipart/related"])
            related = alt[1].get_payload()
            self.assertEqual(related[0].get_content_type(), "text/html")
            self.assertEqual(alt[1].get_param("type"), "text/html")
            html_text = related[0].get_content()
            cids = {}
            for p in related[1:]:
                self.assertEqual(p.get_content_type(), "image/png")
                self.assertEqual(p.get_content_disposition(), "inline")
                png = p.get_content()
                self.assertEqual(png[:8], b"\x89PNG\r\n\x1a\n")
                cids[p["Content-ID"].strip("<>")] = p
            used = set(re.findall(r'src="cid:([^"]+)"', html_text))
            self.assertEqual(used, set(cids), "every image used, every used image present")
            names = [p.get_filename() for p in parts[1:]]
            expected = ["pcc-quarterly-restricted.pdf" if r["restricted"] == "yes"
                        else "pcc-quarterly.pdf"]
            if r["area"]:
                expected.append(r["area"] + ".pdf")
            self.assertEqual(names, expected)
            for p in parts[1:]:
                self.assertEqual(p.get_content_type(), "application/pdf")
                self.assertEqual(p.get_content_disposition(), "attachment")
                data = p.get_content()
                if p.get_filename() == "pcc-quarterly.pdf":
                    self.assertEqual(data, open(f"{self.w.dir}/pcc-quarterly.pdf", "rb").read())
                elif p.get_filename().endswith("-restricted.pdf"):
                    self.assertEqual(data, open(f"{self.w.dir}/outbox/{p.get_filename()}",
                                                "rb").read())
                else:
                    self.assertEqual(data, open(f"{self.w.dir}/sectors/{p.get_filename()}",
                                                "rb").read())

    def test_html_figures_match_the_pdf_and_the_data(self):
        m = parse(self.w.eml("anne@panel.example.org"))
        body = m.get_body(("html",)).get_content()
        plain = m.get_body(("plain",)).get_content()
        cells = Cells()
        cells.feed(body)
        rows = [r for r in cells.rows if len(r["cells"]) == 5 and r["cells"][4] != "Verdict"]
        self.assertEqual(len(rows), 19)  # the board summary's 7 + 2 + 2 + 8 rows
        pdf = summary_rows_from_pdf(f"{self.w.dir}/board-summary.pdf")
        faces = 0
        words = {"happy": "Happy", "monitor": "Closely monitoring", "unhappy": "Unhappy"}
        for r in rows:
            label, before, after, change, verdict = r["cells"]
            # The same figures, in the same order, as the board summary PDF's row.
            self.assertIn(f"{label} {before} {after} {change}", pdf)
            self.assertIn(f"{label} | {before} | {after} | {change} | ", plain)
            for img in r["images"]:
                faces += 1
                # The face is decoration: the word beside it (layouts/summary.ini's) is its text.
                self.assertEqual(img["alt"], "")
                name = img["src"].split("cid:face-")[1].split("@")[0]
                self.assertTrue(verdict.startswith(words[name]), (verdict, name))
                self.assertIn(f"{label} | {before} | {after} | {change} | {verdict}", plain)
        self.assertGreaterEqual(faces, 10)
        asb = next(r for r in rows if r["cells"][0] == "Anti-social behaviour incidents")
        b, a = asb_force_12m(2016), asb_force_12m(2017)
        self.assertEqual(asb["cells"][1], f"{b:,}")
        self.assertEqual(asb["cells"][2], f"{a:,}")
        self.assertEqual(asb["cells"][3], f"{(a - b) / b * 100:+.1f}%".replace("-", "−"))
        self.assertIn('scope="col"', body)
        self.assertIn('scope="row"', body)
        self.assertIn("<caption", body)
        self.assertIn('lang="en-GB"', body)

    def test_same_input_same_bytes(self):
        first = {r["email"]: open(self.w.eml(r["email"]), "rb").read()
                 for r in self.w.recipients}
        self.w.mail()
        for r in self.w.recipients:
            again = open(self.w.eml(r["email"]), "rb").read()
            if r["restricted"] == "yes":  # AES IVs are random; the Message-ID is not
                self.assertEqual(parse(self.w.eml(r["email"]))["Message-ID"],
                                 email.message_from_bytes(first[r["email"]],
                                                          policy=email.policy.default)["Message-ID"])
            else:
                self.assertEqual(again, first[r["email"]])

    def test_restricted_copy_needs_the_password(self):
        pdf = f"{self.w.dir}/outbox/pcc-quarterly-restricted.pdf"
        out = f"{self.w.dir}/decrypted.pdf"
        p = subprocess.run(["qpdf", "--decrypt", pdf, out], capture_output=True, text=True)
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("password", p.stderr)
        p = subprocess.run(["qpdf", "--password=open-sesame", "--decrypt", pdf, out],
                           capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        info = subprocess.run(["qpdf", "--show-encryption", "--password=open-sesame", pdf],
                              capture_output=True, text=True).stdout
        self.assertIn("AESv3", info)  # AES-256
        text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True).stdout
        self.assertIn("Performance Report", text)
        self.assertIn("not encrypted", subprocess.run(
            ["qpdf", "--show-encryption", f"{self.w.dir}/pcc-quarterly.pdf"],
            capture_output=True, text=True).stdout)

    def test_errors(self):
        w = self.w
        before = {n: open(f"{w.dir}/outbox/{n}", "rb").read()
                  for n in os.listdir(f"{w.dir}/outbox") if n.endswith(".eml")}
        p = w.mail("--max-size", "240KB", check=False)
        self.assertEqual(p.returncode, 1)
        self.assertRegex(p.stderr, r"recipients\.csv:\d+:1: error: the message to "
                                   r"\S+ is .* over the limit of 240 KB")
        after = {n: open(f"{w.dir}/outbox/{n}", "rb").read()
                 for n in os.listdir(f"{w.dir}/outbox") if n.endswith(".eml")}
        self.assertEqual(before, after)
        p = w.mail(check=False, env={"BOARDPACK_PDF_OPEN_PASSWORD": ""})
        self.assertEqual(p.returncode, 1)
        self.assertIn("--encrypt needs", p.stderr)
        bad = f"{w.dir}/bad.csv"
        with open(bad, "w") as f:
            f.write("name,email\nA,not-an-address\n")
        p = run("mail", f"{w.dir}/mail.conf", bad, "-o", f"{w.dir}/o2", check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn("bad.csv:2:3: error: 'not-an-address' is not an email address", p.stderr)
        self.assertFalse(os.path.exists(f"{w.dir}/o2"))
        with open(bad, "w") as f:
            f.write("name,email,restricted\nA,a@x.example,no\nB,b@x.example,yes\n")
        p = run("mail", f"{w.dir}/mail.conf", bad, "-o", f"{w.dir}/o2", check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn("bad.csv:3:1: error: b@x.example is restricted=yes: add --encrypt",
                      p.stderr)
        self.assertFalse(os.path.exists(f"{w.dir}/o2"))


def leaves(message):
    """(type, file name, content) of every leaf part; text with LF line ends."""
    out = []
    for p in message.walk():
        if not p.is_multipart():
            c = p.get_content()
            out.append((p.get_content_type(), p.get_filename(),
                        c.replace("\r\n", "\n") if isinstance(c, str) else c))
    return out


class Server:
    """aiosmtpd on 127.0.0.1 at a free port, keeping every message; rejects `refuse`."""

    def __init__(self, refuse=(), host="127.0.0.1", tls=None):
        self.received, self.refuse = [], set(refuse)
        with socket.socket() as s:  # a free port, asked of the kernel
            s.bind((host, 0))
            port = s.getsockname()[1]
        extra = {"tls_context": tls, "require_starttls": True} if tls else {}
        self.controller = Controller(self, hostname=host, port=port, **extra)
        self.controller.start()
        self.url = f"smtp://{host}:{port}"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"

    def stop(self):
        self.controller.stop()


def own_address():
    """This machine's IPv4 address on its default route (not loopback), or None."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # UDP: no packet is sent
            address = s.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


class SendTest(unittest.TestCase):
    def setUp(self):
        self.w = Work()

    def tearDown(self):
        shutil.rmtree(self.w.dir)

    def test_dry_run_then_send_once(self):
        server = Server()
        try:
            p = self.w.mail("--send", server.url)
            self.assertEqual(server.received, [])
            self.assertIn("would send: Joe Bloggs <joe@panel.example.org>: "
                          "pcc-quarterly-restricted.pdf, consett.pdf", p.stdout)
            self.assertRegex(p.stdout, r"3 messages to send, [\d.]+ (KB|MB) in all")
            self.assertIn("dry run: nothing sent", p.stdout)
            self.w.mail("--send", server.url, "--confirm")
            self.assertEqual(len(server.received), 3)
            for (mail_from, rcpt, content), r in zip(server.received, self.w.recipients):
                self.assertEqual(mail_from, "perf@pcc.example.org")
                self.assertEqual(rcpt, [r["email"]])
                got = email.message_from_bytes(content, policy=email.policy.default)
                draft = parse(self.w.eml(r["email"]))
                self.assertIsNone(got["X-Unsent"])  # what is sent is not a draft
                for h in ("From", "To", "Subject", "Date", "Message-ID", "Reply-To"):
                    self.assertEqual(str(got[h]), str(draft[h]))
                self.assertEqual(leaves(got), leaves(draft))
                # Byte for byte the draft without its X-Unsent line.
                raw = open(self.w.eml(r["email"]), "rb").read().replace(b"X-Unsent: 1\r\n", b"")
                self.assertEqual(content.replace(b"\r\n", b"\n"), raw.replace(b"\r\n", b"\n"))
            p = self.w.mail("--send", server.url, "--confirm")
            self.assertEqual(len(server.received), 3, "a re-run sends nothing twice")
            self.assertIn("0 messages sent", p.stdout)
        finally:
            server.stop()

    def test_failure_part_way_then_rerun(self):
        server = Server(refuse={"anne@panel.example.org"})
        try:
            p = self.w.mail("--send", server.url, "--confirm", check=False)
            self.assertEqual(p.returncode, 1)
            self.assertIn("sending to anne@panel.example.org failed", p.stderr)
            self.assertIn("sent in this run: sian@panel.example.org", p.stderr)
            self.assertIn("not sent: anne@panel.example.org joe@panel.example.org", p.stderr)
            self.assertEqual([r for _, r, _ in server.received], [["sian@panel.example.org"]])
            server.refuse.clear()
            self.w.mail("--send", server.url, "--confirm")
            self.assertEqual([r for _, r, _ in server.received],
                             [["sian@panel.example.org"], ["anne@panel.example.org"],
                              ["joe@panel.example.org"]])
        finally:
            server.stop()

    def test_no_plain_text_to_a_server_that_is_not_local(self):
        # The same server (it offers no STARTTLS) on this machine's own non-loopback address,
        # which boardpack cannot tell from a remote one: nothing may be sent in clear text.
        address = own_address() or self.skipTest("no non-loopback address")
        server = Server(host=address)
        try:
            p = self.w.mail("--send", server.url, "--confirm", check=False)
            self.assertEqual(p.returncode, 1)
            self.assertIn("sending to sian@panel.example.org failed", p.stderr)
            self.assertRegex(p.stderr, r"(?i)ssl|tls")
            self.assertEqual(server.received, [])
            self.assertFalse(os.path.exists(f"{self.w.dir}/outbox/sent.log"))
        finally:
            server.stop()

    def test_starttls_to_a_server_that_is_not_local(self):
        address = own_address() or self.skipTest("no non-loopback address")
        if not shutil.which("openssl"):
            self.skipTest("no openssl to make the server's certificate (package openssl)")
        cert, key = f"{self.w.dir}/cert.pem", f"{self.w.dir}/key.pem"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                        "-subj", f"/CN={address}", "-addext", f"subjectAltName=IP:{address}",
                        "-keyout", key, "-out", cert], capture_output=True, check=True)
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(cert, key)
        server = Server(host=address, tls=ctx)
        try:
            # Without trusting the certificate: refused, nothing sent.
            p = self.w.mail("--send", server.url, "--confirm", check=False)
            self.assertEqual(p.returncode, 1)
            self.assertEqual(server.received, [])
            p = self.w.mail("--send", server.url, "--confirm",
                            env={"BOARDPACK_SMTP_CA_FILE": cert})
            self.assertEqual(len(server.received), 3)
            self.assertIn("3 messages sent", p.stdout)
        finally:
            server.stop()

    def test_starttls_required_for_a_remote_server(self):
        # 192.0.2.1 (TEST-NET-1) is never local: nothing listens; the listing says STARTTLS.
        p = self.w.mail("--send", "smtp://192.0.2.1:25")
        self.assertIn("(STARTTLS required)", p.stdout)
        p = self.w.mail("--send", "http://example.org", check=False)
        self.assertEqual(p.returncode, 1)
        self.assertIn("--send takes smtp://", p.stderr)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
