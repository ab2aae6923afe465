#!/usr/bin/env bash
# Faults in the build, run against a release binary (not a test: it kills processes and mounts file systems).
# usage: scripts/fault_suite.sh [MUJAZ] [TRIALS]     (as root: the disk-full and read-only cases mount a tmpfs)
#
#   kill -9 at a random point of `mujaz build` (a full build, and the rebuild of one edited article), `mujaz import`
#     and `mujaz enrich` (TRIALS each, default 30): the next run gives files byte-identical to a clean run;
#   1,600 editors' saves during four `mujaz enrich` runs over 400 articles: none is lost;
#   a full disk and a read-only output folder: the build fails and Public/ is unchanged;
#   an unreadable article (run as nobody) and a missing Content/: the build fails, naming it, Public/ unchanged.
# Prints one line per case and exits non-zero if any case fails.
set -uo pipefail
mujaz=$(realpath "${1:-.build/release/mujaz}")
trials=${2:-30}
work=$(mktemp -d /tmp/mujaz-faults-XXXXXX)
chmod 755 "$work"
trap 'umount "$work/full" "$work/readonly" 2>/dev/null; rm -rf "$work"' EXIT
failed=0
report() { # name, ok(0/1), detail
  if [[ $2 == 0 ]]; then echo "ok    $1 $3"; else echo "FAIL  $1 $3"; failed=1; fi
}

# A site of 300 articles (Markdown) and 60 raw texts, made from the sample article with other titles and dates.
make_site() { # folder, with raw texts (yes/no)
  "$mujaz" init "$1" > /dev/null
  python3 - "$1" "$2" <<'EOF'
import os, sys
site, raw = sys.argv[1], sys.argv[2] == "yes"
body = ("تستضيف القاهرة جولة جديدة من المفاوضات بين وفدي حماس وإسرائيل بحضور وسطاء من قطر والولايات المتحدة. "
        "وقال مسؤول مصري إن الجولة قد تستمر ثلاثة أيام. وأكد الرئيس الأمريكي دونالد ترامب دعمه للخطة.\n\n"
        "ووصل وفد حماس برئاسة خليل الحية إلى القاهرة مساء أمس. وينتظر وصول الوفد الإسرائيلي اليوم.\n")
for n in range(300):
    with open(os.path.join(site, "Content", f"a{n:03}.md"), "w", encoding="utf-8") as f:
        f.write(f"---\ntitle: خبر رقم {n}\ndate: 2025-{1 + n % 12:02}-{1 + n % 28:02}T{n % 24:02}:00:00Z\n"
                f"people: [دونالد ترامب, خليل الحية]\nplaces: [القاهرة, غزة]\n---\n\n{body}")
if raw:
    for n in range(60):
        with open(os.path.join(site, "Content", f"raw{n:02}.txt"), "w", encoding="utf-8") as f:
            f.write(f"القاهرة - {1 + n % 28} ديسمبر 2026 - خبر خام رقم {n}. {body}")
EOF
}

same_tree() { diff -r --exclude=.mujaz "$1" "$2" > /dev/null; }

# Runs `mujaz ARGS` in SITE and kills it with -9 after a random part of DURATION seconds.
kill_at_random() { # duration, site, args...
  local duration=$1 site=$2; shift 2
  (cd "$site" && exec "$mujaz" "$@" > /dev/null 2>&1) &
  local pid=$!
  sleep "$(python3 -c "import random; print(round(random.uniform(0, $duration), 3))")"
  kill -9 "$pid" 2> /dev/null
  wait "$pid" 2> /dev/null
}

seconds() { # command... → its wall time in seconds
  local start=$(date +%s.%N); "$@" > /dev/null 2>&1; python3 -c "print(max(0.05, $(date +%s.%N) - $start))"
}

# killed_builds LABEL SITE REFERENCE — TRIALS copies of SITE, each built and killed at a random point, then built
# again: each must give the Public/ of REFERENCE, a copy of SITE built without a kill. `prepare_trial`, when set,
# runs on each copy first.
killed_builds() {
  local label=$1 site=$2 reference=$3 duration broken=0
  cp -a "$site" "$reference"
  ${prepare_trial:-true} "$reference"
  duration=$(seconds "$mujaz" build --root "$reference")
  for i in $(seq "$trials"); do
    rm -rf "$work/trial"; cp -a "$site" "$work/trial"
    ${prepare_trial:-true} "$work/trial"
    kill_at_random "$duration" "$work/trial" build --root .
    "$mujaz" build --root "$work/trial" > /dev/null 2>&1 || broken=$((broken + 1))
    same_tree "$work/trial/Public" "$reference/Public" || broken=$((broken + 1))
  done
  report "$label" "$((broken > 0))" "($trials trials within its $(printf %.2f "$duration") s, $broken differ from a clean build)"
}

