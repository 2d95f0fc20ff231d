package rules

import (
	"strings"
	"testing"

	"github.com/dlclark/regexp2/v2"
	"github.com/dlclark/regexp2/v2/syntax"
)

func TestRecaptures(t *testing.T) {
	for pattern, want := range map[string]bool{
		`(?<num>[0-9]+)(?<unit>件|人)`:            false,
		`(?<num>[0-9]+)(?<unit>件)?`:             false, // ? repeats nothing
		`(?:(?<a>x)|(?<b>y))z`:                  false,
		`(?<s>万)?余(?<s>万)?`:                     true,  // one name, twice
		`(?:(?<y>[0-9]{4})年|(?<y>今)年)`:          false, // in two branches
		`(?:(?<y>[0-9]{4})年|(?<y>今)年)(?<y>末)?`:  true,
		`((?<a>x)(?<a>y)|z)`:                    true,
		`(?:(?<w>[a-z]+),)+`:                    true, // a repeated group
		`(?:(?<w>[a-z]+),)*?`:                   true,
		`(?:(?<w>[a-z]+),){2}`:                  true,
		`(?=(?<ahead>[0-9]))(?<n>[0-9]+)`:       false,
		`(?<n>[0-9]+)(?:年|月)(?<m>[0-9]+)(?:日)?`: false,
	} {
		tree, err := syntax.Parse(pattern, syntax.ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if _, got := captureSet(tree.Root); got != want {
			t.Errorf("%q may capture twice: %v, want %v", pattern, got, want)
		}
	}
}

// BenchmarkCompileDefaults is what loading the default rules costs before
// the first record: parsing, expanding, analysing (keywords and starts).
// defaultSet is the default rules, compiled.
func defaultSet(tb testing.TB) *Set {
	tb.Helper()
	l := NewLoader()
	l.AddFS(Defaults, "defaults")
	set, errs := l.Compile(Options{})
	if len(errs) > 0 {
		tb.Fatal(errs)
	}
	return set
}

func BenchmarkCompileDefaults(b *testing.B) {
	for b.Loop() {
		l := NewLoader()
		l.AddFS(Defaults, "defaults")
		if _, errs := l.Compile(Options{}); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}

// BenchmarkCompilePatterns compiles every default rule's patterns, which
// runs do as each is first needed (regexp2's compiler: see
// third_party/regexp2.patch).
func BenchmarkCompilePatterns(b *testing.B) {
	set := defaultSet(b)
	for b.Loop() {
		for _, r := range set.Rules {
			for _, p := range []*lazyRegexp{r.re, r.anchor} {
				if p != nil {
					p.fresh().get()
				}
			}
		}
	}
}

// TestAnchoredForm: an anchored pattern groups the lexicon that opens it
// (past the groups it opens and a lookaround before it, through a macro),
// and writes every other lexicon as the plain trie.
func TestAnchoredForm(t *testing.T) {
	l, lex := loaderWith("主席 主任 副主席 委员 常委 书记 秘书长 部长 局长 厅长 院长 长 员")
	l.macros["LEAD"] = macro{text: "(?:{T})"}
	grouped, plain, back := "(?:"+lex.anchoredTrie()+")", lex.trie(false), lex.trie(true)
	cases := []struct{ pattern, want string }{
		{`(?<title>{T})(?={T})`, `(?<title>` + grouped + `)(?=` + plain + `)`},
		{`(?<=^[^,]{4})(?>(?<post>{T}))`, `(?<=^[^,]{4})(?>(?<post>` + grouped + `))`},
		{`{LEAD}x`, `(?:(?:` + grouped + `))x`},
		{`x{T}`, `x` + plain},
		{`(?=[(]{T})`, `(?=[(]` + plain + `)`},
		// in a lookbehind, read right to left: guarded by its last characters
		{`x(?<=[(]{T})(?={T})`, `x(?<=[(]` + back + `)(?=` + plain + `)`},
	}
	fast := newExpander(l)
	for _, c := range cases {
		got, err := l.anchoredForm(c.pattern, false, fast)
		if err != nil || got != c.want {
			t.Errorf("anchoredForm(%s) = %s (%v), want %s", c.pattern, got, err, c.want)
		}
	}
	if _, err := l.anchoredForm(`{NONE}`, false, fast); err == nil {
		t.Error("anchoredForm({NONE}): no error for an unknown name")
	}
}

// TestQuantifiedLexicon: a lexicon a quantifier follows ({T}?) is grouped
// whole, its guard with it, so that the quantifier makes the guard optional
// too: an optional label must not demand that a label's first character
// follow.
func TestQuantifiedLexicon(t *testing.T) {
	l, lex := loaderWith("编辑 审核 校对 一审 二审 三审 初审")
	x := newExpander(l)
	for _, q := range []string{"?", "*", "+", "{0,2}"} {
		for _, rtl := range []bool{false, true} { // (right to left the guard follows the trie: (?:…)(?<=[…]))
			got, err := x.expand("a{T}"+q+"b", rtl)
			if want := "a(?:" + lex.trie(rtl) + ")" + q + "b"; err != nil || got != want {
				t.Errorf("expand(a{T}%sb, rtl %v) = %s (%v), want %s", q, rtl, got, err, want)
			}
		}
	}
	re := regexp2.MustCompile(must(x.expand(`^{T}:\p{Han}{2,3}(?: {T}?\p{Han}{2,3})*$`, false)), regexp2.None)
	if ok, _ := re.MatchString("编辑:吴志超 杨立竹"); !ok {
		t.Error("an optional lexicon demanded its guard: 编辑:吴志超 杨立竹 did not match")
	}
}

// loaderWith is a loader that knows one lexicon, T, of the words given.
func loaderWith(words string) (*Loader, *Lexicon) {
	lex := &Lexicon{Name: "T"}
	for _, w := range strings.Fields(words) {
		lex.add(w, "")
	}
	l := NewLoader()
	l.lexicons["T"] = lex
	return l, lex
}

func must(s string, err error) string {
	if err != nil {
		panic(err)
	}
	return s
}
