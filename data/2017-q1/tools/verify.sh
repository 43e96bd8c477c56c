#!/bin/sh
# Independent check of data/2017-q1/ (POSIX sh + awk; shares no code with synthesise.py).
#  1. file hygiene: exact headers, UTF-8, no BOM/CR/trailing spaces, plain numbers;
#  2. references and enumerations (indicators, areas, units, polarities, verdicts, periods);
#  3. every published figure, typed again below from the report text, recomputed from
#     values.csv (12-month windows = sum of 12 months, or their mean for percent units;
#     quarters = the stored quarter, else the months' sum/mean);
#  4. ASB: force = sum of the 12 sectors every month; flagged sub-series <= total;
#  5. every stated.csv row recomputed and compared at its typed decimals (half away from
#     zero), listing the rows the tool should warn about.
# Usage: sh data/2017-q1/tools/verify.sh   (exit status 1 on any failure)
set -u
cd "$(dirname "$0")/.." || exit 2
fail=0
bad() { echo "FAIL: $*"; fail=1; }

echo "== 1. file hygiene"
check_header() {
    h=$(head -n 1 "$1")
    [ "$h" = "$2" ] || bad "$1 header is '$h'"
}
check_header indicators.csv 'id,label,unit,polarity,decimals,additive'
check_header areas.csv 'id,name,kind,parent'
check_header values.csv 'indicator,area,period,value'
check_header stated.csv 'indicator,area,measure,from,to,value,source'
check_header verdicts.csv 'indicator,area,period,verdict,mark,note'
for f in *.csv README.md; do
    iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1 || bad "$f is not UTF-8"
    [ "$(head -c 3 "$f" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] && bad "$f has a BOM"
    grep -q "$(printf '\r')" "$f" && bad "$f has CR line ends"
    grep -nq '[[:space:]]$' "$f" && bad "$f has trailing spaces"
    [ -z "$(tail -c 1 "$f")" ] || bad "$f does not end with a newline"
done
# '#' comment lines (first column) and blank lines are part of the format; the checks below
# run on copies without them.
D=$(pwd)
T=$(mktemp -d) || exit 2
trap 'rm -rf "$T"' EXIT
for f in *.csv; do
    head -n 1 "$f" | grep -q '^#' && bad "$f starts with a comment, not the header"
    grep -v -e '^#' -e '^$' "$f" >"$T/$f"
done
cd "$T" || exit 2
for f in *.csv; do
    grep -q '"' "$f" && bad "$f has quoted fields (this checker splits on commas)"
    awk -F, -v f="$f" 'NR == 1 { n = NF } NF != n { print "FAIL: " f ":" NR " has " NF " fields"; e = 1 }
        END { exit e }' "$f" || fail=1
    echo "$f: $(($(wc -l <"$f") - 1)) rows"
done
awk -F, 'NR > 1 && $4 !~ /^-?[0-9]+(\.[0-9]+)?$/ { print "FAIL: values.csv:" NR " value " $4; e = 1 }
    END { exit e }' values.csv || fail=1
awk -F, 'NR > 1 && $6 !~ /^-?[0-9]+(\.[0-9]+)?$/ { print "FAIL: stated.csv:" NR " value " $6; e = 1 }
    END { exit e }' stated.csv || fail=1

echo "== 2. references and enumerations"
awk -F, '
FILENAME == "indicators.csv" && FNR > 1 {
    if (ind[$1]++) bad("duplicate indicator " $1)
    if ($1 !~ /^[a-z0-9]+(\.[a-z0-9]+)*$/) bad("indicator id " $1)
    if ($3 !~ /^(count|percent|rate)$/) bad("unit " $3)
    if ($4 !~ /^(lower-is-better|higher-is-better|neutral)$/) bad("polarity " $4)
    if ($5 !~ /^[0-9]+$/) bad("decimals " $5)
    if ($6 !~ /^(yes|no)$/) bad("additive " $6)
    if ($3 == "percent" && $6 == "yes") bad("additive percent " $1)
}
FILENAME == "areas.csv" && FNR > 1 { if (area[$1]++) bad("duplicate area " $1); par[$1] = $4 }
FILENAME == "values.csv" && FNR > 1 {
    if (!($1 in ind)) bad("values: unknown indicator " $1)
    if (!($2 in area)) bad("values: unknown area " $2)
    if (!period($3)) bad("values: period " $3)
    if (seen[$1 SUBSEP $2 SUBSEP $3]++) bad("values: duplicate " $1 " " $2 " " $3)
}
FILENAME == "stated.csv" && FNR > 1 {
    if (!($1 in ind)) bad("stated: unknown indicator " $1)
    if (!($2 in area)) bad("stated: unknown area " $2)
    if ($3 !~ /^(value|difference|pct-difference|pp-difference)$/) bad("stated: measure " $3)
    if (($3 == "value") != ($4 == "")) bad("stated: from/measure " $0)
    if ($4 != "" && !window($4) || !window($5)) bad("stated: window " $0)
}
FILENAME == "verdicts.csv" && FNR > 1 {
    if (!($1 in ind)) bad("verdicts: unknown indicator " $1)
    if (!($2 in area)) bad("verdicts: unknown area " $2)
    if (!window($3)) bad("verdicts: window " $3)
    if ($4 !~ /^(happy|monitor|unhappy|none)$/) bad("verdicts: verdict " $4)
    if (($5 == "") != ($6 == "")) bad("verdicts: mark without note " $0)
}
END {
    for (a in par) if (par[a] != "" && !(par[a] in area)) bad("area parent " par[a])
    if (!e) print "ok"
    exit e
}
function period(p) {
    return p ~ /^20[0-9][0-9]-(0[1-9]|1[0-2])$/ || p ~ /^20[0-9][0-9]$/ ||
           p ~ /^20[0-9][0-9]\/[0-9][0-9] Q[1-4]$/ || p ~ /^20[0-9][0-9]\/[0-9][0-9]$/
}
function window(w) { return period(w) || w ~ /^12m:20[0-9][0-9]-(0[1-9]|1[0-2])$/ }
function bad(m) { print "FAIL: " m; e = 1 }
' indicators.csv areas.csv values.csv stated.csv verdicts.csv || fail=1

# Shared awk: load values and units, compute a window.
LIB='
FILENAME == "indicators.csv" && FNR > 1 { unit[$1] = $3 }
FILENAME == "values.csv" && FNR > 1 { v[$1 SUBSEP $2 SUBSEP $3] = $4 + 0; has[$1 SUBSEP $2 SUBSEP $3] = 1 }
function ym(y, m) { return sprintf("%04d-%02d", y, m) }
# months of a window into M[1..n]; returns n, or 0 when the window is a stored period
function months(w,    y, m, i, q, fy) {
    if (w ~ /^12m:/) {
        y = substr(w, 5, 4) + 0; m = substr(w, 10, 2) + 0
        for (i = 12; i >= 1; i--) { M[i] = ym(y, m); if (--m == 0) { m = 12; y-- } }
        return 12
    }
    if (w ~ / Q[1-4]$/) {
        fy = substr(w, 1, 4) + 0; q = substr(w, length(w), 1) + 0
        m = 4 + 3 * (q - 1); y = fy; if (m > 12) { m -= 12; y++ }
        for (i = 1; i <= 3; i++) { M[i] = ym(y, m); if (++m == 13) { m = 1; y++ } }
        return 3
    }
    return 0
}
# the value of indicator k in area a over window w; NOTE[] says "n/a" when missing
function win(k, a, w,    n, i, s) {
    if ((k SUBSEP a SUBSEP w) in has) return v[k SUBSEP a SUBSEP w]
    n = months(w)
    if (n == 0) { missing = 1; return 0 }
    s = 0
    for (i = 1; i <= n; i++) {
        if (!((k SUBSEP a SUBSEP M[i]) in has)) { missing = 1; return 0 }
        s += v[k SUBSEP a SUBSEP M[i]]
    }
    return unit[k] == "percent" ? s / n : s
}
function abs(x) { return x < 0 ? -x : x }
function rnd(x, d,    f) { f = 10 ^ d; return (x < 0 ? -1 : 1) * int(abs(x) * f + 0.5 + 1e-9) / f }
function decs(t) { return index(t, ".") ? length(t) - index(t, ".") : 0 }
'

echo "== 3. published figures (typed from the report text), recomputed from values.csv"
cat >published.txt <<'EOF'
staff.officers force 2009 1580
staff.officers force 2016 1152
staff.pcsos force 2009 170
staff.pcsos force 2016 148
staff.civilian force 2009 930
staff.civilian force 2016 966
crime.overall force 2009 42000
crime.overall force 2016 43500
crime.burglary.dwelling force 2009 2500
crime.burglary.dwelling force 2016 1600
crime.tfmv force 2009 3000
crime.tfmv force 2016 1800
crime.vap force 2009 7000
crime.vap force 2016 13200
crime.shoplifting force 2009 3200
crime.shoplifting force 2016 3900
confidence force 2009 53
confidence force 2016 83
vsat.actions force 2009 79
vsat.actions force 2016 84
vsat.followup force 2009 68
vsat.followup force 2016 80
vsat.whole force 2009 82
vsat.whole force 2016 87
asb.total force 12m:2016-06 24106
asb.total force 12m:2017-06 21705
asb.total bishop-auckland 12m:2016-06 2330
asb.total bishop-auckland 12m:2017-06 1748
asb.total crook 12m:2016-06 1205
asb.total crook 12m:2017-06 974
asb.total barnard-castle 12m:2016-06 319
asb.total barnard-castle 12m:2017-06 280
asb.total darlington 12m:2016-06 4573
asb.total darlington 12m:2017-06 4700
asb.total newton-aycliffe 12m:2016-06 2046
asb.total newton-aycliffe 12m:2017-06 1805
asb.total spennymoor 12m:2016-06 1640
asb.total spennymoor 12m:2017-06 1509
asb.total durham 12m:2016-06 2757
asb.total durham 12m:2017-06 2519
asb.total peterlee 12m:2016-06 2628
asb.total peterlee 12m:2017-06 2521
asb.total seaham 12m:2016-06 1673
asb.total seaham 12m:2017-06 1438
asb.total chester-le-street 12m:2016-06 1892
asb.total chester-le-street 12m:2017-06 1612
asb.total stanley 12m:2016-06 1560
asb.total stanley 12m:2017-06 1297
asb.total consett 12m:2016-06 1483
asb.total consett 12m:2017-06 1302
asb.satisfaction force 2016/17_Q1 78
asb.satisfaction force 2016/17_Q2 81
asb.satisfaction force 2016/17_Q3 78
asb.satisfaction force 2016/17_Q4 90
da.incidents force 12m:2016-06 15085
da.incidents force 12m:2017-06 16019
so.offences force 12m:2016-06 1140
so.offences force 12m:2017-06 1562
s136.under18 force 12m:2016-06 0
s136.under18 force 12m:2017-06 1
s136.over18 force 12m:2016-06 16
s136.over18 force 12m:2017-06 11
mh.incidents force 12m:2016-06 9459
mh.incidents force 12m:2017-06 12132
suicides force 12m:2016-06 47
suicides force 12m:2017-06 43
alcohol.share force 12m:2016-06 11.33
alcohol.share force 12m:2017-06 12.98
drugs.offences force 12m:2016-06 1175
drugs.offences force 12m:2017-06 954
hate.incidents force 2016/17_Q1 104
hate.incidents force 2017/18_Q1 143
hate.crimes force 2016/17_Q1 90
hate.crimes force 2017/18_Q1 141
road.incidents force 2016/17_Q4 43
road.incidents force 2017/18_Q1 62
road.casualties.fatal force 2017/18_Q1 4
road.casualties.serious force 2017/18_Q1 64
road.speedwatch force 2017/18_Q1 180
vcas.assessed force 2017/18_Q1 13947
vcas.contacted force 2017/18_Q1 1247
vcas.manchester force 2017/18_Q1 23
response.immediate force 2017-04 85
response.immediate force 2017-05 84
response.immediate force 2017-06 82
response.immediate urban 2017-04 84
response.immediate urban 2017-05 83
response.immediate urban 2017-06 82
response.immediate rural 2017-04 85
response.immediate rural 2017-05 85
response.immediate rural 2017-06 82
hqp.all force 12m:2016-06 39224
hqp.all force 12m:2017-06 51569
hqp.vap force 12m:2016-06 11217
hqp.vap force 12m:2017-06 16581
hqp.burglary force 12m:2016-06 4457
hqp.burglary force 12m:2017-06 4668
hqp.vehicle force 12m:2016-06 2617
hqp.vehicle force 12m:2017-06 3319
hqp.shoplifting force 12m:2016-06 3590
hqp.shoplifting force 12m:2017-06 4091
hqp.damage force 12m:2016-06 7052
hqp.damage force 12m:2017-06 8612
hqp.arson force 12m:2016-06 385
hqp.arson force 12m:2017-06 598
vbc.total force 12m:2016-06 35271
vbc.total force 12m:2017-06 45519
EOF
awk -F, "$LIB"'
FILENAME == "published.txt" {
    split($0, f, " "); w = f[3]; gsub("_", " ", w); missing = 0
    got = win(f[1], f[2], w); d = decs(f[4])
    ok = !missing && rnd(got, d) == f[4] + 0 && (d > 0 || got == int(got))
    printf "%-4s %-24s %-17s %-11s published %8s  data %s\n", ok ? "ok" : "FAIL", f[1], f[2], w, f[4], missing ? "n/a" : got
    n++; if (!ok) e = 1
}
END { print n " published figures checked"; exit e }
' indicators.csv values.csv published.txt || fail=1
echo "-- sums of the 12 sector totals (the report does not print them):"
awk '$1 == "asb.total" && $2 != "force" { s[$3] += $4 } END { for (w in s) print "   " w, s[w] }' published.txt | sort
echo "-- road safety: fatal + serious accidents, April-June 2017 (= the 62 serious incidents):"
awk -F, '$1 ~ /^road\.accidents\./ && $3 ~ /^2017-0[456]$/ { s += $4 } END { print "   " s; exit s != 62 }' values.csv || bad "road accidents"
echo "-- monthly series: first..last month (months) and number of areas:"
awk -F, 'NR > 1 && $3 ~ /^20[0-9][0-9]-[01][0-9]$/ { k = $1 " " $2; n[k]++
        if (!(k in lo) || $3 < lo[k]) lo[k] = $3; if ($3 > hi[k]) hi[k] = $3 }
    END { for (k in n) { split(k, p, " "); c[p[1] "  " lo[k] ".." hi[k] " (" n[k] ")"]++ }
          for (x in c) print "   " x "  x" c[x] }' values.csv | sort
