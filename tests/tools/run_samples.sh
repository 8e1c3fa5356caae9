#!/bin/bash
# run_samples.sh KHABAR SAMPLES_DIR OUT_DIR
# Runs khabar on every article of SAMPLES_DIR (and SAMPLES_DIR/heldout),
# with the publication date from its gold file, writing OUT_DIR/<id>.{ttl,nt,
# graphml,jsonld}. Exits non-zero if any run fails.
set -u
khabar=${1:?usage: run_samples.sh KHABAR SAMPLES_DIR OUT_DIR}
samples=${2:?}; out=${3:?}
mkdir -p "$out"
rc=0
for txt in "$samples"/*.txt "$samples"/heldout/*.txt; do
  [ -f "$txt" ] || continue
  id=$(basename "$txt" .txt)
  gold="${txt%.txt}.json"
  date=""
  [ -f "$gold" ] && date=$(sed -n 's/.*"date": *"\([0-9-]*\)".*/\1/p' "$gold" | head -1)
  echo "+ $khabar build $txt ${date:+--date $date} -o $out/$id.{ttl,nt,graphml,jsonld}"
  "$khabar" build "$txt" ${date:+--date "$date"} --lang ar -q \
    -o "$out/$id.ttl" -o "$out/$id.nt" -o "$out/$id.graphml" -o "$out/$id.jsonld" || rc=1
done
exit $rc
