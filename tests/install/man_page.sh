#!/bin/sh
# The man page lists exactly the options --help lists, and renders without warnings.
# Usage: man_page.sh BOARDPACK MAN_PAGE
set -eu
exe=$1 page=$2
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
"$exe" --help | grep -o -E -e '(^|[ [,])--?[a-z][a-z-]*' | tr -d ' [,' | sort -u >"$tmp/help"
# SYNOPSIS to OPTIONS (the examples use other programs' options, e.g. cp -r).
sed -n '/^\.SH SYNOPSIS/,/^\.SH EXIT STATUS/p' "$page" | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' |
    grep -o -E -e '(^|[ [,"])--?[a-z][a-z-]*' | tr -d ' [,"' | sort -u >"$tmp/man"
if ! diff -u "$tmp/help" "$tmp/man"; then
    echo "the options of --help (-) and of $page (+) differ"; exit 1
fi
test -s "$tmp/help" && grep -qx -- '--png' "$tmp/help" || { echo "no options read from --help"; exit 1; }
for c in build check watch init mail; do
    "$exe" --help | grep -q "^$c " || { echo "--help does not describe $c"; exit 1; }
    grep -q "^\\.B $c\$" "$page" || { echo "the man page has no section for $c"; exit 1; }
done
if ! command -v man >/dev/null; then
    echo "man is not installed: the page's rendering was not checked (its contents were)"
    echo "to run it: apt-get install man-db (as root), then make test"
    exit 77
fi
MANWIDTH=80 man --warnings -l "$page" >/dev/null 2>"$tmp/warn" || { cat "$tmp/warn"; exit 1; }
if [ -s "$tmp/warn" ]; then echo "man --warnings:"; cat "$tmp/warn"; exit 1; fi
echo "man page: $(wc -l <"$tmp/help") options, as in --help; renders without warnings"
