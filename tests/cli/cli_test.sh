#!/usr/bin/env bash
# CLI tests of the khabar command (STYLE.md section 8; DESIGN.md "Bad input").
#
#   cli_test.sh KHABAR SOURCE_DIR argv EXPECTED_EXIT [--creates FILE] -- ARG...
#       run `khabar ARG...` and expect exactly EXPECTED_EXIT; a usage error
#       (1) must print a "khabar: " message on stderr and write no output
#       file; --creates FILE must exist afterwards.
#   cli_test.sh KHABAR SOURCE_DIR CASE
#       one of the scenario cases below (case_<name>).
#
# Every run works in its own fresh temp dir, so tests can run in parallel.
set -u

KHABAR=$(realpath "$1") || exit 1
SOURCE_DIR=$(realpath "$2") || exit 1
shift 2
SAMPLE=$SOURCE_DIR/samples/ar-lmc-chiang-mai.txt
unset KHABAR_DATA

WORK=$(mktemp -d "${TMPDIR:-/tmp}/khabar-cli-XXXXXX") || exit 1
trap 'rm -rf "$WORK"' EXIT
cd "$WORK" || exit 1

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
# run EXPECTED_EXIT ARG...: runs khabar with stdout/stderr to out.txt/err.txt.
run() {
  local expected=$1
  shift
  "$KHABAR" "$@" >out.txt 2>err.txt
  rc=$?
  if [ "$rc" -ne "$expected" ]; then
    fail "khabar $* exited $rc, expected $expected"
    sed 's/^/  stderr: /' err.txt | head -20 >&2
  fi
}
# expect_error_line PATTERN: stderr has exactly one "khabar: error:" line and
# it matches the extended regex PATTERN.
expect_error_line() {
  local n
  n=$(grep -c '^khabar: error: ' err.txt)
  if [ "$n" -ne 1 ]; then
    fail "expected one error line, found $n"
    sed 's/^/  stderr: /' err.txt >&2
  fi
  grep -qE "$1" err.txt || { fail "stderr does not match /$1/"; sed 's/^/  stderr: /' err.txt >&2; }
}
contains() {  # contains FILE FIXED-STRING
  grep -qF -- "$2" "$1" || fail "$1 does not contain '$2'"
}
lacks() {  # lacks FILE FIXED-STRING
  if grep -qF -- "$2" "$1"; then fail "$1 contains '$2'"; fi
}
no_temp_files() {  # no leftover FILE.tmp-PID beside outputs
  local left
  left=$(find . -name '*.tmp-*' | head -5)
  [ -z "$left" ] || fail "temporary files left behind: $left"
}
RES='https://w3id.org/khabar/resource/'

case_argv() {
  local expected=$1
  shift
  local creates=
  if [ "${1:-}" = --creates ]; then
    creates=$2
    shift 2
  fi
  [ "${1:-}" = -- ] && shift
  # Replace the placeholder SAMPLE by the sample article.
  local args=()
  for a in "$@"; do
    if [ "$a" = SAMPLE ]; then args+=("$SAMPLE"); else args+=("$a"); fi
  done
  run "$expected" "${args[@]}"
  if [ "$expected" -eq 1 ]; then
    head -1 err.txt | grep -qE '^khabar: .+' || fail "no 'khabar: ...' message on stderr"
    [ ! -s out.txt ] || fail "a usage error wrote to stdout"
    local files
    files=$(find . -type f ! -name out.txt ! -name err.txt | head -5)
    [ -z "$files" ] || fail "a usage error wrote files: $files"
  fi
  if [ -n "$creates" ]; then
    [ -f "$creates" ] || fail "$creates was not written"
  fi
  no_temp_files
}

# A missing input file: exit 2, one error line naming the file.
case_missing_input() {
  run 2 build missing.txt -q -o out.nt
  expect_error_line '^khabar: error: missing\.txt: cannot open input file$'
}

# Invalid UTF-8 (Latin-1) text: exit 2, the byte offset reported.
case_invalid_utf8() {
  printf 'Caf\xe9 in Bangkok\n' >latin1.txt
  run 2 build latin1.txt -q -o out.nt
  expect_error_line '^khabar: error: latin1\.txt: invalid UTF-8 at byte 3$'
}

# Binary data (a NUL byte) is refused like invalid UTF-8.
case_binary_file() {
  printf 'abc\000def\n' >bin.txt
  run 2 build bin.txt -q -o out.nt
  expect_error_line '^khabar: error: bin\.txt: binary data'
}

