#!/bin/bash
# Makes a git repository of the national-scale corpus with 500 commits of
# rate changes (one to three chapters each, a guide page now and then), then
# times how long kb takes to read and compare that history.
# usage: bench/history.sh [--scale 1.0] [--commits 500]
set -euo pipefail
cd "$(dirname "$0")/.."
scale=1.0; commits=500
while [ $# -gt 0 ]; do
  case $1 in
    --scale) scale=$2; shift 2 ;;
    --commits) commits=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
out=bench-out/history-$scale
site=$out/kb
if [ ! -f "$out/complete" ]; then
  rm -rf "$out"
  python3 ../shared/bench/gen_kb.py --out "$out" --scale "$scale" >/dev/null
  python3 - "$site" "$commits" <<'PY'
import os, random, re, subprocess, sys
site, commits = sys.argv[1], int(sys.argv[2])
env = dict(os.environ, GIT_AUTHOR_NAME="Editor", GIT_AUTHOR_EMAIL="e@customs.test",
           GIT_COMMITTER_NAME="Editor", GIT_COMMITTER_EMAIL="e@customs.test")
def git(*args, date):
    env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    subprocess.run(["git", "-C", site, *args], check=True, env=env, stdout=subprocess.DEVNULL)
git("init", "-q", "-b", "main", date="2024-01-01T08:00:00Z")
git("add", "-A", date="2024-01-01T08:00:00Z")
git("commit", "-q", "-m", "Initial tariff", date="2024-01-01T08:00:00Z")
rng = random.Random(2027)
tariff = os.path.join(site, "content", "tariff")
chapters = sorted(f for f in os.listdir(tariff) if re.fullmatch(r"\d\d\.md", f))
guides = [os.path.join(dp, f) for dp, _, fs in os.walk(os.path.join(site, "content")) for f in fs
          if f.endswith(".md") and "tariff" not in dp and f.count(".") == 1]
line = re.compile(r"^(\| \d{4}\.\d{2}\.\d{2} \|[^|]*\|[^|]*\| )(\d+(?:\.\d+)?)%", re.M)
for i in range(1, commits):
    day = 1 + i
    date = f"2024-{1 + (day // 28) % 12:02d}-{1 + day % 28:02d}T09:00:00Z".replace("2024-", f"{2024 + day // 336}-")
    for name in rng.sample(chapters, rng.randint(1, 3)):
        path = os.path.join(tariff, name)
        text = open(path, encoding="utf-8").read()
        rows = list(line.finditer(text))
        if not rows:
            continue
        m = rng.choice(rows)
        old = int(float(m.group(2)))
        new = str(old + rng.choice([2, 5]) if old < 5 else old + rng.choice([-5, -2, 2, 5]))
        text = text[:m.start(2)] + new + text[m.end(2):]
        open(path, "w", encoding="utf-8").write(text)
    if guides and i % 10 == 0:
        path = rng.choice(guides)
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"\nRevised guidance, edition {i}.\n")
    git("commit", "-q", "--allow-empty", "-am", f"Rates revision {i}", date=date)
PY
  touch "$out/complete"
fi
cargo bench --locked --bench history -- "$site" "$commits"
