#!/bin/bash
# What a one-word edit changes in the output: builds SITE, edits one word of
# one page (FILE, default the first English procedure of the benchmark
# corpus), builds again into another folder, restores the file, and counts
# the output files added, removed or changed, by top folder.
#
# usage: bench/edit.sh SITE [KB_BINARY] [FILE]
#   SITE       a kb site, such as the one ../shared/bench/gen_kb.py writes
#   KB_BINARY  default target/release/kb
set -euo pipefail
site=$(cd "$1" && pwd)
kb=${2:-target/release/kb}
file=${3:-$(find "$site/content" -path '*procedures*' -name '*.md' ! -name '_index*' ! -name '*.*.md' | sort | head -1)}
out=$(mktemp -d)
trap 'cp "$out/original.md" "$file" 2>/dev/null; rm -rf "$out"' EXIT
cp "$file" "$out/original.md"
"$kb" --root "$site" build --date 2026-12-02 --output "$out/a" >/dev/null
# The first word of the body (after the front matter) gets a twin.
awk 'BEGIN { n = 0 } /^\+\+\+$/ { n++; print; next }
  n == 2 && !done && NF { $1 = $1 " " $1; done = 1 } { print }' "$out/original.md" >"$file"
"$kb" --root "$site" build --date 2026-12-02 --output "$out/b" >/dev/null
echo "edited ${file#"$site"/}"
diff -rq "$out/a" "$out/b" | sed -E "s|^Files $out/a/([^ ]*) and .*|\1|; s|^Only in $out/[ab]/?([^:]*): (.*)|\1/\2|; s|^/||" \
  >"$out/changed.txt" || true
echo "$(wc -l <"$out/changed.txt") output files changed, added or removed, of $(find "$out/b" -type f | wc -l):"
awk -F/ '{ print ($1 == "search" ? $1 "/" $2 : $1 "/" $2 "/" $3) }' "$out/changed.txt" | sort | uniq -c | sort -rn | head -20
