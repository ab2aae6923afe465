#!/usr/bin/env python3
"""Writes JSON Lines articles as raw .txt files, hard-wrapped as an e-paper or a PDF copy has them.

usage: scripts/wrap_articles.py ARTICLES.jsonl OUTDIR [--width 75] [--blank-lines]

Each article ({"id", "title"?, "text"}) becomes OUTDIR/ID.txt: its title line (when it has one), a blank line,
and its paragraphs (blank lines between them), each wrapped greedily at WIDTH characters, never mid-word.
--blank-lines puts a blank line between the wrapped lines too, as some copies have them. --width 0 leaves the
paragraphs unwrapped: the same articles as a newsroom would drop them in, to compare with.
Standard library only.
"""
import argparse
import json
import os
import re
import textwrap


def paragraphs(text):
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def raw_text(article, width, blank_lines):
    line_break = "\n\n" if blank_lines else "\n"
    blocks = []
    for paragraph in paragraphs(article["text"]):
        lines = textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False) if width else [paragraph]
        blocks.append(line_break.join(lines))
    title = (article.get("title") or "").strip()
    return "\n\n".join(([title] if title else []) + blocks) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles")
    parser.add_argument("outdir")
    parser.add_argument("--width", type=int, default=75)
    parser.add_argument("--blank-lines", action="store_true")
    args = parser.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    count = 0
    with open(args.articles, encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            article = json.loads(line)
            with open(os.path.join(args.outdir, f"{article['id']}.txt"), "w", encoding="utf-8") as out:
                out.write(raw_text(article, args.width, args.blank_lines))
            count += 1
    print(f"{count} articles written to {args.outdir}")


if __name__ == "__main__":
    main()
