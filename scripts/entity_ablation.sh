#!/usr/bin/env bash
# Document-level entity score with every rule after the tagger on, then with each rule off in turn
# (MUJAZ_ENTITY_RULES_OFF, see Sources/Enrichment/Entities/EntityRules.swift); with an ANERcorp-style file and
# its scorer, also the token-level main F1 of `mujaz tag --with-rules` (only the rules that add or lengthen spans
# change it).
# usage: scripts/entity_ablation.sh ARTICLES.jsonl GOLD.jsonl SCORER.py [TOKENS.txt NER_SCORER.py] [MUJAZ]
# e.g.   scripts/entity_ablation.sh $EASC/dev.jsonl $EASC/dev-entities.jsonl $EVAL/entity_set_score.py \
#          $ANERCORP/dev.txt $EVAL/ner_score.py
set -euo pipefail
articles=$1 gold=$2 scorer=$3
tokens=${4:-} ner_scorer=${5:-} mujaz=${6:-.build/release/mujaz}
if [[ $# -eq 4 ]]; then tokens="" mujaz=$4; fi
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
score() {
  local row
  row=$(MUJAZ_ENTITY_RULES_OFF=$1 python3 "$(dirname "$0")/entity_eval.py" "$articles" --gold "$gold" --scorer "$scorer" \
    --site "$site/site" --mujaz "$mujaz" 2>/dev/null |
    awk -v rule="${1:-none}" '/^ALL/ {f1=$7; p=$3; r=$5} /^site: [0-9]/ {junk=$8} END {printf "| %s | %s | %s | %s | %s |", rule, p, r, f1, junk}')
  if [[ -n $tokens ]]; then
    MUJAZ_ENTITY_RULES_OFF=$1 "$mujaz" tag --with-rules "$tokens" > "$site/tags.txt"
    row+=" $(python3 "$ner_scorer" "$tokens" "$site/tags.txt" | awk '/^F1 / {print $2}') |"
  fi
  echo "$row"
}
if [[ -n $tokens ]]; then
  echo "| rule off | P | R | F1 | junk pages | token main F1 |"
  echo "|---|---:|---:|---:|---:|---:|"
else
  echo "| rule off | P | R | F1 | junk pages |"
  echo "|---|---:|---:|---:|---:|"
fi
score ""
# Every rule EntityRules names, in its order.
for rule in $(grep -oE '\("[A-Za-z]+", \.' "$(dirname "$0")/../Sources/Enrichment/Entities/EntityRules.swift" | cut -d'"' -f2); do
  score "$rule"
done
