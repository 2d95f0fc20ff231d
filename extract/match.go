package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dlclark/regexp2/v2"
	"github.com/zxtract/zxtract/rules"
)

// Match is one match of one rule, in view positions, before conflicts are
// settled and before its kind builds entries from it.
type Match struct {
	Rule       *rules.Rule
	Start, End int            // the entry's text: the `text` group if the rule has one, else the whole match
	Captures   []NamedCapture // the captures of named groups, in the order of the rule's groups
	lostTo     *Match         // the match that beat it in a conflict, or excluded it
}

// Lost says why the match lost a conflict; "" for a winner. (The reason is
// written only when asked: explain asks, the pipeline does not.)
func (m *Match) Lost() string {
	switch w := m.lostTo; {
	case w == nil:
		return ""
	case kindOf(w.Rule.Kind).Exclude:
		return "excluded by " + w.Rule.ID
	default:
		return "overlaps " + w.Rule.ID + ", which wins on " + whyBeats(w, m)
	}
}

// NamedCapture is one capture of a named group, in view positions.
type NamedCapture struct {
	Group string
	Capture
}

// Capture is a view range [Start, End).
type Capture struct{ Start, End int }

// Group returns the first capture of a named group.
func (m *Match) Group(name string) (Capture, bool) {
	for _, c := range m.Captures {
		if c.Group == name {
			return c.Capture, true
		}
	}
	return Capture{}, false
}

// All returns every capture of a named group (a group inside a repetition,
// or two groups of one name, capture more than once).
func (m *Match) All(name string) []Capture {
	var out []Capture
	for _, c := range m.Captures {
		if c.Group == name {
			out = append(out, c.Capture)
		}
	}
	return out
}

// maxMatchesPerUnit caps what one rule may find in one sentence or line, so a
// pattern that matches everywhere cannot flood a record.
const maxMatchesPerUnit = 200

// Warning is a problem met while processing a document that did not stop
// it: a rule that timed out, say.
type Warning struct {
	Rule string `json:"rule,omitempty"`
	Span Span   `json:"span"`
	Msg  string `json:"message"`
}

// runRule finds the rule's matches in the view range [s, e).
func runRule(r *rules.Rule, v *View, s, e int, warn func(Warning)) []*Match {
	var out []*Match
	var err error
	if r.Recaptures {
		out, err = matchesWithHistory(r, v.Runes[s:e], s)
	} else {
		out, err = matches(r, v.Runes[s:e], s)
	}
	if err != nil {
		msg := err.Error()
		if isTimeout(err) {
			msg = fmt.Sprintf("rule %s timed out after %v on this text; its matches here are incomplete", r.ID, r.Regexp.MatchTimeout)
		}
		warn(Warning{Rule: r.ID, Span: v.Orig(s, e), Msg: msg})
	}
	return out
}

// matches reads each match's groups from regexp2's reused storage: no
// regexp2 Match is allocated, and a group gives its last capture.
func matches(r *rules.Rule, text []rune, base int) ([]*Match, error) {
	var out []*Match
	err := r.Regexp.FindRunesMatches(text, -1, func(m regexp2.MatchView) bool {
		if i, n, _ := m.GroupRange(0); n > 0 {
			x := &Match{Rule: r, Start: base + i, End: base + i + n}
			for gi, num := range r.GroupNums {
				if i, n, ok := m.GroupRange(num); ok {
					x.Captures = append(x.Captures, NamedCapture{r.Groups[gi], Capture{base + i, base + i + n}})
				}
			}
			out = append(out, x.narrow())
		}
		return len(out) < maxMatchesPerUnit
	})
	return out, err
}

// matchesWithHistory is matches for a rule whose groups may capture more
// than once (rules.Rule.Recaptures): every capture of a group is kept.
func matchesWithHistory(r *rules.Rule, text []rune, base int) ([]*Match, error) {
	var out []*Match
	m, err := r.Regexp.FindRunesMatch(text)
	for m != nil && err == nil && len(out) < maxMatchesPerUnit {
		if m.RuneLength > 0 {
			x := &Match{Rule: r, Start: base + m.RuneIndex, End: base + m.RuneIndex + m.RuneLength}
			for gi, num := range r.GroupNums {
				if g := m.GroupByNumber(num); g != nil {
					for _, c := range g.Captures {
						x.Captures = append(x.Captures, NamedCapture{r.Groups[gi], Capture{base + c.RuneIndex, base + c.RuneIndex + c.RuneLength}})
					}
				}
			}
			out = append(out, x.narrow())
		}
		m, err = r.Regexp.FindNextMatch(m)
	}
	return out, err
}