echo "-- calendar 2016 from the illustrative months vs the rounded Recent Performance figure:"
awk -F, 'NR > 1 && $2 == "force" && $3 ~ /^2016-/ { s[$1] += $4 }
    END { print "   hqp.all " s["hqp.all"] " (Overall Crime 43,500)"
          print "   hqp.vap " s["hqp.vap"] " (Violence Against the Person 13,200)"
          print "   hqp.shoplifting " s["hqp.shoplifting"] " (Shoplifting 3,900)" }' values.csv

echo "== 4. anti-social behaviour: force = sum of sectors; sub-series <= total"
awk -F, '
FILENAME == "areas.csv" && FNR > 1 && $4 == "force" { sector[$1] = 1; ns++ }
FILENAME == "values.csv" && FNR > 1 && $1 ~ /^asb\.(total|alcohol|drugs|youth)$/ {
    if ($2 == "force") f[$1 SUBSEP $3] = $4; else if ($2 in sector) { s[$1 SUBSEP $3] += $4; c[$1 SUBSEP $3]++ }
    v[$1 SUBSEP $2 SUBSEP $3] = $4
}
END {
    for (k in f) { n++; if (f[k] != s[k] || c[k] != ns) { split(k, p, SUBSEP); print "FAIL: " p[1] " " p[2] " force " f[k] " sectors " s[k] " (" c[k] ")"; e = 1 } }
    for (k in v) { split(k, p, SUBSEP); if (p[1] != "asb.total" && v[k] + 0 > v["asb.total" SUBSEP p[2] SUBSEP p[3]] + 0) { print "FAIL: " k; e = 1 } }
    print n " force months checked against " ns " sectors" (e ? "" : ": ok"); exit e
}' areas.csv values.csv || fail=1

