#!/bin/bash
# bench.sh KHABAR CORPUS.jsonl.gz [RUNS]
# khabar over a corpus of real news: articles/s, words/s per core, MB/s and
# peak memory, as medians of RUNS runs, for (1) ICU segmentation alone,
# (2) extraction without export, (3) extraction plus each export format on
# its own, with what the export adds to the time of extraction alone (the
# figure issue 5's acceptance asks for: under 20%). Extraction is
# single-threaded, so its per-core figures are the figures; the RDF exports
# write the texts of their terms on up to four threads (one per core), so
# for them the wall-clock figure is what a user waits and the CPU figure is
# the work done on all cores together.
#
# The configurations are run in turn, RUNS rounds of all of them, so a
# change in the load of a shared machine falls on every configuration
# alike, and what an export adds is the median over the rounds of
# (extraction + export) / (extraction alone) - 1, each round compared with
# its own extraction run; the load average is printed before and after.
# Both wall-clock and CPU (user + system) seconds are given: on a busy
# machine the CPU figure is the steadier one.
#
# BENCH_FORMATS (space-separated output extensions) picks the exports;
# default: every format.
set -euo pipefail
khabar=${1:?usage: bench.sh KHABAR CORPUS.jsonl.gz [RUNS]}
corpus=${2:?}; runs=${3:-5}
formats=${BENCH_FORMATS:-nt ttl nq trig rdf jsonld graphml gexf neo4j neo4j.tar neo4j.zip mentions.jsonl}
if [ ! -f "$corpus" ]; then echo "SKIP: corpus $corpus not found"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
zcat "$corpus" > "$tmp/corpus.jsonl"
bytes=$(stat -c %s "$tmp/corpus.jsonl")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/{print $2}') GiB"
echo "corpus:  $corpus ($(wc -l < "$tmp/corpus.jsonl") lines, $((bytes / 1000000)) MB of JSONL)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Configurations: a name, then khabar's options ("OUT" stands for the output
# file's name without its extension).
names=("ICU segmentation alone" "extraction")
options=("--stage tokenize --no-output" "--no-output")
for ext in $formats; do
  names+=("extraction + .$ext")
  options+=("-o OUT.$ext")
done

run() {  # run INDEX: one run of configuration INDEX, times appended to $tmp/times.INDEX
  local i=$1 opts
  opts=${options[$i]//OUT/$tmp/out}
  # shellcheck disable=SC2086  # the options are words
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/t" "$khabar" build "$tmp/corpus.jsonl" $opts \
    2> "$tmp/err.$i" >/dev/null || true
  cat "$tmp/t" >> "$tmp/times.$i"
  rm -rf "$tmp"/out.*
}

for _ in $(seq "$runs"); do
  for i in "${!names[@]}"; do run "$i"; done
done

summary=$(grep '^khabar: [0-9]* article' "$tmp/err.1" | tail -1)
articles=$(echo "$summary" | sed -n 's/^khabar: \([0-9]*\) article.*/\1/p')
words=$(echo "$summary" | sed -n 's/.*(\([0-9]*\) words).*/\1/p')
if grep -q "error" "$tmp"/err.*; then
  echo "khabar reported errors:"; grep -h "error" "$tmp"/err.* | sort | uniq -c | head -5
fi
printf '%-30s %-8s %8s %8s %9s %10s %7s %9s  %s\n' "" "" "wall s" "CPU s" "articles/s" \
  "words/s" "MB/s" "peak MiB" "export adds (wall, CPU)"
for i in "${!names[@]}"; do
  wall=$(cut -d' ' -f1 "$tmp/times.$i" | median)
  cpu=$(awk '{print $2 + $3}' "$tmp/times.$i" | median)
  mem=$(cut -d' ' -f4 "$tmp/times.$i" | median)
  pw=0; pc=0
  if [ "$i" -ge 2 ]; then  # per-round ratios to that round's extraction run
    pw=$(paste -d' ' "$tmp/times.1" "$tmp/times.$i" | awk '{print ($5 - $1) * 100 / $1}' | median)
    pc=$(paste -d' ' "$tmp/times.1" "$tmp/times.$i" |
         awk '{print (($6 + $7) - ($2 + $3)) * 100 / ($2 + $3)}' | median)
  fi
  awk -v n="${names[$i]}" -v r="$runs" -v s="$wall" -v c="$cpu" -v m="$mem" -v a="$articles" \
      -v w="$words" -v b="$bytes" -v i="$i" -v pw="$pw" -v pc="$pc" 'BEGIN {
    extra = ""
    if (i >= 2) {
      extra = sprintf("%+6.1f%%, %+6.1f%%%s", pw, pc, (pw < 20 && pc < 20) ? "" : "  (20% or more)")
    }
    printf "%-30s %-8s %8.2f %8.2f %9.0f %10.0f %7.2f %9.0f  %s\n",
           n, "median/" r, s, c, a / s, w / s, b / s / 1e6, m / 1024, extra }'
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
