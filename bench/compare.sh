#!/bin/bash
# Issue 19's figures side by side in one run, each beside its target:
#
#   national corpus (../shared/bench, --scale, --langs): kb's full build
#     (time, peak memory), Hugo's HTML-only build of the same site, and the
#     time `cp -r` takes to copy kb's output; kb / Hugo and kb / copy;
#   --eu: the EU-sized corpus (24 languages, --eu-scale): kb's build, its
#     time against the national build's (and its CPU time, in kb's own code
#     and in the kernel; the CPU time of the machine's other threads
#     meanwhile; and the time until its output is on disk, build then
#     `sync`) and its peak, and the time `cp -r`
#     takes to copy its output (against the national copy: how much more
#     this machine takes to write the EU's output, kb aside), and the time
#     `dd` takes to write as many bytes as each output holds into one file
#     (the machine's own ratio, files aside too); Hugo on it under a
#     memory cap (--hugo-cap-gib): Hugo is killed when its resident set
#     passes the cap and reported as "failed at N GiB after T s" rather
#     than left to make the machine swap or the kernel kill others;
#   --serve: bench/serve_latency.py on a tariff chapter of the national
#     corpus (save to reloaded page, median and p90);
#   --edit: bench/edit.sh's one-word edit, then `kb build --incremental`
#     into the same output folder (after an untimed incremental build that
#     leaves its cache): its time, and the output files it changed (SHA-256
#     of every file before/after);
#   always, last: a full build over the national output left in place,
#     as a second `kb build` runs (the removal of the old output included).
#
# Prints one table of every figure with its target at the end, and writes
# it as Markdown to OUT/compare.md. Generated corpora are kept in OUT and
# reused while --scale and --langs stay the same; the EU outputs (about
# 7.5 GB for kb at scale 1.0) are deleted once measured unless --keep.
# Every output is set aside until the run ends: the run stops at once
# when the disk has less room than they need (about 53 GiB with --eu,
# --runs 3 and --eu-runs 3 at scale 1.0).
#
# usage: bench/compare.sh [--scale 1.0] [--langs en,fr,es,ar] [--out DIR]
#          [--runs N] [--kb BINARY] [--kb-args 'ARGS'] [--no-hugo]
#          [--hugo-cap-gib 12] [--eu] [--eu-scale S] [--serve]
#          [--serve-runs 10] [--edit] [--keep] [--eu-runs 1]
#   --kb       a kb binary to measure (default: cargo build --release)
#   --kb-args  more arguments for every `kb build` (such as a cache folder)
#   --eu-runs  runs of kb's EU build (default 1: each writes about 7.5 GB),
#              whatever --runs gives the national builds; kb's national and
#              EU builds alternate (national, EU, national...), so that both
#              series meet the same drift of the machine
# needs: python3, /usr/bin/time (Debian `time`), hugo (Debian `hugo`)
# unless --no-hugo.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=1.0; langs=en,fr,es,ar; out=bench-out; runs=1; kb=; kb_args=
hugo=true; cap_gib=12; eu=false; eu_scale=; serve=false; serve_runs=10
edit=false; keep=false; eu_runs=1
eu_langs=en,bg,cs,da,de,el,es,et,fi,fr,ga,hr,hu,it,lt,lv,mt,nl,pl,pt,ro,sk,sl,sv
# The reference date of every build, so that two runs build the same site.
date=2026-12-02
while [ $# -gt 0 ]; do
  case $1 in
    --scale) scale=$2; shift 2;;
    --langs) langs=$2; shift 2;;
    --out) out=$2; shift 2;;
    --runs) runs=$2; shift 2;;
    --kb) kb=$2; shift 2;;
    --kb-args) kb_args=$2; shift 2;;
    --no-hugo) hugo=false; shift;;
    --hugo-cap-gib) cap_gib=$2; shift 2;;
    --eu) eu=true; shift;;
    --eu-scale) eu_scale=$2; shift 2;;
    --eu-runs) eu_runs=$2; shift 2;;
    --serve) serve=true; shift;;
    --serve-runs) serve_runs=$2; shift 2;;
    --edit) edit=true; shift;;
    --keep) keep=true; shift;;
    *) echo "unknown argument $1" >&2; exit 2;;
  esac
