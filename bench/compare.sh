#!/bin/bash
# Builds the national-scale benchmark site (../shared/bench) with kb and with
# Hugo side by side, and prints pages per second, peak memory, output size
# and kb's time as a fraction of Hugo's.
#
# usage: bench/compare.sh [--scale 1.0] [--langs en,fr,es,ar] [--out DIR] [--runs N]
# needs: python3, /usr/bin/time (Debian `time`), hugo (Debian `hugo`).
set -euo pipefail
cd "$(dirname "$0")/.."
scale=1.0; langs=en,fr,es,ar; out=bench-out; runs=1
while [ $# -gt 0 ]; do
  case $1 in
    --scale) scale=$2; shift 2;;
    --langs) langs=$2; shift 2;;
    --out) out=$2; shift 2;;
    --runs) runs=$2; shift 2;;
    *) echo "unknown argument $1" >&2; exit 2;;
  esac
done
shared=../shared/bench
command -v hugo >/dev/null || { echo "hugo not found: apt-get install hugo" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install time" >&2; exit 2; }

mkdir -p "$out"
out=$(cd "$out" && pwd)
if [ ! -f "$out/.scale-$scale-$langs" ]; then
  rm -rf "$out/kb" "$out/hugo" "$out/zola" "$out"/.scale-*
  # gen_corpus.py empties its folder, so it goes first.
  python3 "$shared/gen_corpus.py" --out "$out" --scale "$scale" --langs "$langs" >/dev/null
  python3 "$shared/gen_kb.py" --out "$out" --scale "$scale" --langs "$langs" >/dev/null
  touch "$out/.scale-$scale-$langs"
fi
cargo build --release --locked -q

# run NAME COMMAND...: the median elapsed seconds and peak RSS of N runs.
measure() {
  local name=$1 dest=$2; shift 2
  local times=() rss=()
  for _ in $(seq "$runs"); do
    rm -rf "$dest"
    /usr/bin/time -f '%e %M' -o "$out/$name.time" "$@" >"$out/$name.log" 2>&1 || {
      echo "$name failed:" >&2; tail -20 "$out/$name.log" >&2; exit 1; }
    read -r t m <"$out/$name.time"
    times+=("$t"); rss+=("$m")
  done
  local mid=$(( runs / 2 ))
  local t m
  t=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$((mid + 1))p")
  m=$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$((mid + 1))p")
  local pages bytes
  pages=$(find "$dest" -name '*.html' | wc -l)
  bytes=$(du -sb "$dest" | cut -f1)
  echo "$name $t $m $pages $bytes"
}

kb_line=$(measure kb "$out/kb-public" ./target/release/kb --root "$out/kb" build --output "$out/kb-public")
hugo_line=$(measure hugo "$out/hugo-public" hugo --source "$out/hugo" --destination "$out/hugo-public" --quiet)

echo "scale $scale, languages $langs, $(nproc) cores, median of $runs run(s)"
printf '%-6s %10s %10s %12s %12s %12s\n' tool seconds pages pages/s "peak MiB" "output MiB"
for line in "$kb_line" "$hugo_line"; do
  read -r name t m pages bytes <<<"$line"
  awk -v n="$name" -v t="$t" -v m="$m" -v p="$pages" -v b="$bytes" 'BEGIN {
    printf "%-6s %10.2f %10d %12.0f %12.0f %12.0f\n", n, t, p, (t > 0 ? p / t : 0), m / 1024, b / 1048576 }'
done
read -r _ kt _ <<<"$kb_line"; read -r _ ht _ <<<"$hugo_line"
awk -v k="$kt" -v h="$ht" 'BEGIN { printf "kb time / Hugo time: %.2f (target: at most 0.50)\n", k / h }'
