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
		if got := lex.trie(false); got != c.want {
			t.Errorf("trie(%q) = %s, want %s", c.words, got, c.want)
		}
	}
	// Anchored, more than eight branches go in groups behind lookaheads of
	// their first characters, in their order.
	lex := &Lexicon{}
	for _, w := range strings.Fields("主席 主任 副主席 委员 常委 书记 秘书长 部长 局长 厅长 院长 长 员") {
		lex.add(w, "")
	}
	want := `(?:(?=[主副委])(?:主[席任]|副主席|委员)|(?=[常书秘])(?:常委|书记|秘书长)|(?=[部局厅])(?:部长|局长|厅长)|(?=[院长员])(?:院长|[长员]))`
	if got := lex.anchoredTrie(); got != want {
		t.Errorf("anchoredTrie = %s, want %s", got, want)
	}
	// Read right to left, the words are factored by their ends, a longer
	// beginning optional before the shorter word, and guarded by a
	// lookbehind of their last characters.
	back := &Lexicon{}
	for _, w := range strings.Fields("部长 副部长 局长 主席 副主席 委员 人") {
		back.add(w, "")
	}
	want = `(?:(?:(?:副)?部|局)长|(?:副)?主席|委员|人)(?<=[长席员人])`
	if got := back.trie(true); got != want {
		t.Errorf("trie read right to left = %s, want %s", got, want)
	}
}

// FuzzLexiconTrie checks that the factored forms match what the plain
// alternation matches, at every position of a text, with the same preference
// when what follows forces the engine to backtrack into it.
func FuzzLexiconTrie(f *testing.F) {
	f.Add("人次 人 个 个百分点 百分点 件", "共3人次和5个百分点,4人,7个")
	f.Add("ab a abc b", "abcabxab")
	f.Add("a.b a-b [x] ^", "a.b a-b [x] ^^")
	f.Add("a b c d e f g h i j ab abc ba", "abcabxabjba")
	f.Add("区 自治区 省 市 县 旗 盟 州 镇 乡 村 街道", "自治区党委和县委")
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
			// Read right to left, in a lookbehind (自治区 before 党委), the trie
			// written for it (factored by ends, guarded by a lookbehind of last
			// characters) prefers what the plain alternation does: the longest
			// word that ends there.
			back := regexp2.MustCompile(`\G(?<=(?<w>` + lex.trie(true) + `))` + tail)
			plainBack := regexp2.MustCompile(`\G(?<=(?<w>` + lex.alternation() + `))` + tail)
			for i := range []rune(text) {
				a, _ := back.FindRunesMatchStartingAt([]rune(text), i+1)
				b, _ := plainBack.FindRunesMatchStartingAt([]rune(text), i+1)
				if (a == nil) != (b == nil) || a != nil && a.GroupByName("w").String() != b.GroupByName("w").String() {
					t.Fatalf("words %q, tail %q, text %q, back from %d: trie %v, plain %v", lex.Entries, tail, text, i+1, a, b)
				}
			}
			for _, form := range []string{lex.trie(false), lex.anchoredTrie()} {
				trie, err := regexp2.Compile(`\G` + form + tail)
				if err != nil {
					t.Fatalf("%s of %q does not compile: %v", form, lex.Entries, err)
				}
				rs := []rune(text)
				for i := range rs {
					a, _ := plain.FindRunesMatchStartingAt(rs, i)
					b, _ := trie.FindRunesMatchStartingAt(rs, i)
					if (a == nil) != (b == nil) || a != nil && a.String() != b.String() {
						t.Fatalf("words %q, tail %q, text %q at %d: plain %v, trie %v (%s)", lex.Entries, tail, text, i, a, b, form)
					}
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
	set := defaultSet(t)
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

// TestLongestAffix: the longest entry a text opens or ends with, 0 for none
// and for no lexicon.
func TestLongestAffix(t *testing.T) {
	lex := &Lexicon{}
	for _, w := range []string{"主任", "副主任", "主持", "永远荣誉会长"} {
		lex.add(w, "")
	}
	rs := []rune("副主任主持")
	if got := lex.LongestPrefix(rs); got != 3 {
		t.Errorf("LongestPrefix = %d, want 3", got)
	}
	if got := lex.LongestSuffix(rs); got != 2 {
		t.Errorf("LongestSuffix = %d, want 2", got)
	}
	if got := lex.LongestPrefix([]rune("会议")); got != 0 {
		t.Errorf("LongestPrefix of no entry = %d", got)
	}
	// past the lengths no entry has (5, 4) to one that does
	if got := lex.LongestSuffix([]rune("同乡会永远荣誉会长")); got != 6 {
		t.Errorf("LongestSuffix of a long entry = %d, want 6", got)
	}
	if got := lex.LongestSuffix([]rune("荣誉会长")); got != 0 {
		t.Errorf("LongestSuffix of no entry = %d", got)
	}
	var none *Lexicon
	if none.LongestPrefix(rs) != 0 || none.LongestSuffix(rs) != 0 {
		t.Error("a nil lexicon holds an entry")
	}
	// an entry added after a walk is walked too
	lex.add("主持人", "")
	if got := lex.LongestPrefix([]rune("主持人说")); got != 3 {
		t.Errorf("LongestPrefix after an entry added = %d, want 3", got)
	}
	if n := testing.AllocsPerRun(100, func() { lex.LongestPrefix(rs); lex.LongestSuffix(rs) }); n != 0 {
		t.Errorf("a longest entry allocates %v times per call", n)
	}
	// On the default lexicons, each entry inside words of others: the
	// longest entry as the word list, asked of every length, says.
	set := defaultSet(t)
	for _, lex := range set.Lexicons {
		for k, e := range lex.Entries {
			other := []rune(lex.Entries[(k+1)%len(lex.Entries)])
			rs := append(append(append([]rune{}, other...), []rune(e)...), other...)
			for i := range rs {
				if got, want := lex.LongestPrefix(rs[i:]), longestBy(lex, rs[i:], false); got != want {
					t.Fatalf("%s: LongestPrefix(%q) %d, want %d", lex.Name, string(rs[i:]), got, want)
				}
				if got, want := lex.LongestSuffix(rs[:i+1]), longestBy(lex, rs[:i+1], true); got != want {
					t.Fatalf("%s: LongestSuffix(%q) %d, want %d", lex.Name, string(rs[:i+1]), got, want)
				}
			}
		}
	}
}

// longestBy is the longest entry rs opens (or ends) with, found by asking
// Has of every length.
func longestBy(lex *Lexicon, rs []rune, suffix bool) int {
	for n := len(rs); n > 0; n-- {
		w := rs[:n]
		if suffix {
			w = rs[len(rs)-n:]
		}
		if lex.Has(string(w)) {
			return n
		}
	}
	return 0
}
