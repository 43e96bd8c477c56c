#!/usr/bin/env python3
"""Writes the reference data set data/2017-q1/ (Durham, Q1 2017/18) as CSV files.

Every published figure of the reference report is written as published. Where the report
gives only a 12-month total but the format (or a chart) needs monthly values, monthly values
are synthesised: an illustrative, deterministic shape (linear trend x seasonal profile x a
small seeded wobble) allocated so that each published 12-month window sums EXACTLY to the
published total (largest-remainder rounding on integers, or on hundredths for the alcohol
share). Nothing here depends on the clock, the locale or unseeded randomness: running it
twice gives byte-identical files.

Usage: python3 data/2017-q1/tools/synthesise.py [OUTPUT_DIR]   (default: data/2017-q1/)
"""

import csv
import io
import os
import random
import sys
import zlib

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------------------------
# Months and windows

def month_seq(start, count):
    y, m = (int(p) for p in start.split("-"))
    out = []
    for _ in range(count):
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out

W1 = month_seq("2015-07", 12)  # 12m:2016-06
W2 = month_seq("2016-07", 12)  # 12m:2017-06
M24 = W1 + W2
W1A, W1B, W2A, W2B = W1[:6], W1[6:], W2[:6], W2[6:]  # half years; 2016 = W1B + W2A


def cal_month(period):
    return int(period[5:7])


def rng_for(*key):
    """A generator seeded from the series' name (crc32 is stable across runs and platforms)."""
    return random.Random(zlib.crc32("|".join(key).encode("utf-8")))


