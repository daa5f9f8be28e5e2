#!/bin/bash
# What a one-word edit changes in the output: builds SITE, edits one word of
# one page (FILE, default the first English procedure of the benchmark
# corpus), builds again into another folder, restores the file, and counts
# the output files added, removed or changed, by top folder.
#
# usage: bench/edit.sh SITE [KB_BINARY] [FILE]
#   SITE       a kb site, such as the one ../shared/bench/gen_kb.py writes
#   KB_BINARY  default target/release/kb
# The edit alone, for other scripts (bench/compare.sh --edit):
#   bench/edit.sh --pick SITE   prints the file edited by default
#   bench/edit.sh --apply FILE  makes the edit in FILE, in place
set -euo pipefail

# pick SITE: the first English procedure.
pick() {
  find "$1/content" -path '*procedures*' -name '*.md' ! -name '_index*' ! -name '*.*.md' | sort | sed -n 1p
}

# apply ORIGINAL: the text with the first word of the body (after the front
# matter) twinned.
apply() {
  awk 'BEGIN { n = 0 } /^\+\+\+$/ { n++; print; next }
    n == 2 && !done && NF { $1 = $1 " " $1; done = 1 } { print }' "$1"
}

case ${1:-} in
  --pick) pick "$(cd "$2" && pwd)"; exit 0;;
  --apply) apply "$2" >"$2.kb-edit"; mv "$2.kb-edit" "$2"; exit 0;;
esac
site=$(cd "$1" && pwd)
kb=${2:-target/release/kb}
file=${3:-$(pick "$site")}
out=$(mktemp -d)
trap 'cp "$out/original.md" "$file" 2>/dev/null; rm -rf "$out"' EXIT
cp "$file" "$out/original.md"
"$kb" --root "$site" build --date 2026-12-02 --output "$out/a" >/dev/null
apply "$out/original.md" >"$file"
"$kb" --root "$site" build --date 2026-12-02 --output "$out/b" >/dev/null
echo "edited ${file#"$site"/}"
diff -rq "$out/a" "$out/b" | sed -E "s|^Files $out/a/([^ ]*) and .*|\1|; s|^Only in $out/[ab]/?([^:]*): (.*)|\1/\2|; s|^/||" \
  >"$out/changed.txt" || true
echo "$(wc -l <"$out/changed.txt") output files changed, added or removed, of $(find "$out/b" -type f | wc -l):"
awk -F/ '{ print ($1 == "search" ? $1 "/" $2 : $1 "/" $2 "/" $3) }' "$out/changed.txt" | sort | uniq -c | sort -rn | head -20
