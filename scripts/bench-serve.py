#!/usr/bin/env python3
"""Measures `mujaz serve`: time from saving a file to the live-reload message, and memory over many edits.

Usage (release build, 1,000 generated articles):
  swift build -c release --scratch-path .build-serve --product mujaz
  python3 ../shared/bench/gen_corpus.py --n 1000 --seed 1 --source ../shared/bench/source/cairo-talks.txt \
      --source ../shared/data/easc/dev.jsonl --out /tmp/corpus-1k
  python3 scripts/bench-serve.py --mujaz .build-serve/release/mujaz --corpus /tmp/corpus-1k --edits 200

It creates a fresh site (`mujaz init`), copies the corpus's content/*.md into Content/, starts `mujaz serve`,
times `GET /` on one kept-alive connection and on a new connection each, listens to the reload stream like a
browser tab does, then saves articles and a template one at a time, each time waiting for the reload message.
RSS is read from /proc before and after the article edits. Finally it sends SIGINT and times the shutdown.
"""
import argparse
import glob
import http.client
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class ReloadStream:
    """The live-reload event stream, read the way the injected script's EventSource reads it."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=120)
        self.sock.sendall(b"GET /__mujaz/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.buffer = b""
        self.wait_for(b"event: hello")

    def wait_for(self, *names):
        """Returns the first of `names` to arrive; each event is consumed once."""
        while True:
            found = [(self.buffer.find(name), name) for name in names if name in self.buffer]
            if found:
                position, name = min(found)
                self.buffer = self.buffer[position + len(name):]
                return name
            data = self.sock.recv(65536)
            if not data:
                raise RuntimeError("the server closed the event stream")
            self.buffer += data


def timed_save(stream, path, text):
    """Saves `text` to `path` (write, then close, as editors do) and returns ms until the reload message."""
    start = time.perf_counter()
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    event = stream.wait_for(b"event: reload", b"event: failure")
    elapsed = (time.perf_counter() - start) * 1000
    if event != b"event: reload":
        raise RuntimeError(f"build failed after saving {path}")
    return elapsed


def describe(label, samples):
    if not samples:
        return
    ordered = sorted(samples)
    p90 = ordered[max(0, int(len(ordered) * 0.9) - 1)]
    print(f"{label}: n={len(samples)} median={statistics.median(samples):.1f} ms "
          f"p90={p90:.1f} ms min={ordered[0]:.1f} ms max={ordered[-1]:.1f} ms")


def time_home_page(port, requests):
    """Times `GET /` (whole body read) on one kept-alive connection, then on a new connection per request."""
    def get(connection):
        start = time.perf_counter()
        connection.request("GET", "/")
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"GET / answered {response.status}")
        return (time.perf_counter() - start) * 1000

    kept = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    describe("GET / on one kept-alive connection", [get(kept) for _ in range(requests)])
    kept.close()
    fresh = []
    for _ in range(requests):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        fresh.append(get(connection))
        connection.close()
    describe("GET / on a new connection each", fresh)


def build_times(log_path):
    """The engine's own time for each rebuild, in order, from the serve log ("... in N ms: ...")."""
    times = []
    with open(log_path, encoding="utf-8") as text:
        for line in text:
            if line.startswith("rebuilt after changes") and " in " in line:
                times.append(float(line.split(" in ", 1)[1].split(" ms", 1)[0]))
    return times


