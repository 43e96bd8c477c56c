#!/usr/bin/python3
"""SPC end to end: builds tests/e2e/layouts/spc.xml with the real boardpack, reads the SPC table
and the chart labels back from the PDF (pdftotext) and compares the mean and the process limits
with an XmR chart computed here from values.csv (mean, mean moving range, mean +/- 2.66 x MR,
a count's lower limit clipped at 0), for the whole range and for the two segments of a rebase.
Also checks that the variation icon's words are in the text layer.

usage: spc_test.py BOARDPACK SOURCE_DIR
"""
import csv
import os
import subprocess
import sys
import tempfile


def months(first, count):
    y, m = map(int, first.split("-"))
    out = []
    for _ in range(count):
        out.append("%04d-%02d" % (y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def xmr(values):
    mean = sum(values) / len(values)
    mrs = [abs(b - a) for a, b in zip(values, values[1:])]
    mr = sum(mrs) / len(mrs)
    return mean, max(0.0, mean - 2.66 * mr), mean + 2.66 * mr


def text(v):
    """One decimal, thousands separators: as the chart labels the mean and limits."""
    return "{:,.1f}".format(v)


def main():
    bp, src = sys.argv[1], sys.argv[2]
    wanted = months("2015-07", 24)
    values = {}
    with open(os.path.join(src, "data/2017-q1/values.csv"), newline="") as f:
        for row in csv.DictReader(f):
            if row["indicator"] == "mh.incidents" and row["area"] == "force":
                values[row["period"]] = float(row["value"])
    series = [values[m] for m in wanted]
    failures = []
    with tempfile.TemporaryDirectory() as work:
        pdf = os.path.join(work, "spc.pdf")
        subprocess.run([bp, "build", os.path.join(src, "tests/e2e/layouts/spc.xml"), "-o", pdf,
                        "--no-system-fonts", "-q"], check=True, stderr=subprocess.DEVNULL)
        raw = subprocess.run(["pdftotext", "-raw", pdf, "-"], check=True, capture_output=True,
                             text=True).stdout
    mean, lower, upper = xmr(series)
    # The chart's labels (the first chart: the whole range).
    for label in ("Mean " + text(mean), "Upper limit " + text(upper),
                  "Lower limit " + text(lower)):
        if label not in raw:
            failures.append("chart label %r not in the PDF" % label)
    # The table's row: metric, latest, target (none), mean, lower, upper.
    row = "%s %s %s" % (text(mean), text(lower), text(upper))
    if row not in raw:
        failures.append("table figures %r not in the PDF" % row)
    # The rebased chart: the second segment's labels (from July 2016, the 13th month).
    m2, l2, u2 = xmr(series[12:])
    for label in ("Mean " + text(m2), "Upper limit " + text(u2), "Lower limit " + text(l2)):
        if label not in raw:
            failures.append("rebased chart label %r not in the PDF" % label)
    # The last point (June 2017) is above the upper limit and lower is better: a concern.
    if series[-1] > upper and "Special cause — concerning (high)" not in raw:
        failures.append("the variation words are not in the text layer")
    for f in failures:
        print("FAIL " + f)
    if not failures:
        print("ok   mean %s, limits %s to %s; rebased %s, %s to %s" %
              (text(mean), text(lower), text(upper), text(m2), text(l2), text(u2)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