// narrow makes a match with a group named text that group alone.
func (m *Match) narrow() *Match {
	if t, ok := m.Group("text"); ok && t.End > t.Start {
		m.Start, m.End = t.Start, t.End
	}
	return m
}

// isTimeout recognises regexp2's timeout error, which has no type of its own.
func isTimeout(err error) bool { return strings.Contains(err.Error(), "match timeout") }

// settle decides conflicts between the matches of one sentence or line, by
// one policy for every kind:
//
//  1. An exclude match removes every match of the kinds it lists that
//     overlaps it (a figure inside 十四五, a date inside a phone number).
//  2. Two other matches conflict when they cross without one containing the
//     other, or when one contains the other and they are of the same kind
//     (unless the kind nests, as document titles do). A match of one kind
//     may sit inside a match of another (a body inside a meeting).
//  3. Of conflicting matches the one with the higher priority wins, then the
//     longer, then the one that starts first, then the rule listed first.
//
// It returns the winners in text order; a loser keeps what beat it (Lost).
func settle(ms []*Match, kindOf func(string) *Kind) []*Match {
	if len(ms) == 0 {
		return nil
	}
	excludes := make([]*Match, 0, len(ms))
	rest := make([]*Match, 0, len(ms))
	for _, m := range ms {
		if kindOf(m.Rule.Kind).Exclude {
			excludes = append(excludes, m)
		} else {
			rest = append(rest, m)
		}
	}
	for _, x := range excludes {
		for _, m := range rest {
			if m.lostTo == nil && overlaps(x, m) && contains(x.Rule.Excludes, m.Rule.Kind) {
				m.lostTo = x
			}
		}
	}
	slices.SortStableFunc(rest, func(a, b *Match) int {
		switch {
		case beats(a, b):
			return -1
		case beats(b, a):
			return 1
		}
		return 0
	})
	won := make([]*Match, 0, len(rest))
	for _, m := range rest {
		if m.lostTo != nil {
			continue
		}
		for _, w := range won {
			if conflict(w, m) {
				m.lostTo = w
				break
			}
		}
		if m.lostTo == nil {
			won = append(won, m)
		}
	}
	slices.SortStableFunc(won, func(a, b *Match) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.Rule.Order - b.Rule.Order
	})
	return won
}

func overlaps(a, b *Match) bool { return a.Start < b.End && b.Start < a.End }

func conflict(a, b *Match) bool {
	if !overlaps(a, b) {
		return false
	}
	aInB := b.Start <= a.Start && a.End <= b.End
	bInA := a.Start <= b.Start && b.End <= a.End
	if !aInB && !bInA {
		return true
	}
	if a.Rule.Kind != b.Rule.Kind {
		return false
	}
	same := a.Start == b.Start && a.End == b.End
	return same || !kindOf(a.Rule.Kind).Nests
}

func beats(a, b *Match) bool {
	if a.Rule.Priority != b.Rule.Priority {
		return a.Rule.Priority > b.Rule.Priority
	}
	if la, lb := a.End-a.Start, b.End-b.Start; la != lb {
		return la > lb
	}
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	return a.Rule.Order < b.Rule.Order
}

func whyBeats(a, b *Match) string {
	switch {
	case a.Rule.Priority != b.Rule.Priority:
		return fmt.Sprintf("priority (%d > %d)", a.Rule.Priority, b.Rule.Priority)
	case a.End-a.Start != b.End-b.Start:
		return fmt.Sprintf("length (%d > %d)", a.End-a.Start, b.End-b.Start)
	case a.Start != b.Start:
		return "position (it starts first)"
	}
	return "rule order (it is listed first)"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
