#!/bin/bash
# eval_agrees.sh KHABAR SOURCE_DIR
# khabar's graphs of every sample, scored by `khabar eval` and by
# ../shared/eval/score.py: the full reports (-v --json) must be the same.
# Exit 77 (skipped) when score.py or rdflib is not there.
set -u
khabar=${1:?usage: eval_agrees.sh KHABAR SOURCE_DIR}
src=${2:?}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$src/tests/tools/run_samples.sh" "$khabar" "$src/samples" "$tmp" >/dev/null || exit 1
mkdir -p "$tmp/nt" && cp "$tmp"/*.nt "$tmp/nt/"
KHABAR="$khabar" "$src/tests/unit/eval/compare_with_score_py.sh" --full "$src/samples" "$tmp/nt"
