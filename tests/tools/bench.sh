#!/bin/bash
# bench.sh KHABAR CORPUS.jsonl.gz [RUNS]
# khabar over a corpus of real news: articles/s, words/s per core, MB/s and
# peak memory, as medians of RUNS runs, for (1) ICU segmentation alone,
# (2) extraction without export, (3) extraction plus N-Triples and GraphML
# export. khabar is single-threaded, so per-core figures are the figures.
set -euo pipefail
khabar=${1:?usage: bench.sh KHABAR CORPUS.jsonl.gz [RUNS]}
corpus=${2:?}; runs=${3:-5}
if [ ! -f "$corpus" ]; then echo "SKIP: corpus $corpus not found"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
zcat "$corpus" > "$tmp/corpus.jsonl"
bytes=$(stat -c %s "$tmp/corpus.jsonl")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/{print $2}') GiB"
echo "corpus:  $corpus ($(wc -l < "$tmp/corpus.jsonl") lines, $((bytes / 1000000)) MB of JSONL)"

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

bench() {  # bench NAME ARGS...
  local name=$1; shift
  : > "$tmp/times"
  local summary=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$tmp/t" "$khabar" build "$tmp/corpus.jsonl" "$@" 2> "$tmp/err" >/dev/null || true
    cat "$tmp/t" >> "$tmp/times"
    summary=$(grep '^khabar: [0-9]* article' "$tmp/err" | tail -1)
  done
  local secs mem articles words
  secs=$(cut -d' ' -f1 "$tmp/times" | median)
  mem=$(cut -d' ' -f2 "$tmp/times" | median)
  articles=$(echo "$summary" | sed -n 's/^khabar: \([0-9]*\) article.*/\1/p')
  words=$(echo "$summary" | sed -n 's/.*(\([0-9]*\) words).*/\1/p')
  awk -v n="$name" -v s="$secs" -v m="$mem" -v a="$articles" -v w="$words" -v b="$bytes" -v r="$runs" 'BEGIN {
    printf "%-28s median of %d: %7.2f s  %8.0f articles/s  %9.0f words/s/core  %6.2f MB/s  peak %5.0f MiB\n",
           n, r, s, a / s, w / s, b / s / 1e6, m / 1024 }'
}

bench "ICU segmentation alone" --stage tokenize --no-output
bench "extraction" --no-output
bench "extraction + export" -o "$tmp/out.nt" -o "$tmp/out.graphml"
