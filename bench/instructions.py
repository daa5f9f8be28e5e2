#!/usr/bin/env python3
"""kb's own work on two sites, counted in instructions (valgrind's callgrind).

  bench/instructions.py [--kb BINARY] [--out DIR] [--date D] [--top N] SMALL LARGE

Builds each site (a folder holding kb.toml) once under `valgrind
--tool=callgrind` and prints, for each, its pages and the instructions kb
executed; then LARGE against SMALL for both, and the N functions
(default 12) whose instructions grew most beyond the pages' ratio.

Why: a build's time on a virtual machine depends on the machine's state
(its memory, its disk, other guests), and the EU/national time ratio of
issue 19 moved between 5.9x and 10.6x from one run to the next with the
same binary. Instructions do not: the same binary and inputs count the
same from run to run, loaded or idle, and close to it on another x86-64
machine (code that picks its instructions by CPU feature may differ).
The count is kb's work only: the kernel's (writing the output) is not in
it.

It is slow: under valgrind a build takes about 50 times its CPU time (the
national corpus of shared/bench about 4 minutes, the EU-sized one about
25). Valgrind runs SHA-256 without the CPU's SHA instructions, so the
content hashes weigh far more here than in a real build (see
docs/performance.md, "Figures of 2026-12-05, midday"). Needs valgrind
(Debian `valgrind`, which also gives callgrind_annotate).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys


def build(kb, site, out, date):
    """Builds `site` into `out` under callgrind; returns (pages, per-function instructions, total)."""
    counts = out + ".callgrind"
    subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={counts}",
         kb, "--root", site, "build", "--date", date, "--output", out],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pages = sum(1 for _, _, files in os.walk(out) for f in files if f.endswith(".html"))
    shutil.rmtree(out)
    annotated = subprocess.run(
        ["callgrind_annotate", "--inclusive=no", "--auto=no", "--threshold=100", counts],
        check=True, capture_output=True, text=True).stdout
    os.remove(counts)
    functions, total, listing = {}, 0, False
    for line in annotated.splitlines():
        if "PROGRAM TOTALS" in line:
            total = int(line.split()[0].replace(",", ""))
        elif "file:function" in line:
            listing = True
        elif listing:
            m = re.match(r"\s*([\d,]+)\s+(?:\([^)]*\)\s+)?(.*)$", line)
            if m:
                name = re.sub(r" \[[^\]]*\]$", "", m.group(2))
                name = name.split(":", 1)[1] if ":" in name else name
                functions[name] = functions.get(name, 0) + int(m.group(1).replace(",", ""))
    return pages, functions, total


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--kb", default="target/release/kb")
    p.add_argument("--out", default="bench-out/instructions")
    p.add_argument("--date", default="2026-12-02")
    p.add_argument("--top", type=int, default=12)
    p.add_argument("small")
    p.add_argument("large")
    a = p.parse_args()
    if not shutil.which("valgrind") or not shutil.which("callgrind_annotate"):
        sys.exit("valgrind not found: apt-get install valgrind")
    os.makedirs(a.out, exist_ok=True)
    kb = os.path.abspath(a.kb)
    runs = []
    for name, site in (("small", a.small), ("large", a.large)):
        pages, functions, total = build(kb, site, os.path.join(a.out, name), a.date)
        print(f"{site}: {pages} pages, {total:,} instructions ({total / max(pages, 1):,.0f} per page)")
        runs.append((pages, functions, total))
    (sp, sf, st), (lp, lf, lt) = runs
    page_ratio = lp / max(sp, 1)
    print(f"large / small: pages {page_ratio:.2f}x, instructions {lt / max(st, 1):.2f}x")
    print(f"functions whose instructions grew most beyond {page_ratio:.2f}x (billions: excess, small, large):")
    grown = sorted(((lf.get(k, 0) - page_ratio * sf.get(k, 0), k) for k in set(sf) | set(lf)), reverse=True)
    for excess, k in grown[: a.top]:
        print(f"  {excess / 1e9:7.2f} {sf.get(k, 0) / 1e9:7.2f} {lf.get(k, 0) / 1e9:8.2f}  {k[:100]}")


if __name__ == "__main__":
    main()
