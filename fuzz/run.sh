#!/bin/sh
# Fuzzes the whole plan load path (bytes → limits → JSON → decode → invariants) with libFuzzer
# and AddressSanitizer. Usage:
#
#   fuzz/run.sh [RUNS]            # default 1000000 runs; 0 builds and replays the corpus only
#
# Environment: MAX_LEN (default 16384 bytes per input), MAX_TIME (seconds, default 3600),
# SWIFTC (default swiftc).
#
# The fuzz target is compiled straight from the sources with swiftc, because SwiftPM cannot
# link a target with -sanitize=fuzzer: EcowerkModel and EcowerkJSON as libraries, and the
# store's decoding files (not its file I/O) together with fuzz/LoadFuzzer.swift. The seeds in
# fuzz/corpus/ are copied into fuzz/corpus-work/ (git-ignored), where the corpus grows.
# Every crash, hang or out-of-memory input is copied to
# Tests/EcowerkStoreTests/FuzzRegressions/, which `swift test` replays; commit it with the fix.
set -eu

cd "$(dirname "$0")/.."
RUNS=${1:-1000000}
MAX_LEN=${MAX_LEN:-16384}
MAX_TIME=${MAX_TIME:-3600}
SWIFTC=${SWIFTC:-swiftc}
OUT=.build-fuzz
WORK=fuzz/corpus-work
REGRESSIONS=Tests/EcowerkStoreTests/FuzzRegressions
FLAGS="-O -g -sanitize=fuzzer,address -parse-as-library -swift-version 6 -use-ld=lld"
# libFuzzer must see a Swift trap (SIGILL) itself to save the input; the Swift backtracer
# would take the signal first.
export SWIFT_BACKTRACE=enable=no

rm -rf "$WORK/artifacts"
mkdir -p "$OUT" "$WORK/corpus" "$WORK/artifacts"

echo "building the fuzz target in $OUT"
for module in EcowerkModel EcowerkJSON; do
  # shellcheck disable=SC2046,SC2086  # FLAGS and the found files are lists
  "$SWIFTC" $FLAGS -I "$OUT" -emit-library -static -module-name "$module" \
    -emit-module -emit-module-path "$OUT/$module.swiftmodule" \
    -o "$OUT/lib$module.a" $(find Sources/"$module" -name '*.swift' | sort)
done
# The store's files that need no file system (no Foundation, Glibc or bundled resources):
# everything from bytes to a checked plan and back.
STORE=$(grep -L -e "import Foundation" -e "import Glibc" -e "import EcowerkResources" \
  $(find Sources/EcowerkStore -name '*.swift' | sort))
# shellcheck disable=SC2086  # FLAGS and STORE are lists
"$SWIFTC" $FLAGS -I "$OUT" -L "$OUT" -lEcowerkModel -lEcowerkJSON -module-name EcowerkStore \
  $STORE fuzz/LoadFuzzer.swift -o "$OUT/load-fuzzer"

cp fuzz/corpus/* "$WORK/corpus/"
if [ -d "$REGRESSIONS" ]; then cp "$REGRESSIONS"/* "$WORK/corpus/"; fi

status=0
"$OUT/load-fuzzer" "$WORK/corpus" -dict=fuzz/plan.dict -runs="$RUNS" -max_len="$MAX_LEN" \
  -max_total_time="$MAX_TIME" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$WORK/artifacts/" || status=$?

found=0
for artifact in "$WORK"/artifacts/*; do
  [ -f "$artifact" ] || continue
  mkdir -p "$REGRESSIONS"
  cp "$artifact" "$REGRESSIONS/$(basename "$artifact").json"
  echo "regression fixture: $REGRESSIONS/$(basename "$artifact").json"
  found=$((found + 1))
done
echo "artifacts (crashes, hangs, out-of-memory): $found"
exit "$status"