# kill -9 during build: the next build equals a clean build of the same inputs. Without the build record the
# build is a cold-ish one, so there is work to interrupt.
make_site "$work/clean" no
"$mujaz" build --root "$work/clean" > /dev/null
sed -i 's/خبر رقم 7$/خبر رقم سبعة/' "$work/clean/Content/a007.md"
rm "$work/clean/Content/a100.md"
without_build_record() { rm -rf "$1/.mujaz/build-record"; }
prepare_trial=without_build_record killed_builds "kill -9 during build" "$work/clean" "$work/reference"

# kill -9 during the rebuild of one edited article (the manifest is changed in place): the same.
make_site "$work/edited" no
"$mujaz" build --root "$work/edited" > /dev/null
printf '\nفقرة أضافها المحرر.\n' >> "$work/edited/Content/a050.md"
killed_builds "kill -9 during a one-article rebuild" "$work/edited" "$work/edited-reference"

# kill -9 during import: the next import equals a clean one (the raw texts keep their file times).
make_site "$work/raw" yes
cp -a "$work/raw" "$work/raw-reference"
duration=$(seconds "$mujaz" import --root "$work/raw-reference")
broken=0
for i in $(seq "$trials"); do
  rm -rf "$work/trial"; cp -a "$work/raw" "$work/trial"
  kill_at_random "$duration" "$work/trial" import --root .
  "$mujaz" import --root "$work/trial" > /dev/null 2>&1
  same_tree "$work/trial/Content" "$work/raw-reference/Content" || broken=$((broken + 1))
done
report "kill -9 during import" "$((broken > 0))" "($trials trials within its $(printf %.2f "$duration") s, $broken differ from a clean import)"

# kill -9 during enrich: summaries handed back to Mujaz (field and fingerprint removed) are written again.
cp -a "$work/raw-reference" "$work/enrich"
for file in "$work/enrich"/Content/raw*.md; do sed -i '/^summary: /d; /^    summary: /d' "$file"; done
cp -a "$work/enrich" "$work/enrich-reference"
duration=$(seconds "$mujaz" enrich --root "$work/enrich-reference")
enrich_duration=$duration
written=$(grep -l '^summary: ' "$work/enrich-reference"/Content/raw*.md | wc -l)
broken=0
for i in $(seq "$trials"); do
  rm -rf "$work/trial"; cp -a "$work/enrich" "$work/trial"
  kill_at_random "$duration" "$work/trial" enrich --root .
  "$mujaz" enrich --root "$work/trial" > /dev/null 2>&1
  same_tree "$work/trial/Content" "$work/enrich-reference/Content" || broken=$((broken + 1))
  ls -a "$work/trial/Content" | grep -q '\.enrich-tmp$' && broken=$((broken + 1))
done
report "kill -9 during enrich" "$((broken > 0 || written == 0))" "($trials trials of $written summaries written again, $broken differ from a clean enrich)"

# Editors saving while enrich runs: 400 articles whose summaries enrich writes again, each saved once by an
# "editor" at a random moment of the run (4 runs, 1,600 saves); every save must survive.
mkdir -p "$work/editors"
cp "$work/raw-reference"/mujaz.yml "$work/editors/"
lost=0; saves=0
for run in 1 2 3 4; do
  rm -rf "$work/editors/Content"; mkdir -p "$work/editors/Content"
  for n in $(seq 0 399); do
    source=$(printf "%s/Content/raw%02d.md" "$work/raw-reference" $((n % 60)))
    sed '/^summary: /d; /^    summary: /d' "$source" > "$work/editors/Content/e$n.md"
  done
  python3 - "$work/editors/Content" "$enrich_duration" > "$work/editor-plan" <<'EOF2'
import random, sys
folder, duration = sys.argv[1], float(sys.argv[2]) * 400 / 60
for n in random.sample(range(400), 400):
    print(f"{random.uniform(0, duration):.4f} {folder}/e{n}.md")