done
eu_scale=${eu_scale:-$scale}
shared=../shared/bench
measure=(python3 "$PWD/bench/measure.py")
if $hugo; then
  command -v hugo >/dev/null || { echo "hugo not found: apt-get install hugo (or --no-hugo)" >&2; exit 2; }
fi
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: apt-get install time" >&2; exit 2; }
if [ -z "$kb" ]; then
  cargo build --release --locked -q
  kb=target/release/kb
  # The binary just built is the work tree's.
  kb_label="kb $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
else
  # A binary given with --kb is named by its content, not by the commit
  # the work tree happens to be at.
  kb_label="kb binary sha256 $(sha256sum "$kb" | cut -c1-12)"
fi
kb=$(cd "$(dirname "$kb")" && pwd)/$(basename "$kb")
mkdir -p "$out"
out=$(cd "$out" && pwd)
cap_mib=$(awk -v g="$cap_gib" 'BEGIN { printf "%d", g * 1024 }')
figures=$out/figures.tsv
: >"$figures"

# room_needed_gib: the disk the outputs set aside until the run ends take
# at most (each national run: kb's output, its copy and Hugo's, about
# 1.5 GiB each at scale 1.0, Hugo's counted even with --no-hugo; the
# EU's: kb's outputs, one copy, the dd file, about 7.5 GiB each), and
# 2 GiB to spare. The run of 13:28 on 2026-12-05 took 51 of the 53 GiB.
room_needed_gib() {
  awk -v s="$scale" -v r="$runs" -v e="$($eu && echo 1 || echo 0)" -v es="$eu_scale" -v er="$eu_runs" \
    'BEGIN { printf "%.0f", 2 + s * r * 4.5 + e * es * (er + 2) * 7.5 }'
}
room_gib=$(df -Pk "$out" | awk 'NR == 2 { printf "%.0f", $4 / 1048576 }')
room_needed=$(room_needed_gib)
if [ "$room_gib" -lt "$room_needed" ]; then
  echo "not enough room in $out: $room_gib GiB free, about $room_needed GiB needed (fewer --runs or --eu-runs need less)" >&2
  exit 2
fi

# corpus DIR SCALE LANGS: the kb and Hugo sites in DIR, generated once.
corpus() {
  local dir=$1 scale=$2 langs=$3
  mkdir -p "$dir"
  if [ ! -f "$dir/.scale-$scale-$langs" ]; then
    rm -rf "$dir/kb" "$dir/hugo" "$dir/zola" "$dir"/.scale-*
    echo "generating the corpus in $dir (scale $scale, $langs)" >&2
    # gen_corpus.py empties its folder, so it goes first.
    python3 "$shared/gen_corpus.py" --out "$dir" --scale "$scale" --langs "$langs" >/dev/null
    python3 "$shared/gen_kb.py" --out "$dir" --scale "$scale" --langs "$langs" >/dev/null
    touch "$dir/.scale-$scale-$langs"
  fi
}

# set_aside PATH: moves PATH out of the way, into OUT/set-aside, deleted
# when the run ends. Deleting tens of thousands of files just before a
# timed run slows it: ext4 keeps recently freed inodes aside for a while,
# and file creation then searches for free ones (a national kb build took
# 38.9 s, 39.2 s of it system time, right after an rm -rf of an output,
# against 20.1 s, 6.8 s system, on a fresh disk).
set_aside() {
  [ -e "$1" ] || return 0
  mkdir -p "$out/set-aside"
  mv "$1" "$(mktemp -d "$out/set-aside/XXXXXX")/"
}

# run_once NAME DEST CAP_MIB COMMAND...: one timed run of COMMAND (DEST
# set aside first, unless empty; CAP_MIB empty for no cap): prints
# `STATUS SECONDS PEAK_KIB USER SYSTEM OTHERS SYNC` (see measure.py).
run_once() {
  local name=$1 dest=$2 cap=$3; shift 3
  [ -z "$dest" ] || set_aside "$dest"
  "${measure[@]}" run ${cap:+--cap-mib "$cap"} --log "$out/$name.log" -- "$@"
}

# median NAME LINE...: the median of runs' lines (by time); every run's
# time, in order, goes to OUT/NAME.runs for the table (the median hides
# a spread).
median() {
  local name=$1; shift
  printf '%s\n' "$@" | awk '{ printf "%s%.2f", (NR > 1 ? ", " : ""), $2 }' >"$out/$name.runs"
  middle 2 "$@"
}

