#!/usr/bin/env python3
"""Generate Sources/Enrichment/Resources/word-frequencies.tsv: how often Arabic words occur in general text,
which the entity rules read to tell names from common words (a common noun or adjective is written both with
and without the article, `ديناصور`/`الديناصور`; a name seldom is, `لندن`) and to tell a clitic from a name's own
first letter (`بأوربا` is far rarer than `أوربا`; `غداد` is far rarer than `بغداد`).

Source: wordfreq 3.1.1 (https://github.com/rspeer/wordfreq), its `large_ar` list. Code Apache-2.0; the word
lists are CC BY-SA 4.0 (built from Wikipedia, subtitles, news, books, web text and Twitter; see wordfreq's
README), so the generated file is CC BY-SA 4.0 as well, credited to wordfreq.

Each row is `word<TAB>class`: the word as wordfreq writes it (letters of the Arabic alphabet proper only, three
or more), and its frequency class, wordfreq's bucket: the word's frequency is 10^(-class/100). Words rarer than
10^(-MAX_CLASS/100) are left out. Rows sorted by class, then word. Usage, from the repository root:
    pip install wordfreq==3.1.1 msgpack
    python3 scripts/gen_word_frequencies.py
"""
import gzip
import importlib.util
import pathlib
import re

import msgpack

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "Sources/Enrichment/Resources/word-frequencies.tsv"
ARABIC_WORD = re.compile("^[\u0621-\u063A\u0641-\u064A]{3,}$")
MAX_CLASS = 650


def main():
    # The data file only: importing wordfreq itself would need its tokenizers, which this does not use.
    package = pathlib.Path(importlib.util.find_spec("wordfreq").origin).parent
    table = package / "data/large_ar.msgpack.gz"
    with gzip.open(table) as f:
        header, *buckets = msgpack.load(f, raw=False)
    assert header == {"format": "cB", "version": 1}, header
    rows = [(bucket, word) for bucket, words in enumerate(buckets[:MAX_CLASS + 1])
            for word in words if ARABIC_WORD.match(word)]
    rows.sort()
    OUTPUT.write_text("".join("%s\t%d\n" % (word, bucket) for bucket, word in rows), encoding="utf-8")
    print(OUTPUT.relative_to(ROOT), len(rows), "words")


if __name__ == "__main__":
    main()
