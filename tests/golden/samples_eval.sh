#!/bin/bash
# samples_eval.sh KHABAR SOURCE_DIR SET
# Runs khabar on every article of a sample set and scores the graphs with
# `khabar eval`; fails when entity or relation F1 falls below the committed
# baseline (baseline.tsv). SET: samples (the development articles and the
# reference article), heldout (samples/heldout), reference (the reference
# article alone).
set -euo pipefail
khabar=${1:?usage: samples_eval.sh KHABAR SOURCE_DIR SET}
src=${2:?}; set_name=${3:?}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
case "$set_name" in
  samples)   gold="$src/samples"; arts="$src/samples" ;;
  heldout)   gold="$src/samples/heldout"; arts="$src/samples/heldout" ;;
  reference) mkdir -p "$tmp/ref"; cp "$src/samples/ar-lmc-chiang-mai.json" "$tmp/ref/"
             gold="$tmp/ref"; arts="$src/samples" ;;
  *) echo "unknown set $set_name"; exit 2 ;;
esac
read -r ent rel < <(awk -F'\t' -v s="$set_name" '$1 == s {print $2, $3}' "$src/tests/golden/baseline.tsv")
[ -n "${ent:-}" ] || { echo "no baseline for $set_name"; exit 2; }
mkdir -p "$tmp/out"
for txt in "$arts"/*.txt; do
  id=$(basename "$txt" .txt)
  [ -f "$gold/$id.json" ] || continue
  date=$(sed -n 's/.*"date": *"\([0-9-]*\)".*/\1/p' "$gold/$id.json" | head -1)
  "$khabar" build "$txt" ${date:+--date "$date"} --lang ar -q -o "$tmp/out/$id.nt"
done
echo "baseline for $set_name: entity F1 >= $ent, relation F1 >= $rel"
"$khabar" eval --gold "$gold" "$tmp/out" --ontology "$src/ontology/khabar.ttl" \
  --min-entity-f1 "$ent" --min-relation-f1 "$rel"
