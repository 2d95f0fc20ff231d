package extract

import (
	"sort"
	"time"

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

// Profile is what a Profiler measured.
type Profile struct {
	Docs  int
	Bytes int
	Time  time.Duration // the whole pipeline, rules included
	Costs []*RuleCost   // most expensive first
}

// Profiler runs the pipeline over documents one by one, timing every run
// of every rule. It works on a copy of the engine, which it leaves as it was.
type Profiler struct {
	engine Engine
	result Profile
}

// NewProfiler starts a profile of the engine's rules.
func (e *Engine) NewProfiler() *Profiler {
	p := &Profiler{engine: *e}
	p.engine.costs = map[*rules.Rule]*RuleCost{}
	return p
}

// Add runs the pipeline on one document.
func (p *Profiler) Add(d *Document) {
	start := time.Now()
	p.engine.Process(d)
	p.result.Time += time.Since(start)
	p.result.Docs++
	p.result.Bytes += len(d.Text)
}

// Result returns the profile so far, the most expensive rule first.
func (p *Profiler) Result() *Profile {
	out := p.result
	out.Costs = nil
	for _, c := range p.engine.costs {
		out.Costs = append(out.Costs, c)
	}
	sort.Slice(out.Costs, func(i, j int) bool {
		if out.Costs[i].Time != out.Costs[j].Time {
			return out.Costs[i].Time > out.Costs[j].Time
		}
		return out.Costs[i].Rule.Order < out.Costs[j].Rule.Order
	})
	return &out
}

// timedRun is runRule, counted in the engine's costs.
func (e *Engine) timedRun(r *rules.Rule, v *View, s, end int, warn func(Warning)) []*Match {
	start := time.Now()
	ms := runRule(r, v, s, end, warn)
	c := e.costs[r]
	if c == nil {
		c = &RuleCost{Rule: r}
		e.costs[r] = c
	}
	c.Time += time.Since(start)
	c.Runs++
	c.Chars += end - s
	c.Matches += len(ms)
	return ms
}
