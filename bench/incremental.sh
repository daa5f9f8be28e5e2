#!/bin/bash
# `kb build --incremental` after a one-file edit of each kind issue 19 names:
# a fee, a procedure, a translation and a tariff rate. Builds SITE once with
# --incremental (which writes the cache), then for each round and each edit:
# makes the edit, times the incremental build and reads how many files it
# wrote from its report, restores the file and builds again (not timed).
# With --verify, compares the output at the end with a whole build of the
# same site (diff -r: nothing may differ).
#
# With --precompress, every build (the whole one too) passes --precompress;
# the files changed are kb's count, which leaves out their .gz and .br copies.
#
# usage: bench/incremental.sh SITE [--kb BINARY] [--out DIR] [--rounds 3]
#          [--verify] [--precompress]
#   SITE   a kb site written by ../shared/bench/gen_kb.py (its first fee,
#          procedure, the procedure's French translation, chapter 09)
# Prints one line per timed build: round, edit, seconds, files changed.
# The edited files are backed up outside the site and put back on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
site=; kb=target/release/kb; out=; rounds=3; verify=false; extra=()
while [ $# -gt 0 ]; do
  case $1 in
    --kb) kb=$2; shift 2;;
    --out) out=$2; shift 2;;
    --rounds) rounds=$2; shift 2;;
    --verify) verify=true; shift;;
    --precompress) extra=(--precompress); shift;;
    -*) echo "unknown argument $1" >&2; exit 2;;
    *) site=$(cd "$1" && pwd); shift;;
  esac
done
[ -n "$site" ] || { echo "usage: bench/incremental.sh SITE [--kb BINARY] [--out DIR] [--rounds N] [--verify] [--precompress]" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install time" >&2; exit 2; }
out=${out:-$(mktemp -d)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
backup=$(mktemp -d)
date=2026-12-02

first() { find "$site/content/$1" -name "$2" | sort | sed -n 1p; }
fee=$(first guide/fees '*[0-9].md')
procedure=$(first guide/procedures '*[0-9].md')
translation=${procedure%.md}.fr.md
chapter=$site/content/tariff/09.md
for f in "$fee" "$procedure" "$translation" "$chapter"; do
  [ -f "$f" ] || { echo "not found: $f (a site from gen_kb.py is expected)" >&2; exit 2; }
  cp "$f" "$backup/$(basename "$f")"
done
restore() { for f in "$fee" "$procedure" "$translation" "$chapter"; do cp "$backup/$(basename "$f")" "$f"; done; }
trap 'restore; rm -rf "$backup"' EXIT

# edit KIND FILE: a one-line edit of FILE: a word of the body twinned, or
# the first rate of the chapter's table lowered (15% -> 12%, or any N% -> 0%).
edit() {
  case $1 in
    rate)
      if grep -q '15%' "$2"; then sed -i '0,/15%/s//12%/' "$2"
      else sed -i -E '0,/\| [0-9]+%/s//| 0%/' "$2"; fi;;
    *) awk 'BEGIN { n = 0 } /^\+\+\+$/ { n++; print; next }
         n == 2 && !done && NF { $1 = $1 " " $1; done = 1 } { print }' "$2" >"$2.kb-edit"
       mv "$2.kb-edit" "$2";;
  esac
}

# build: an incremental build into OUT/site; prints `SECONDS FILES`.
build() {
  /usr/bin/time -f '%e' -o "$out/time" "$kb" --root "$site" build --incremental \
    "${extra[@]}" --date "$date" --output "$out/site" >"$out/report" 2>&1 || { cat "$out/report" >&2; exit 1; }
  echo "$(cat "$out/time") $(sed -n 's/.*incrementally: \([0-9,]*\) files\? changed.*/\1/p' "$out/report" | tr -d ,)"
}

echo "whole build with --incremental (writes the cache): $(build | cut -d' ' -f1) s" >&2
printf 'round\tedit\tseconds\tfiles changed\n'
for round in $(seq "$rounds"); do
  for kind in fee procedure translation rate; do
    case $kind in
      fee) file=$fee;; procedure) file=$procedure;; translation) file=$translation;; rate) file=$chapter;;
    esac
    edit "$kind" "$file"
    read -r seconds files < <(build)
    printf '%s\t%s (%s)\t%s\t%s\n' "$round" "$kind" "${file#"$site/content/"}" "$seconds" "${files:-?}"
    cp "$backup/$(basename "$file")" "$file"
    build >/dev/null
  done
done
if $verify; then
  for kind in fee procedure translation rate; do
    case $kind in
      fee) edit fee "$fee";; procedure) edit procedure "$procedure";;
      translation) edit translation "$translation";; rate) edit rate "$chapter";;
    esac
  done
  build >/dev/null
  "$kb" --root "$site" build "${extra[@]}" --date "$date" --output "$out/whole" >/dev/null
  if diff -r -x .kb-output "$out/site" "$out/whole" >"$out/diff"; then
    echo "after all four edits: identical to a whole build" >&2
  else
    echo "after all four edits: differs from a whole build:" >&2; head "$out/diff" >&2; exit 1
  fi
fi
