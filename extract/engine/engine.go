// Package engine is the matching stage: it runs a compiled rule set over
// units of a view (lines for layout rules, sentences for the others). A
// keyword prefilter picks the rules worth running on each unit, each runs
// with a time limit, and one conflict policy settles overlapping matches.
// It also runs every rule's examples and measures what each rule costs.
package engine

import (
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// Engine runs a compiled rule set. It is safe for concurrent use; workers
// that each hold a Clone run faster, as they share no regexp2 matcher.
type Engine struct {
	Set    *rules.Set
	scopes map[string]*scopeIndex
	nests  []bool                    // per rule order: its kind's matches may nest
	opens  map[[2]string]bool        // kind pairs: a match of the first may begin on the last character of the second's
	costs  map[*rules.Rule]*RuleCost // set on the copy that Profiled returns
}

// Kinds is what the kinds say of their matches' conflicts.
type Kinds interface {
	// Nests: a match of the kind may lie inside another of the same kind
	// (a title quoted in a title).
	Nests(kind string) bool
	// OpensOn: a match of the kind may begin on the last character of a
	// match of the other (国防部|部长: a title that contracts the organ it
	// heads); the two then do not conflict.
	OpensOn(kind, other string) bool
}

// New indexes a compiled rule set for matching; kinds (nil: none nest or
// share) is asked once per rule and pair of kinds, here.
func New(set *rules.Set, kinds Kinds) *Engine {
	e := &Engine{Set: set, scopes: map[string]*scopeIndex{}, nests: make([]bool, len(set.Rules)), opens: map[[2]string]bool{}}
	names := map[string]bool{}
	for _, r := range set.Rules {
		x := e.scopes[r.Scope]
		if x == nil {
			x = &scopeIndex{}
			e.scopes[r.Scope] = x
		}
		x.rules = append(x.rules, r)
		e.nests[r.Order] = r.Kind != "" && kinds != nil && kinds.Nests(r.Kind)
		names[r.Kind] = r.Kind != ""
	}
	for a, ok := range names {
		for b, ok2 := range names {
			if ok && ok2 && a != b && kinds != nil && kinds.OpensOn(a, b) {
				e.opens[[2]string{a, b}] = true
			}
		}
	}
	for _, x := range e.scopes {
		x.build()
	}
	return e
}

// Clone returns an engine of the same rules that shares no matcher with
// this one: one per worker spares them regexp2's lock.
func (e *Engine) Clone() *Engine {
	c := New(e.Set.Clone(), nil)
	c.nests, c.opens = e.nests, e.opens
	return c
}

// Warn receives the problems met while matching (a rule that timed out).
type Warn func(record.Warning)

// MatchUnits runs the scope's rules over each unit, settles conflicts
// within it, and hands the winners to fn unit by unit (so that the matches
// of a long document are never all alive at once); with trace set it also
// collects every match, winners and losers (for explain). With keep set, a
// match keep refuses (one its kind would build nothing from: a title with
// no name after it) takes part in no conflict.
func (e *Engine) MatchUnits(scope string, v *text.View, units []text.Range, warn Warn, trace *[]*Match, keep func(u int, m *Match) bool, fn func(u int, won []*Match)) {
	x := e.scopes[scope]
	if x == nil {
		for u := range units {
			fn(u, nil)
		}
		return
	}
	pick := x.picker()
	defer pick.done()
	if e.costs == nil { // (a profile's first runs pay for their compiles, as a run's do)
		x.warm(pick, v, units)
	}
	var u int
	var unit text.Range
	var keepHere func(*Match) bool // keep, of the unit at hand
	if keep != nil {
		keepHere = func(m *Match) bool { return m.Rule.Kind == "" || keep(u, m) }
	}
	run := func(ms []*Match, r *rules.Rule, at []int32) []*Match {
		if e.costs != nil {
			return append(ms, e.timedRun(r, v, unit, at, warn, keepHere)...)
		}
		return append(ms, runRule(r, v, unit, at, warn, keepHere)...)
	}
	for u, unit = range units {
		cands := pick.candidates(v.Runes[unit.Start:unit.End])
		var ms []*Match
		waiting := false
		for i, r := range cands {
			if waits(r) {
				waiting = true
				continue
			}
			ms = run(ms, r, pick.at[i])
		}
		// Rules that wait on the others' matches run after them: first those
		// that require rules, then those that only exclude, which may take
		// any away.
		if waiting && len(ms) > 0 {
			for i, r := range cands {
				if waits(r) && !onlyExcludes(r) && ready(r, ms) {
					ms = run(ms, r, pick.at[i])
				}
			}
			for i, r := range cands {
				if onlyExcludes(r) && ready(r, ms) {
					ms = run(ms, r, pick.at[i])
				}
			}
		}
		if trace != nil {
			*trace = append(*trace, ms...)
		}
		fn(u, e.settle(withoutEmpty(ms)))
	}
}

// withoutEmpty are the matches a kind builds from, in place: the others
// take part in no conflict (the trace has its own copy of them all).
func withoutEmpty(ms []*Match) []*Match {
	kept := ms[:0]
	for _, m := range ms {
		if !m.empty {
			kept = append(kept, m)
		}
	}
	return kept
}

// onlyExcludes: the rule produces nothing and only takes away the matches
// of the kinds it excludes.
func onlyExcludes(r *rules.Rule) bool { return r.Kind == "" && len(r.Excludes) > 0 }

// waits says whether a rule runs only after the others, on what they found:
// it requires rules, or it only excludes (it can only take matches away, so
// it runs where a rule of a kind it excludes matched).
func waits(r *rules.Rule) bool { return len(r.Requires) > 0 || onlyExcludes(r) }

// ready says whether a rule that waits on the others' matches may run: one
// of the rules it requires matched, and, for a rule that only excludes, a
// rule of a kind it excludes.
func ready(r *rules.Rule, ms []*Match) bool {
	required, excluded := len(r.Requires) == 0, !onlyExcludes(r)
	for _, m := range ms {
		required = required || contains(r.Requires, m.Rule.ID)
		excluded = excluded || contains(r.Excludes, m.Rule.Kind)
	}
	return required && excluded
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