# middle FIELD LINE...: the line whose FIELD (a number) is the median.
middle() {
  local field=$1; shift
  printf '%s\n' "$@" | sort -k"$field,$field"n | sed -n "$(( $# / 2 + 1 ))p"
}

# measure NAME DEST CAP_MIB COMMAND...: runs COMMAND --runs times (as
# run_once) and prints the median run's line; the first run that fails or
# passes the cap is printed instead, and ends the series.
measure() {
  local name=$1 dest=$2 cap=$3; shift 3
  local lines=() line
  for _ in $(seq "$runs"); do
    line=$(run_once "$name" "$dest" "$cap" "$@")
    case $line in
      ok*) lines+=("$line");;
      *) echo "$line"; return;;
    esac
  done
  median "$name" "${lines[@]}"
}

# runs_of NAME [RUNS]: " (runs in order: A, B, C s)" when NAME ran more
# than once (RUNS: its count of runs, --runs unless given).
runs_of() {
  [ "${2:-$runs}" -gt 1 ] && [ -s "$out/$1.runs" ] && printf ' (runs in order: %s s)' "$(cat "$out/$1.runs")"
  return 0
}

# row WHAT FIGURE [TARGET] [MET]: a line of the final table.
row() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "${3:-—}" "${4:-}" >>"$figures"; }

# calc EXPRESSION: awk's arithmetic, as text; div(A, B) divides by at
# least 0.01, as /usr/bin/time may give 0.00 s for a small copy.
calc() { awk "function div(a, b) { return a / (b > 0.01 ? b : 0.01) } BEGIN { print $1 }"; }

# ratio A B: A / B to two decimals.
ratio() { calc "sprintf(\"%.2f\", div($1, $2))"; }

# met VALUE LIMIT: `yes` when VALUE is at most LIMIT.
met() { awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l ? "yes" : "no") }'; }

# reported_kib: the memory this machine's kernel has handed back to its
# host so far (free page reporting of a virtual machine; empty where there
# is none). The host takes such pages away, and the next write into one
# waits for the host to give a page again: on the machines of
# docs/performance.md that made writing 8 GB of output cost twice what
# the first gigabyte did.
reported_kib() { cat /sys/module/page_reporting/parameters/reported_kib 2>/dev/null || true; }

# handed_back NAME KIB: a row of what the kernel handed back to its host
# while NAME ran (none when KIB is empty).
handed_back() {
  [ -n "$2" ] || return 0
  row "$1: memory handed back to the host meanwhile" "$(calc "sprintf(\"%.1f GiB\", $2 / 1048576)")"
}

# pages DIR: the HTML files under DIR.
pages() { find "$1" -name '*.html' | wc -l; }

# build_once NAME SITE_DIR [over]: one full kb build of SITE_DIR/kb into
# SITE_DIR/kb-public (set aside first; with `over`, built over it, as a
# second `kb build` runs), as run_once prints it.
build_once() {
  local aside=$2/kb-public
  [ "${3:-}" != over ] || aside=
  # shellcheck disable=SC2086 # --kb-args is split on purpose
  run_once "$1" "$aside" "" "$kb" --root "$2/kb" build --date "$date" \
    --output "$2/kb-public" $kb_args
}

# kb_builds: kb's full builds of the national corpus (--runs) and, with
# --eu, of the EU corpus (--eu-runs), taken in turn (national, EU,
# national, EU...): the medians of interleaved runs, so that both series
# meet the same drift of the machine's memory and disk over the run.
# Sets kb_national and kb_eu to the median runs' lines, cpu_national
# and cpu_eu to the medians of their runs' CPU seconds (`USER SYSTEM
# OTHERS`), synced_national and synced_eu to the medians of their runs'
# build then sync,
# and handed_national and handed_eu to the KiB the kernel handed back to
# its host during each series (empty without free page reporting).
kb_builds() {
  local national_lines=() eu_lines=() line i n=$runs
  if $eu && [ "$eu_runs" -gt "$n" ]; then n=$eu_runs; fi
  for i in $(seq "$n"); do
    if [ "$i" -le "$runs" ]; then
      line=$(handed handed_national build_once kb-national "$out/national")
      must_be_ok kb-national "$line"
      national_lines+=("$line")
    fi
    if $eu && [ "$i" -le "$eu_runs" ]; then
      line=$(handed handed_eu build_once kb-eu "$out/eu")
      must_be_ok kb-eu "$line"
      eu_lines+=("$line")
    fi
  done
  kb_national=$(median kb-national "${national_lines[@]}")
  cpu_national=$(cpu_medians "${national_lines[@]}")
  synced_national=$(synced_median "${national_lines[@]}")
  if $eu; then
    kb_eu=$(median kb-eu "${eu_lines[@]}")
    cpu_eu=$(cpu_medians "${eu_lines[@]}")
    synced_eu=$(synced_median "${eu_lines[@]}")
  fi
  handed_national=$(cat "$out/handed_national" 2>/dev/null || true)
  handed_eu=$(cat "$out/handed_eu" 2>/dev/null || true)
}

