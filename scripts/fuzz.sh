#!/usr/bin/env bash
# Builds the fuzz targets of Fuzz/ with libFuzzer and runs each for SECONDS (default 60), one after another, one
# process each, starting from its committed corpus (Fuzz/Corpus/TARGET). Inputs that find new coverage go to a
# scratch folder, $FUZZ_WORK/TARGET/corpus, never into the committed corpus. Exits non-zero when a target crashes,
# hangs (an input over FUZZ_TIMEOUT seconds) or runs out of memory, naming the input that did it.
#
# usage: scripts/fuzz.sh [SECONDS] [TARGET...]
#        TARGET: front-matter raw-import sentences template alias-file config (default: all)
# env:   FUZZ_WORK     scratch folder (default .fuzz)
#        FUZZ_CONFIG   release (default) or debug: debug builds in less time and runs slower
#        FUZZ_TIMEOUT  seconds one input may take (default 10)
#        FUZZ_FLAGS    more libFuzzer flags, e.g. "-max_len=65536"
# A crash is reproduced by running its target on the input: Fuzz/.build/release/FuzzConfig .fuzz/config/artifacts/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2; }
shift $(( $# > 0 ? 1 : 0 ))
all=(front-matter raw-import sentences template alias-file config)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")

product() {
  case $1 in
    front-matter) echo FuzzFrontMatter ;;
    raw-import) echo FuzzRawImport ;;
    sentences) echo FuzzSentences ;;
    template) echo FuzzTemplate ;;
    alias-file) echo FuzzAliasFile ;;
    config) echo FuzzConfig ;;
    *) echo "unknown fuzz target '$1' (expected: ${all[*]})" >&2; exit 2 ;;
  esac
}

dictionary() {
  case $1 in
    front-matter | alias-file | config) echo Fuzz/Dictionaries/yaml.dict ;;
    raw-import | sentences) echo Fuzz/Dictionaries/arabic.dict ;;
    template) echo Fuzz/Dictionaries/mustache.dict ;;
  esac
}

for target in "${targets[@]}"; do product "$target" >/dev/null; done
config=${FUZZ_CONFIG:-release}
work=${FUZZ_WORK:-.fuzz}
build=(swift build --package-path Fuzz -c "$config" --sanitize=fuzzer -Xswiftc -enable-testing -Xswiftc -parse-as-library)
scripts/install-deps.sh
echo "fuzz: building ${targets[*]} ($config)"
# Product by product: a build of everything would link the main package's executables too, with libFuzzer's main.
for target in "${targets[@]}"; do "${build[@]}" --product "$(product "$target")" >&2; done
bin=$("${build[@]}" --show-bin-path)

# The Swift runtime's backtracer would take the crash signal before libFuzzer saves the input.
export SWIFT_BACKTRACE=enable=no
failed=()
for target in "${targets[@]}"; do
  mkdir -p "$work/$target/corpus" "$work/$target/artifacts"
  log=$work/$target/log
  status=0
  # shellcheck disable=SC2086  # FUZZ_FLAGS is a list of flags
  "$bin/$(product "$target")" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
    -dict="$(dictionary "$target")" -artifact_prefix="$work/$target/artifacts/" -print_final_stats=1 ${FUZZ_FLAGS:-} \
    "$work/$target/corpus" "Fuzz/Corpus/$target" >"$log" 2>&1 || status=$?
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  cov=$(sed -En 's/.*cov: ([0-9]+) ft: ([0-9]+) corp: ([0-9]+)\/.*/cov \1, ft \2, corpus \3/p' <<<"$last")
  if ((status == 0)); then
    echo "fuzz: $target: ${seconds} s, ${runs:-?} runs, ${speed:-?} execs/s, ${cov:-?}, 0 crashes"
  else
    failed+=("$target")
    echo "fuzz: $target FAILED (exit $status); log: $log" >&2
    grep -E 'ERROR: libFuzzer|invariant broken|Fatal error|SUMMARY' "$log" | head -5 >&2 || true
    for input in "$work/$target/artifacts"/*; do
      [[ -e $input ]] && echo "fuzz: reproduce: $bin/$(product "$target") $input" >&2
    done
  fi
done
if ((${#failed[@]})); then
  echo "fuzz: failed: ${failed[*]}" >&2
  exit 1
fi
