#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A desk under load: WRITERS bilan-cli processes (default 10) each make CHANGES status changes
# (default 1000) at the same time on one project shared on a PostgreSQL server, each change
# its own transaction. Prints the throughput, the latency per change (median, p95, max), and
# checks that every change is in the project's history afterwards.
#
#   bench/desk_load.sh [BUILD_DIR]          a throwaway cluster (tests/pgcluster.sh)
#   BILAN_DESK_URL=postgresql://… bench/desk_load.sh   an existing server (a new project on it)
#
# Environment: WRITERS, CHANGES.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
build="${1:-build}"
cli="$build/bin/bilan-cli"
writers="${WRITERS:-10}"
changes="${CHANGES:-1000}"
work="$(mktemp -d /tmp/bilan-desk-load.XXXXXX)"
cleanup() {
    if [ -z "${BILAN_DESK_URL:-}" ]; then tests/pgcluster.sh stop "$work/cluster" || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if [ -n "${BILAN_DESK_URL:-}" ]; then
    server="$BILAN_DESK_URL"
else
    server="$(tests/pgcluster.sh start "$work/cluster")"
fi
project="$server?project=load-$$"
"$cli" project new "$project" >/dev/null
# The claims, shared out between the writers: each changes its own, round and round.
"$cli" project show "$project" | awk '{print $1}' >"$work/claims"
claims=$(wc -l <"$work/claims")
for w in $(seq 0 $((writers - 1))); do
    # Each pass over the writer's claims sets the next status: every change is a real one.
    awk -v w="$w" -v n="$writers" -v changes="$changes" '
        NR % n == w { mine[m++] = $1 }
        END {
            split("verified disputed wrong to_check", s, " ")
            for (i = 0; i < changes; i++) print mine[i % m], s[int(i / m) % 4 + 1]
        }' "$work/claims" >"$work/batch-$w"
done
echo "==> $writers writers × $changes status changes, $claims claims, on $(echo "$server" | sed -E 's#//([^:@/]+):[^@]*@#//\1@#')"
echo "    machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
start=$(date +%s.%N)
pids=()
for w in $(seq 0 $((writers - 1))); do
    "$cli" project status "$project" --batch "$work/batch-$w" >"$work/out-$w" 2>"$work/err-$w" &
    pids+=($!)
done
failed=0
for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
end=$(date +%s.%N)
cat "$work"/err-* | head -n 5 >&2
done_changes=$(cat "$work"/out-* | wc -l)
cat "$work"/out-* | awk -F'\t' '{print $2 + 0}' | sort -n >"$work/latencies"
pick() { sed -n "$(awk -v n="$done_changes" -v q="$1" 'BEGIN {i = int(n * q + 0.999); if (i < 1) i = 1; print i}')p" "$work/latencies"; }
seconds=$(echo "$end - $start" | bc)
echo "    $done_changes changes saved in $seconds s: $(echo "scale=0; $done_changes / $seconds" | bc) changes/s"
echo "    latency per change: median $(pick 0.5) ms, p95 $(pick 0.95) ms, max $(tail -n 1 "$work/latencies") ms"
# Every change reported saved is in the history, with its author.
in_history=$(psql "$server" -Atc "SELECT count(*) FROM \"load-$$\".history WHERE field = 'status'")
echo "    history: $in_history status changes recorded"
if [ "$failed" -ne 0 ] || [ "$done_changes" -ne $((writers * changes)) ] || [ "$in_history" -ne "$done_changes" ]; then
    echo "FAILED: $failed writer(s) failed, $done_changes of $((writers * changes)) changes saved, $in_history in the history" >&2
    exit 1
fi
echo "    every change is in the project"