# cpu_medians LINE...: `USER SYSTEM OTHERS`, the median of each of the
# runs' CPU seconds (fields 4 to 6 of run_once's lines), taken apart.
cpu_medians() {
  local field
  for field in 4 5 6; do middle "$field" "$@" | cut -d' ' -f"$field"; done | paste -sd' '
}

# synced_median LINE...: the median of the runs' wall time plus the
# `sync` after it (fields 2 and 7 of run_once's lines): the time until
# the output is on disk.
synced_median() {
  local sums
  mapfile -t sums < <(printf '%s\n' "$@" | awk '{ printf "%.2f\n", $2 + $7 }')
  middle 1 "${sums[@]}"
}

# handed FILE COMMAND...: runs COMMAND, adding to OUT/FILE the KiB the
# kernel handed back to its host meanwhile (nothing without free page
# reporting); prints what COMMAND printed.
handed() {
  local file=$out/$1 before after; shift
  before=$(reported_kib)
  "$@"
  after=$(reported_kib)
  [ -n "$before" ] && [ -n "$after" ] || return 0
  echo $(( $(cat "$file" 2>/dev/null || echo 0) + after - before )) >"$file"
}

# must_be_ok NAME LINE: stops the run when a kb command failed.
must_be_ok() {
  case $2 in
    ok*) ;;
    *) echo "$1 failed (${2%% *}):" >&2; tail -20 "$out/$1.log" >&2; exit 1;;
  esac
}

# hugo_figure NAME LINE: Hugo's time and peak, or how it failed.
hugo_figure() {
  local status t m
  read -r status t m _ <<<"$2"
  case $status in
    ok) calc "sprintf(\"%.1f s, peak %.0f MiB\", $t, $m / 1024)";;
    capped) calc "sprintf(\"failed at %.1f GiB after %.0f s (killed at the %s GiB cap)\", $m / 1048576, $t, \"$cap_gib\")";;
    *) echo "failed after $t s (exit status not 0; see $out/$1.log)";;
  esac
}

# reporting_settings: this kernel's free page reporting settings, for the
# run's conditions (none where there is none): docs/performance.md
# measured the EU ratio with them changed.
reporting_settings() {
  local dir=/sys/module/page_reporting/parameters
  [ -r "$dir/page_reporting_order" ] || return 0
  printf '; free page reporting: order %s' "$(cat "$dir/page_reporting_order")"
  [ ! -r "$dir/min_free_ms" ] || printf ', min_free_ms %s' "$(cat "$dir/min_free_ms")"
  [ ! -r "$dir/max_waiting_mib" ] || printf ', max_waiting_mib %s' "$(cat "$dir/max_waiting_mib")"
}

