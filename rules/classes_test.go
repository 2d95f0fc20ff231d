package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/dlclark/regexp2/v2"
)

func TestSpellClasses(t *testing.T) {
	cases := []struct{ in, want string }{
		{`a\sb`, `a[` + spaceRanges + `]b`},
		{`[^、,\s“]{2,12}`, `[^、,` + spaceRanges + `“]{2,12}`},
		{`\p{Han}{2,8}[\p{Han}·]`, `[` + hanRanges + `]{2,8}[` + hanRanges + `·]`},
		{`\\s\S\P{Han}\p{L}`, `\\s\S\P{Han}\p{L}`}, // an escaped backslash, and escapes it does not spell
		{`[]\s]`, `[]` + spaceRanges + `]`},
		{`[a-[b]]\s`, `[a-[b]]\s`}, // a subtraction: left as written
	}
	for _, c := range cases {
		if got := spellClasses(c.in); got != c.want {
			t.Errorf("spellClasses(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

// TestSpelledClassesAgree: every character is in the spelled class where it
// is in the category regexp2 reads, and out of it where it is not, inside a
// class and out, negated and not.
func TestSpelledClassesAgree(t *testing.T) {
	for _, p := range []string{`^\s$`, `^[^\s]$`, `^\p{Han}$`, `^[^\p{Han}a]$`} {
		a := regexp2.MustCompile(p, regexp2.None)
		b, err := regexp2.Compile(spellClasses(p), regexp2.None)
		if err != nil {
			t.Fatalf("%s spelled does not compile: %v", p, err)
		}
		for r := rune(0); r < 0x110000; r++ {
			if r >= 0xd800 && r < 0xe000 {
				continue // surrogates: no text holds them
			}
			s := []rune{r}
			x, _ := a.MatchRunes(s)
			y, _ := b.MatchRunes(s)
			if x != y {
				t.Fatalf("%s: %U is %v in the category, %v in the ranges", p, r, x, y)
			}
		}
	}
}

// TestHanTablesAgree: regexp2, patched, answers a class of many ranges or of
// categories from a bitmap of the CJK block (third_party/regexp2.patch),
// built from the class's ranges and categories; it must hold what the class
// holds, negated and not, and the runes either side of the block.
func TestHanTablesAgree(t *testing.T) {
	isHan := func(r rune) bool { return unicode.Is(unicode.Han, r) }
	ranges := func(r rune) bool { // five ranges apart, the first and last at the block's ends
		return r == 0x3000 || r >= 0x3002 && r <= 0x3004 || r == '《' || r >= '一' && r <= '丁' || r >= 0x9ffe && r <= 0xa001
	}
	cases := []struct {
		pattern string
		in      func(rune) bool
	}{
		{`^\p{Han}$`, isHan},
		{`^\P{Han}$`, func(r rune) bool { return !isHan(r) }},
		{`^[^\p{Han}]$`, func(r rune) bool { return !isHan(r) }},
		{`^[\P{Han}a]$`, func(r rune) bool { return !isHan(r) }},
		{`^[\p{Han}\p{Hiragana}]$`, func(r rune) bool { return isHan(r) || unicode.Is(unicode.Hiragana, r) }},
		// categories whose tables step over runes (the brackets of CJK punctuation, every other one)
		{`^\p{Ps}$`, func(r rune) bool { return unicode.Is(unicode.Ps, r) }},
		{`^[\p{Pe}\p{Han}]$`, func(r rune) bool { return unicode.Is(unicode.Pe, r) || isHan(r) }},
		{`^[\x{3000}\x{3002}-\x{3004}《一-丁\x{9ffe}-\x{a001}]$`, ranges},
		{`^[^\x{3000}\x{3002}-\x{3004}《一-丁\x{9ffe}-\x{a001}]$`, func(r rune) bool { return !ranges(r) }},
	}
	for _, c := range cases {
		re := regexp2.MustCompile(c.pattern, regexp2.None)
		for r := rune(0x2f00); r < 0xa100; r++ {
			got, _ := re.MatchRunes([]rune{r})
			if got != c.in(r) {
				t.Fatalf("%s: %U matched %v, want %v", c.pattern, r, got, c.in(r))
			}
		}
	}
}

// TestSpelledRulesAgree: every default rule, its classes spelled as it is
// compiled, matches what it matches as written, group by group, on its
// examples and the texts of testdata.
func TestSpelledRulesAgree(t *testing.T) {
	l := NewLoader()
	l.AddFS(Defaults, "defaults")
	set, errs := l.Compile(Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	texts := testdataTexts(t)
	fast := newExpander(l)
	spelled := 0
	for _, r := range set.Rules {
		plain, err := fast.expand(r.Pattern, r.RightToLeft)
		if err != nil {
			t.Fatal(err)
		}
		plain = unguarded(plain)
		if plain == r.re.pattern() {
			continue
		}
		spelled++
		a := regexp2.MustCompile(plain, r.regexOptions())
		b := regexp2.MustCompile(r.re.pattern(), r.regexOptions())
		all := append([]string(nil), texts...)
		for _, ex := range r.Examples.List() {
			all = append(all, ex.Text)
		}
		for _, s := range all {
			if x, y := allMatches(a, s), allMatches(b, s); x != y {
				t.Fatalf("rule %s, spelled, matches otherwise in %q:\nas written %s\nspelled    %s", r.ID, s, x, y)
			}
		}
	}
	if spelled == 0 {
		t.Fatal("no rule has a class spelled: the test tests nothing")
	}
}

// allMatches writes every match and every capture of every group.
func allMatches(re *regexp2.Regexp, s string) string {
	var b strings.Builder
	m, _ := re.FindStringMatch(s)
	for m != nil {
		for _, g := range m.Groups() {
			for _, c := range g.Captures {
				fmt.Fprintf(&b, "%s:%d+%d ", g.Name, c.RuneIndex, c.RuneLength)
			}
		}
		b.WriteString("| ")
		m, _ = re.FindNextMatch(m)
	}
	return b.String()
}

func testdataTexts(t *testing.T) []string {
	files, _ := filepath.Glob("../testdata/text/*")
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, strings.Split(string(data), "\n")...)
	}
	if len(out) == 0 {
		t.Fatal("no texts in ../testdata/text")
	}
	return out
}
