#!/usr/bin/env python3
"""Check that `mujaz import` dates articles by their datelines.

Generates a corpus with SHARED/bench/gen_corpus.py --datelines (the benchmark sources, seed 1), imports its raw
articles into a fresh site and compares each imported article's date with the day of the generator's front-matter
date (the day its dateline states). Prints the counts and the import time; exits 1 when any article is off.

    python3 scripts/check_import_dates.py ../shared [--n 1000] [--mujaz .build/debug/mujaz] [--work DIR]
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

DATE = re.compile(r"^date: *['\"]?([^'\"\n]+)", re.MULTILINE)


def front_matter_date(path):
    with open(path, encoding="utf-8") as fh:
        found = DATE.search(fh.read().split("\n---", 1)[0])
    return found.group(1).strip() if found else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", help="the shared folder that holds bench/gen_corpus.py and data/easc/dev.jsonl")
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--mujaz", default=".build/debug/mujaz", help="the mujaz executable (default .build/debug/mujaz)")
    parser.add_argument("--work", help="folder for the corpus and the site (default: a temporary folder, removed after)")
    args = parser.parse_args()

    work = args.work or tempfile.mkdtemp(prefix="mujaz-dates-")
    corpus, site = os.path.join(work, "corpus"), os.path.join(work, "site")
    try:
        subprocess.run([sys.executable, os.path.join(args.shared, "bench", "gen_corpus.py"), "--n", str(args.n),
                        "--seed", "1", "--datelines", "--out", corpus,
                        "--source", os.path.join(args.shared, "bench", "source", "cairo-talks.txt"),
                        "--source", os.path.join(args.shared, "data", "easc", "dev.jsonl")],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.rmtree(site, ignore_errors=True)
        subprocess.run([args.mujaz, "init", site], check=True, stdout=subprocess.DEVNULL)
        raw = sorted(name for name in os.listdir(os.path.join(corpus, "raw")) if name.endswith(".txt"))
        for name in raw:
            shutil.copy(os.path.join(corpus, "raw", name), os.path.join(site, "Content", name))

        started = time.monotonic()
        result = subprocess.run([args.mujaz, "import", "--root", site], capture_output=True, text=True)
        seconds = time.monotonic() - started
        warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
        errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]

        on_day, off = 0, []
        for name in raw:
            stem = name[:-len(".txt")]
            expected = front_matter_date(os.path.join(corpus, "content", stem + ".md"))
            imported_file = os.path.join(site, "Content", stem + ".md")
            imported = front_matter_date(imported_file) if os.path.exists(imported_file) else None
            if imported and expected and imported[:10] == expected[:10]:
                on_day += 1
            else:
                off.append(f"{stem}: imported {imported}, generator {expected}")

        print(f"{len(raw)} articles imported in {seconds:.2f} s: {on_day} on the generator's day, {len(off)} off, "
              f"{len(warnings)} warnings, {len(errors)} errors")
        for line in (off + warnings + errors)[:20]:
            print("  " + line)
        return 0 if not off and not errors and result.returncode == 0 else 1
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
