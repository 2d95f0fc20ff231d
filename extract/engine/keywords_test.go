package engine

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/extract/text"
)

// naiveHits finds every keyword at every position by comparing runes: what
// keywordIndex.find must return, in the same order.
func naiveHits(kws []string, rs []rune) []kwHit {
	var out []kwHit
	for i := range rs {
		var here []kwHit
		for k, w := range kws {
			kr := []rune(w)
			if len(kr) > 0 && i+len(kr) <= len(rs) && slices.Equal(rs[i:i+len(kr)], kr) {
				here = append(here, kwHit{int32(i), int32(i + len(kr)), int32(k)})
			}
		}
		slices.SortFunc(here, func(a, b kwHit) int { return int(a.end - b.end) })
		out = append(out, here...)
	}
	return out
}

func TestKeywordIndexFindsEveryKeyword(t *testing.T) {
	e := defaultEngine(t)
	kws := make([]string, 0)
	seen := map[string]bool{}
	for _, r := range e.Set.Rules {
		for _, set := range r.KeywordSets {
			for _, k := range set {
				if !seen[k] {
					seen[k] = true
					kws = append(kws, k)
				}
			}
		}
	}
	x := newKeywordIndex(kws)
	files, _ := filepath.Glob(testkit.Testdata("text", "*"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rs := text.Normalise([]rune(string(b)), false).Runes
		got, want := x.find(nil, rs), naiveHits(kws, rs)
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("%s: %d hits, want %d", f, len(got), len(want))
		}
	}
}

// FuzzKeywordIndex: for any keywords and text, the index finds what a naive
// search finds.
func FuzzKeywordIndex(f *testing.F) {
	f.Add("人 人次 个 个百分点 百分点 届", "共3人次和5个百分点,十五届")
	f.Add("ab a b abc 𠀀x", "abcabx𠀀x")
	f.Fuzz(func(t *testing.T, words, text string) {
		if !utf8.ValidString(words) { // keywords come from compiled patterns: valid UTF-8
			return
		}
		kws := strings.Fields(words)
		if len(kws) > 50 {
			return
		}
		uniq := map[string]bool{}
		for _, k := range kws {
			if uniq[k] {
				return
			}
			uniq[k] = true
		}
		rs := []rune(text)
		got, want := newKeywordIndex(kws).find(nil, rs), naiveHits(kws, rs)
		if !slices.Equal(got, want) {
			t.Fatalf("keywords %q in %q: got %v, want %v", kws, text, got, want)
		}
	})
}
