package engine

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// warm compiles the patterns the units will run, side by side on every
// core, the first time the scope runs. A pattern compiles when a run first
// needs it, and the first document needs hundreds at once: compiled one
// after another they were a third of the time to its first record, while
// the other cores waited.
func (x *scopeIndex) warm(pick *picker, v *text.View, units []text.Range) {
	if x.warmed.Load() || !x.warmed.CompareAndSwap(false, true) {
		return
	}
	type pattern struct {
		r        *rules.Rule
		anchored bool // as runRule runs it where its Starts are
	}
	seen := map[pattern]bool{}
	var todo []pattern
	for _, unit := range units {
		for i, r := range pick.candidates(v.Runes[unit.Start:unit.End]) {
			p := pattern{r, pick.at[i] != nil && len(r.Starts) > 0}
			if !seen[p] {
				seen[p] = true
				todo = append(todo, p)
			}
		}
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	for range min(runtime.GOMAXPROCS(0), len(todo)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(todo); i = int(next.Add(1) - 1) {
				if p := todo[i]; p.anchored {
					p.r.Anchored()
				} else {
					p.r.Regexp()
				}
			}
		})
	}
	wg.Wait()
}
