package engine

import (
	"sort"
	"time"

	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// RuleCost is what one rule cost over a profiled run: how often the
// prefilter let it run, on how many characters, what it found and how long
// regexp2 took. Rule authors read it (zxtract rules profile) to see which
// pattern to tighten or give better keywords.
type RuleCost struct {
	Rule    *rules.Rule
	Runs    int
	Chars   int
	Matches int
	Time    time.Duration
}

// Profiled returns a copy of the engine that times every run of every
// rule; the engine itself is left as it was.
func (e *Engine) Profiled() *Engine {
	c := *e
	c.costs = map[*rules.Rule]*RuleCost{}
	return &c
}

// Costs are what a profiled engine measured, the most expensive rule first.
func (e *Engine) Costs() []*RuleCost {
	var out []*RuleCost
	for _, c := range e.costs {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Time != out[j].Time {
			return out[i].Time > out[j].Time
		}
		return out[i].Rule.Order < out[j].Rule.Order
	})
	return out
}

// timedRun is runRule, counted in the engine's costs.
func (e *Engine) timedRun(r *rules.Rule, v *text.View, unit text.Range, at []int32, warn Warn, keep func(*Match) bool) []*Match {
	c := e.costs[r]
	if c == nil {
		c = &RuleCost{Rule: r}
		e.costs[r] = c
		r.Regexp() // compiled before it is timed: a pattern compiles on first use
		r.Anchored()
	}
	// The kinds' builds that keep runs are theirs, not the rule's.
	var building time.Duration
	timedKeep := keep
	if keep != nil {
		timedKeep = func(m *Match) bool {
			start := time.Now()
			defer func() { building += time.Since(start) }()
			return keep(m)
		}
	}
	start := time.Now()
	ms := runRule(r, v, unit, at, warn, timedKeep)
	c.Time += time.Since(start) - building
	c.Runs++
	c.Chars += unit.Len()
	c.Matches += len(ms)
	return ms
}
