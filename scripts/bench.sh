#!/usr/bin/env bash
# Side-by-side benchmark of Mujaz and Hugo (issue 6). Not a test: run it by hand on a quiet machine.
# usage: scripts/bench.sh N [N...]          e.g. scripts/bench.sh 1000 10000
#   env: RUNS (default 5)  WORK (default /tmp/mujaz-bench; corpora and sites go there)
#        MUJAZ (a release binary; default: build one with `swift build -c release --scratch-path $SCRATCH`)
#        SCRATCH (default .build)
# Each round alternates the tools: Hugo cold, Mujaz (a) cold on the .md files, (c) warm rebuild with nothing
# changed, (d) warm rebuild after editing one article, (b) cold full pipeline from the raw .txt files.
# Cold runs start with no Public/, no .mujaz/ and, for (b), no imported .md; the previous run's output is moved
# aside into $WORK/discarded and deleted only after the last round (see `discard`). Wall time is measured in
# milliseconds around `/usr/bin/time -f "%U %S %M"`, which gives CPU time and peak memory; each timed run starts
# after a `sync`.
# Prints one Markdown table per N: medians, with min-max of wall time.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
RUNS=${RUNS:-5}
WORK=${WORK:-/tmp/mujaz-bench}
SCRATCH=${SCRATCH:-.build}
[ "$#" -ge 1 ] || { echo "usage: scripts/bench.sh N [N...]" >&2; exit 2; }
command -v hugo >/dev/null || { echo "bench: hugo is missing (apt-get install -y hugo)" >&2; exit 1; }
[ -d "$SHARED/bench" ] || { echo "bench: $SHARED/bench is missing (the shared benchmark material)" >&2; exit 1; }

if [ -z "${MUJAZ:-}" ]; then
  (cd "$REPO" && swift build -c release --product mujaz --scratch-path "$SCRATCH" >&2)
  MUJAZ=$(cd "$REPO" && swift build -c release --product mujaz --scratch-path "$SCRATCH" --show-bin-path)/mujaz
fi
mkdir -p "$WORK"

# measure LABEL LOG CMD... — one timed run; appends "wall_s cpu_s peak_kb pages" to $RESULTS/LABEL.
# The data the previous runs wrote is flushed first (`sync`), so that no run shares the two cores with the
# kernel writing back another run's output.
measure() {
  local label=$1 log=$2; shift 2
  local start end
  sync
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S %M" -o "$RESULTS/time.one" "$@" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
  end=$(date +%s%N)
  read -r user system peak < <(tail -n 1 "$RESULTS/time.one")
  echo "$(( (end - start) / 1000000 ))" "$user" "$system" "$peak" >>"$RESULTS/$label.raw"
}

# pages LABEL COUNT — records the pages written by the run just measured.
pages() { echo "$2" >>"$RESULTS/$1.pages"; }
html_files() { find "$1" -type f -name '*.html' | wc -l; }
# The count from Mujaz's summary line ("… N pages written in …").
written_by_mujaz() { grep -oE '[0-9]+ pages written' "$1" | tail -n 1 | cut -d' ' -f1; }

# discard PATH... — moves old output out of the way instead of deleting it. On an ext4 without a journal (as
# here) the kernel will not reuse an inode for 60 s after its deletion (300 s while its inode table block is
# unwritten: `recently_deleted` in fs/ext4/ialloc.c) and checks every such inode again on each file creation,
# so a cold run right after an `rm -rf` of tens of thousands of files spends most of its time in the kernel,
# more with every round, whichever tool runs. Deleted at the end, outside the timed runs.
# The same rule would slow the next benchmark down if it started right after this one's deletions: the end time
# of the last deletion is kept, and a run started within 300 s of it first waits for the rest.
DISCARDED=$WORK/discarded DELETED_AT=$WORK/discarded-deleted-at
discard() {
  local path
  mkdir -p "$DISCARDED"
  for path in "$@"; do
    if [ -e "$path" ]; then mv "$path" "$(mktemp -d "$DISCARDED/XXXXXX")/"; fi
  done
}
delete_discarded() { if [ -e "$DISCARDED" ]; then rm -rf "$DISCARDED"; date +%s >"$DELETED_AT"; fi; }
delete_discarded
trap delete_discarded EXIT
if [ -f "$DELETED_AT" ]; then
  wait_s=$(( $(cat "$DELETED_AT") + 300 - $(date +%s) ))
  if [ "$wait_s" -gt 0 ]; then
    echo "bench: waiting ${wait_s} s until the files deleted at the end of the last run no longer slow file creation" >&2
    sleep "$wait_s"
  fi
fi

# The reference Hugo site lists 20 articles per page (`paginate = 20` in its hugo.toml); the Mujaz sites are set
# the same, so that both write the same listing pages.
ITEMS_PER_PAGE=$(sed -n 's/^paginate *= *\([0-9]*\).*/\1/p' "$SHARED/bench/hugo-site/hugo.toml")
fresh_site() {  # fresh_site DIR — a scaffolded Mujaz site with an empty Content/, paginated as the Hugo site
  discard "$1"
  "$MUJAZ" init "$1" >/dev/null
  sed -i "s/^items_per_page: .*/items_per_page: ${ITEMS_PER_PAGE:?the Hugo site sets no paginate}/" "$1/mujaz.yml"
  discard "$1/Content" && mkdir -p "$1/Content"
}