echo "== 5. stated.csv recomputed (half away from zero at the typed decimals)"
awk -F, "$LIB"'
FILENAME == "stated.csv" && FNR > 1 {
    missing = 0; b = win($1, $2, $5); a = $4 == "" ? 0 : win($1, $2, $4)
    if (missing) { print "FAIL (no data) " $0; e = 1; next }
    if ($3 == "value") c = b
    else if ($3 == "pct-difference") c = a == 0 ? "inf" : (b - a) / a * 100
    else c = b - a
    if ($3 == "pp-difference" && unit[$1] != "percent") { print "FAIL pp-difference on non-percent " $1; e = 1 }
    if ($3 == "pct-difference" && unit[$1] == "percent") { print "FAIL pct-difference on percent " $1; e = 1 }
    d = decs($6); r = c == "inf" ? c : rnd(c, d); n++
    if (r != $6 + 0) { w++; printf "WARN %-18s %-17s %-14s %s -> %s  printed %s, data %.4f (rounds to %s)\n", $1, $2, $3, $4, $5, $6, c, r }
}
END { print n " stated figures, " n - w " agree, " w " disagree"; exit e }
' indicators.csv values.csv stated.csv || fail=1

echo "== verdicts"
awk -F, 'NR > 1 { c[$4]++ } END { for (k in c) print "   " k, c[k] }' verdicts.csv | sort
[ $fail -eq 0 ] && echo "ALL CHECKS PASSED" || echo "CHECKS FAILED"
exit $fail