# The national corpus: kb, Hugo, and a copy of kb's output.
national() {
  local nat=$out/national line t m p ht c
  read -r _ t m _ <<<"$kb_national"; p=$(pages "$nat/kb-public")
  kb_national_t=$t
  row "national: kb full build" "$(calc "sprintf(\"%.2f s (%d pages, %.0f pages/s)\", $t, $p, div($p, $t))")$(runs_of kb-national)"
  row "national: kb peak memory" "$(calc "sprintf(\"%.0f MiB\", $m / 1024)")" "≤ 768 MiB (0.75 GiB)" "$(met "$m" $(( 768 * 1024 )))"
  handed_back "national: kb's runs" "$handed_national"
  if $hugo; then
    line=$(measure hugo-national "$nat/hugo-public" "$cap_mib" hugo --source "$nat/hugo" --destination "$nat/hugo-public" --quiet)
    row "national: Hugo, HTML only" "$(hugo_figure hugo-national "$line")$(runs_of hugo-national)"
    read -r status ht _ <<<"$line"
    if [ "$status" = ok ]; then
      row "national: kb time / Hugo time" "$(ratio "$t" "$ht")" "≤ 0.30" "$(met "$(ratio "$t" "$ht")" 0.3)"
    fi
    set_aside "$nat/hugo-public"
  fi
  line=$(measure copy-national "$nat/kb-copy" "" cp -r "$nat/kb-public" "$nat/kb-copy")
  must_be_ok copy-national "$line"
  read -r _ c _ <<<"$line"
  copy_national_t=$c
  set_aside "$nat/kb-copy"
  row "national: cp -r of kb's output" "$(calc "sprintf(\"%.2f s (%.0f MiB)\", $c, $(du -sb "$nat/kb-public" | cut -f1) / 1048576)")$(runs_of copy-national)"
  row "national: kb time / copy time" "$(ratio "$t" "$c")" "≤ 1.3" "$(met "$(ratio "$t" "$c")" 1.3)"
}

# --edit: the one-word edit of bench/edit.sh, then `kb build --incremental`
# into the same output folder, after an untimed incremental build that
# leaves the cache it starts from (OUT/national/kb/.kb-cache).
edit_figures() {
  local nat=$out/national file line t
  file=$(bench/edit.sh --pick "$nat/kb")
  # shellcheck disable=SC2086 # --kb-args is split on purpose
  "$kb" --root "$nat/kb" build --date "$date" --output "$nat/kb-public" --incremental \
    $kb_args >"$out/kb-edit-prime.log" 2>&1 || {
      echo "the incremental build before the edit failed:" >&2; tail -20 "$out/kb-edit-prime.log" >&2; exit 1; }
  "${measure[@]}" hashes "$nat/kb-public" >"$out/edit-before.sha"
  cp "$file" "$out/edit-original.md"
  # shellcheck disable=SC2064 # the paths are known now
  trap "cp '$out/edit-original.md' '$file'; remove_set_aside" EXIT
  bench/edit.sh --apply "$file"
  # shellcheck disable=SC2086 # --kb-args is split on purpose
  line=$(runs=1 measure kb-edit "" "" "$kb" --root "$nat/kb" build --date "$date" \
    --output "$nat/kb-public" --incremental $kb_args)
  cp "$out/edit-original.md" "$file"; trap remove_set_aside EXIT
  must_be_ok kb-edit "$line"
  read -r _ t _ <<<"$line"
  "${measure[@]}" hashes "$nat/kb-public" >"$out/edit-after.sha"
  read -r changed added removed total < <("${measure[@]}" changed "$out/edit-before.sha" "$out/edit-after.sha")
  row "edit: kb build --incremental after a one-word edit of ${file#"$nat/kb/"}" \
    "$(calc "sprintf(\"%.2f s (%.2f× the full build)\", $t, div($t, $kb_national_t))")" "≤ 3 s" "$(met "$t" 3)"
  row "edit: output files it changed" "$changed changed, $added added, $removed removed of $total" \
    "≤ 100" "$(met $(( changed + added + removed )) 100)"
}

# rebuild_figures: a full build over the national output the runs above
# left, as a second `kb build` in the same folder runs: the swap then
# removes the previous output, inside the build's time (the builds above
# write into an empty folder, see set_aside; --edit measures
# --incremental, which writes in place). Last, as the removal slows what
# runs after it.
rebuild_figures() {
  local line t
  line=$(build_once kb-rebuild "$out/national" over)
  must_be_ok kb-rebuild "$line"
  read -r _ t _ <<<"$line"
  row "rebuild: national kb full build over its previous output (removing the old one included)" \
    "$(calc "sprintf(\"%.2f s (%.2f× the build into an empty folder)\", $t, div($t, $kb_national_t))")"
}

