#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a share of the
# given time. Usage: bench/fuzz.sh [SECONDS] (default 600, split between the two targets).
# Crashes are left in build-fuzz/findings/; the exit status is non-zero when there is one.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
seconds="${1:-600}"
build=build-fuzz

if ! command -v clang++ >/dev/null; then
    echo "fuzz.sh: clang++ is needed (apt-get install clang)" >&2
    exit 2
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DBILAN_BUILD_FUZZ=ON -DBILAN_BUILD_TESTS=OFF -DBILAN_BUILD_BENCH=OFF
fi
cmake --build "$build" --target fuzz_numberreader fuzz_extractor

mkdir -p "$build/findings" "$build/corpus/numbers" "$build/corpus/articles"
# Seeds: the bundled articles and the test articles, and numbers written every French way.
cp data/corpus/*.txt tests/data/layouts/*.* tests/data/extraction/*.txt "$build/corpus/articles/" 2>/dev/null || true
for n in "734.000" "9. 255" "1 200 000" "24,7 millions" "17 MMDH" "4 M DH" "12 pour cent" "quatre-vingt-dix" \
         "deux cent mille" "un million et demi" "une dizaine" "1er" "10h30" "2.22.795" "entre 500 et 1.200 DH"; do
    printf '%s' "$n" > "$build/corpus/numbers/$(printf '%s' "$n" | md5sum | cut -c1-8)"
done

status=0
half=$((seconds / 2))
for target in numberreader extractor; do
    corpus="$build/corpus/numbers"
    [ "$target" = extractor ] && corpus="$build/corpus/articles"
    echo "==> fuzz_$target for ${half}s"
    if ! ASAN_OPTIONS=detect_leaks=0 "$build/bin/fuzz_$target" -max_total_time="$half" -timeout=20 -rss_limit_mb=4096 \
        -max_len=200000 -artifact_prefix="$build/findings/$target-" -print_final_stats=1 "$corpus" 2>&1 | tail -n 12; then
        status=1
    fi
done
if ls "$build"/findings/* >/dev/null 2>&1; then
    echo "fuzz.sh: findings in $build/findings/" >&2
    status=1
fi
exit $status
