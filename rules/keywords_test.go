package rules

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dlclark/regexp2/v2"
)

func TestDeriveKeywords(t *testing.T) {
	cases := []struct {
		pattern string
		want    []string
	}{
		{`政协`, []string{"政协"}},
		{`(?:市|县)政协`, []string{"县政协", "市政协"}},
		{`(?:市|县)?政协主席`, []string{"政协主席"}},
		{`《(?<text>[^《》]{1,80})》`, []string{"《"}},
		{`[0-9]+(?:件|人)`, []string{"0人", "0件", "1人", "1件", "2人", "2件", "3人", "3件", "4人", "4件", "5人", "5件", "6人", "6件", "7人", "7件", "8人", "8件", "9人", "9件"}},
		{`\d+`, nil},
		{`(?<=截至)[0-9]{4}年`, []string{"截至0", "截至1", "截至2", "截至3", "截至4", "截至5", "截至6", "截至7", "截至8", "截至9"}}, // a lookbehind joins what follows it
		{`(?<=市|县)委`, []string{"县委", "市委"}},
		{`委(?=员会)`, []string{"委员会"}},
		{`(?:(?<=市|县)|)委`, []string{"委"}},
		{`(?<!第)[0-9]+次`, []string{"0次", "1次", "2次", "3次", "4次", "5次", "6次", "7次", "8次", "9次"}},
		{`十[一二三]届`, []string{"十一届", "十三届", "十二届"}},
		{`.*`, nil},
		{`(?i)ab`, []string{"AB", "Ab", "aB", "ab"}}, // the cases regexp2 matches
		{`a|.`, nil},
		{`x{2}`, []string{"xx"}},
		{`(?:abc)?`, nil},
		{`[^a]+b`, []string{"b"}},
		{`\u653f协`, []string{"政协"}},
		{`(?<a>a)\k<a>`, []string{"a"}},
	}
	for _, c := range cases {
		if got := DeriveKeywords(c.pattern); !reflect.DeepEqual(got, c.want) {
			t.Errorf("DeriveKeywords(%q) = %q, want %q", c.pattern, got, c.want)
		}
	}
}

