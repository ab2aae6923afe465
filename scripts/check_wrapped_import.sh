#!/usr/bin/env bash
# Imports JSON Lines articles three times — as dropped in, hard-wrapped at WIDTH with single newlines, and
# hard-wrapped with blank lines between the wrapped lines — and checks that the wrapped texts import to the
# same titles, paragraphs, summaries and entities (scripts/compare_imports.py).
# usage: scripts/check_wrapped_import.sh ARTICLES.jsonl [WIDTH] [MUJAZ]
# e.g.   scripts/check_wrapped_import.sh ../shared/data/easc/dev.jsonl 75 .build/release/mujaz
set -euo pipefail
articles=$1 width=${2:-75} mujaz=${3:-.build/release/mujaz}
scripts=$(dirname "$0")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
import() {
  mkdir -p "$work/$1/Content"
  python3 "$scripts/wrap_articles.py" "$articles" "$work/$1/Content" "${@:2}" >/dev/null
  "$mujaz" import --root "$work/$1" --date 2025-01-01 >/dev/null 2>"$work/$1.log" || { cat "$work/$1.log"; exit 1; }
}
import plain --width 0
import wrapped --width "$width"
import blank-lines --width "$width" --blank-lines
status=0
echo "hard-wrapped at $width, single newlines:"
python3 "$scripts/compare_imports.py" "$work/plain/Content" "$work/wrapped/Content" || status=1
echo "hard-wrapped at $width, blank lines between wrapped lines:"
python3 "$scripts/compare_imports.py" "$work/plain/Content" "$work/blank-lines/Content" || status=1
exit $status
