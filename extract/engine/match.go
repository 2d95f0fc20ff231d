package engine

import (
	"errors"
	"fmt"

	"github.com/dlclark/regexp2/v2"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// Match is one match of one rule, in view positions, before conflicts are
// settled and before its kind builds entries from it.
type Match struct {
	Rule       *rules.Rule
	text.Range                // the entry's text: the `text` group if the rule has one, else the whole match
	Captures   []NamedCapture // the captures of named groups, in the order of the rule's groups
	lostTo     *Match         // the match that beat it in a conflict, or excluded it
	excluded   bool           // lostTo excluded it
	end        int            // where the whole match ends in its unit (its text may end before)
	empty      bool           // its kind builds nothing from it: it took part in no conflict
}

// NamedCapture is one capture of a named group, in view positions.
type NamedCapture struct {
	Group string
	text.Range
}

// Group returns the first capture of a named group.
func (m *Match) Group(name string) (text.Range, bool) {
	for _, c := range m.Captures {
		if c.Group == name {
			return c.Range, true
		}
	}
	return text.Range{}, false
}

// All returns every capture of a named group (a group inside a repetition,
// or two groups of one name, capture more than once).
func (m *Match) All(name string) []text.Range {
	var out []text.Range
	for _, c := range m.Captures {
		if c.Group == name {
			out = append(out, c.Range)
		}
	}
	return out
}

// maxMatchesPerUnit caps what one rule may find in one sentence or line, so a
// pattern that matches everywhere cannot flood a record.
const maxMatchesPerUnit = 200

// runRule finds the rule's matches in the unit: where at says they may
// begin (the places its Starts occur), or anywhere (at nil). A match keep
// refuses is marked empty (keep nil refuses none).
func runRule(r *rules.Rule, v *text.View, unit text.Range, at []int32, warn Warn, keep func(*Match) bool) []*Match {
	var out []*Match
	var err error
	rs := v.Runes[unit.Start:unit.End]
	switch {
	case at != nil && r.Anchored() != nil:
		out, err = matchesAt(r, rs, unit.Start, at, keep) // marks what keep refuses as it goes
	case r.Recaptures:
		out, err = matchesWithHistory(r, rs, unit.Start)
		for _, m := range out {
			m.empty = keep != nil && !keep(m)
		}
	default:
		out, err = matches(r, rs, unit.Start, keep)
	}
	if err != nil {
		msg := err.Error()
		if isTimeout(err) {
			msg = fmt.Sprintf("rule %s timed out after %v on this text; its matches here are incomplete", r.ID, r.Timeout())
		}
		warn(record.Warning{Rule: r.ID, Span: v.Orig(unit), Msg: msg})
	}
	return out
}

// matches reads each match's groups from regexp2's reused storage: no
// regexp2 Match is allocated, and a group gives its last capture. A match
// keep refuses is marked empty, and a scan from the start goes on from the
// character after its start, not from its end: what its kind builds
// nothing from hides no match inside it (议程由市委会: no place 议程由市,
// and 市委会 is read). (A rule read from its end scans on as it reads.)
func matches(r *rules.Rule, rs []rune, base int, keep func(*Match) bool) ([]*Match, error) {
	var out []*Match
	from := -1 // (the whole unit, as a scan from its start)
	forward := !r.Regexp().RightToLeft()
	for len(out) < maxMatchesPerUnit {
		refused := -1
		err := r.Regexp().FindRunesMatches(rs, from, func(m regexp2.MatchView) bool {
			x := fromView(r, m, base)
			if x == nil {
				return true
			}
			out = append(out, x)
			if x.empty = keep != nil && !keep(x); x.empty && forward {
				i, _, _ := m.GroupRange(0)
				refused = i
				return false
			}
			return len(out) < maxMatchesPerUnit
		})
		if err != nil || refused < 0 || refused+1 >= len(rs) {
			return out, err
		}
		from = refused + 1
	}
	return out, nil
}

// fromView is the Match of a MatchView, nil for an empty match.
func fromView(r *rules.Rule, m regexp2.MatchView, base int) *Match {
	i, n, _ := m.GroupRange(0)
	if n == 0 {
		return nil
	}
	x := &Match{Rule: r, Range: text.Range{Start: base + i, End: base + i + n}, Captures: make([]NamedCapture, 0, len(r.GroupNums))}
	for gi, num := range r.GroupNums {
		if i, n, ok := m.GroupRange(num); ok {
			x.Captures = append(x.Captures, NamedCapture{r.Groups[gi], text.Range{Start: base + i, End: base + i + n}})
		}
	}
	return x.narrow()
}

// matchesAt matches a rule anchored at each place a match may begin, left
// to right, as a scan would: a place inside the match before is passed
// over, unless keep refuses that match (its kind builds nothing from it:
// 记者|走访了县政协委员、…律师某某 hides no 律师|某某) or what keep built from it
// ends before it does (总统某某|会见了…外长某某: the words a title read
// after its name hide no title). A scan tries every position of the unit;
// this tries a few.
func matchesAt(r *rules.Rule, rs []rune, base int, at []int32, keep func(*Match) bool) ([]*Match, error) {
	var out []*Match
	end := 0
	re := r.Anchored()
	for _, p := range at {
		if int(p) < end {
			continue
		}
		x, err := matchAt(r, re, rs, base, int(p))
		if err != nil {
			return out, err
		}
		if x != nil {
			out = append(out, x)
			if x.empty = keep != nil && !keep(x); !x.empty {
				end = x.end
				if keep != nil && x.Range.End-base < end {
					end = x.Range.End - base // what its kind built ends before the words it read (end and p are in the unit, Range in the view)
				}
			}
		}
		if len(out) >= maxMatchesPerUnit {
			break
		}
	}
	return out, nil
}

// matchAt is the rule's match that begins at p, or nil (re is its anchored
// pattern); a rule whose groups capture once is read from a MatchView,
// without the Match regexp2 would allocate.
func matchAt(r *rules.Rule, re *regexp2.Regexp, rs []rune, base, p int) (*Match, error) {
	if r.Recaptures {
		m, err := re.FindRunesMatchStartingAt(rs, p)
		if err != nil || m == nil || m.RuneLength == 0 {
			return nil, err
		}
		x := fromMatch(r, m, base)
		x.end = m.RuneIndex + m.RuneLength
		return x, nil
	}
	var x *Match
	err := re.FindRunesMatches(rs, p, func(m regexp2.MatchView) bool {
		if x = fromView(r, m, base); x != nil {
			i, n, _ := m.GroupRange(0)
			x.end = i + n
		}
		return false
	})
	return x, err
}

// fromMatch is a Match of regexp2's, with every capture of its groups.
func fromMatch(r *rules.Rule, m *regexp2.Match, base int) *Match {
	x := &Match{Rule: r, Range: text.Range{Start: base + m.RuneIndex, End: base + m.RuneIndex + m.RuneLength}}
	for gi, num := range r.GroupNums {
		if g := m.GroupByNumber(num); g != nil {
			for _, c := range g.Captures {
				x.Captures = append(x.Captures, NamedCapture{r.Groups[gi], text.Range{Start: base + c.RuneIndex, End: base + c.RuneIndex + c.RuneLength}})
			}
		}
	}
	return x.narrow()
}

// matchesWithHistory is matches for a rule whose groups may capture more
// than once (rules.Rule.Recaptures): every capture of a group is kept.
func matchesWithHistory(r *rules.Rule, rs []rune, base int) ([]*Match, error) {
	var out []*Match
	m, err := r.Regexp().FindRunesMatch(rs)
	for m != nil && err == nil && len(out) < maxMatchesPerUnit {
		if m.RuneLength > 0 {
			out = append(out, fromMatch(r, m, base))
		}
		m, err = r.Regexp().FindNextMatch(m)
	}
	return out, err
}

// narrow makes a match with a group named text that group alone, and
// widens one with a group named before, captured in a lookbehind, to begin
// where that group does: a rule that matches from a selective word (政协)
// and reads what stands before it (市十五届) in a lookbehind is much faster
// than one that begins with the optional words, and matches the same text.
func (m *Match) narrow() *Match {
	if b, ok := m.Group("before"); ok && b.Start < m.Start {
		m.Start = b.Start
	}
	if t, ok := m.Group("text"); ok && t.End > t.Start {
		m.Range = t
	}
	return m
}

// isTimeout recognises regexp2's timeout error.
func isTimeout(err error) bool { return errors.Is(err, regexp2.ErrMatchTimeout) }
