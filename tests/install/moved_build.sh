#!/bin/sh
# The build tree's program finds its preview module and fonts beside itself, so a build
# folder copied elsewhere (the program, boardpack-png.so and fonts/) still builds with --png.
# Usage: moved_build.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1 src=$2
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/moved"
cp -p "$build/boardpack" "$build/boardpack-png.so" "$build/boardpack-mail" "$tmp/moved/"
cp -rp "$build/fonts" "$tmp/moved/fonts"
cp -rp "$src/layouts" "$src/data" "$tmp/"
cd "$tmp"
"$tmp/moved/boardpack" build layouts/board-summary.xml -o out.pdf --png png --dpi 30 \
    --no-system-fonts -q
test -s out.pdf && test -s png/page-001.png || { echo "moved build wrote no PDF or preview"; exit 1; }
# Without its module the program says which file it looked for.
rm "$tmp/moved/boardpack-png.so"
if "$tmp/moved/boardpack" build layouts/board-summary.xml -o out2.pdf --png png2 -q 2>err.txt; then
    echo "built previews without the module"; exit 1
fi
grep -q "boardpack-png.so" err.txt || { echo "error does not name the module:"; cat err.txt; exit 1; }
# The mail command is the program beside it; without it, the error names the file.
"$tmp/moved/boardpack" mail --help | grep -q '^usage: boardpack mail' || { echo "mail did not run"; exit 1; }
rm "$tmp/moved/boardpack-mail"
if "$tmp/moved/boardpack" mail --help >/dev/null 2>err.txt; then echo "mail ran without its program"; exit 1; fi
grep -q "boardpack-mail" err.txt || { echo "error does not name the mail program:"; cat err.txt; exit 1; }
echo "moved build folder works"
