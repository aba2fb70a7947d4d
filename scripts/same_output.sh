#!/usr/bin/env bash
# Byte-for-byte comparison of two builds of netra, for changes that must not change output
# (refactors, speed work). Build the reference first, keep a copy, then build the change:
#
#   git stash && swift build -c release && cp .build/release/netra /tmp/netra-before && git stash pop
#   swift build -c release && scripts/same_output.sh /tmp/netra-before .build/release/netra
#
# Compared: every bundled case of every ruleset (text, json and html, explained and not, both
# languages); 100,000 generated cases on the neutrality ruleset (batch, and 20,000 explained);
# 300,000 on the bench subset. Prints one line per comparison and exits 1 on the first difference.
set -euo pipefail
cd "$(dirname "$0")/.."
before=${1:?usage: scripts/same_output.sh BEFORE AFTER}
after=${2:?usage: scripts/same_output.sh BEFORE AFTER}
bench=${BENCH_DIR:-../shared/bench}
cases=${CASES:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

same() { # label, then the arguments for both binaries
  local label=$1; shift
  "$before" "$@" > "$work/a" 2> "$work/a.err" && ra=0 || ra=$?
  "$after" "$@" > "$work/b" 2> "$work/b.err" && rb=0 || rb=$?
  # The batch summary carries timings; everything else on stderr must match.
  sed -i 's/^summary.*//; s/^TIMING.*//' "$work/a.err" "$work/b.err"
  if [ "$ra" != "$rb" ] || ! cmp -s "$work/a" "$work/b" || ! cmp -s "$work/a.err" "$work/b.err"; then
    echo "DIFFERENT: $label (exit $ra vs $rb)"; diff <(head -c 4000 "$work/a") <(head -c 4000 "$work/b") | head -20
    exit 1
  fi
  echo "same: $label ($(wc -c < "$work/a") bytes)"
}

n=0
for ruleset in rulesets/*/; do
  for c in "$ruleset"cases/*.json; do
    case $c in *.expected.json) continue ;; esac
    [ -e "$c" ] || continue
    for lang in id en; do
      for format in text json html; do
        "$before" eval "$ruleset" "$c" --format "$format" --lang "$lang" --explain > "$work/a" 2>&1 || true
        "$after" eval "$ruleset" "$c" --format "$format" --lang "$lang" --explain > "$work/b" 2>&1 || true
        cmp -s "$work/a" "$work/b" || { echo "DIFFERENT: $c $format $lang"; diff "$work/a" "$work/b" | head; exit 1; }
        n=$((n + 1))
      done
    done
    "$before" eval "$ruleset" "$c" > "$work/a" 2>&1 || true
    "$after" eval "$ruleset" "$c" > "$work/b" 2>&1 || true
    cmp -s "$work/a" "$work/b" || { echo "DIFFERENT: $c text"; exit 1; }
    n=$((n + 1))
  done
done
echo "same: $n runs over the bundled cases"

for ruleset in rulesets/*/; do
  same "check $ruleset" check "$ruleset"
  same "lint $ruleset" lint "$ruleset"
  same "test $ruleset" test "$ruleset"
done

python3 "$bench/gen_cases.py" "$cases" 2024 > "$work/full.jsonl"
python3 "$bench/gen_cases.py" $((cases * 3)) 7 > "$work/subset.jsonl"
head -n $((cases / 5)) "$work/full.jsonl" > "$work/explained.jsonl"
same "batch netralitas, $cases cases" eval rulesets/netralitas --batch "$work/full.jsonl"
same "batch netralitas --as-of 2024-01-01" eval rulesets/netralitas --batch "$work/full.jsonl" --as-of 2024-01-01
same "batch netralitas --explain, $((cases / 5)) cases" eval rulesets/netralitas --batch "$work/explained.jsonl" --explain
same "batch bench-subset, $((cases * 3)) cases" eval rulesets/bench-subset --batch "$work/subset.jsonl"