// FuzzDeriveKeywords checks the promise the prefilter relies on: a text the
// pattern matches in holds a keyword of each set.
func TestDeriveKeywordSets(t *testing.T) {
	cases := []struct {
		pattern string
		want    [][]string
	}{
		// a number ends with a digit: the digit and the unit after it
		{`[0-9]+(?:件|人)`, [][]string{{"0人", "0件", "1人", "1件", "2人", "2件", "3人", "3件", "4人", "4件", "5人", "5件", "6人", "6件", "7人", "7件", "8人", "8件", "9人", "9件"}}},
		{`(?<year>[0-9]{4})年(?<month>[0-9]{1,2})月`, [][]string{
			{"0年", "1年", "2年", "3年", "4年", "5年", "6年", "7年", "8年", "9年"},
			{"0月", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月"}}},
		// regexp2 factors 本 out of the alternation; the literals still join
		{`本报讯|本刊讯|本报[^,]{1,8}讯`, [][]string{{"本刊讯", "本报"}, {"讯"}}},
		{`(?:19|20)[0-9]{2}年`, [][]string{{"190", "191", "192", "193", "194", "195", "196", "197", "198", "199", "200", "201", "202", "203", "204", "205", "206", "207", "208", "209"}, {"0年", "1年", "2年", "3年", "4年", "5年", "6年", "7年", "8年", "9年"}}},
		{`市政协(?:主席|副主席)`, [][]string{{"市政协主席", "市政协副主席"}}},
		{`(?:a|b)?c`, [][]string{{"c"}}},
		{`.*`, nil},
	}
	for _, c := range cases {
		if got := DeriveKeywordSets(c.pattern); !reflect.DeepEqual(got, c.want) {
			t.Errorf("DeriveKeywordSets(%q) = %q, want %q", c.pattern, got, c.want)
		}
	}
}

// BenchmarkDeriveLongLiteral: a literal of a thousand characters with an
// optional last one (a set of two strings of different lengths), which the
// fuzzer found took seconds when every part of the longer was looked up.
func BenchmarkDeriveLongLiteral(b *testing.B) {
	pattern := strings.Repeat("协商", 500) + "会?"
	for b.Loop() {
		DeriveKeywordSets(pattern)
	}
}

func FuzzDeriveKeywords(f *testing.F) {
	seeds := [][2]string{
		{`政协`, `市政协主席`}, {`(?:a|b)+c`, `abac`}, {`[a-z]{2,3}`, `xyz`}, {`(?<=x)y`, `xy`},
		{`\`, `\`}, {`(`, ``}, {`[`, `[`}, {`{1,`, `{1,`}, {`(?:市|县)?政协`, `县政协`},
		{`\d+(?:件|人次?)`, `12人次`}, {`a{2,}b?`, `aaab`}, {`[一二三]十?`, `三十`},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, pattern, input string) {
		sets := DeriveKeywordSets(pattern)
		if sets == nil {
			return
		}
		re, err := regexp2.Compile(pattern, regexp2.None)
		if err != nil {
			return
		}
		re.MatchTimeout = DefaultTimeout
		m, err := re.FindStringMatch(input)
		if err != nil || m == nil || m.RuneLength == 0 {
			return
		}
		// The engine scans the text as regexp2 reads it: runes, with each
		// invalid byte a U+FFFD.
		text := string([]rune(input))
	sets:
		for _, kws := range sets {
			for _, k := range kws {
				if strings.Contains(text, k) {
					continue sets
				}
			}
			t.Errorf("pattern %q matched %q in %q, which holds none of the keywords %q", pattern, m.String(), input, kws)
		}
	})
}

// TestDeriveStarts: the strings a match begins with, read past the
// lookarounds that open it, of every branch of an alternation; none where
// a branch may begin anywhere.
func TestDeriveStarts(t *testing.T) {
	cases := []struct {
		pattern string
		want    []string
	}{
		{`(?<=市)政协`, []string{"政协"}},
		{`[,;](?<names>\p{Han}{2,3})`, []string{",", ";"}},
		{`(?<=(?<before>美国|美))(?<named>陆军|军)|(?<=中国)(?<named>代表团)`, []string{"陆军", "军", "代表团"}},
		{`(?<=美)军|[0-9]+件`, []string{"军", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}},
		{`(?<=美)军|.*政协`, nil},
		{`.*政协`, nil},
	}
	for _, c := range cases {
		if got := DeriveStarts(c.pattern); !slices.Equal(got, c.want) {
			t.Errorf("DeriveStarts(%s) = %q, want %q", c.pattern, got, c.want)
		}
	}
}

// TestTitleRulesKeepStarts: the rules that begin at a title keep the
// titles as the places their matches start, however many titles the
// lexicon holds (a set over maxKeywords is dropped, and a rule without its
// starts is scanned instead, which reads other names).
func TestTitleRulesKeepStarts(t *testing.T) {
	set := defaultSet(t)
	titles := 0
	for _, r := range set.Rules {
		if r.ID == "person.title-before" {
			titles = len(r.Starts)
		}
	}
	if titles == 0 {
		t.Fatalf("person.title-before has no starts (over %d keywords?)", maxKeywords)
	}
	if titles > maxKeywords*3/4 {
		t.Errorf("person.title-before starts at %d strings, near the bound of %d: raise maxKeywords", titles, maxKeywords)
	}
}

// TestUnitLineKeywords: person.unit-line runs where an organisation's last
// character and a space occur, its keywords listed by hand; every ending of
// the words its pattern implies (UNIT_ENDS) is among them, so that a suffix
// added with a new last character cannot leave the rule silent.
func TestUnitLineKeywords(t *testing.T) {
	r := defaultSet(t).Rule("person.unit-line")
	if r == nil {
		t.Fatal("no rule person.unit-line")
	}
	implied := 0
	for _, set := range r.KeywordSets {
		if slices.Equal(set, r.Keywords) {
			continue
		}
		implied++
		for _, w := range set {
			if strings.TrimSpace(w) == "" {
				continue // (the spaces themselves, a set of their own)
			}
			rs := []rune(w)
			for _, space := range []string{" ", "　"} {
				if k := string(rs[len(rs)-1]) + space; !slices.Contains(r.Keywords, k) {
					t.Errorf("person.unit-line has no keyword %q (for %s)", k, w)
				}
			}
		}
	}
	if implied == 0 {
		t.Error("person.unit-line's pattern implies no keywords")
	}
}
