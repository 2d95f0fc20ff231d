package engine

import (
	"fmt"
	"slices"
)

// settle decides conflicts between the matches of one sentence or line, by
// one policy for every kind:
//
//  1. A match of a rule that excludes kinds removes every match of those
//     kinds that overlaps it (a figure inside 十四五, a date inside a phone
//     number).
//  2. Two matches of rules that produce something conflict when they cross
//     without one containing the other (unless the later begins on the
//     last character of the earlier, as its kind may: 国防部|部长), or when
//     one contains the other and they are of the same kind (unless the kind
//     nests, as document titles do). A match of one kind may sit inside a
//     match of another (a body inside a meeting).
//  3. Of conflicting matches the one with the higher priority wins, then the
//     longer, then the one that starts first, then the rule listed first.
//
// It returns the winners in text order; a loser keeps what beat it (Lost).
func (e *Engine) settle(ms []*Match) []*Match {
	if len(ms) == 0 {
		return nil
	}
	rest := make([]*Match, 0, len(ms))
	for _, x := range ms {
		if !onlyExcludes(x.Rule) {
			rest = append(rest, x)
		}
		if len(x.Rule.Excludes) == 0 {
			continue
		}
		for _, m := range ms {
			if m != x && m.lostTo == nil && x.Overlaps(m.Range) && contains(x.Rule.Excludes, m.Rule.Kind) {
				m.lostTo, m.excluded = x, true
			}
		}
	}
	slices.SortStableFunc(rest, func(a, b *Match) int {
		switch {
		case Beats(a, b):
			return -1
		case Beats(b, a):
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
			if e.conflict(w, m) {
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

func (e *Engine) conflict(a, b *Match) bool {
	if !a.Overlaps(b.Range) {
		return false
	}
	if !a.Contains(b.Range) && !b.Contains(a.Range) {
		return !e.sharesEdge(a, b)
	}
	if a.Rule.Kind != b.Rule.Kind {
		return false
	}
	return a.Range == b.Range || !e.nests[a.Rule.Order]
}

// sharesEdge: of two crossing matches, the later begins on the last
// character of the earlier, as its kind may (Kinds.OpensOn).
func (e *Engine) sharesEdge(a, b *Match) bool {
	if b.Start < a.Start {
		a, b = b, a
	}
	return a.End == b.Start+1 && e.opens[[2]string{b.Rule.Kind, a.Rule.Kind}]
}

// Beats says whether a wins a conflict with b: on priority, then length,
// then position, then rule order.
func Beats(a, b *Match) bool {
	if a.Rule.Priority != b.Rule.Priority {
		return a.Rule.Priority > b.Rule.Priority
	}
	if la, lb := a.Len(), b.Len(); la != lb {
		return la > lb
	}
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	return a.Rule.Order < b.Rule.Order
}

// Lost says why the match lost a conflict; "" for a winner. (The reason is
// written only when asked: explain asks, the pipeline does not.)
func (m *Match) Lost() string {
	switch w := m.lostTo; {
	case m.empty:
		return "its kind builds nothing from it"
	case w == nil:
		return ""
	case m.excluded:
		return "excluded by " + w.Rule.ID
	default:
		return "overlaps " + w.Rule.ID + ", which wins on " + whyBeats(w, m)
	}
}

func whyBeats(a, b *Match) string {
	switch {
	case a.Rule.Priority != b.Rule.Priority:
		return fmt.Sprintf("priority (%d > %d)", a.Rule.Priority, b.Rule.Priority)
	case a.Len() != b.Len():
		return fmt.Sprintf("length (%d > %d)", a.Len(), b.Len())
	case a.Start != b.Start:
		return "position (it starts first)"
	}
	return "rule order (it is listed first)"
}
