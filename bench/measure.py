#!/usr/bin/env python3
"""What bench/compare.sh measures with, in the Python standard library.

  measure.py run [--cap-mib N] [--log FILE] -- COMMAND...
      Flushes what earlier runs left unwritten (`sync`, not timed), then
      runs COMMAND (stdout and stderr to FILE) and prints one line,
      `STATUS SECONDS PEAK_KIB USER SYSTEM OTHERS SYNC`: STATUS is `ok`,
      `failed` (a non-zero exit) or `capped`; SECONDS the wall time;
      PEAK_KIB the largest resident set of COMMAND and what it waited for;
      USER and SYSTEM the CPU seconds its processes spent in their own
      code and in the kernel (as /usr/bin/time reports them; 0 0 when
      capped); OTHERS the CPU seconds every other thread of the machine
      spent meanwhile (/proc/stat: mostly the kernel's own threads, such
      as page reclaim and the writeback of dirty pages, which share the
      cores with COMMAND); SYNC the time a `sync` takes just after (what
      COMMAND wrote that was still in memory, not yet on disk). With
      --cap-mib, the resident set of COMMAND and its descendants is
      sampled every 0.2 s and, when it passes N MiB, the whole process
      group is killed: a tool that would need more memory than the
      machine has fails at the cap (`capped`, with the resident set it had
      reached as PEAK_KIB) instead of making the machine swap or the
      kernel kill other processes.

  measure.py hashes DIR > FILE
      One line per file under DIR, `SHA-256  PATH`, sorted by path.

  measure.py changed BEFORE AFTER
      Given two `hashes` files, prints `CHANGED ADDED REMOVED TOTAL`
      (TOTAL: files in AFTER).

  measure.py table TSV MARKDOWN
      Reads rows `what<TAB>figure<TAB>target<TAB>met` and prints them as
      an aligned table, and writes them as a Markdown table to MARKDOWN.
"""
import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time


def rss_kib(root):
    """Resident set of process `root` and its descendants, in KiB."""
    children, rss = {}, {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", encoding="utf-8", errors="replace") as f:
                # The command name may hold spaces: fields start after ')'.
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(name), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    return total


def run(args):
    cap_kib, log = None, os.devnull
    while args and args[0] != "--":
        if args[0] == "--cap-mib":
            cap_kib, args = int(float(args[1]) * 1024), args[2:]
        elif args[0] == "--log":
            log, args = args[1], args[2:]
        else:
            sys.exit(f"measure.py run: unknown argument {args[0]}")
    command = args[1:]
    if not command:
        sys.exit("measure.py run: no command after --")
    # The output of the run before (1.5 GB for a national build) would
    # otherwise be written back during this one, on the same two cores
    # (ext4 allocates its blocks then): no run pays for the one before.
    os.sync()
    busy_before = busy_seconds()
    # /usr/bin/time does the accounting: a process started from Python
    # would count Python's own resident set as its peak.
    with tempfile.NamedTemporaryFile("r") as timing, open(log, "wb") as out:
        start = time.monotonic()
        child = subprocess.Popen(["/usr/bin/time", "-f", "%e %M %U %S", "-o", timing.name, *command],
                                 stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        capped_at = []
        if cap_kib is not None:
            threading.Thread(target=watch, args=(child.pid, cap_kib, capped_at),
                             daemon=True).start()
        code = child.wait()
        seconds = time.monotonic() - start
        busy = busy_seconds() - busy_before
        synced = time.monotonic()
        os.sync()
        synced = time.monotonic() - synced
        if capped_at:
            print(f"capped {seconds:.2f} {capped_at[0]} 0 0 0 {synced:.2f}")
            return
        # After a failure, time writes "Command exited with…" first.
        figures = (timing.read().strip().splitlines() or [""])[-1].split()
    if len(figures) != 4:
        figures = [f"{seconds:.2f}", "0", "0", "0"]
    others = max(0.0, busy - float(figures[2]) - float(figures[3]))
    print(f"{'ok' if code == 0 else 'failed'} {' '.join(figures)} {others:.2f} {synced:.2f}")


def busy_seconds():
    """CPU seconds the whole machine has spent busy since boot, every
    core (/proc/stat: user, nice, system, irq, softirq; not idle, not
    waiting for the disk, not stolen by the host)."""
    with open("/proc/stat", encoding="ascii") as f:
        fields = f.readline().split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq = (int(x) for x in fields[:7])
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def watch(pid, cap_kib, capped_at):
    """Kills `pid`'s process group when its tree's resident set passes
    `cap_kib`, and notes in `capped_at` the resident set it had."""
    while True:
        now = rss_kib(pid)
        if now > cap_kib:
            capped_at.append(now)
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            return
        if now == 0 and not os.path.exists(f"/proc/{pid}"):
            return
        time.sleep(0.2)


def hashes(root):
    lines = []
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            digest = hashlib.sha256()
            with open(path, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    digest.update(block)
            lines.append(f"{digest.hexdigest()}  {os.path.relpath(path, root)}")
    lines.sort(key=lambda line: line.split("  ", 1)[1])
    sys.stdout.write("".join(line + "\n" for line in lines))


def read_hashes(path):
    with open(path, encoding="utf-8") as f:
        return dict(reversed(line.rstrip("\n").split("  ", 1)) for line in f if line.strip())


def changed(before, after):
    a, b = read_hashes(before), read_hashes(after)
    diff = sum(1 for p in a.keys() & b.keys() if a[p] != b[p])
    print(f"{diff} {len(b.keys() - a.keys())} {len(a.keys() - b.keys())} {len(b)}")


def table(tsv, markdown):
    head = ("what", "figure", "target", "met")
    with open(tsv, encoding="utf-8") as f:
        rows = [tuple((line.rstrip("\n").split("\t") + [""] * 4)[:4]) for line in f if line.strip()]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(4)]
    for r in [head, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip())
    with open(markdown, "w", encoding="utf-8") as f:
        f.write("| " + " | ".join(head) + " |\n| --- | --- | --- | --- |\n")
        for r in rows:
            f.write("| " + " | ".join(cell.replace("|", "\\|") for cell in r) + " |\n")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    command, args = sys.argv[1], sys.argv[2:]
    if command == "run":
        run(args)
    elif command == "hashes" and len(args) == 1:
        hashes(args[0])
    elif command == "changed" and len(args) == 2:
        changed(*args)
    elif command == "table" and len(args) == 2:
        table(*args)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
