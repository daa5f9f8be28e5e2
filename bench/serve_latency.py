#!/usr/bin/env python3
"""Save-to-reload latency of `kb serve`.

Starts `kb serve --port 0` on a site, listens on /__kb/events as the browser
does, then, RUNS times: saves a content file with a new marker in its body,
waits for the `reload` event, and GETs the page until it shows the marker
(what a browser tab does after the event). Prints the time from the save to
the event and from the save to the reloaded page (median, p90, max), then
puts the file back as it was.

usage: bench/serve_latency.py [--kb target/release/kb] [--root .]
                              [--file content/about.md] [--runs 20]
"""
import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kb", default="target/release/kb")
    ap.add_argument("--root", default=".")
    ap.add_argument("--file", default="content/about.md",
                    help="content file to edit, relative to --root")
    ap.add_argument("--url", default=None,
                    help="page of that file (default: /<default lang>/<file path>/)")
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()

    path = os.path.join(args.root, args.file)
    original = open(path, encoding="utf-8").read()
    url = args.url or "/en/" + args.file.removeprefix("content/").removesuffix(".md") + "/"

    started = time.monotonic()
    server = subprocess.Popen([args.kb, "--root", args.root, "serve", "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = server.stdout.readline()
        print(f"startup: {time.monotonic() - started:.2f} s ({line.strip()})")
        host, port = line.split("http://")[1].split("/")[0].split(":")
        port = int(port)

        def get(target):
            conn = http.client.HTTPConnection(host, port, timeout=60)
            conn.request("GET", target)
            body = conn.getresponse().read().decode("utf-8", "replace")
            conn.close()
            return body

        first = time.monotonic()
        get(url)
        print(f"first request of {url}: {(time.monotonic() - first) * 1000:.0f} ms")

        events = socket.create_connection((host, port), timeout=60)
        # kb serve answers only requests for its own host and port.
        events.sendall(f"GET /__kb/events HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
        stream = events.makefile("rb")

        def wait_reload():
            for raw in stream:
                if raw.strip() == b"event: reload":
                    return
            raise SystemExit("event stream closed")

        for raw in stream:  # the stream is registered once `: connected` comes
            if raw.strip() == b": connected":
                break

        to_event, to_page = [], []
        for run in range(args.runs):
            marker = f"kb-serve-latency-{run}-{time.time_ns()}"
            text = original.rstrip("\n") + f"\n\n{marker}\n"
            t0 = time.monotonic()
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            wait_reload()
            t1 = time.monotonic()
            while marker not in get(url):
                time.sleep(0.005)
            t2 = time.monotonic()
            to_event.append((t1 - t0) * 1000)
            to_page.append((t2 - t0) * 1000)
            time.sleep(0.3)  # let the background warm-up of the last edit start
    finally:
        with open(path, "w", encoding="utf-8") as f:
            f.write(original)
        time.sleep(0.3)
        server.terminate()
        server.wait()

    def summary(name, values):
        values = sorted(values)
        p90 = values[max(0, int(len(values) * 0.9) - 1)]
        print(f"{name}: median {statistics.median(values):.0f} ms, "
              f"p90 {p90:.0f} ms, max {values[-1]:.0f} ms ({len(values)} saves)")

    summary("save -> reload event", to_event)
    summary("save -> reloaded page", to_page)


if __name__ == "__main__":
    sys.exit(main())