def edit(text, kind, round):
    """The article `text` after one editor's change of the given kind."""
    if kind == "paragraph":
        return text + f"\nتحديث رقم {round}.\n"
    # The first `title:` line of the front matter gets a word more; the corpus quotes its titles.
    head, line, rest = text.partition("\ntitle: ")
    value, newline, tail = rest.partition("\n")
    if value.startswith('"') and value.endswith('"'):
        value = value[:-1] + f' {round}"'
    else:
        value = value + f" {round}"
    return head + line + value + newline + tail


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mujaz", default=".build/release/mujaz")
    parser.add_argument("--corpus", required=True, help="gen_corpus.py output folder (uses its content/*.md)")
    parser.add_argument("--edits", type=int, default=200, help="consecutive article saves")
    parser.add_argument("--template-edits", type=int, default=10)
    parser.add_argument("--articles", type=int, default=0, help="use only the first N articles (0: all)")
    parser.add_argument("--edit", choices=["paragraph", "title"], default="paragraph",
                        help="what each article save changes: a paragraph added at the end (only the article's own "
                             "page shows it) or the title (the pages that list the article show it too)")
    parser.add_argument("--requests", type=int, default=200,
                        help="GET / requests timed on one kept-alive connection, and as many on new connections")
    parser.add_argument("--keep", action="store_true", help="keep the generated site folder")
    args = parser.parse_args()

    site = tempfile.mkdtemp(prefix="mujaz-serve-bench-")
    subprocess.run([args.mujaz, "init", site], check=True, stdout=subprocess.DEVNULL)
    articles = sorted(glob.glob(os.path.join(args.corpus, "content", "*.md")))
    if args.articles:
        articles = articles[:args.articles]
    for article in articles:
        shutil.copy(article, os.path.join(site, "Content"))
    port = free_port()
    log = open(os.path.join(site, "serve.log"), "w", buffering=1)
    started = time.perf_counter()
    server = subprocess.Popen([args.mujaz, "serve", "--root", site, "--port", str(port)], stdout=log, stderr=log)
    try:
        while True:
            if server.poll() is not None:
                raise RuntimeError("mujaz serve exited; see " + log.name)
            with open(log.name) as text:
                if "built the site" in text.read():
                    break
            time.sleep(0.05)
        print(f"{len(articles)} articles; first build and serve ready in {time.perf_counter() - started:.1f} s")
        if args.requests:
            time_home_page(port, args.requests)
        stream = ReloadStream(port)

        edited = [os.path.join(site, "Content", os.path.basename(path)) for path in articles]
        originals = {path: open(path, encoding="utf-8").read() for path in edited}
        warm = timed_save(stream, edited[0], originals[edited[0]] + "\nتحديث أول.\n")
        rss_before = rss_kib(server.pid)
        saves = []
        for round in range(args.edits):
            path = edited[(round * 7) % len(edited)]
            saves.append(timed_save(stream, path, edit(originals[path], args.edit, round)))
            if (round + 1) % 25 == 0:
                print(f"  RSS after {round + 1} edits: {rss_kib(server.pid) / 1024:.1f} MiB", flush=True)
        rss_after = rss_kib(server.pid)
        print(f"warm-up article save: {warm:.1f} ms")
        describe("article save -> reload", saves)
        print(f"RSS before {args.edits} edits: {rss_before / 1024:.1f} MiB; after: {rss_after / 1024:.1f} MiB")

        template = os.path.join(site, "Templates", "article.mustache")
        original_template = open(template, encoding="utf-8").read()
        template_saves = [timed_save(stream, template, original_template + f"\n<!-- تعديل {round} -->\n")
                          for round in range(args.template_edits)]
        describe("template save -> reload", template_saves)
        # What the preview adds on top of the engine: watching, debounce, scheduling, the event push.
        engine = build_times(log.name)
        everything = [warm] + saves + template_saves
        if len(engine) == len(everything):
            describe("save -> reload minus the engine's build time", [t - b for t, b in zip(everything, engine)])
            describe("engine build time per article save", engine[1:1 + len(saves)])
    finally:
        stopping = time.perf_counter()
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=5)
            print(f"shutdown after SIGINT: {(time.perf_counter() - stopping) * 1000:.0f} ms, exit code {server.returncode}")
        except subprocess.TimeoutExpired:
            server.kill()
            print("shutdown after SIGINT: did not exit within 5 s", file=sys.stderr)
        log.close()
        if not args.keep:
            shutil.rmtree(site, ignore_errors=True)
        else:
            print("site kept in", site)


if __name__ == "__main__":
    main()