# Empty and whitespace-only files: exit 2, "empty article".
case_empty_file() {
  : >empty.txt
  run 2 build empty.txt -q -o out.nt
  expect_error_line '^khabar: error: empty\.txt: empty article$'
  printf ' \n\t\n' >blank.txt
  run 2 build blank.txt -q -o out.nt
  expect_error_line '^khabar: error: blank\.txt: empty article$'
}

# One malformed JSONL line among good ones: exit 2, the file and line named,
# the good articles still in the output, and the summary counts the skip.
case_jsonl_bad_line() {
  {
    printf '%s\n' '{"id":"g1","text":"استضافت مدينة شيانغ ماي الاجتماع التاسع لوزراء خارجية تعاون لانتسانغ-ميكونغ.","date":"2024-08-16"}'
    printf '%s\n' '{"id":"g2","text":"الصين", "date":'
    printf '%s\n' '{"id":"g3","text":"Wang Yi met Don Pramudwinai in Bangkok.","lang":"en"}'
    printf '%s\n' '{"id":"g4","text":42}'
  } >news.jsonl
  run 2 build news.jsonl -o out.nt
  local n
  n=$(grep -c '^khabar: error: ' err.txt)
  [ "$n" -eq 2 ] || fail "expected 2 error lines, found $n"
  grep -qE '^khabar: error: news\.jsonl:2: malformed JSON' err.txt || fail "line 2 not reported"
  grep -qE '^khabar: error: news\.jsonl:4: "text" must be a string$' err.txt || fail "line 4 not reported"
  grep -qE '^khabar: 2 articles .*; 2 skipped$' err.txt || fail "summary does not count 2 skipped"
  contains out.nt "<${RES}article/g1>"
  contains out.nt "<${RES}article/g3>"
  lacks out.nt "<${RES}article/g2>"
  lacks out.nt "<${RES}article/g4>"
  contains out.nt "<${RES}city/chiang-mai>"
}

# A bad file in a folder, and a missing file beside a good one: the good
# article is still processed and written.
case_mixed_inputs() {
  mkdir in
  cp "$SAMPLE" in/a-good.txt
  printf '\xff\xfe' >in/b-bad.txt
  run 2 build in missing.txt --date 2024-08-16 -o out.nt
  local n
  n=$(grep -c '^khabar: error: ' err.txt)
  [ "$n" -eq 2 ] || fail "expected 2 error lines, found $n"
  grep -qE '^khabar: error: in/b-bad\.txt: invalid UTF-8 at byte 0$' err.txt || fail "bad file not named"
  grep -qE '^khabar: error: missing\.txt: cannot open input file$' err.txt || fail "missing file not named"
  contains out.nt "<${RES}article/a-good>"
  contains out.nt "<${RES}country/cn>"
}

# Output is written whole or not at all.
case_output_whole() {
  # Into a missing directory: exit 2, nothing created.
  run 2 build "$SAMPLE" -q -o no/such/dir/out.nt
  expect_error_line '^khabar: error: no/such/dir/out\.nt: cannot write output file$'
  [ ! -e no ] || fail "the missing directory was created"
  # Onto a directory: the rename fails, the directory is untouched and no
  # temporary file is left; the other output is still written whole.
  mkdir taken.nt
  run 2 build "$SAMPLE" -q -o taken.nt -o good.nt
  expect_error_line '^khabar: error: taken\.nt: cannot rename temporary file'
  [ -d taken.nt ] && [ -z "$(ls -A taken.nt)" ] || fail "taken.nt was changed"
  no_temp_files
  "$KHABAR" build "$SAMPLE" -q --format ntriples >stdout.nt 2>/dev/null
  cmp -s good.nt stdout.nt || fail "good.nt differs from the same graph written to stdout"
  # A usage error leaves an existing output untouched.
  printf 'old\n' >keep.nt
  run 1 build "$SAMPLE" --date 2024-13-01 -o keep.nt
  [ "$(cat keep.nt)" = old ] || fail "keep.nt was overwritten by a failing run"
}

