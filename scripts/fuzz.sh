#!/usr/bin/env bash
# Builds and runs the libFuzzer targets in Fuzz/ (see Fuzz/README.md).
#
# Usage: scripts/fuzz.sh TARGET [SECONDS] [extra libFuzzer flags]
#        scripts/fuzz.sh all [SECONDS]        every target in turn (CI uses a short run)
# NETRA_FUZZ_ASAN=1 adds AddressSanitizer (slower; Swift code is memory-safe, so it guards the
# few unsafe buffers). Crashes are written to .build/fuzz/TARGET/crashes/; the corpus grows in .build/fuzz/TARGET/corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET|all [SECONDS]}
seconds=${2:-60}
shift $(( $# < 2 ? $# : 2 ))
extra=("$@")

# LeakSanitizer's check at exit is off for the same reason as `-detect_leaks=0` below (the loaded
# ruleset's expressions look leaked to it); without this it reports them when the run ends.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}

# One binary for every target (Fuzz/dispatch.swift picks one by NETRA_FUZZ_TARGET), built once.
binary=.build/fuzz/netra-fuzz${NETRA_FUZZ_ASAN:+-asan}
build() {
  mkdir -p .build/fuzz
  if [ ! -x "$binary" ] || [ -n "$(find Sources/Netra Sources/NetraBatch Fuzz -newer "$binary" -name '*.swift' | head -1)" ]; then
    echo "building the fuzz targets"
    # The two library modules as SwiftPM builds them (one package, so `package` symbols are
    # shared), instrumented, then the targets against them.
    local flags=(-sanitize=fuzzer${NETRA_FUZZ_ASAN:+,address} -parse-as-library -O -enable-testing -package-name netra -I .build/fuzz)
    for module in Netra NetraBatch; do
      swiftc "${flags[@]}" -module-name "$module" -emit-module -emit-module-path ".build/fuzz/$module.swiftmodule" \
        -emit-library -static -o ".build/fuzz/lib$module${NETRA_FUZZ_ASAN:+-asan}.a" $(find "Sources/$module" -name '*.swift' | sort)
    done
    # A failed build must fail the run, not leave an older binary to be fuzzed.
    rm -f "$binary"
    swiftc "${flags[@]}" -module-name NetraFuzz Fuzz/*.swift -L .build/fuzz -lNetraBatch${NETRA_FUZZ_ASAN:+-asan} \
      -lNetra${NETRA_FUZZ_ASAN:+-asan} -o "$binary" 2>&1 | grep -v "ld.gold: warning" || true
    [ -x "$binary" ] || { echo "the fuzz targets did not build" >&2; exit 1; }
  fi
}

run_one() {
  local name=$1
  local out=.build/fuzz/$name
  mkdir -p "$out/corpus" "$out/crashes"
  # Seeds: the repository's rulesets or cases, once.
  if [ -z "$(ls -A "$out/corpus")" ]; then
    case $name in
      parser|checker) find rulesets Tests -name '*.netra' -exec cp {} "$out/corpus/" \; ;;
      lsp)
        # Framed requests an editor sends, one per seed.
        for body in '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}' \
          '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:a","text":"ruleset t\nsource s \"S\" effective 2020-01-01\n"}}}' \
          '{"jsonrpc":"2.0","id":2,"method":"shutdown"}' '{"jsonrpc":"2.0","method":"exit"}'; do
          printf 'Content-Length: %d\r\n\r\n%s' "${#body}" "$body" > "$out/corpus/$(printf '%s' "$body" | cksum | cut -d' ' -f1)"
        done ;;
      receipt)
        .build/release/netra eval rulesets/contoh Tests/NetraTests/Golden/traces/kampanye.facts.json --format json > "$out/corpus/result.json" || true ;;
      *) find rulesets Tests -name '*.json' -exec cp {} "$out/corpus/" \; ;;
    esac
  fi
  echo "fuzzing $name for ${seconds}s"
  # Leak detection is off (it only runs under AddressSanitizer): LeakSanitizer takes the boxes of
  # Swift's indirect enum cases (the loaded ruleset's expressions) for leaks, as they are referenced
  # through pointers that carry the case in their spare bits, which it does not recognise. ARC
  # frees Swift's memory; ASan is here for the few unsafe buffers.
  NETRA_FUZZ_TARGET=$name "$binary" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
    -artifact_prefix="$out/crashes/" -print_final_stats=1 ${extra[@]+"${extra[@]}"} "$out/corpus" 2>&1 | tail -n 12
}

build
if [ "$target" = all ]; then
  for name in parser checker json evaluate batch lsp receipt; do run_one "$name"; done
else
  run_one "$target" "$@"
fi
