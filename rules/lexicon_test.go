package rules

import (
	"strings"
	"testing"

	"github.com/dlclark/regexp2/v2"
)

func TestLexiconTrie(t *testing.T) {
	cases := []struct {
		words []string
		want  string
	}{
		{[]string{"件", "个", "人次", "人", "个百分点", "百分点"}, `(?=[件个人百])(?:个(?:百分点)?|人(?:次)?|百分点|件)`}, // guarded: four first characters
		{[]string{"平方米", "平方公里", "立方米"}, `(?:平方(?:公里|米)|立方米)`},
		{[]string{"a.b", "a-", "]"}, `(?:a(?:\.b|\-)|\])`},
		{nil, `(?:)`},
	}
	for _, c := range cases {
		lex := &Lexicon{}
		for _, w := range c.words {
			lex.add(w, "")
		}
		if got := lex.trie(); got != c.want {
			t.Errorf("trie(%q) = %s, want %s", c.words, got, c.want)
		}
	}
}

// FuzzLexiconTrie checks that the factored form matches what the plain
// alternation matches, at every position of a text, with the same preference
// when what follows forces the engine to backtrack into it.
func FuzzLexiconTrie(f *testing.F) {
	f.Add("人次 人 个 个百分点 百分点 件", "共3人次和5个百分点,4人,7个")
	f.Add("ab a abc b", "abcabxab")
	f.Add("a.b a-b [x] ^", "a.b a-b [x] ^^")
	f.Fuzz(func(t *testing.T, words, text string) {
		lex := &Lexicon{}
		for _, w := range strings.Fields(words) {
			lex.add(w, "")
		}
		if len(lex.Entries) == 0 {
			return
		}
		for _, tail := range []string{"", "b", "(?=.)"} {
			plain := regexp2.MustCompile(`\G` + lex.alternation() + tail)
			trie, err := regexp2.Compile(`\G` + lex.trie() + tail)
			if err != nil {
				t.Fatalf("trie of %q does not compile: %v", lex.Entries, err)
			}
			rs := []rune(text)
			for i := range rs {
				a, _ := plain.FindRunesMatchStartingAt(rs, i)
				b, _ := trie.FindRunesMatchStartingAt(rs, i)
				if (a == nil) != (b == nil) || a != nil && a.String() != b.String() {
					t.Fatalf("words %q, tail %q, text %q at %d: plain %v, trie %v (%s)", lex.Entries, tail, text, i, a, b, lex.trie())
				}
			}
		}
	})
}

func TestHasRunes(t *testing.T) {
	lex := &Lexicon{}
	lex.add("满意率", "")
	word, other := []rune("满意率"), []rune("办复率")
	if !lex.HasRunes(word) || lex.HasRunes(other) || lex.HasRunes(nil) {
		t.Fatal("HasRunes disagrees with the lexicon")
	}
	if n := testing.AllocsPerRun(100, func() { lex.HasRunes(word) }); n != 0 {
		t.Errorf("HasRunes allocates %v times per call", n)
	}
	// On the default lexicons: every entry, and every part of one (which
	// its last rune may wrongly rule out), as Has says.
	l := NewLoader()
	l.AddFS(Defaults, "rules")
	set, errs := l.Compile(Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for _, lex := range set.Lexicons {
		for _, e := range lex.Entries {
			rs := []rune(e)
			for i := range rs {
				for j := i; j <= len(rs); j++ {
					if got, want := lex.HasRunes(rs[i:j]), lex.Has(string(rs[i:j])); got != want {
						t.Fatalf("%s: HasRunes(%q) %v, Has %v", lex.Name, string(rs[i:j]), got, want)
					}
				}
			}
		}
	}
}
