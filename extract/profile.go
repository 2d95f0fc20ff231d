package extract

import (
	"time"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/read"
)

// Profile is what a Profiler measured: the documents, their size, the time
// of the whole pipeline, and what each rule cost, the most expensive first.
type Profile struct {
	Docs  int
	Bytes int
	Time  time.Duration
	Costs []*engine.RuleCost
}

// Profiler runs the pipeline over documents one by one, timing every run
// of every rule. It works on a copy of the extractor, which it leaves as it
// was.
type Profiler struct {
	x      Extractor
	result Profile
}

// NewProfiler starts a profile of the extractor's rules.
func (x *Extractor) NewProfiler() *Profiler {
	p := &Profiler{x: *x}
	p.x.engine = x.engine.Profiled()
	return p
}

// Add runs the pipeline on one document.
func (p *Profiler) Add(d *read.Document) {
	start := time.Now()
	p.x.Process(d)
	p.result.Time += time.Since(start)
	p.result.Docs++
	p.result.Bytes += len(d.Text)
}

// Result returns the profile so far.
func (p *Profiler) Result() *Profile {
	out := p.result
	out.Costs = p.x.engine.Costs()
	return &out
}