def largest_remainder(total, weights):
    """Non-negative integers proportional to `weights` summing exactly to `total`.
    Ties go to the earlier position, so the result is deterministic."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(r) for r in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    assert sum(base) == total
    return base


# Seasonal profiles, January..December (relative; only ratios matter).
SEASON = {
    "flat":     [1.00, 0.97, 1.00, 0.99, 1.01, 1.00, 1.02, 1.01, 1.00, 1.01, 0.99, 1.00],
    "crime":    [0.93, 0.88, 0.98, 0.98, 1.04, 1.03, 1.07, 1.05, 1.01, 1.04, 0.99, 1.00],
    "asb":      [0.80, 0.78, 0.92, 1.02, 1.10, 1.08, 1.16, 1.13, 0.98, 1.10, 1.00, 0.84],
    "da":       [1.06, 0.90, 0.96, 0.97, 1.01, 1.03, 1.06, 1.05, 0.96, 0.98, 0.95, 1.07],
    "burglary": [1.08, 0.95, 0.96, 0.92, 0.93, 0.90, 0.94, 0.95, 0.98, 1.10, 1.17, 1.12],
    "vehicle":  [1.05, 0.93, 0.95, 0.94, 0.97, 0.95, 1.00, 1.00, 1.00, 1.07, 1.12, 1.08],
    "shop":     [0.96, 0.90, 0.99, 0.97, 1.01, 0.98, 1.00, 1.00, 0.98, 1.03, 1.05, 1.13],
    "damage":   [0.92, 0.88, 0.98, 1.00, 1.05, 1.02, 1.05, 1.04, 0.99, 1.07, 1.04, 0.96],
    "arson":    [0.80, 0.85, 1.10, 1.25, 1.15, 1.00, 0.95, 0.95, 0.85, 1.15, 1.30, 0.75],
    "alcohol":  [1.00, 0.92, 0.96, 0.98, 1.02, 1.04, 1.05, 1.04, 0.96, 0.98, 0.97, 1.08],
    "youth":    [0.75, 0.75, 0.90, 1.05, 1.15, 1.10, 1.25, 1.20, 0.90, 1.20, 1.05, 0.70],
}


def trend(t, level1, level2):
    """Linear level through the mid-points of the two windows (t = 0 is 2015-07)."""
    return level1 + (level2 - level1) * (t - 5.5) / 12.0


def half_trend(t, halves, season):
    """Piecewise-linear level through the mid-points of the four half years (t = 2.5, 8.5,
    14.5, 20.5), at each half's deseasonalised mean monthly level (July-December and
    January-June differ in season); continued with the end slopes outside."""
    mids = [2.5, 8.5, 14.5, 20.5]
    prof = [x / (sum(SEASON[season]) / 12.0) for x in SEASON[season]]
    jul_dec, jan_jun = sum(prof[6:]) / 6.0, sum(prof[:6]) / 6.0
    lv = [h / 6.0 / (jul_dec if i % 2 == 0 else jan_jun) for i, h in enumerate(halves)]
    i = 0 if t < mids[1] else 1 if t < mids[2] else 2
    return lv[i] + (lv[i + 1] - lv[i]) * (t - mids[i]) / 6.0


def t_of(p):
    return (int(p[:4]) - 2015) * 12 + cal_month(p) - 7


def shape_weights(months, season, key, level, wobble):
    """Illustrative monthly weights: level(t) x season x seeded wobble."""
    rng = rng_for(*key)
    out = []
    for p in months:
        w = level(t_of(p)) * SEASON[season][cal_month(p) - 1] / (sum(SEASON[season]) / 12.0)
        out.append(w * (1.0 + rng.uniform(-wobble, wobble)))
    return out


def scatter(total, weights, key):
    """Small counts (a few a month): each unit falls in a month drawn in proportion to the
    weights by a seeded generator, which looks like real small counts; sums to `total`."""
    rng = rng_for("scatter", *key)
    out = [0] * len(weights)
    for _ in range(total):
        out[rng.choices(range(len(weights)), weights=weights)[0]] += 1
    return out


def allocate(total, weights, key):
    if total < 5 * len(weights):
        return scatter(total, weights, key)
    return largest_remainder(total, weights)


def two_windows(total1, total2, season, key, wobble=0.05, halves=None):
    """Monthly integer values for 2015-07..2017-06: the first 12 sum to total1, the last 12 to
    total2. `halves`, if given, fixes the four half-year totals (W1A, W1B, W2A, W2B) instead,
    and the level follows them smoothly."""
    if halves is None:
        w = shape_weights(M24, season, key, lambda t: trend(t, total1 / 12.0, total2 / 12.0), wobble)
        vals = allocate(total1, w[:12], key + ("1",)) + allocate(total2, w[12:], key + ("2",))
    else:
        assert halves[0] + halves[1] == total1 and halves[2] + halves[3] == total2
        w = shape_weights(M24, season, key, lambda t: half_trend(t, halves, season), wobble)
        vals = []
        for i, h in enumerate(halves):
            vals += allocate(h, w[6 * i:6 * i + 6], key + (str(i),))
    return dict(zip(M24, vals)), w


def default_halves(total1, total2, season, key):
    """Half-year totals implied by the plain trend x season shape."""
    w = shape_weights(M24, season, key, lambda t: trend(t, total1 / 12.0, total2 / 12.0), 0.0)
    a = round(total1 * sum(w[:6]) / sum(w[:12]))
    c = round(total2 * sum(w[12:18]) / sum(w[12:]))
    return [a, total1 - a, c, total2 - c]


def anchored_halves(total1, total2, cal2016, season, key):
    """Half-year totals for a series whose calendar-2016 sum (W1B + W2A) should equal the
    report's rounded 2016 figure, so the illustrative months don't contradict it."""
    h = default_halves(total1, total2, season, key)
    w2a = cal2016 - h[1]
    return [h[0], h[1], w2a, total2 - w2a]


# ---------------------------------------------------------------------------------------------
# Published figures (Q1 2017/18 report)

SECTORS = [  # id, name, 12m to June 2016, 12m to June 2017, printed % difference
    ("bishop-auckland", "Bishop Auckland", 2330, 1748, "-25"),
    ("crook", "Crook", 1205, 974, "-19"),
    ("barnard-castle", "Barnard Castle", 319, 280, "-12"),
    ("darlington", "Darlington", 4573, 4700, "3"),
    ("newton-aycliffe", "Newton Aycliffe", 2046, 1805, "-12"),
    ("spennymoor", "Spennymoor", 1640, 1509, "-8"),
    ("durham", "Durham", 2757, 2519, "-9"),
    ("peterlee", "Peterlee", 2628, 2521, "-4"),
    ("seaham", "Seaham", 1673, 1438, "-14"),
    ("chester-le-street", "Chester le Street", 1892, 1612, "-15"),
    ("stanley", "Stanley", 1560, 1297, "-17"),
    ("consett", "Consett", 1483, 1302, "-12"),
]
ASB_FORCE = (24106, 21705)

# id, label, unit, polarity, decimals, additive
INDICATORS = [
    ("staff.officers", "Police Officers", "count", "neutral", 0, "yes"),
    ("staff.pcsos", "PCSOs", "count", "neutral", 0, "yes"),
    ("staff.civilian", "Police Staff", "count", "neutral", 0, "yes"),
    ("crime.overall", "Overall Crime", "count", "lower-is-better", 0, "yes"),
    ("crime.burglary.dwelling", "Burglary Dwelling", "count", "lower-is-better", 0, "yes"),
    ("crime.tfmv", "Theft from a Motor Vehicle", "count", "lower-is-better", 0, "yes"),
    ("crime.vap", "Violence Against the Person", "count", "lower-is-better", 0, "yes"),
    ("crime.shoplifting", "Shoplifting", "count", "lower-is-better", 0, "yes"),
    ("confidence", "Confidence", "percent", "higher-is-better", 0, "no"),
    ("vsat.actions", "Actions Taken", "percent", "higher-is-better", 0, "no"),
    ("vsat.followup", "Follow Up", "percent", "higher-is-better", 0, "no"),
    ("vsat.whole", "Whole Experience", "percent", "higher-is-better", 0, "no"),
    ("asb.total", "Total Anti-Social Behaviour", "count", "lower-is-better", 0, "yes"),
    ("asb.alcohol", "Alcohol Related", "count", "lower-is-better", 0, "yes"),
    ("asb.drugs", "Drugs Related", "count", "lower-is-better", 0, "yes"),
    ("asb.youth", "Youth Related", "count", "lower-is-better", 0, "yes"),
    ("asb.satisfaction", "Public Satisfaction", "percent", "higher-is-better", 0, "no"),
    ("da.incidents", "Domestic Abuse", "count", "neutral", 0, "yes"),
    ("so.offences", "Sexual Offences", "count", "neutral", 0, "yes"),
    ("s136.under18", "Under 18s", "count", "lower-is-better", 0, "yes"),
    ("s136.over18", "Over 18s", "count", "lower-is-better", 0, "yes"),
    ("mh.incidents", "Mental Health Related Incidents", "count", "lower-is-better", 0, "yes"),
    ("suicides", "Suicides", "count", "lower-is-better", 0, "yes"),
    ("alcohol.share", "Alcohol related incidents (% of all incidents)", "percent", "lower-is-better", 2, "no"),
    ("drugs.offences", "Drug offences", "count", "lower-is-better", 0, "yes"),
    ("hate.incidents", "Incidents", "count", "neutral", 0, "yes"),
    ("hate.crimes", "Crimes", "count", "neutral", 0, "yes"),
    ("road.incidents", "Serious road traffic incidents", "count", "lower-is-better", 0, "yes"),
    ("road.accidents.fatal", "Fatal Accidents", "count", "lower-is-better", 0, "yes"),
    ("road.accidents.serious", "Serious Accidents", "count", "lower-is-better", 0, "yes"),
    ("road.casualties.fatal", "Fatal Casualties", "count", "lower-is-better", 0, "yes"),
    ("road.casualties.serious", "Serious Casualties", "count", "lower-is-better", 0, "yes"),
    ("road.speedwatch", "Community Speed Watch activities", "count", "neutral", 0, "yes"),
    ("vcas.assessed", "Crimes assessed", "count", "neutral", 0, "yes"),
    ("vcas.contacted", "Victims contacted", "count", "neutral", 0, "yes"),
    ("vcas.manchester", "Referrals relating to the Manchester attack", "count", "neutral", 0, "yes"),
    ("response.immediate", "Immediate Responses", "percent", "higher-is-better", 0, "no"),
    ("hqp.all", "All Crime", "count", "lower-is-better", 0, "yes"),
    ("hqp.vap", "Violence Against the Person", "count", "lower-is-better", 0, "yes"),
    ("hqp.burglary", "Burglary", "count", "lower-is-better", 0, "yes"),
    ("hqp.vehicle", "Vehicle Crime", "count", "lower-is-better", 0, "yes"),
    ("hqp.shoplifting", "Shoplifting", "count", "lower-is-better", 0, "yes"),
    ("hqp.damage", "Criminal Damage", "count", "lower-is-better", 0, "yes"),
    ("hqp.arson", "Arson", "count", "lower-is-better", 0, "yes"),
    ("vbc.total", "Victim based crime", "count", "lower-is-better", 0, "yes"),
]

# Recent performance (rounded figures, calendar years 2009 and 2016), with printed changes.
RECENT = [  # id, 2009, 2016, measure, printed change
    ("staff.officers", 1580, 1152, "difference", "-428"),
    ("staff.pcsos", 170, 148, "difference", "-22"),
    ("staff.civilian", 930, 966, "difference", "36"),
    ("crime.overall", 42000, 43500, "pct-difference", "4"),
    ("crime.burglary.dwelling", 2500, 1600, "pct-difference", "-36"),
    ("crime.tfmv", 3000, 1800, "pct-difference", "-40"),
    ("crime.vap", 7000, 13200, "pct-difference", "89"),
    ("crime.shoplifting", 3200, 3900, "pct-difference", "22"),
    ("confidence", 53, 83, "pp-difference", "30"),
    ("vsat.actions", 79, 84, "pp-difference", "5"),
    ("vsat.followup", 68, 80, "pp-difference", "12"),
    ("vsat.whole", 82, 87, "pp-difference", "5"),
]

# Monthly indicators with two published 12-month totals (force only).
# id, 12m to June 2016, 12m to June 2017, printed change, measure, season, report section
TWELVE_MONTH = [
    ("da.incidents", 15085, 16019, "6", "pct-difference", "da", "Domestic abuse and sexual violence (table)"),
    ("so.offences", 1140, 1562, "37", "pct-difference", "crime", "Domestic abuse and sexual violence (table)"),
    ("s136.under18", 0, 1, "1", "difference", "flat", "Safeguard vulnerable people (S136 table)"),
    ("s136.over18", 16, 11, "-5", "difference", "flat", "Safeguard vulnerable people (S136 table)"),
    ("mh.incidents", 9459, 12132, "28", "pct-difference", "flat", "Safeguard vulnerable people (mental health table)"),
    ("suicides", 47, 43, "-8", "pct-difference", "flat", "Safeguard vulnerable people (suicides table)"),
    ("drugs.offences", 1175, 954, "-18.8", "pct-difference", "flat", "Reduce the harm caused by alcohol and drugs (drugs table)"),
    ("hqp.all", 39224, 51569, "31", "pct-difference", "crime", "High Quality Policing (table)"),
    ("hqp.vap", 11217, 16581, "47", "pct-difference", "crime", "High Quality Policing (table)"),
    ("hqp.burglary", 4457, 4668, "4.7", "pct-difference", "burglary", "High Quality Policing (table)"),
    ("hqp.vehicle", 2617, 3319, "26.8", "pct-difference", "vehicle", "High Quality Policing (table)"),
    ("hqp.shoplifting", 3590, 4091, "14", "pct-difference", "shop", "High Quality Policing (table)"),
    ("hqp.damage", 7052, 8612, "22", "pct-difference", "damage", "High Quality Policing (table)"),
    ("hqp.arson", 385, 598, "55", "pct-difference", "arson", "High Quality Policing (table)"),
]
VBC = (35271, 45519, "29")
# The report's rounded calendar-2016 figures for the same crime types; the illustrative months
# of these series are shaped so that January..December 2016 sums to them.
ANCHOR_2016 = {"hqp.all": 43500, "hqp.vap": 13200, "hqp.shoplifting": 3900}

ALCOHOL_SHARE = ("11.33", "12.98", "1.65")

# Printed differences that do not round from the printed totals (the report truncates).
WARN_NOTE = {
    "suicides": "Printed -8; 47 -> 43 is -8.51% which rounds to -9: the tool will warn (truncated)",
    "hqp.vap": "Printed 47; 11217 -> 16581 is +47.82% which rounds to 48: the tool will warn (truncated)",
    "hate.incidents": "Printed 37; 104 -> 143 is +37.5% which rounds to 38: the tool will warn (truncated)",
    "hate.crimes": "Printed 56; 90 -> 141 is +56.67% which rounds to 57: the tool will warn (truncated)",
}

SRC = "Q1 2017/18 report: "  # the extracted text has no page numbers

# ---------------------------------------------------------------------------------------------

def main():
    values = []   # (indicator, area, period, value text)
    stated = []   # (indicator, area, measure, from, to, value, source)
    verdicts = []  # (indicator, area, period, verdict, mark, note)
    F, T1, T2 = "force", "12m:2016-06", "12m:2017-06"

    # Recent performance.
    values.append("# Recent Performance: real (the report's rounded figures) for calendar years 2009 and 2016")
    for ind, v09, v16, measure, change in RECENT:
        values.append((ind, F, "2009", str(v09)))
        values.append((ind, F, "2016", str(v16)))
        stated.append((ind, F, "value", "", "2009", str(v09), SRC + "Recent Performance"))
        stated.append((ind, F, "value", "", "2016", str(v16), SRC + "Recent Performance"))
        stated.append((ind, F, measure, "2009", "2016", change, SRC + "Recent Performance"))

    # Anti-social behaviour: sectors, then the force as their sum.
    force_month = {p: 0 for p in M24}
    sub_force = {k: {p: 0 for p in M24} for k in ("alcohol", "drugs", "youth")}
    sector_rows, sub_rows = [], []
    for sid, _name, t16, t17, pct in SECTORS:
        months, _ = two_windows(t16, t17, "asb", ("asb.total", sid), wobble=0.06)
        for p in M24:
            sector_rows.append(("asb.total", sid, p, str(months[p])))
            force_month[p] += months[p]
        src = SRC + "Tackle anti-social behaviour (" + _name + " table)"
        stated.append(("asb.total", sid, "value", "", T1, str(t16), src))
        stated.append(("asb.total", sid, "value", "", T2, str(t17), src))
        stated.append(("asb.total", sid, "pct-difference", T1, T2, pct, src))
        verdicts.append(("asb.total", sid, T2, "monitor" if sid == "darlington" else "happy", "", ""))
        # Illustrative flagged sub-series: a sector-specific share of that month's ASB.
        rng = rng_for("asb.sub", sid)
        share = {"alcohol": rng.uniform(0.10, 0.17), "drugs": rng.uniform(0.03, 0.06),
                 "youth": rng.uniform(0.18, 0.28)}
        season = {"alcohol": "alcohol", "drugs": "flat", "youth": "youth"}
        for k in ("alcohol", "drugs", "youth"):
            r = rng_for("asb." + k, sid)
            for p in M24:
                # Divide out the ASB season so the sub-series follows its own season.
                f = SEASON[season[k]][cal_month(p) - 1] / SEASON["asb"][cal_month(p) - 1]
                v = round(months[p] * share[k] * f * (1.0 + r.uniform(-0.12, 0.12)))
                v = max(0, min(v, months[p]))
                sub_rows.append(("asb." + k, sid, p, str(v)))
                sub_force[k][p] += v
    assert sum(force_month[p] for p in W1) == ASB_FORCE[0]
    assert sum(force_month[p] for p in W2) == ASB_FORCE[1]
    values.append("# Anti-social behaviour: ILLUSTRATIVE monthly shape; the sums over 12m:2016-06 and")
    values.append("# 12m:2017-06 are the published totals for each sector; force = sum of the 12 sectors")
    values += [("asb.total", F, p, str(force_month[p])) for p in M24] + sector_rows
    values.append("# Alcohol/Drugs/Youth related ASB: ILLUSTRATIVE throughout (no figures are published);")
    values.append("# flags overlap so they do not add up to the total; force = sum of the 12 sectors")
    for k in ("alcohol", "drugs", "youth"):
        values += [("asb." + k, F, p, str(sub_force[k][p])) for p in M24]
    values += sub_rows
    src = SRC + "Tackle anti-social behaviour (force table)"
    stated.append(("asb.total", F, "value", "", T1, str(ASB_FORCE[0]), src))
    stated.append(("asb.total", F, "value", "", T2, str(ASB_FORCE[1]), src))
    stated.append("# The report prints -9.77 for the force; its own totals give -9.96: the tool must warn")
    stated.append(("asb.total", F, "pct-difference", T1, T2, "-9.77", src))
    verdicts.insert(0, ("asb.total", F, T2, "happy", "", ""))

    # Public satisfaction with the handling of ASB, by quarter.
    values.append("# Public satisfaction with ASB handling by quarter: real")
    for q, v, verdict in (("2016/17 Q1", 78, "happy"), ("2016/17 Q2", 81, "none"),
                          ("2016/17 Q3", 78, "none"), ("2016/17 Q4", 90, "none")):
        values.append(("asb.satisfaction", F, q, str(v)))
        stated.append(("asb.satisfaction", F, "value", "", q, str(v),
                       SRC + "Tackle anti-social behaviour (public satisfaction table)"))
        verdicts.append(("asb.satisfaction", F, q, verdict, "", ""))

    # Twelve-month indicators (force), monthly values summing to each published window.
    synth = {}
    values.append("# Twelve-month indicators: ILLUSTRATIVE monthly shape; the sums over 12m:2016-06 and")
    values.append("# 12m:2017-06 are the published figures. Any other window (e.g. 12m:2016-12 or a quarter)")
    values.append("# is illustrative. hqp.all/hqp.vap/hqp.shoplifting sum over January-December 2016 to")
    values.append("# the report's rounded 2016 figures (43500/13200/3900)")
    for ind, t16, t17, change, measure, season, section in TWELVE_MONTH:
        halves = None
        if ind in ANCHOR_2016:
            halves = anchored_halves(t16, t17, ANCHOR_2016[ind], season, (ind,))
        months, w = two_windows(t16, t17, season, (ind,), wobble=0.04, halves=halves)
        synth[ind] = (months, halves or default_halves(t16, t17, season, (ind,)))
        values += [(ind, F, p, str(months[p])) for p in M24]
        stated.append((ind, F, "value", "", T1, str(t16), SRC + section))
        stated.append((ind, F, "value", "", T2, str(t17), SRC + section))
        if ind in WARN_NOTE:
            stated.append("# " + WARN_NOTE[ind])
        stated.append((ind, F, measure, T1, T2, change, SRC + section))

    # Victim-based crime: April 2015 to July 2017 (the chart's range). The two windows follow
    # the half-year shape of all crime (so victim-based <= all crime every month); April-June
    # 2015 and July 2017 continue the trend (illustrative, outside both published windows).
    all_h = synth["hqp.all"][1]
    fr = [all_h[0] / 39224, all_h[2] / 51569]
    a, c = round(VBC[0] * fr[0]), round(VBC[1] * fr[1])
    vbc_halves = [a, VBC[0] - a, c, VBC[1] - c]
    vbc, _ = two_windows(VBC[0], VBC[1], "crime", ("vbc.total",), wobble=0.04, halves=vbc_halves)
    before = month_seq("2015-04", 3)
    r = rng_for("vbc.total", "extra")
    for p in before + ["2017-07"]:
        # The end slopes, halved: the nearest window month's level and the extrapolated one.
        edge = "2015-07" if p < "2015-07" else "2017-06"
        lv = (half_trend(t_of(p), vbc_halves, "crime") +
              half_trend(t_of(edge), vbc_halves, "crime")) / 2.0
        sf = SEASON["crime"][cal_month(p) - 1] / (sum(SEASON["crime"]) / 12.0)
        vbc[p] = round(lv * sf * (1.0 + r.uniform(-0.04, 0.04)))
    vbc_months = before + M24 + ["2017-07"]
    values.append("# Victim based crime April 2015 - July 2017: ILLUSTRATIVE months; 12m:2016-06 and")
    values.append("# 12m:2017-06 sums are the published totals; April-June 2015 and July 2017 lie outside both")
    values += [("vbc.total", F, p, str(vbc[p])) for p in vbc_months]
    src = SRC + "Tackle crime and keep our communities safe (victim based crime table)"
    stated.append(("vbc.total", F, "value", "", T1, str(VBC[0]), src))
    stated.append(("vbc.total", F, "value", "", T2, str(VBC[1]), src))
    stated.append(("vbc.total", F, "pct-difference", T1, T2, VBC[2], src))
    # Plausibility: victim-based crime contains VAP, sexual offences, burglary, vehicle crime,
    # shoplifting, criminal damage and arson, and is contained in all crime, every month.
    parts = ("hqp.vap", "so.offences", "hqp.burglary", "hqp.vehicle", "hqp.shoplifting",
             "hqp.damage", "hqp.arson")
    for p in M24:
        inner = sum(synth[k][0][p] for k in parts)
        assert inner <= vbc[p] <= synth["hqp.all"][0][p], (p, inner, vbc[p])

    # Alcohol-related share of incidents: monthly values (2 decimals) whose 12-month mean is
    # exactly the published figure (sum of hundredths = 12 x published hundredths).
    w = shape_weights(M24, "alcohol", ("alcohol.share",), lambda t: trend(t, 11.33, 12.98), 0.02)
    values.append("# alcohol.share: ILLUSTRATIVE months (2 decimals) whose 12-month means are exactly 11.33 and 12.98")
    h1 = largest_remainder(1133 * 12, w[:12])
    h2 = largest_remainder(1298 * 12, w[12:])
    for p, h in zip(M24, h1 + h2):
        values.append(("alcohol.share", F, p, f"{h // 100}.{h % 100:02d}"))
    src = SRC + "Reduce the harm caused by alcohol and drugs (alcohol table)"
    stated.append(("alcohol.share", F, "value", "", T1, ALCOHOL_SHARE[0], src))
    stated.append(("alcohol.share", F, "value", "", T2, ALCOHOL_SHARE[1], src))
    stated.append(("alcohol.share", F, "pp-difference", T1, T2, ALCOHOL_SHARE[2], src))

    # Hate crime: quarter against the same quarter a year earlier.
    src = SRC + "Reduce the impact of hate crime (table)"
    for ind, v1, v2, pct in (("hate.incidents", 104, 143, "37"), ("hate.crimes", 90, 141, "56")):
        if ind == "hate.incidents":
            values.append("# Hate crime (quarter against quarter): real")
        values.append((ind, F, "2016/17 Q1", str(v1)))
        values.append((ind, F, "2017/18 Q1", str(v2)))
        stated.append((ind, F, "value", "", "2016/17 Q1", str(v1), src))
        stated.append((ind, F, "value", "", "2017/18 Q1", str(v2), src))
        stated.append("# " + WARN_NOTE[ind])
        stated.append((ind, F, "pct-difference", "2016/17 Q1", "2017/18 Q1", pct, src))

    # Road safety. Quarter figures are real; the April/May/June split and the split of the 62
    # incidents into fatal (3) and serious (59) accidents are illustrative.
    src = SRC + "Improve road safety (text)"
    values.append("# Road safety: quarter figures real; the monthly split and the fatal/serious split of")
    values.append("# accidents are ILLUSTRATIVE (months sum to 4 fatal and 64 serious casualties; 3 + 59 = 62 accidents)")
    values.append(("road.incidents", F, "2016/17 Q4", "43"))
    values.append(("road.incidents", F, "2017/18 Q1", "62"))
    stated.append(("road.incidents", F, "value", "", "2016/17 Q4", "43", src))
    stated.append(("road.incidents", F, "value", "", "2017/18 Q1", "62", src))
    road = {  # April, May, June 2017
        "road.accidents.fatal": (1, 1, 1),       # 3 fatal accidents (one with two deaths)
        "road.accidents.serious": (18, 20, 21),  # 59 serious-injury accidents
        "road.casualties.fatal": (1, 2, 1),      # 4 fatalities (published)
        "road.casualties.serious": (19, 22, 23),  # 64 serious injuries (published)
    }
    assert sum(road["road.accidents.fatal"]) + sum(road["road.accidents.serious"]) == 62
    assert sum(road["road.casualties.fatal"]) == 4 and sum(road["road.casualties.serious"]) == 64
    for ind, vs in road.items():
        for p, v in zip(("2017-04", "2017-05", "2017-06"), vs):
            values.append((ind, F, p, str(v)))
    stated.append(("road.casualties.fatal", F, "value", "", "2017/18 Q1", "4", src))
    stated.append(("road.casualties.serious", F, "value", "", "2017/18 Q1", "64", src))
    values.append(("road.speedwatch", F, "2017/18 Q1", "180"))
    stated.append(("road.speedwatch", F, "value", "", "2017/18 Q1", "180", src))

    # Victims: VCAS, first quarter of 2017/18.
    src = SRC + "Ensure victims are supported (Support for Victims)"
    values.append("# VCAS (first quarter of 2017/18): real")
    for ind, v in (("vcas.assessed", 13947), ("vcas.contacted", 1247), ("vcas.manchester", 23)):
        values.append((ind, F, "2017/18 Q1", str(v)))
        stated.append((ind, F, "value", "", "2017/18 Q1", str(v), src))

    # Rural communities: immediate responses within target, by month (April-June 2017 only).
    src = SRC + "Tackle the issues facing our rural communities (immediate responses table"
    values.append("# Immediate responses within target in April-June 2017: real (the rest of 2017/18 is empty)")
    for area, vs, avg in (("force", (85, 84, 82), "83.7"), ("urban", (84, 83, 82), "83"),
                          ("rural", (85, 85, 82), "84")):
        for p, v in zip(("2017-04", "2017-05", "2017-06"), vs):
            values.append(("response.immediate", area, p, str(v)))
        stated.append(("response.immediate", area, "value", "", "2017/18 Q1", avg, src + ": Avg)"))

    # Verdicts for the twelve-month indicators.
    so_note = ("An increase in reported sexual offences can be seen as positive: "
               "it reflects confidence to come forward.")
    for ind, verdict, mark, note in (
            ("da.incidents", "none", "", ""), ("so.offences", "none", "*", so_note),
            ("s136.under18", "unhappy", "", ""), ("s136.over18", "happy", "", ""),
            ("mh.incidents", "unhappy", "", ""), ("suicides", "happy", "", ""),
            ("alcohol.share", "unhappy", "", ""), ("drugs.offences", "happy", "", ""),
            ("hqp.all", "unhappy", "", ""), ("hqp.vap", "unhappy", "", ""),
            ("hqp.burglary", "unhappy", "", ""), ("hqp.vehicle", "unhappy", "", ""),
            ("hqp.shoplifting", "unhappy", "", ""), ("hqp.damage", "unhappy", "", ""),
            ("hqp.arson", "unhappy", "", ""), ("vbc.total", "unhappy", "", "")):
        verdicts.append((ind, F, T2, verdict, mark, note))
    # Hate crime: the verdict column holds commentary, not a face.
    verdicts.append(("hate.incidents", F, "2017/18 Q1", "none", "", ""))
    verdicts.append(("hate.crimes", F, "2017/18 Q1", "none", "", ""))

    areas = [("force", "Durham Constabulary", "force", "")]
    areas += [(sid, name, "sector", "force") for sid, name, *_ in SECTORS]
    areas += [("urban", "Urban", "setting", ""), ("rural", "Rural", "setting", "")]

    write("indicators.csv", ["id", "label", "unit", "polarity", "decimals", "additive"], INDICATORS)
    write("areas.csv", ["id", "name", "kind", "parent"], areas)
    write("values.csv", ["indicator", "area", "period", "value"], values)
    write("stated.csv", ["indicator", "area", "measure", "from", "to", "value", "source"], stated)
    write("verdicts.csv", ["indicator", "area", "period", "verdict", "mark", "note"], verdicts)


KEY_COLUMNS = {"indicators.csv": 1, "areas.csv": 1, "values.csv": 3, "stated.csv": 5,
               "verdicts.csv": 3}


def write(name, header, rows):
    keys = set()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        if isinstance(r, str):  # a comment line (the format: '#' in the first column)
            assert r.startswith("# ") and r == r.strip() and "\n" not in r and "," not in r, r
            buf.write(r + "\n")
            continue
        r = [str(x) for x in r]
        assert len(r) == len(header) and all(x == x.strip() for x in r), r
        k = tuple(r[:KEY_COLUMNS[name]])
        assert k not in keys, ("duplicate", name, k)
        keys.add(k)
        w.writerow(r)
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    main()
