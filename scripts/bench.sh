#!/usr/bin/env bash
# Scaling figures for docs/performance.md, on the release build. Run on an idle machine.
#
# Usage: scripts/bench.sh [MAX_CASES]   (default 1000000)
# Prints markdown tables: cases 10^3..MAX; 1 worker against 2; trace off against on; ruleset size
# 10..10,000 rules (check time and evaluation time); peak memory for each run.
set -euo pipefail
cd "$(dirname "$0")/.."
max=${1:-1000000}
netra=.build/release/netra
bench=${BENCH_DIR:-../shared/bench}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x "$netra" ] || swift build -c release

# run LABEL ARGS...: wall seconds and peak RSS of one netra run.
run() {
  /usr/bin/time -v -o "$work/time" "$netra" "$@" > /dev/null 2> "$work/err" || true
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time")
}

echo "### Cases (bench subset, 2 workers)"
echo
echo "| cases | wall s | cases/s | µs/case | peak RSS MiB |"
echo "|---:|---:|---:|---:|---:|"
n=1000
while [ "$n" -le "$max" ]; do
  python3 "$bench/gen_cases.py" "$n" 2024 > "$work/cases.jsonl"
  run eval rulesets/bench-subset --batch "$work/cases.jsonl"
  echo "| $n | $wall | $(python3 -c "print(round($n/$wall))") | $(python3 -c "print(round($wall*1e6/$n,1))") | $rss |"
  [ "$n" -eq 100000 ] && cp "$work/cases.jsonl" "$work/c100k.jsonl"
  n=$((n * 10))
done
echo
cases=$work/c100k.jsonl
[ -s "$cases" ] || python3 "$bench/gen_cases.py" 100000 2024 > "$cases"

echo "### Workers, tracing, full ruleset (100,000 cases)"
echo
echo "| ruleset | workers | trace | wall s | cases/s | peak RSS MiB |"
echo "|---|---:|---|---:|---:|---:|"
for ruleset in bench-subset netralitas; do
  for workers in 1 2; do
    for trace in off on; do
      flags=()
      [ "$trace" = on ] && flags=(--explain)
      run eval "rulesets/$ruleset" --batch "$cases" --workers "$workers" ${flags[@]+"${flags[@]}"}
      echo "| $ruleset | $workers | $trace | $wall | $(python3 -c "print(round(100000/$wall))") | $rss |"
    done
  done
done
echo

echo "### Ruleset size (synthetic rules, 10,000 cases, 2 workers)"
echo
echo "| rules | check s | eval s | cases/s |"
echo "|---:|---:|---:|---:|"
head -n 10000 "$cases" > "$work/c10k.jsonl"
for rules in 10 100 1000 10000; do
  python3 scripts/synthetic_ruleset.py "$rules" "$work/syn$rules"
  run check "$work/syn$rules"
  check=$wall
  run eval "$work/syn$rules" --batch "$work/c10k.jsonl"
  echo "| $rules | $check | $wall | $(python3 -c "print(round(10000/$wall))") |"
done
