#!/usr/bin/env python3
"""search_eval.py - relevance of Mujaz's search (and of Pagefind's) on EASC articles built as a site.

Usage:
    python3 scripts/search_eval.py EASC_DIR [--split dev] [--mujaz .build/release/mujaz] [--bodies] [--pagefind] [--json OUT]

Builds EASC_DIR/<split>.jsonl (id, title, text) as raw articles Content/<id>.txt of a fresh site, then asks
queries made from EASC_DIR/<split>-entities.jsonl in headless Chromium (Debian's chromium + chromedriver,
through Selenium; see /work/shared/tools/install_web_tools.sh):
  name     each gold entity's name as written
  clitic   the name with و and with ب prepended (two queries)
  folded   the name with أ/إ/آ→ا, ى→ي, ة→ه (only names this changes)
  family   a person's last word, for names of two words or more
A query's relevant articles are those whose gold lists the entity by name or alias. Reports recall@10 and
MRR@10 over article results (/articles/<id>/) per query kind, for Mujaz (window.mujazSearch) and, with
--pagefind, for Pagefind (`python3 -m pagefind_bin_extended --site` on a copy of the same Public/, searched with
pagefind.search() from /pagefind/pagefind.js). Nothing is fetched from outside the machine.
"""
import argparse
import collections
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"

TOP = 10
KINDS = ["name", "clitic", "folded", "family"]
FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})

MUJAZ_JS = """
const done = arguments[arguments.length - 1];
window.mujazSearch(arguments[0]).then(r => done(r.map(x => x.url))).catch(e => done({error: String(e)}));
"""
PAGEFIND_JS = """
const done = arguments[arguments.length - 1];
(window.__pagefind || (window.__pagefind = import('/pagefind/pagefind.js')))
  .then(pf => pf.search(arguments[0]))
  .then(s => Promise.all(s.results.slice(0, 40).map(r => r.data())))
  .then(d => done(d.map(x => x.url)))
  .catch(e => done({error: String(e)}));
"""


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def make_site(articles, root, bodies):
    os.makedirs(os.path.join(root, "Content"))
    with open(os.path.join(root, "mujaz.yml"), "w", encoding="utf-8") as f:
        f.write("title: تقييم البحث\ndescription: مقالات EASC\nbase_url: http://127.0.0.1/\n")
        f.write("search_bodies: %s\n" % ("true" if bodies else "false"))
    for article in articles:
        with open(os.path.join(root, "Content", article["id"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(article["title"].strip() + "\n\n" + article["text"].strip() + "\n")


def make_queries(gold):
    """(kind, query) -> set of relevant article ids."""
    names = {}  # (type, name) -> relevant ids
    for row in gold:
        for entity in row["entities"]:
            names.setdefault((entity["type"], entity["name"]), set())
    for (kind, name), relevant in names.items():
        for row in gold:
            if any(e["name"] == name or name in e.get("aliases", []) for e in row["entities"]):
                relevant.add(row["id"])
    queries = collections.defaultdict(set)
    for (entity_type, name), relevant in names.items():
        queries[("name", name)] |= relevant
        for clitic in ("و", "ب"):
            queries[("clitic", clitic + name)] |= relevant
        folded = name.translate(FOLDS)
        if folded != name:
            queries[("folded", folded)] |= relevant
        words = name.split()
        if entity_type == "PERS" and len(words) >= 2:
            queries[("family", words[-1])] |= relevant
    return queries


def article_ids(urls):
    ids = []
    for url in urls:
        path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
        parts = [p for p in path.split("/") if p]
        if len(parts) == 2 and parts[0] == "articles" and parts[1] not in ids:
            ids.append(parts[1])
    return ids[:TOP]


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Browser:
    """A static server over `folder` and a headless Chromium on its home page."""

    def __init__(self, folder):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        self.port = free_port()
        self.server = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(self.port), "--bind", "127.0.0.1", "--directory", folder],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        for _ in range(100):
            try:
                opener.open("http://127.0.0.1:%d/" % self.port, timeout=2)
                break
            except Exception:
                time.sleep(0.1)
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=ar",
                         "--no-first-run", "--disable-extensions", "--disable-background-networking"):
            options.add_argument(argument)
        self.driver = webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                                       options=options)
        self.driver.set_script_timeout(60)
        self.driver.get("http://127.0.0.1:%d/" % self.port)

    def run(self, script, query):
        result = self.driver.execute_async_script(script, query)
        if isinstance(result, dict) and "error" in result:
            raise RuntimeError("search failed for %r: %s" % (query, result.get("error")))
        return result

    def close(self):
        self.driver.quit()
        self.server.terminate()
        self.server.wait()


