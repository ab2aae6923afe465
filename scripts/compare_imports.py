#!/usr/bin/env python3
"""Compares two folders of articles imported by Mujaz from the same texts in different shapes.

usage: scripts/compare_imports.py EXPECTED_DIR ACTUAL_DIR

For each NAME.md of EXPECTED_DIR, the NAME.md of ACTUAL_DIR must have the same title, summary, people,
organizations and places (their YAML lines, as Mujaz writes them) and the same paragraphs (the body's blocks
between blank lines, each one's lines joined by spaces). Prints one count per property and each difference;
exits 1 if any.
Standard library only.
"""
import os
import sys

FIELDS = ["title", "summary", "people", "organizations", "places"]


def read(path):
    """Front-matter lines by top-level key, and the body's paragraphs."""
    text = open(path, encoding="utf-8").read()
    _, front, body = text.split("---\n", 2)
    fields, key = {}, None
    for line in front.splitlines():
        if line and not line[0].isspace() and not line.startswith("- "):
            key = line.split(":", 1)[0]
            fields[key] = [line]
        elif key:
            fields[key].append(line)
    paragraphs = [" ".join(block.split("\n")) for block in body.strip("\n").split("\n\n") if block.strip()]
    return fields, paragraphs


def main():
    expected_dir, actual_dir = sys.argv[1:3]
    names = sorted(n for n in os.listdir(expected_dir) if n.endswith(".md"))
    same = {name: 0 for name in FIELDS + ["paragraphs"]}
    differences = 0
    for name in names:
        actual_path = os.path.join(actual_dir, name)
        if not os.path.exists(actual_path):
            print(f"{name}: not imported from {actual_dir}")
            differences += 1
            continue
        expected, expected_paragraphs = read(os.path.join(expected_dir, name))
        actual, actual_paragraphs = read(actual_path)
        for field in FIELDS:
            if expected.get(field) == actual.get(field):
                same[field] += 1
            else:
                differences += 1
                print(f"{name}: {field} differs:\n  {expected.get(field)}\n  {actual.get(field)}")
        if expected_paragraphs == actual_paragraphs:
            same["paragraphs"] += 1
        else:
            differences += 1
            print(f"{name}: paragraphs differ ({len(expected_paragraphs)} expected, {len(actual_paragraphs)} imported)")
    print(" ".join(f"{key} {count}/{len(names)}" for key, count in same.items()))
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
