#!/usr/bin/env python3
"""search_budget.py - what a search costs a reader on a built site, measured in headless Chromium.

Usage:
    python3 scripts/search_budget.py PUBLIC_DIR [QUERY ...]

For each query (default: a few names and words of news), on a fresh page with the HTTP cache disabled:
the bytes the query fetched from the index (encoded body sizes of search/data/ files, as served without
compression), the number of index files, and the time window.mujazSearch takes when its files are already
fetched (ranking and records only; the best of three). Also prints the index's size against the HTML's.
Needs Debian's chromium + chromedriver and selenium (see /work/shared/tools/install_web_tools.sh).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from search_eval import Browser  # noqa: E402

QUERIES = ["ترامب", "غزة", "بالقاهرة", "الأمم المتحدة", "وزير الخارجية", "اسرائيل", "الاقتصاد المصري", "مجلس الأمن الدولي"]

MEASURE = """
const done = arguments[arguments.length - 1];
const query = arguments[0];
window.mujazSearch(query).then(async first => {
  const files = performance.getEntriesByType('resource').filter(e => e.name.includes('/search/data/'));
  const bytes = files.reduce((sum, e) => sum + e.encodedBodySize, 0);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    await window.mujazSearch(query);
    best = Math.min(best, performance.now() - start);
  }
  done({results: first.length, files: files.length, bytes: bytes, ms: best});
}).catch(e => done({error: String(e)}));
"""


def folder_bytes(folder, suffix=None):
    total = 0
    for base, _, names in os.walk(folder):
        for name in names:
            if suffix is None or name.endswith(suffix):
                total += os.path.getsize(os.path.join(base, name))
    return total


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    public = sys.argv[1]
    queries = sys.argv[2:] or QUERIES
    index = folder_bytes(os.path.join(public, "search", "data"))
    html = folder_bytes(public, ".html")
    print("index %.1f MB, HTML %.1f MB: %.1f %%" % (index / 1e6, html / 1e6, 100 * index / html))
    browser = Browser(public)
    try:
        browser.driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        print("| query | results | index files | KB fetched | ms with files fetched |")
        print("|---|---:|---:|---:|---:|")
        for query in queries:
            browser.driver.get("http://127.0.0.1:%d/" % browser.port)
            row = browser.run(MEASURE, query)
            print("| %s | %d | %d | %.1f | %.1f |" % (query, row["results"], row["files"], row["bytes"] / 1024, row["ms"]))
    finally:
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
