#!/bin/sh
# compare.sh: compare builds of zxtract in alternating runs, each pinned to
# one core, on the same corpus: this machine's speed drifts by a third
# within minutes, so only runs taken side by side compare. Prints each
# build's best and median seconds and its speed against the first build's.
# Usage: scripts/compare.sh [-n RUNS] CORPUS BIN [BIN ...]
#   a BIN may carry flags in quotes: "zxtract --rules off.yaml"
#   (default RUNS 3; build a checkout with: go build -o /tmp/old ./cmd/zxtract)
set -eu
runs=3
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
[ $# -ge 2 ] || { sed -n '2,9p' "$0"; exit 2; }
corpus=$1
shift
pin=""
command -v taskset > /dev/null && pin="taskset -c 0"
times=$(mktemp)
trap 'rm -f "$times" "$times.t"' EXIT
for _ in $(seq "$runs"); do
  i=0
  for bin in "$@"; do
    i=$((i + 1))
    # shellcheck disable=SC2086 # a BIN may carry its flags
    /usr/bin/time -f '%e' -o "$times.t" $pin $bin extract -q -j 1 -o /dev/null "$corpus"
    echo "$i $(cat "$times.t")" >> "$times"
  done
done
i=0
for bin in "$@"; do
  i=$((i + 1))
  sort -k2,2n "$times" | awk -v i="$i" '$1 == i { t[++n] = $2 } END { print t[1], t[int((n + 1) / 2)] }' > "$times.t"
  read -r best median < "$times.t"
  [ "$i" -eq 1 ] && first=$best
  awk -v b="$bin" -v best="$best" -v med="$median" -v f="$first" 'BEGIN {
    printf "%-50s best %6.2f s  median %6.2f s  speed %3.0f%% of the first\n", b, best, med, 100 * f / best }'
done
