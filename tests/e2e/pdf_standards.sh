#!/bin/sh
# The machine-checkable conditions of PDF/UA-1 and PDF/A-2b, checked by the independent checker
# ../shared/tools/pdfua_check.py when it exists beside the repository (it does on CI), on every
# layout under layouts/ and on a 1,200-sector build. Exit 77 (a skip for ctest) without it.
#   pdf_standards.sh BOARDPACK GEN_DATA SOURCE_DIR
set -u
bp=$1 gen=$2 src=$3
checker="$src/../shared/tools/pdfua_check.py"
if [ ! -f "$checker" ]; then echo "skip: no $checker"; exit 77; fi
if ! /usr/bin/python3 -c "import pikepdf" 2>/dev/null; then echo "skip: no python3-pikepdf"; exit 77; fi
work=$(mktemp -d "${TMPDIR:-/tmp}/bp-standards-XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
"$gen" 1200 "$work/data-1200" >/dev/null || exit 1
failed=0
check() { # NAME ARGS…
  name=$1; shift
  if ! "$bp" build "$@" -o "$work/$name.pdf" --no-system-fonts -q 2>"$work/err"; then
    echo "FAIL $name: the build failed"; cat "$work/err"; failed=1; return
  fi
  line=$(/usr/bin/python3 "$checker" --text "$work/$name.pdf" | tail -n 1)
  case "$line" in
    *"PDF/UA-1: 0 failed"*"PDF/A-2b: 0 failed"*) echo "ok   $name: $line" ;;
    *) echo "FAIL $name: $line"; /usr/bin/python3 "$checker" --text "$work/$name.pdf" | grep FAIL -A3
       failed=1 ;;
  esac
}
for layout in "$src"/layouts/*.xml; do check "$(basename "$layout" .xml)" "$layout"; done
check sectors-1200 "$src/layouts/pcc-quarterly.xml" --data "$work/data-1200"
exit $failed
