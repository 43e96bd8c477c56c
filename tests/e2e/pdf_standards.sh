#!/bin/sh
# The machine-checkable conditions of PDF/UA-1 and PDF/A-2b, checked by the project's own
# checker (tests/conformance, `pdf-conformance`) on: every layout under layouts/ and
# tests/e2e/layouts/, the e2e fixture tests/e2e/fixture/, an `init` starter, the area editions
# of layouts/editions/sector.xml, editions whose area names hold " ( < & (tests/e2e/fixture/),
# a 1,200-sector build, and a build with SOURCE_DATE_EPOCH at 12:00 UTC (so the Info and XMP
# dates are compared; boardpack writes no dates without SOURCE_DATE_EPOCH).
#   pdf_standards.sh BOARDPACK GEN_DATA PDF_CONFORMANCE SOURCE_DIR
set -u
bp=$1 gen=$2 checker=$3 src=$4
work=$(mktemp -d "${TMPDIR:-/tmp}/bp-standards-XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
failed=0
checked=0
# verify NAME FILE...: runs the checker on the files.
verify() {
  name=$1; shift
  if "$checker" "$@" >"$work/out" 2>&1; then
    checked=$((checked + $#)); echo "ok   $name ($# PDF)"
  else
    echo "FAIL $name"; cat "$work/out"; failed=1
  fi
}
# check NAME ARGS…: builds NAME.pdf with ARGS, then verifies it.
check() {
  name=$1; shift
  if ! "$bp" build "$@" -o "$work/$name.pdf" --no-system-fonts -q 2>"$work/err"; then
    echo "FAIL $name: the build failed"; cat "$work/err"; failed=1; return
  fi
  verify "$name" "$work/$name.pdf"
}
for layout in "$src"/layouts/*.xml "$src"/tests/e2e/layouts/*.xml "$src"/tests/e2e/fixture/*.xml; do
  check "$(basename "$layout" .xml)" "$layout"
done

"$gen" 1200 "$work/data-1200" >/dev/null || exit 1
check sectors-1200 "$src/layouts/pcc-quarterly.xml" --data "$work/data-1200"
# 2017-06-30 12:00:00 UTC: a 12-hour clock in the XMP dates would say 00:00.
SOURCE_DATE_EPOCH=1498824000 check dated-noon "$src/layouts/board-summary.xml"

if "$bp" init "$work/starter" >/dev/null 2>"$work/err"; then
  check starter "$work/starter/report.xml"
else
  echo "FAIL starter: init failed"; cat "$work/err"; failed=1
fi

# Area editions: the shipped one, and areas named with " ( < & (the fixture's data).
editions() { # NAME LAYOUT KIND [ARGS]
  name=$1 layout=$2 kind=$3; shift 3
  mkdir -p "$work/$name"
  if ! SOURCE_DATE_EPOCH=1498824000 "$bp" build "$layout" --each-area "$kind" "$@" \
       -o "$work/$name/{area.id}.pdf" --no-system-fonts -q 2>"$work/err"; then
    echo "FAIL $name: the build failed"; cat "$work/err"; failed=1; return
  fi
  verify "$name" "$work/$name"/*.pdf
}
editions editions "$src/layouts/editions/sector.xml" sector
cp -R "$src/data/2017-q1" "$work/odd-areas" && cp "$src/tests/e2e/fixture/odd-areas.csv" "$work/odd-areas/areas.csv"
editions editions-odd-names "$src/layouts/editions/sector.xml" sector \
  --data "$work/odd-areas"

echo "$checked PDFs checked"
exit $failed
