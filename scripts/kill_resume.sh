#!/usr/bin/env bash
# Kills a batch run at random points and resumes it, again and again, then compares the result
# with an uninterrupted run byte for byte (docs/reliability.md, "Killed and resumed").
#
# Usage: scripts/kill_resume.sh [CASES [KILLS [RULESET]]]   (defaults 100000, 20, rulesets/netralitas)
# Each kill comes after a random 0.02–0.30 s (SIGKILL, no warning); after the last kill the run
# is resumed to the end. Needs the release build and ../shared/bench/gen_cases.py.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
kills=${2:-20}
ruleset=${3:-rulesets/netralitas}
netra=.build/release/netra
[ -x "$netra" ] || swift build -c release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "${BENCH_DIR:-../shared/bench}/gen_cases.py" "$cases" 4242 > "$work/in.jsonl"
"$netra" eval "$ruleset" --batch "$work/in.jsonl" --output "$work/whole.jsonl" 2> /dev/null || true

killed=0
resume=()
for attempt in $(seq "$kills"); do
  "$netra" eval "$ruleset" --batch "$work/in.jsonl" --output "$work/cut.jsonl" "${resume[@]}" 2> /dev/null &
  pid=$!
  sleep "$(awk -v seed="$RANDOM" 'BEGIN { srand(seed); printf "%.3f", 0.02 + rand() * 0.28 }')"
  if kill -KILL "$pid" 2> /dev/null; then killed=$((killed + 1)); fi
  wait "$pid" 2> /dev/null || true
  lines=$(wc -l < "$work/cut.jsonl")
  echo "kill $attempt: $lines whole lines so far, $(( $(wc -c < "$work/cut.jsonl") )) bytes"
  resume=(--resume)
done
"$netra" eval "$ruleset" --batch "$work/in.jsonl" --output "$work/cut.jsonl" --resume 2> /dev/null || true
if cmp -s "$work/whole.jsonl" "$work/cut.jsonl"; then
  echo "identical: $cases cases, $killed of $kills runs killed mid-way, then resumed to the end"
else
  echo "DIFFERENT after $killed kills" >&2
  exit 1
fi
