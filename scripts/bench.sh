#!/usr/bin/env bash
# Scaling figures for docs/performance.md, on the release build. Run on an idle machine.
#
# Usage: scripts/bench.sh [MAX_CASES [REPS]]   (defaults 1000000 and 3)
# Prints markdown tables, each figure the median of REPS runs: cases 10^3..MAX; acts per case;
# 1 worker against 2 and trace off against on, for the subset and the full ruleset; ruleset size
# 10..10,000 rules (check time and evaluation time); peak memory of each run.
# "rules µs/case" is the evaluation thread time per case from the batch's TIMING line (rules and
# writing the result, without reading JSON).
set -euo pipefail
cd "$(dirname "$0")/.."
max=${1:-1000000}
reps=${2:-3}
netra=.build/release/netra
bench=${BENCH_DIR:-../shared/bench}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -x "$netra" ] || swift build -c release

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# run ARGS...: sets wall (median seconds), rss (peak MiB of the median run), eval (TIMING eval_s),
# summary (the batch summary line of the last run).
run() {
  : > "$work/runs"
  for _ in $(seq "$reps"); do
    /usr/bin/time -v -o "$work/time" "$netra" "$@" > /dev/null 2> "$work/err" || true
    w=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time")
    r=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$work/time")
    e=$(sed -n 's/.*eval_s=\([0-9.]*\).*/\1/p' "$work/err" | tail -1)
    echo "$w $r ${e:-0}" >> "$work/runs"
  done
  wall=$(cut -d' ' -f1 "$work/runs" | median)
  rss=$(awk -v w="$wall" '$1 == w { print $2; exit }' "$work/runs")
  eval=$(cut -d' ' -f3 "$work/runs" | median)
  summary=$(grep '^summary' "$work/err" || true)
}

rate() { python3 -c "print(f'{round($1 / $2):,}')"; }
micro() { python3 -c "print(round($1 * 1e6 / $2, 2))"; }

echo "### Cases (bench subset, 2 workers)"
echo
echo "| cases | wall s | cases/s | µs/case | rules µs/case | peak RSS MiB |"
echo "|---:|---:|---:|---:|---:|---:|"
n=1000
while [ "$n" -le "$max" ]; do
  python3 "$bench/gen_cases.py" "$n" 2024 > "$work/cases.jsonl"
  run eval rulesets/bench-subset --batch "$work/cases.jsonl"
  # TIMING spreads thread time over the workers: times 2 gives thread time per case.
  echo "| $n | $wall | $(rate "$n" "$wall") | $(micro "$wall" "$n") | $(micro "$eval * 2" "$n") | $rss |"
  [ "$n" -eq 100000 ] && cp "$work/cases.jsonl" "$work/c100k.jsonl"
  n=$((n * 10))
done
echo
cases=$work/c100k.jsonl
[ -s "$cases" ] || python3 "$bench/gen_cases.py" 100000 2024 > "$cases"
head -n 10000 "$cases" > "$work/c10k.jsonl"

echo "### Acts per case (bench subset, 10,000 cases, 2 workers)"
echo
echo "| acts | wall s | cases/s | µs/case | µs/act | summary |"
echo "|---:|---:|---:|---:|---:|---|"
for acts in 1 2 4 8 16 32 64; do
  python3 scripts/acts_per_case.py "$acts" < "$work/c10k.jsonl" > "$work/acts.jsonl"
  run eval rulesets/bench-subset --batch "$work/acts.jsonl"
  echo "| $acts | $wall | $(rate 10000 "$wall") | $(micro "$wall" 10000) | $(micro "$wall" $((10000 * acts))) | ${summary#summary: } |"
done
echo

echo "### Workers, tracing, full ruleset (100,000 cases)"
echo
echo "| ruleset | workers | trace | wall s | cases/s | rules µs/case | peak RSS MiB |"
echo "|---|---:|---|---:|---:|---:|---:|"
for ruleset in bench-subset netralitas; do
  for workers in 1 2; do
    for trace in off on; do
      flags=()
      [ "$trace" = on ] && flags=(--explain)
      run eval "rulesets/$ruleset" --batch "$cases" --workers "$workers" ${flags[@]+"${flags[@]}"}
      echo "| $ruleset | $workers | $trace | $wall | $(rate 100000 "$wall") | $(micro "$eval * $workers" 100000) | $rss |"
    done
  done
done
echo

echo "### Ruleset size (synthetic rules, 10,000 cases, 2 workers)"
echo
echo "| rules | check s | eval s | cases/s |"
echo "|---:|---:|---:|---:|"
for rules in 10 100 1000 10000; do
  python3 scripts/synthetic_ruleset.py "$rules" "$work/syn$rules"
  run check "$work/syn$rules"
  check=$wall
  run eval "$work/syn$rules" --batch "$work/c10k.jsonl"
  echo "| $rules | $check | $wall | $(rate 10000 "$wall") |"
done
