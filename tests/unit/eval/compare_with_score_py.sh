#!/bin/bash
# Scores the same graphs with `khabar eval` and with ../shared/eval/score.py
# and compares what they print.
#
#   tests/unit/eval/compare_with_score_py.sh [--full] GOLD GRAPH [ONTOLOGY...]
#
# GOLD and GRAPH are a gold JSON file and its graph, or a folder of gold
# files and a folder of graphs (<id>.nt ...). ONTOLOGY files default to the
# repository's ontology/*.ttl; both scorers get the same ones. Compares the
# TOTAL lines; with --full, the whole report (-v --json).
# The khabar binary is $KHABAR, else build/src/cli/khabar, build/khabar, or
# khabar on the PATH.
# Exit: 0 same, 1 different (or a scorer failed), 2 usage, 77 skipped (no
# /usr/bin/python3, no ../shared/eval/score.py, or no rdflib).
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
score_py="$root/../shared/eval/score.py"
python=/usr/bin/python3

full=0
if [ "${1:-}" = "--full" ]; then full=1; shift; fi
if [ $# -lt 2 ]; then
  echo "usage: $0 [--full] GOLD GRAPH [ONTOLOGY...]" >&2
  exit 2
fi
gold=$1 graph=$2
shift 2

if [ ! -x "$python" ]; then
  echo "SKIP: $python not found; cannot run score.py" >&2
  exit 77
fi
if [ ! -f "$score_py" ]; then
  echo "SKIP: $score_py not found (the shared eval folder is not beside the repository)" >&2
  exit 77
fi
if ! "$python" -c "import rdflib" 2>/dev/null; then
  echo "SKIP: $python has no rdflib (Debian: python3-rdflib)" >&2
  exit 77
fi

khabar=${KHABAR:-}
if [ -z "$khabar" ]; then
  for c in "$root/build/src/cli/khabar" "$root/build/khabar"; do
    if [ -x "$c" ]; then khabar=$c; break; fi
  done
fi
if [ -z "$khabar" ]; then khabar=$(command -v khabar || true); fi
if [ -z "$khabar" ] || [ ! -x "$khabar" ]; then
  echo "error: no khabar binary; build it or set KHABAR=path/to/khabar" >&2
  exit 2
fi

ontology=("$@")
if [ ${#ontology[@]} -eq 0 ]; then
  shopt -s nullglob
  ontology=("$root"/ontology/*.ttl)
  shopt -u nullglob
fi
khabar_onto=()
for f in "${ontology[@]}"; do khabar_onto+=(--ontology "$f"); done
py_onto=()
if [ ${#ontology[@]} -gt 0 ]; then py_onto=(--ontology "${ontology[@]}"); fi

if [ -d "$gold" ]; then
  if [ ! -d "$graph" ]; then echo "error: GOLD is a folder, GRAPH must be one too" >&2; exit 2; fi
  py_args=(--gold-dir "$gold" --graph-dir "$graph")
else
  if [ -d "$graph" ]; then echo "error: GOLD is a file, GRAPH must be one too" >&2; exit 2; fi
  py_args=(--gold "$gold" --graph "$graph")
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$python" "$score_py" "${py_args[@]}" "${py_onto[@]}" -v --json >"$tmp/py.out" 2>"$tmp/py.err"
py_rc=$?
"$khabar" eval --gold "$gold" "$graph" "${khabar_onto[@]}" -v --json >"$tmp/kh.out" 2>"$tmp/kh.err"
kh_rc=$?
if [ $py_rc -ne 0 ]; then
  echo "FAIL: score.py exited $py_rc:" >&2; cat "$tmp/py.err" >&2; exit 1
fi
if [ $kh_rc -ne 0 ]; then
  echo "FAIL: khabar eval exited $kh_rc:" >&2; cat "$tmp/kh.err" >&2; exit 1
fi

if [ $full -eq 1 ]; then
  cp "$tmp/py.out" "$tmp/py.cmp"; cp "$tmp/kh.out" "$tmp/kh.cmp"
else
  grep '^TOTAL ' "$tmp/py.out" >"$tmp/py.cmp"
  grep '^TOTAL ' "$tmp/kh.out" >"$tmp/kh.cmp"
fi
if diff -u --label score.py "$tmp/py.cmp" --label "khabar eval" "$tmp/kh.cmp"; then
  echo "same: $(grep '^TOTAL ' "$tmp/kh.out")"
  exit 0
fi
exit 1