# --serve: save-to-reload latency of kb serve on a tariff chapter.
serve_figures() {
  local nat=$out/national chapter first median p90
  chapter=09.md
  [ -f "$nat/kb/content/tariff/$chapter" ] ||
    chapter=$(find "$nat/kb/content/tariff" -name '[0-9][0-9].md' -printf '%f\n' | sort | head -1)
  first=${langs%%,*}
  python3 bench/serve_latency.py --kb "$kb" --root "$nat/kb" --file "content/tariff/$chapter" \
    --url "/$first/tariff/${chapter%.md}/" --runs "$serve_runs" >"$out/serve.log" 2>&1 || {
      echo "serve_latency.py failed:" >&2; tail -20 "$out/serve.log" >&2; exit 1; }
  read -r median p90 < <(sed -n 's/^save -> reloaded page: median \([0-9]*\) ms, p90 \([0-9]*\) ms.*/\1 \2/p' "$out/serve.log")
  row "serve: save of content/tariff/$chapter to reloaded page, median" "$median ms ($serve_runs saves)" "≤ 300 ms" "$(met "$median" 300)"
  row "serve: the same, p90" "$p90 ms"
}

# machine_writes NATIONAL_MIB EU_MIB: this machine's own time to write
# as many bytes as each output holds, into one file through the page
# cache (`dd`, no files, no inodes, no kb), taken in turn three times:
# sets dd_national and dd_eu to the medians' lines. On a virtual machine
# whose free memory the host takes back (free page reporting), the
# second figure grows much faster than the bytes (docs/performance.md,
# "Figures of 2026-12-05, midday").
machine_writes() {
  local national_lines=() eu_lines=() i
  for i in 1 2 3; do
    dd_once dd-national "$1"; national_lines+=("$dd_line")
    dd_once dd-eu "$2"; eu_lines+=("$dd_line")
  done
  dd_national=$(median dd-national "${national_lines[@]}")
  dd_eu=$(median dd-eu "${eu_lines[@]}")
}

# dd_once NAME MIB: one timed `dd` of MIB MiB into OUT/dd-fill, deleted
# after; sets dd_line to the run's line (as run_once prints it), or stops
# the run (in this shell, not a subshell, so that the stop stops it).
dd_once() {
  dd_line=$(run_once "$1" "" "" dd if=/dev/zero of="$out/dd-fill" bs=1M count="$2" status=none)
  rm -f "$out/dd-fill"
  must_be_ok "$1" "$dd_line"
}

# cpu_rows: kb's CPU time, EU against national, in its own code (user)
# and in the kernel (system), medians of each series: what of the wall
# time's ratio is kb's work, and what the machine's writes and faults.
cpu_rows() {
  local nu ns no eu_user es eo
  read -r nu ns no <<<"$cpu_national"; read -r eu_user es eo <<<"$cpu_eu"
  row "EU: kb's CPU time in its own code (user) / national" \
    "$(ratio "$eu_user" "$nu")× ($eu_user s against $nu s, medians)"
  row "EU: kb's CPU time in the kernel (system: writes, page faults) / national" \
    "$(ratio "$es" "$ns")× ($es s against $ns s, medians)"
  row "EU: CPU time of the machine's other threads during kb's build (the kernel's page reclaim and writeback)" \
    "$eo s against $no s (medians)"
  row "EU: kb build then sync (its output on disk) / national" \
    "$(ratio "$synced_eu" "$synced_national")× ($synced_eu s against $synced_national s, medians)"
}

