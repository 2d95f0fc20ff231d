package rules

import (
	"reflect"
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
		{`(?:市|县)?政协主席`, []string{"县政协主席", "市政协主席", "政协主席"}},
		{`《(?<text>[^《》]{1,80})》`, []string{"《"}},
		{`[0-9]+(?:件|人)`, []string{"人", "件"}},
		{`\d+`, nil},
		{`(?<=截至)[0-9]{4}年`, []string{"截至"}},
		{`(?<!第)[0-9]+次`, []string{"次"}},
		{`十[一二三]届`, []string{"十一届", "十三届", "十二届"}},
		{`.*`, nil},
		{`(?i)abc`, nil},
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
		{`[0-9]+(?:件|人)`, [][]string{{"人", "件"}, {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}}},
		{`(?<year>[0-9]{4})年(?<month>[0-9]{1,2})月`, [][]string{{"年"}, {"月"}, {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}}},
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
