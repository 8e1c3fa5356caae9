#!/bin/bash
# corpus200.sh CORPUS.jsonl.gz KHABAR [ARG...]
# The producer of the corpus round trips: khabar on the first 200 articles of
# the shared corpus (real Arabic news), with ARG... (the -o FILE options the
# check asks for) appended.
set -euo pipefail
corpus=${1:?usage: corpus200.sh CORPUS.jsonl.gz KHABAR [ARG...]}
khabar=${2:?}
shift 2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# head closes the pipe early; zcat's SIGPIPE is expected
{ zcat "$corpus" || true; } | head -n 200 > "$tmp/corpus200.jsonl"
"$khabar" build "$tmp/corpus200.jsonl" -q "$@"
