#!/bin/sh
# pgo.sh: write cmd/zxtract/default.pgo, the CPU profile go build uses to
# optimise the binary (profile-guided optimisation: the hot calls of the
# rules' matching, regexp2's among them, are inlined; a fifth fewer
# instructions per byte when it was added). The profile is of zxtract
# extracting the project's texts, repeated to about 10 MB, with one worker.
# Rerun it when the pipeline's hot paths change: an outdated profile still
# builds, it only helps less.
# Usage: scripts/pgo.sh
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/zxtract" ./cmd/zxtract
mkdir "$work/corpus"
i=0
while [ "$i" -lt 400 ]; do
  i=$((i + 1))
  for f in testdata/text/*.txt testdata/html/*.html; do
    cp "$f" "$work/corpus/$(printf '%04d' "$i")-$(basename "$f")"
  done
done
"$work/zxtract" extract -q -j 1 --cpuprofile "$work/cpu.pprof" -o /dev/null "$work/corpus"
cp "$work/cpu.pprof" cmd/zxtract/default.pgo
echo "cmd/zxtract/default.pgo: $(wc -c < cmd/zxtract/default.pgo) bytes, from $(du -sh "$work/corpus" | cut -f1) of texts"
