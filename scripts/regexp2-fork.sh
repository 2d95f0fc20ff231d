#!/bin/sh
# regexp2-fork.sh: write third_party/regexp2, the regexp2 release go.mod
# names with third_party/regexp2.patch applied (go.mod's replace builds with
# it). The patch makes a pattern's compilation two to three times faster,
# answers CJK classes from a bitmap, reads a match's deadline every 256
# operators and inlines the test of its stacks' room (see the README's
# speed section); drop the fork, the replace
# and this script once a release carries the fixes. Its tests are left
# out: they are the release's.
# Usage: scripts/regexp2-fork.sh   (needs the go command and patch)
set -eu
cd "$(dirname "$0")/.."
version=v2.13.1
src=$(cd / && go mod download -json "github.com/dlclark/regexp2/v2@$version" |
  sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$src" ] || { echo "regexp2-fork: cannot download regexp2 $version" >&2; exit 1; }
dst=third_party/regexp2
rm -rf "$dst"
mkdir -p "$dst"
cp "$src/go.mod" "$src/LICENSE" "$src/ATTRIB" "$dst/"
for pkg in . syntax helpers; do
  mkdir -p "$dst/$pkg"
  for f in "$src/$pkg"/*.go; do
    case $f in *_test.go) continue ;; esac
    cp "$f" "$dst/$pkg/"
  done
done
chmod -R u+w "$dst"
patch -s -p1 -d "$dst" < third_party/regexp2.patch
echo "regexp2 $version, patched, in $dst"