# `-` reads a text article from stdin: the same graph as from the file
# (the id is "stdin").
case_stdin_text() {
  "$KHABAR" build "$SAMPLE" --date 2024-08-16 -o file.nt 2>file.err
  [ $? -eq 0 ] || fail "the sample failed"
  "$KHABAR" build - --date 2024-08-16 -o stdin.nt <"$SAMPLE" 2>stdin.err
  [ $? -eq 0 ] || fail "stdin text failed: $(cat stdin.err)"
  cmp -s file.err stdin.err || fail "summaries differ: $(cat file.err) / $(cat stdin.err)"
  contains stdin.nt "<${RES}article/stdin>"
  contains stdin.nt "<${RES}person/wang-yi>"
  # Article-scoped IRIs (documents, statements) hash the article id: mask
  # the 16-hex-digit hashes, then the two graphs must be the same multiset
  # of triples.
  local mask='s#/[0-9a-f]\{16\}>#/HASH>#g'
  sed -e "s#<${RES}article/stdin>#<${RES}article/ar-lmc-chiang-mai>#g" \
      -e 's#"stdin"#"ar-lmc-chiang-mai"#g' -e "$mask" stdin.nt | LC_ALL=C sort >a.sorted
  sed -e "$mask" file.nt | LC_ALL=C sort >b.sorted
  cmp -s a.sorted b.sorted || fail "stdin and file graphs differ beyond the article id"
  # Empty stdin: exit 2.
  run 2 build - -q -o empty.nt </dev/null
  expect_error_line '^khabar: error: <stdin>: empty article$'
}

# `-` reads JSONL from stdin when the first line is a JSON object with "text".
case_stdin_jsonl() {
  printf '%s\n%s\n' '{"id":"s1","text":"استضافت مدينة شيانغ ماي الاجتماع."}' \
    '{"id":"s2","text":"Wang Yi met Don Pramudwinai in Bangkok.","lang":"en"}' |
    "$KHABAR" build - --format ntriples >out.nt 2>err.txt
  [ $? -eq 0 ] || fail "stdin JSONL failed: $(cat err.txt)"
  contains out.nt "<${RES}article/s1>"
  contains out.nt "<${RES}article/s2>"
  lacks out.nt "<${RES}article/stdin>"
  # A bad line on stdin is reported as <stdin>:LINE.
  printf '%s\n%s\n' '{"id":"s1","text":"الصين"}' '{"id":"s2"}' |
    "$KHABAR" build - -q --format ntriples >out2.nt 2>err.txt
  [ $? -eq 2 ] || fail "a bad stdin JSONL line did not exit 2"
  expect_error_line '^khabar: error: <stdin>:2: missing "text"$'
  contains out2.nt "<${RES}article/s1>"
}

# article.h: stdin is JSONL when its first line is a JSON object, even a bad
# article: it is reported and the good line 2 is kept.
case_stdin_jsonl_bad_first_line() {
  printf '%s\n%s\n' '{"id":"s1","body":"الصين"}' \
    '{"id":"s2","text":"Wang Yi met Don Pramudwinai in Bangkok.","lang":"en"}' |
    "$KHABAR" build - -q --format ntriples >out.nt 2>err.txt
  local rc=$?
  [ "$rc" -eq 2 ] || fail "exit $rc, expected 2"
  expect_error_line '^khabar: error: <stdin>:1: missing "text"$'
  contains out.nt "<${RES}article/s2>"
  lacks out.nt "<${RES}article/stdin>"
}

# The same input gives byte-identical output, run after run; giving the
# same article twice in one run changes nothing either.
case_deterministic() {
  for ext in nt ttl jsonld graphml; do
    "$KHABAR" build "$SAMPLE" --date 2024-08-16 -q -o "one.$ext" || fail "run 1 ($ext)"
    "$KHABAR" build "$SAMPLE" --date 2024-08-16 -q -o "two.$ext" || fail "run 2 ($ext)"
    cmp -s "one.$ext" "two.$ext" || fail "two runs gave different .$ext output"
  done
  [ "$(wc -l <one.nt)" -gt 100 ] || fail "suspiciously small .nt output"
  "$KHABAR" build "$SAMPLE" "$SAMPLE" --date 2024-08-16 -q -o twice.nt || fail "twice"
  cmp -s one.nt twice.nt || fail "the same article twice changed the .nt output"
}

if [ "${1:-}" = argv ]; then
  shift
  case_argv "$@"
elif declare -F "case_${1:-}" >/dev/null; then
  "case_$1"
else
  echo "unknown case '${1:-}'" >&2
  exit 1
fi
[ "$failures" -eq 0 ] || exit 1
exit 0
