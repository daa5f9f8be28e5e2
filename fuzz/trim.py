#!/usr/bin/env python3
"""Keeps a minimised corpus small enough to commit: after `cargo fuzz cmin`,
picks greedily the files that bring the most not yet covered features per
byte, until MAX_FILES files or MAX_BYTES bytes, and deletes the others.

    TARGET=duty_rate
    target/x86_64-unknown-linux-gnu/release/$TARGET -merge=1 -use_counters=0 \\
        -merge_control_file=/tmp/ctl /tmp/empty corpus/$TARGET
    python3 trim.py /tmp/ctl

The control file is libFuzzer's merge record (file list, then one
`FT index features...` line per file). See docs/fuzzing.md."""

import os, sys

MAX_FILES = 300
MAX_BYTES = 1_000_000

lines = open(sys.argv[1]).read().split("\n")
count = int(lines[0])
paths = lines[2 : 2 + count]
features = {}
for line in lines[2 + count :]:
    if line.startswith("FT "):
        parts = line.split()
        features[int(parts[1])] = set(parts[2:])

covered, kept, size = set(), [], 0
candidates = dict(features)
while candidates and len(kept) < MAX_FILES:
    best = max(candidates, key=lambda i: (len(candidates[i] - covered) / (os.path.getsize(paths[i]) + 64), -i))
    gain = candidates.pop(best) - covered
    if not gain:
        break
    if size + os.path.getsize(paths[best]) > MAX_BYTES:
        continue
    covered |= gain
    kept.append(best)
    size += os.path.getsize(paths[best])

total = set().union(*features.values()) if features else set()
for i, path in enumerate(paths):
    if i not in kept:
        os.remove(path)
print(f"kept {len(kept)} of {count} files, {size} bytes, {len(covered)} of {len(total)} features")
