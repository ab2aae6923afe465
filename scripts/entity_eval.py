#!/usr/bin/env python3
"""Builds a site from JSON Lines articles given as raw text, and scores the entities it shows.

usage: scripts/entity_eval.py ARTICLES.jsonl [--gold GOLD.jsonl --scorer entity_set_score.py] [--site DIR]
                              [--mujaz BIN] [--show N]

Each article ({"id", "title", "text"}) becomes SITE/Content/ID.txt: its title line, a blank line, its paragraphs,
as a newsroom would drop it in. `mujaz build` imports and builds the site; `mujaz entities --articles` prints
what the site shows per article (SITE/entities.jsonl), which the scorer compares with the gold.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("articles")
    parser.add_argument("--gold")
    parser.add_argument("--scorer")
    parser.add_argument("--site", help="site folder to (re)create; a temporary one by default")
    parser.add_argument("--mujaz", default=".build/release/mujaz")
    parser.add_argument("--show", default="0")
    args = parser.parse_args()
    mujaz = os.path.abspath(args.mujaz)
    site = args.site or tempfile.mkdtemp(prefix="mujaz-entity-eval-")
    if os.path.exists(site):
        shutil.rmtree(site)
    subprocess.run([mujaz, "init", site], check=True, stdout=subprocess.DEVNULL)
    content = os.path.join(site, "Content")
    for name in os.listdir(content):
        path = os.path.join(content, name)
        if os.path.isfile(path) and name != "entities.yml":
            os.remove(path)
    with open(args.articles, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            article = json.loads(line)
            with open(os.path.join(content, article["id"] + ".txt"), "w", encoding="utf-8") as out:
                out.write(article.get("title", "").strip() + "\n\n" + article["text"].strip() + "\n")
    subprocess.run([mujaz, "build", "--root", site], check=True, stdout=subprocess.DEVNULL)
    predictions = os.path.join(site, "entities.jsonl")
    with open(predictions, "w", encoding="utf-8") as out:
        subprocess.run([mujaz, "entities", "--root", site, "--articles"], check=True, stdout=out)
    print("site: %s\npredictions: %s" % (site, predictions), file=sys.stderr)
    if args.gold and args.scorer:
        sys.exit(subprocess.run([sys.executable, args.scorer, args.gold, predictions, "--show", args.show]).returncode)


if __name__ == "__main__":
    main()
