#!/bin/sh
# bench.sh: build a corpus of about 50 MB from testdata (its texts repeated,
# so anyone can rebuild it), run zxtract on it with one worker pinned to one
# core (taskset: the single-core figure), one worker and two, and print MB/s,
# documents/s, peak RSS and the time to the first record of a small file.
# Usage: scripts/bench.sh [MB]   (default 50); BENCH_RUNS runs of each
# (default 3), the fastest reported.
set -eu
cd "$(dirname "$0")/.."
mb=${1:-50}
work=${BENCH_DIR:-$(mktemp -d)}
bin="$work/zxtract"
go build -o "$bin" ./cmd/zxtract

corpus="$work/corpus"
if [ ! -d "$corpus" ]; then
  mkdir -p "$corpus"
  # A page of about 20 KB: the project's texts, six times over, parted by
  # wide gaps as a newspaper page is. The corpus is copies of it.
  page="$work/page.txt"
  : > "$page"
  for _ in 1 2 3 4 5 6; do
    for f in testdata/text/*; do cat "$f"; printf '\n\n\n\n'; done >> "$page"
  done
  size=$(wc -c < "$page")
  n=$(( mb * 1000000 / size + 1 ))
  i=0
  while [ "$i" -lt "$n" ]; do
    i=$((i + 1))
    cp "$page" "$corpus/$(printf '%06d' "$i").txt"
  done
fi
bytes=$(cat "$corpus"/* | wc -c)
docs=$(ls "$corpus" | wc -l)

runs=${BENCH_RUNS:-3}
run() { # label workers [command prefix]: the fastest of $runs runs (a shared machine's load only slows a run down)
  label=$1 workers=$2
  shift 2
  best=
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" "$bin" extract -j "$workers" -o /dev/null "$corpus"
    read -r secs rss < "$work/time"
    if [ -z "$best" ] || awk -v a="$secs" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$secs bestrss=$rss
    fi
  done
  mbs=$(awk -v b="$bytes" -v s="$best" 'BEGIN { printf "%.4f", b / 1e6 / s }') # unrounded, for the ratio
  awk -v m="$mbs" -v d="$docs" -v s="$best" -v r="$bestrss" -v l="$label" -v n="$runs" 'BEGIN {
    printf "%s: %.1f MB/s, %.0f documents/s, peak RSS %.0f MB (%.1f s, best of %d)", l, m, d / s, r / 1024, s, n }'
}
echo "corpus: $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB, $docs documents, $(nproc) cores, $(go env GOVERSION)"
# One worker on one core is the single-core figure: unpinned, reading and
# the garbage collector run beside the worker on the other core.
if command -v taskset > /dev/null; then
  run "-j 1, one core" 1 taskset -c 0
  echo
  one=$mbs
fi
run "-j 1" 1
echo
run "-j 2" 2
[ -n "${one:-}" ] && awk -v a="$mbs" -v b="$one" 'BEGIN { printf " (%.2fx one core)", a / b }'
echo

# Time to the first record: start, read one small file, print one line.
small=testdata/text/web-page.txt
best=999999
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  "$bin" extract "$small" | head -n 1 > /dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  [ "$ms" -lt "$best" ] && best=$ms
done
echo "first record of a small file: ${best} ms (best of 5)"

# One big file: a newspaper dump of thousands of articles in one file, whose
# articles the workers share. Two workers against one, and the same records.
big="$work/big.txt"
if [ ! -f "$big" ]; then
  for _ in $(seq 3900); do
    for f in testdata/text/*; do cat "$f"; printf '\n\n\n\n'; done
  done > "$big"
fi
bigrun() { # workers: the fastest of $runs runs, in seconds
  bestb=
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e' -o "$work/time" "$bin" extract -q -j "$1" -o "$work/big-$1.jsonl" "$big"
    read -r secs < "$work/time"
    if [ -z "$bestb" ] || awk -v a="$secs" -v b="$bestb" 'BEGIN { exit !(a < b) }'; then bestb=$secs; fi
  done
  echo "$bestb"
}
b1=$(bigrun 1)
b2=$(bigrun 2)
same=identical
cmp -s "$work/big-1.jsonl" "$work/big-2.jsonl" || same=DIFFERENT
awk -v a="$b1" -v b="$b2" -v s="$(wc -c < "$big")" -v same="$same" 'BEGIN {
  printf "one big file (%.1f MB): -j 1 %.1f s, -j 2 %.1f s (%.2fx), records %s\n", s / 1e6, a, b, a / b, same }'
[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"
