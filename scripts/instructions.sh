#!/bin/sh
# instructions.sh: the instructions zxtract executes per page of the bench
# corpus, for builds to compare where the clock cannot (this machine's
# speed drifts by a third). It runs each binary under valgrind's cachegrind
# on 20 and on 40 pages (the project's texts, as bench.sh builds a page),
# one worker, no garbage collection, and prints the difference per page:
# what the start costs cancels out. Counts repeat to within 0.5%.
# Binaries must be built without cgo, which valgrind cannot follow:
#   CGO_ENABLED=0 go build -o /tmp/new ./cmd/zxtract
# Usage: scripts/instructions.sh BIN [BIN ...]   (a BIN may carry flags in
# quotes: "/tmp/new --rules off.yaml"); needs valgrind (apt install valgrind).
set -eu
[ $# -ge 1 ] || { sed -n '2,12p' "$0"; exit 2; }
command -v valgrind > /dev/null || { echo "instructions.sh: valgrind is not installed" >&2; exit 2; }
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
page="$work/page.txt"
for _ in 1 2 3 4 5 6; do
  for f in testdata/text/*; do cat "$f"; printf '\n\n\n\n'; done >> "$page"
done
mkdir "$work/20" "$work/40"
i=0
while [ "$i" -lt 40 ]; do
  i=$((i + 1))
  [ "$i" -le 20 ] && cp "$page" "$work/20/$i.txt"
  cp "$page" "$work/40/$i.txt"
done
count() { # corpus bin [flags]: instructions of one run
  corpus=$1
  shift
  # Valgrind now and then stops a run with SIGILL at an instruction it
  # cannot decode (on this virtual machine, not every run): such a run's
  # count is a fraction of the work, so it is run again.
  for _ in 1 2 3 4 5 6; do
    # (a run stopped so exits with the Go runtime's status 2, which set -e
    # must not take for the script's own)
    # shellcheck disable=SC2086 # a BIN may carry its flags
    out=$(GOGC=off GOMEMLIMIT=100GiB GODEBUG=asyncpreemptoff=1 valgrind --tool=cachegrind --cache-sim=no \
      --cachegrind-out-file=/dev/null $@ extract -q -j 1 -o /dev/null "$corpus" 2>&1) || true
    case $out in *SIGILL*) continue ;; esac
    echo "$out" | awk '/I *refs/ { gsub(",", "", $NF); print $NF }'
    return
  done
  echo "instructions.sh: valgrind stopped every run of $1 with SIGILL" >&2
  exit 1
}
kb=$(wc -c < "$page" | awk '{ printf "%.0f", $1 / 1000 }')
for bin in "$@"; do
  a=$(count "$work/20" $bin)
  b=$(count "$work/40" $bin)
  awk -v a="$a" -v b="$b" -v kb="$kb" -v bin="$bin" 'BEGIN {
    printf "%-50s %.1f M instructions per page of %d KB (start %.0f M)\n", bin, (b - a) / 20 / 1e6, kb, (2 * a - b) / 1e6 }'
done
