#!/usr/bin/env bash
# Peak memory and time of each unbounded input of docs/reliability.md ("Limits"), one
# `/usr/bin/time` line per input. Every run must end (each has a 120 s timeout) and stay under
# 200 MB. Usage: scripts/hostile_memory.sh   (needs the release build, python3, GNU time)
set -uo pipefail
cd "$(dirname "$0")/.."
netra=$PWD/.build/release/netra
[ -x "$netra" ] || swift build -c release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bench=${BENCH_DIR:-../shared/bench}

measure() {
  local name=$1
  shift
  /usr/bin/time -f "%M %e %x" -o "$work/time" timeout 120 bash -c "$*" > /dev/null 2> "$work/err"
  read -r kb seconds code < <(tail -1 "$work/time")
  local first
  first=$(grep -o 'error\[[A-Z0-9]*\]' "$work/err" | head -1)
  printf '| %s | %d MB | %s s | %s | %s |\n' "$name" $((kb / 1024)) "$seconds" "$code" "${first:-none}"
}

python3 "$bench/gen_cases.py" 20 11 > "$work/seed.jsonl"
python3 scripts/acts_per_case.py 40000 < "$work/seed.jsonl" 2> /dev/null | head -1 > "$work/acts.jsonl"
cp "$work/acts.jsonl" "$work/acts.json"
# Just under the default limit of 10,000 input facts (with the case's persons and the case).
python3 scripts/acts_per_case.py 9990 < "$work/seed.jsonl" 2> /dev/null | head -1 > "$work/near.json"
truncate -s 1G "$work/huge.json"
mkdir -p "$work/bind"
{
  echo 'ruleset ikat'
  echo 'source s "Sumber" effective 2000-01-01'
  echo 'record A { id: Text key }'
  echo 'input record Kasus { kasus: Text key, a: [A] }'
  echo 'finding record Temuan { kode: Text key }'
  printf 'rule r basis s "Pasal 1" when '
  for i in $(seq 0 49); do printf 'v%d: A, ' "$i"; done | sed 's/, $//'
  echo ' then Temuan { kode: "x" }'
} > "$work/bind/ikat.netra"
echo '{"kasus":"K1","a":[{"id":"a0"},{"id":"a1"},{"id":"a2"},{"id":"a3"},{"id":"a4"},{"id":"a5"},{"id":"a6"},{"id":"a7"},{"id":"a8"},{"id":"a9"}]}' > "$work/bind.jsonl"
python3 scripts/synthetic_ruleset.py 10000 "$work/lint"
mkdir -p "$work/fifo"
cp rulesets/contoh/contoh.netra "$work/fifo/"
mkfifo "$work/fifo/zz.netra"
python3 -c "import sys; sys.stdout.buffer.write(b'X-Pad: ' + b'a' * 5_000_000)" > "$work/header.bin"
python3 "$bench/gen_cases.py" 30000 5 > "$work/resume-in.jsonl"
"$netra" eval rulesets/netralitas --batch "$work/resume-in.jsonl" --explain --output "$work/resume-out.jsonl" 2> /dev/null
head -c -5000 "$work/resume-out.jsonl" > "$work/resume-cut.jsonl"
cp "$work/resume-out.jsonl.netra-run" "$work/resume-cut.jsonl.netra-run"

echo "| input | peak memory | time | exit | first error |"
echo "|---|---:|---:|---:|---|"
measure "eval /dev/zero" "$netra eval rulesets/netralitas /dev/zero"
measure "eval - < /dev/zero" "$netra eval rulesets/netralitas - < /dev/zero"
measure "/dev/zero through a pipe, eval -" "cat /dev/zero | $netra eval rulesets/netralitas -"
measure "eval on a 1 GB file" "$netra eval rulesets/netralitas $work/huge.json"
measure "--batch - < /dev/zero" "$netra eval rulesets/netralitas --batch - < /dev/zero"
measure "a rule that only binds (50 variables, 10 facts), eval" "$netra eval $work/bind $work/bind.jsonl"
measure "a rule that only binds, --batch" "$netra eval $work/bind --batch $work/bind.jsonl"
measure "40,000 acts in one case, --batch" "$netra eval rulesets/netralitas --batch $work/acts.jsonl"
measure "40,000 acts in one case, --format json" "$netra eval rulesets/netralitas $work/acts.json --format json"
measure "40,000 acts in one case, text --explain" "$netra eval rulesets/netralitas $work/acts.json --explain"
measure "9,990 acts (under the fact limit), --batch" "$netra eval rulesets/netralitas --batch $work/near.json"
measure "9,990 acts, --format json" "$netra eval rulesets/netralitas $work/near.json --format json"
measure "9,990 acts, text --explain" "$netra eval rulesets/netralitas $work/near.json --explain"
measure "9,990 acts, --format html" "$netra eval rulesets/netralitas $work/near.json --format html"
measure "a FIFO named zz.netra in the ruleset" "$netra check $work/fifo"
measure "lsp: 5 MB header without an end" "$netra lsp < $work/header.bin"
measure "--verify-receipt /dev/zero" "$netra eval rulesets/netralitas rulesets/netralitas/cases/kontrak-yogyakarta-pns-menyukai-unggahan-paslon.json --verify-receipt /dev/zero"
measure "lint of 10,000 rules" "$netra lint $work/lint"
measure "--resume over a $(( $(wc -c < "$work/resume-out.jsonl") / 1048576 )) MB explained output" "$netra eval rulesets/netralitas --batch $work/resume-in.jsonl --explain --output $work/resume-cut.jsonl --resume"
