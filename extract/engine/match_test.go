package engine

import (
	"fmt"
	"strings"
	"testing"

	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// TestMatchPathsAgree: for a rule whose groups capture at most once, the
// matches read from regexp2's reused storage are those of its full Match
// objects, capture for capture, in every sentence and line the tests reach.
func TestMatchPathsAgree(t *testing.T) {
	e := defaultEngine(t)
	compared := 0
	eachUnit(t, func(rs []rune, u text.Range) {
		for _, r := range e.Set.Rules {
			if r.Recaptures {
				continue
			}
			fast, err1 := matches(r, rs, u.Start, nil)
			full, err2 := matchesWithHistory(r, rs, u.Start)
			a, b := matchPositions(fast), matchPositions(full)
			if a != b || (err1 == nil) != (err2 == nil) {
				t.Fatalf("%s on %q: %s (%v) against %s (%v)", r.ID, string(rs), a, err1, b, err2)
			}
			compared += len(full)
		}
	})
	if compared == 0 {
		t.Fatal("no matches compared")
	}
	t.Logf("%d matches compared", compared)
}

// TestAnchoredAgree: a rule matched from the places its Starts occur finds
// what a scan of the whole unit finds, in every sentence and line the
// tests reach.
func TestAnchoredAgree(t *testing.T) {
	e := defaultEngine(t)
	compared, rulesAnchored := 0, 0
	for _, r := range e.Set.Rules {
		if r.Anchored() != nil {
			rulesAnchored++
		}
	}
	eachUnit(t, func(rs []rune, u text.Range) {
		for _, r := range e.Set.Rules {
			if r.Anchored() == nil {
				continue
			}
			var at []int32
			for i := range rs {
				for _, s := range r.Starts {
					if hasPrefixRunes(rs[i:], s) {
						at = append(at, int32(i))
						break
					}
				}
			}
			scan, err1 := matchesWithHistory(r, rs, u.Start)
			anchored, err2 := matchesAt(r, rs, u.Start, at, nil)
			if isTimeout(err1) || isTimeout(err2) {
				continue // a loaded machine's time limit, no disagreement of the two ways
			}
			a, b := matchPositions(scan), matchPositions(anchored)
			if a != b || (err1 == nil) != (err2 == nil) {
				t.Fatalf("%s on %q: scan %s, anchored %s", r.ID, string(rs), a, b)
			}
			compared += len(scan)
		}
	})
	if compared == 0 {
		t.Fatal("no matches compared")
	}
	t.Logf("%d rules anchored; %d matches compared", rulesAnchored, compared)
}

// eachUnit calls do with every line and sentence of the texts the tests
// reach.
func eachUnit(t *testing.T, do func(rs []rune, u text.Range)) {
	for _, d := range corpusDocs(t) {
		v := text.Normalise([]rune(d.Text), d.HTML)
		var lines []text.Range
		for _, l := range text.Lines(v) {
			lines = append(lines, l.Range)
		}
		for _, u := range append(lines, text.Sentences(v, lines)...) {
			do(v.Runes[u.Start:u.End], u)
		}
	}
}

func hasPrefixRunes(rs []rune, s string) bool {
	i := 0
	for _, r := range s {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// matchPositions writes the matches' ranges and captures.
func matchPositions(ms []*Match) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "[%d,%d) %v; ", m.Start, m.End, m.Captures)
	}
	return b.String()
}

// TestClone: a clone shares no matcher with its engine, and its rules are
// the same.
func TestClone(t *testing.T) {
	e := defaultEngine(t)
	c := e.Clone()
	for i, r := range e.Set.Rules {
		cr := c.Set.Rules[i]
		if cr.Regexp() == r.Regexp() || cr.Regexp().String() != r.Regexp().String() || cr.RightToLeft != r.RightToLeft || c.Set.Rule(r.ID) != cr {
			t.Fatalf("rule %s: clone shares its matcher or differs", r.ID)
		}
		if c.nests[i] != e.nests[i] {
			t.Fatalf("rule %s: clone nests differently", r.ID)
		}
	}
}

// TestWarm: a scope's first run compiles the patterns its units pick
// before it matches, as they are run (anchored where the rule's starts
// occur), and no others.
func TestWarm(t *testing.T) {
	e := defaultEngine(t).Clone() // (its patterns not yet compiled)
	v := text.Normalise([]rune("区政协主席何长春主持会议。2024年4月8日，全区完成投资37.5亿元。"), false)
	lines := []text.Range{{Start: 0, End: len(v.Runes)}}
	units := text.Sentences(v, lines)
	picked := map[*rules.Rule]bool{}
	x := e.scopes[rules.ScopeSentence]
	pick := x.picker()
	for _, u := range units {
		for _, r := range pick.candidates(v.Runes[u.Start:u.End]) {
			picked[r] = true
		}
	}
	pick.done()
	x.warm(x.picker(), v, units)
	for _, r := range x.rules {
		plain, anchored := r.Compiled()
		switch {
		case picked[r] && !plain && !anchored:
			t.Errorf("rule %s was picked and did not compile", r.ID)
		case !picked[r] && (plain || anchored):
			t.Errorf("rule %s was not picked and compiled", r.ID)
		}
	}
	if len(picked) == 0 || len(picked) == len(x.rules) {
		t.Fatalf("%d rules of %d picked: the text tests nothing", len(picked), len(x.rules))
	}
}

// TestRefusedMatchHidesNothing: a scan that meets a match its kind builds
// nothing from goes on from the character after its start, so a match
// inside it is found; one kept hides what lies inside it, as a scan does.
func TestRefusedMatchHidesNothing(t *testing.T) {
	set := compileRules(t, `rules:
  - {id: unit, kind: body, pattern: '\p{Han}{0,3}?市委会'}
`)
	e := New(set, nil)
	for _, c := range []struct {
		in      string
		longest int // the kind builds nothing from a longer match (0: from every one)
		want    string
	}{
		{"议程由市委会", 3, "市委会"},         // the refused match's inner one is read
		{"议程由市委会", 0, "议程由市委会"},      // a kept match hides it
		{"甲乙市委会和丙市委会", 3, "市委会 市委会"}, // and the scan goes on after the one kept
	} {
		v := text.Normalise([]rune(c.in), false)
		var got []string
		keep := func(_ int, m *Match) bool { return c.longest == 0 || m.Range.Len() <= c.longest }
		e.MatchUnits(rules.ScopeSentence, v, []text.Range{{Start: 0, End: len(v.Runes)}}, func(record.Warning) {}, nil, keep, func(_ int, won []*Match) {
			for _, m := range won {
				got = append(got, v.String(m.Range))
			}
		})
		if s := strings.Join(got, " "); s != c.want {
			t.Errorf("%s, refusing matches longer than %d: %q, want %q", c.in, c.longest, s, c.want)
		}
	}
}
