#!/bin/sh
# cmake --install into a temporary prefix, then build the installed example from another
# folder with --png: the program must find its preview module and fonts relative to itself.
# Usage: install_prefix.sh CMAKE BUILD_DIR SOURCE_DIR SANITIZED(0|1)
set -eu
cmake=$1 build=$2 src=$3 sanitized=$4
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
"$cmake" --install "$build" --prefix "$tmp/prefix" --strip >/dev/null
p=$tmp/prefix
for f in bin/boardpack lib/boardpack/boardpack-png.so lib/boardpack/boardpack-mail \
         share/boardpack/fonts/LiberationSans-Regular.ttf \
         share/boardpack/examples/layouts/pcc-quarterly.xml share/man/man1/boardpack.1.gz \
         share/doc/boardpack/copyright; do
    test -f "$p/$f" || { echo "not installed: $f"; exit 1; }
done
grep -q "SIL Open Font License" "$p/share/doc/boardpack/copyright" || { echo "copyright lacks the fonts' licence"; exit 1; }
mkdir "$tmp/elsewhere" && cd "$tmp/elsewhere"
# No fonts other than the installed ones: the program must find share/boardpack/fonts.
"$p/bin/boardpack" build "$p/share/boardpack/examples/layouts/board-summary.xml" -o summary.pdf \
    --png png --dpi 30 --no-system-fonts -q
test -s summary.pdf || { echo "no PDF written"; exit 1; }
test -s png/page-001.png || { echo "no preview written"; exit 1; }
head -c 5 summary.pdf | grep -q '%PDF-' || { echo "summary.pdf is not a PDF"; exit 1; }
# `boardpack mail` runs the installed boardpack-mail; the program itself links none of the
# mail libraries (GMime, libcurl, libqpdf), so a build never loads them.
"$p/bin/boardpack" mail --help | grep -q '^usage: boardpack mail' || { echo "boardpack mail did not run"; exit 1; }
if command -v ldd >/dev/null && ldd "$p/bin/boardpack" | grep -E 'gmime|libcurl|libqpdf|cairo'; then
    echo "bin/boardpack links a library only mail or previews need"; exit 1
fi
# No build-tree or source-tree path inside the installed files (a sanitized build records
# its source files for its reports, so only the release build is checked).
if [ "$sanitized" = 0 ] && command -v strings >/dev/null; then
    for f in bin/boardpack lib/boardpack/boardpack-png.so lib/boardpack/boardpack-mail; do
        if strings "$p/$f" | grep -F -e "$build" -e "$src"; then
            echo "$f contains a build path"; exit 1
        fi
    done
fi
echo "installed program built the example with previews from $tmp/elsewhere"
