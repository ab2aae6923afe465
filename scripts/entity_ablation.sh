#!/usr/bin/env bash
# Document-level entity score with every rule after the tagger on, then with each rule off in turn
# (MUJAZ_ENTITY_RULES_OFF, see Sources/Enrichment/Entities/EntityRules.swift).
# usage: scripts/entity_ablation.sh ARTICLES.jsonl GOLD.jsonl SCORER.py [MUJAZ]
# e.g.   scripts/entity_ablation.sh $EASC/dev.jsonl $EASC/dev-entities.jsonl $EVAL/entity_set_score.py
set -euo pipefail
articles=$1 gold=$2 scorer=$3 mujaz=${4:-.build/release/mujaz}
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
score() {
  MUJAZ_ENTITY_RULES_OFF=$1 python3 "$(dirname "$0")/entity_eval.py" "$articles" --gold "$gold" --scorer "$scorer" \
    --site "$site/site" --mujaz "$mujaz" 2>/dev/null |
    awk -v rule="${1:-none}" '/^ALL/ {f1=$7; p=$3; r=$5} /^site: [0-9]/ {junk=$8} END {printf "| %s | %s | %s | %s | %s |\n", rule, p, r, f1, junk}'
}
echo "| rule off | P | R | F1 | junk pages |"
echo "|---|---:|---:|---:|---:|"
score ""
# Every rule EntityRules names, in its order.
for rule in $(grep -oE '\("[A-Za-z]+", \.' "$(dirname "$0")/../Sources/Enrichment/Entities/EntityRules.swift" | cut -d'"' -f2); do
  score "$rule"
done