for N in "$@"; do
  CORPUS=$WORK/corpus-$N
  if [ ! -f "$CORPUS/corpus.json" ] || ! grep -q "\"n\": $N," "$CORPUS/corpus.json"; then
    rm -rf "$CORPUS"
    python3 "$SHARED/bench/gen_corpus.py" --n "$N" --seed 1 --source "$SHARED/bench/source/cairo-talks.txt" \
      --source "$SHARED/data/easc/dev.jsonl" --out "$CORPUS" >&2
  fi
  RESULTS=$WORK/results-$N
  rm -rf "$RESULTS" && mkdir -p "$RESULTS"

  # Hugo reads the corpus through a symlink as section "news", on a copy of the reference site.
  HUGO_SITE=$WORK/hugo-site-$N HUGO_OUT=$WORK/hugo-out-$N
  rm -rf "$HUGO_SITE" && cp -r "$SHARED/bench/hugo-site" "$HUGO_SITE"
  mkdir -p "$CORPUS/hugo-content" && ln -sfn ../content "$CORPUS/hugo-content/news"

  SITE_MD=$WORK/site-md-$N SITE_RAW=$WORK/site-raw-$N
  fresh_site "$SITE_MD" && cp "$CORPUS"/content/*.md "$SITE_MD/Content/"
  fresh_site "$SITE_RAW"
  ARTICLES=("$SITE_MD"/Content/*.md)
  EDITED=$(basename "${ARTICLES[0]}")

  for round in $(seq 1 "$RUNS"); do
    echo "N=$N round $round/$RUNS" >&2
    discard "$HUGO_OUT"
    measure hugo "$RESULTS/hugo.log" hugo --quiet --minify=false -s "$HUGO_SITE" --contentDir "$CORPUS/hugo-content" -d "$HUGO_OUT"
    pages hugo "$(html_files "$HUGO_OUT")"

    discard "$SITE_MD/Public" "$SITE_MD/.mujaz"
    measure a-cold-md "$RESULTS/a.log" "$MUJAZ" build --root "$SITE_MD"
    pages a-cold-md "$(html_files "$SITE_MD/Public")"

    measure c-warm-unchanged "$RESULTS/c.log" "$MUJAZ" build --root "$SITE_MD"
    pages c-warm-unchanged "$(written_by_mujaz "$RESULTS/c.log")"

    printf '\nفقرة أضافها المحرر في الجولة %s.\n' "$round" >>"$SITE_MD/Content/$EDITED"
    measure d-warm-one-edit "$RESULTS/d.log" "$MUJAZ" build --root "$SITE_MD"
    pages d-warm-one-edit "$(written_by_mujaz "$RESULTS/d.log")"
    cp "$CORPUS/content/$EDITED" "$SITE_MD/Content/$EDITED"

    discard "$SITE_RAW/Public" "$SITE_RAW/.mujaz" "$SITE_RAW/Content" && mkdir -p "$SITE_RAW/Content"
    cp "$CORPUS"/raw/*.txt "$SITE_RAW/Content/"
    measure b-cold-raw "$RESULTS/b.log" "$MUJAZ" build --root "$SITE_RAW"
    pages b-cold-raw "$(html_files "$SITE_RAW/Public")"
  done

  python3 - "$RESULTS" "$N" <<'PY'
import statistics, sys, pathlib
results, n = pathlib.Path(sys.argv[1]), sys.argv[2]
def rows(label):
    runs = [line.split() for line in (results / f"{label}.raw").read_text().split("\n") if line]
    pages = [int(p) for p in (results / f"{label}.pages").read_text().split() if p]
    walls = [int(r[0]) / 1000 for r in runs]
    return dict(runs=len(runs), walls=walls, wall=statistics.median(walls), low=min(walls), high=max(walls),
                cpu=statistics.median(float(r[1]) + float(r[2]) for r in runs),
                peak=statistics.median(int(r[3]) for r in runs) / 1024, pages=statistics.median(pages))
hugo = rows("hugo")
print(f"\nN = {n}, median of {hugo['runs']} runs each\n")
# The last column pairs each run with Hugo's run of the same round, so a machine that slows down for a few
# rounds moves both sides of each ratio.
print("| case | wall s (min–max) | CPU s | peak MB | pages written | wall vs Hugo | same round (median) |")
print("|---|---:|---:|---:|---:|---:|---:|")
for label, name in [("hugo", "Hugo, cold, .md"), ("a-cold-md", "(a) Mujaz cold, .md"),
                    ("b-cold-raw", "(b) Mujaz cold, raw .txt, full pipeline"),
                    ("c-warm-unchanged", "(c) Mujaz warm, nothing changed"),
                    ("d-warm-one-edit", "(d) Mujaz warm, one article edited")]:
    r = rows(label)
    paired = statistics.median(mine / theirs for mine, theirs in zip(r["walls"], hugo["walls"]))
    print(f"| {name} | {r['wall']:.3f} ({r['low']:.3f}–{r['high']:.3f}) | {r['cpu']:.2f} | {r['peak']:.0f} "
          f"| {r['pages']:.0f} | {r['wall'] / hugo['wall']:.3f}× | {paired:.3f}× |")
PY
done
