#!/bin/bash
# Builds the demo site with the kb of git revision BASE (default: HEAD~1)
# and with the working tree's kb, on the same reference date, and compares
# the two outputs byte for byte. For changes that must not change what
# kb writes (refactorings, issue 18): exits 1 and lists the files that
# differ, if any.
#
#   scripts/same-output.sh [BASE] [--profile dev|release]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-HEAD~1}
profile=${2:-dev}
dir_of() { if [ "$profile" = dev ]; then echo debug; else echo "$profile"; fi; }
work=$(mktemp -d /tmp/kb-same-output.XXXXXX)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git worktree add -q --detach "$work/base" "$base"
# The base compiles into its own target folder so the working tree's stays warm.
(cd "$work/base" && cargo build --locked -q --profile "$profile" --target-dir "$work/target-base")
cargo build --locked -q --profile "$profile"

date=2026-12-02
"$work/target-base/$(dir_of)/kb" --root . build --date "$date" --output "$work/before" >/dev/null
"target/$(dir_of)/kb" --root . build --date "$date" --output "$work/after" >/dev/null
if diff -rq "$work/before" "$work/after"; then
  echo "same output: $(find "$work/after" -type f | wc -l) files identical to $base's"
else
  echo "the output differs from $base's (files above)" >&2
  exit 1
fi
