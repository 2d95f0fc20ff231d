package engine

import (
	"strings"
	"testing"

	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// TestSettle: one policy decides every conflict, whatever the kinds.
func TestSettle(t *testing.T) {
	set := compileRules(t, `rules:
  - {id: num, kind: figure, pattern: '[0-9]+件'}
  - {id: num-long, kind: figure, pattern: '[0-9]+件提案'}
  - {id: title, kind: title, pattern: '《.*》'}
  - {id: inner, kind: title, pattern: '《条例》'}
  - {id: quoted, kind: quote, pattern: '“[^”]*”'}
  - {id: no-phone, excludes: [figure], pattern: '0[0-9]{3}-[0-9]+'}
  - {id: first, kind: tie, pattern: 'AB'}
  - {id: second, kind: tie, pattern: 'AB'}
  - {id: opens, kind: title, pattern: 'BC'}
  - {id: crosses, kind: figure, pattern: 'CD'}
`)
	e := New(set, testKinds{nests: "title", opens: [2]string{"title", "tie"}})
	cases := []struct{ in, want string }{
		{"收到12件提案", "num-long"},             // the longer wins
		{"“3件”", "quoted num"},              // another kind may sit inside
		{"电话0931-12件", "no-phone:excluded"}, // an exclusion takes the figure away
		{"《关于《条例》的说明》", "title inner"},      // titles nest
		{"AB", "first"},                     // the rule listed first
		{"ABC", "first opens"},              // a title may begin on a tie's last character
		{"ABCD", "first opens"},             // a figure may not begin on a title's
	}
	for _, c := range cases {
		v := text.Normalise([]rune(c.in), false)
		var trace []*Match
		var got []string
		e.MatchUnits(rules.ScopeSentence, v, []text.Range{{Start: 0, End: len(v.Runes)}}, func(record.Warning) {}, &trace, nil, func(_ int, won []*Match) {
			for _, m := range won {
				got = append(got, m.Rule.ID)
			}
		})
		for _, m := range trace {
			if strings.HasPrefix(m.Lost(), "excluded by no-phone") {
				got = append(got, "no-phone:excluded")
			}
		}
		if s := strings.Join(got, " "); s != c.want {
			t.Errorf("%s: %q, want %q", c.in, s, c.want)
		}
	}
}

// TestKeepRefused: a match its kind refuses takes part in no conflict and
// hides no place after its start, where the rule may match again (a title
// whose "names" are no name, then a title with a name inside them).
func TestKeepRefused(t *testing.T) {
	set := compileRules(t, `rules:
  - {id: titled, kind: person, pattern: '(?:记者|律师)[^,。]{2,12}'}
`)
	e := New(set, testKinds{})
	in := "记者采访了律师许某,"
	v := text.Normalise([]rune(in), false)
	keep := func(_ int, m *Match) bool { return !strings.Contains(string(v.Runes[m.Start:m.End]), "采访") }
	var got []string
	e.MatchUnits(rules.ScopeSentence, v, []text.Range{{Start: 0, End: len(v.Runes)}}, func(record.Warning) {}, nil, keep, func(_ int, won []*Match) {
		for _, m := range won {
			got = append(got, string(v.Runes[m.Start:m.End]))
		}
	})
	if s := strings.Join(got, " "); s != "律师许某" {
		t.Errorf("%s: %q, want 律师许某", in, s)
	}
}