# file_mib DIR: the bytes of the files under DIR, in MiB (du would add
# the folders' own blocks: 4 KiB for each of the EU's 437,000 pages).
file_mib() { find "$1" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%d", s / 1048576 }'; }

# --eu: the EU-sized corpus, kb and Hugo under the memory cap.
eu_figures() {
  local dir=$out/eu line t m p ht status c
  local nat_mib eu_mib
  read -r _ t m _ <<<"$kb_eu"; p=$(pages "$dir/kb-public")
  nat_mib=$(file_mib "$out/national/kb-public")
  eu_mib=$(file_mib "$dir/kb-public")
  # The machine's own cost of writing this output, as for the national
  # corpus: what the EU build's time owes to the disk and the memory.
  line=$(runs=1 measure copy-eu "$dir/kb-copy" "" cp -r "$dir/kb-public" "$dir/kb-copy")
  must_be_ok copy-eu "$line"
  read -r _ c _ <<<"$line"
  # Set aside, not deleted: Hugo's build comes next (see set_aside).
  $keep || set_aside "$dir/kb-public"
  set_aside "$dir/kb-copy"
  row "EU: kb full build (24 languages)" "$(calc "sprintf(\"%.2f s (%d pages, %.0f pages/s)\", $t, $p, div($p, $t))")$(runs_of kb-eu "$eu_runs")"
  local note=""
  [ "$eu_scale" = "$scale" ] || note=" (scales differ: $eu_scale against $scale)"
  row "EU: kb time / national kb time" "$(ratio "$t" "$kb_national_t")×$note" "≤ 6.5×" "$(met "$(ratio "$t" "$kb_national_t")" 6.5)"
  cpu_rows
  row "EU: cp -r of kb's output" "$(calc "sprintf(\"%.2f s\", $c)")"
  row "EU: copy time / national copy time (the machine's own ratio)" "$(ratio "$c" "$copy_national_t")×"
  row "EU: kb time / copy time" "$(ratio "$t" "$c") (national: $(ratio "$kb_national_t" "$copy_national_t"))"
  local dn de
  machine_writes "$nat_mib" "$eu_mib"
  read -r _ dn _ <<<"$dd_national"; read -r _ de _ <<<"$dd_eu"
  row "machine: dd of the national output's bytes into one file ($nat_mib MiB)" "$(calc "sprintf(\"%.2f s\", $dn)")$(runs_of dd-national 3)"
  row "machine: dd of the EU output's bytes into one file ($eu_mib MiB)" "$(calc "sprintf(\"%.2f s\", $de)")$(runs_of dd-eu 3)"
  row "machine: EU bytes / national bytes, dd (the machine's own ratio, kb and files aside)" "$(ratio "$de" "$dn")× for $(ratio "$eu_mib" "$nat_mib")× the bytes"
  row "EU: kb peak memory" "$(calc "sprintf(\"%.0f MiB\", $m / 1024)")" "≤ 2048 MiB (2 GiB)" "$(met "$m" $(( 2048 * 1024 )))"
  handed_back "EU: kb's runs" "$handed_eu"
  if $hugo; then
    line=$(runs=1 measure hugo-eu "$dir/hugo-public" "$cap_mib" hugo --source "$dir/hugo" --destination "$dir/hugo-public" --quiet)
    row "EU: Hugo, HTML only (cap $cap_gib GiB)" "$(hugo_figure hugo-eu "$line")"
    read -r status ht _ <<<"$line"
    if [ "$status" = ok ]; then
      row "EU: kb time / Hugo time" "$(ratio "$t" "$ht")" "≤ 0.30" "$(met "$(ratio "$t" "$ht")" 0.3)"
    fi
    $keep || rm -rf "$dir/hugo-public"
  fi
}

# remove_set_aside: what was set aside goes when the run ends, however it
# ends, eight folders at a time as kb removes a replaced output (on a disk
# that trims freed blocks at once, a plain rm -rf of 24 GB took 189 s,
# eight at a time 67 s).
remove_set_aside() {
  [ -d "$out/set-aside" ] || return 0
  find "$out/set-aside" -mindepth 4 -maxdepth 4 -print0 | xargs -0 -r -P 8 -n 16 rm -rf
  rm -rf "$out/set-aside"
}
trap remove_set_aside EXIT
started=$(date -u +%FT%TZ); load_before=$(cut -d' ' -f1-3 /proc/loadavg)
corpus "$out/national" "$scale" "$langs"
! $eu || corpus "$out/eu" "$eu_scale" "$eu_langs"
rm -f "$out/handed_national" "$out/handed_eu"
kb_builds
national
! $edit || edit_figures
! $serve || serve_figures
! $eu || eu_figures
rebuild_figures

{
  echo "# bench/compare.sh, $started"
  echo
  echo "$kb_label ($kb)$($hugo && echo ", $(hugo version | cut -d' ' -f2)");" \
    "scale $scale, languages $langs$($eu && echo "; EU scale $eu_scale");" \
    "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo);" \
    "median of $runs run(s)$($eu && echo ", EU $eu_runs"); load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after$(reporting_settings)"
  echo
} >"$out/compare.md"
sed -n 3p "$out/compare.md"
echo
"${measure[@]}" table "$figures" "$out/compare.table.md"
cat "$out/compare.table.md" >>"$out/compare.md"
rm "$out/compare.table.md"
echo
echo "written to $out/compare.md"