def score(browser, script, queries):
    """kind -> (queries, recall@10, MRR@10)."""
    totals = collections.defaultdict(lambda: [0, 0.0, 0.0])
    for (kind, query), relevant in sorted(queries.items()):
        found = article_ids(browser.run(script, query))
        hits = [rank for rank, article in enumerate(found, 1) if article in relevant]
        for key in (kind, "all"):
            totals[key][0] += 1
            totals[key][1] += len(set(found) & relevant) / len(relevant)
            totals[key][2] += 1 / hits[0] if hits else 0
    return {kind: (n, r / n, m / n) for kind, (n, r, m) in totals.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("easc", help="folder with SPLIT.jsonl and SPLIT-entities.jsonl")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--mujaz", default=".build/release/mujaz", help="the mujaz binary")
    parser.add_argument("--pagefind", action="store_true", help="score Pagefind too (pip install pagefind-bin-extended)")
    parser.add_argument("--bodies", action="store_true", help="build with search_bodies: true (whole texts indexed)")
    parser.add_argument("--keep", help="build the site in this folder (kept) instead of a temporary one")
    parser.add_argument("--json", help="write the scores here")
    args = parser.parse_args()

    articles = read_jsonl(os.path.join(args.easc, args.split + ".jsonl"))
    queries = make_queries(read_jsonl(os.path.join(args.easc, args.split + "-entities.jsonl")))
    queries = {key: relevant for key, relevant in queries.items() if relevant}
    work = args.keep or tempfile.mkdtemp(prefix="mujaz-search-eval-")
    if args.keep and os.path.exists(work):
        shutil.rmtree(work)
    site = os.path.join(work, "site")
    make_site(articles, site, args.bodies)
    started = time.time()
    subprocess.run([os.path.abspath(args.mujaz), "build", "--root", site], check=True, stdout=subprocess.DEVNULL)
    print("built %d articles in %.1f s; %d queries" % (len(articles), time.time() - started, len(queries)))

    engines = {}
    browser = Browser(os.path.join(site, "Public"))
    try:
        engines["Mujaz"] = score(browser, MUJAZ_JS, queries)
    finally:
        browser.close()
    if args.pagefind:
        copy = os.path.join(work, "pagefind-site")
        shutil.copytree(os.path.join(site, "Public"), copy)
        subprocess.run([sys.executable, "-m", "pagefind_bin_extended", "--site", copy], check=True, stdout=subprocess.DEVNULL)
        browser = Browser(copy)
        try:
            engines["Pagefind"] = score(browser, PAGEFIND_JS, queries)
        finally:
            browser.close()

    print("| kind | queries | " + " | ".join("%s R@10 | %s MRR@10" % (e, e) for e in engines) + " |")
    print("|---|---:|" + "---:|---:|" * len(engines))
    for kind in KINDS + ["all"]:
        first = next(iter(engines.values()))
        if kind not in first:
            continue
        cells = ["%.3f | %.3f" % (engines[e][kind][1], engines[e][kind][2]) for e in engines]
        print("| %s | %d | %s |" % (kind, first[kind][0], " | ".join(cells)))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({e: {k: {"queries": v[0], "recall@10": v[1], "mrr@10": v[2]} for k, v in s.items()} for e, s in engines.items()},
                      f, ensure_ascii=False, indent=1)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