EOF2
  ( cd "$work/editors" && exec "$mujaz" enrich --root . > "$work/enrich-out" 2>&1 ) &
  enrich=$!
  python3 - "$work/editor-plan" <<'EOF2'
import sys, time
start = time.time()
for line in sorted(open(sys.argv[1]), key=lambda l: float(l.split()[0])):
    at, path = line.split()
    time.sleep(max(0, float(at) - (time.time() - start)))
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"\nحفظ المحرر {path}\n")
EOF2
  wait "$enrich"
  yielded=$(( ${yielded:-0} + $(grep -c 'saved by someone else' "$work/enrich-out") ))
  for n in $(seq 0 399); do
    saves=$((saves + 1))
    grep -q "حفظ المحرر" "$work/editors/Content/e$n.md" || lost=$((lost + 1))
  done
done
report "saves during enrich" "$((lost > 0))" "($saves saves over 4 runs, $lost lost; enrich gave way to $yielded of them)"

# A full disk: Public/ on a tmpfs with room for the last build but not for a changed one next to it.
if [[ $(id -u) == 0 ]]; then
  cp -a "$work/clean" "$work/disk"; rm -rf "$work/disk/Public" "$work/disk/.mujaz"
  mkdir -p "$work/full"
  size=$(( $(du -sk "$work/reference/Public" | cut -f1) * 13 / 10 ))
  mount -t tmpfs -o size=${size}k tmpfs "$work/full"
  "$mujaz" build --root "$work/disk" --output "$work/full/Public" > /dev/null
  cp -a "$work/full/Public" "$work/before"
  for file in "$work/disk"/Content/a*.md; do sed -i 's/^title: خبر رقم/title: نبأ رقم/' "$file"; done
  "$mujaz" build --root "$work/disk" --output "$work/full/Public" > "$work/out" 2>&1
  status=$?
  same_tree "$work/full/Public" "$work/before"; unchanged=$?
  report "disk full" "$(( status == 0 || unchanged != 0 ))" "(exit $status; $(grep -c 'cannot' "$work/out") files named; Public/ unchanged: $([[ $unchanged == 0 ]] && echo yes || echo no))"
  umount "$work/full"; rm -rf "$work/before"

  # A read-only output folder.
  mkdir -p "$work/readonly"
  mount -t tmpfs tmpfs "$work/readonly"
  "$mujaz" build --root "$work/disk" --output "$work/readonly/Public" > /dev/null
  cp -a "$work/readonly/Public" "$work/before"
  mount -o remount,ro "$work/readonly"
  sed -i 's/^title: نبأ رقم 1$/title: نبأ واحد/' "$work/disk/Content/a001.md"
  "$mujaz" build --root "$work/disk" --output "$work/readonly/Public" > "$work/out" 2>&1
  status=$?
  same_tree "$work/readonly/Public" "$work/before"; unchanged=$?
  report "read-only Public/" "$(( status == 0 || unchanged != 0 ))" "(exit $status: $(head -2 "$work/out" | tail -1))"
  umount "$work/readonly"; rm -rf "$work/before"

  # An unreadable article, built by an unprivileged user.
  cp -a "$work/clean" "$work/user"; chown -R nobody "$work/user"
  cp -a "$work/user/Public" "$work/before"
  chmod 000 "$work/user/Content/a042.md"
  runuser -u nobody -- "$mujaz" build --root "$work/user" > "$work/out" 2>&1
  status=$?
  same_tree "$work/user/Public" "$work/before"; unchanged=$?
  named=$(grep -c 'Content/a042.md: cannot read the file (permission denied)' "$work/out")
  report "unreadable article" "$(( status == 0 || unchanged != 0 || named == 0 ))" "(exit $status, named: $named)"
  rm -rf "$work/before"
else
  echo "skip  disk full, read-only Public/, unreadable article: need root (mount, runuser)"
fi

# Content/ gone after a good build.
cp -a "$work/reference" "$work/gone"; rm -rf "$work/gone/Content"
cp -a "$work/gone/Public" "$work/before"
"$mujaz" build --root "$work/gone" > "$work/out" 2>&1
status=$?
same_tree "$work/gone/Public" "$work/before"; unchanged=$?
report "Content/ gone" "$(( status == 0 || unchanged != 0 ))" "(exit $status: $(grep 'Content/' "$work/out" | head -1))"

exit "$failed"
