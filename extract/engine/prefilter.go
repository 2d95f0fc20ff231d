package engine

import (
	"sort"
	"sync"
	"sync/atomic"

	"github.com/zxtract/zxtract/rules"
)

// scopeIndex holds the rules of one scope and, for each of its keywords,
// the rules it selects (the gitleaks prefilter: one pass over a unit finds
// every rule's keywords at once). A rule runs on a unit (a sentence or a
// line) that holds a keyword of each of its keyword sets.
//
// A rule's Starts are one more set: they gate it as keywords do, and where
// they occur is where its matches may begin.
type scopeIndex struct {
	rules    []*rules.Rule
	keywords *keywordIndex
	byKw     [][]kwRef   // keyword number -> the rule sets that list it, not as Starts
	startsBy [][]kwRef   // keyword number -> the rules whose Starts list it
	full     []uint8     // per rule, the mask of all its sets
	starts   []uint8     // per rule, the bit of its Starts set (0: none)
	always   []int       // rules without keywords run everywhere
	pickers  sync.Pool   // of *picker: their buffers serve article after article
	warmed   atomic.Bool // its first units' patterns compiled (warm)
}

type kwRef struct {
	rule int
	bit  uint8
}

// build numbers the scope's keywords and indexes them.
func (x *scopeIndex) build() {
	kwNum := map[string]int{}
	var kws []string
	x.full = make([]uint8, len(x.rules))
	x.starts = make([]uint8, len(x.rules))
	for i, r := range x.rules {
		sets := r.KeywordSets
		if len(r.Starts) > 0 && len(sets) < 8 {
			x.starts[i] = uint8(1) << len(sets)
			sets = append(sets[:len(sets):len(sets)], r.Starts)
		}
		if len(sets) == 0 {
			x.always = append(x.always, i)
			continue
		}
		for si, set := range sets {
			bit := uint8(1) << si
			x.full[i] |= bit
			for _, k := range set {
				n, ok := kwNum[k]
				if !ok {
					n = len(kws)
					kwNum[k] = n
					kws = append(kws, k)
					x.byKw = append(x.byKw, nil)
					x.startsBy = append(x.startsBy, nil)
				}
				if bit == x.starts[i] {
					x.startsBy[n] = append(x.startsBy[n], kwRef{i, bit})
				} else {
					x.byKw[n] = append(x.byKw[n], kwRef{i, bit})
				}
			}
		}
	}
	x.keywords = newKeywordIndex(kws)
}

// picker chooses the rules to run on each unit of a scope; its buffers
// serve unit after unit.
type picker struct {
	x       *scopeIndex
	mask    []uint8   // per rule, the keyword sets found in the unit
	from    [][]int32 // per rule, where its Starts occur in the unit
	hits    []kwHit
	seen    []uint32 // per keyword, the unit it was last found in (its number in epoch)
	epoch   uint32
	touched []int
	picked  []int
	list    []*rules.Rule
	at      [][]int32 // per rule of list, where its matches may begin (nil: anywhere)
}

// picker takes a picker from the pool; done gives it back.
func (x *scopeIndex) picker() *picker {
	if p, ok := x.pickers.Get().(*picker); ok {
		return p
	}
	return &picker{x: x, mask: make([]uint8, len(x.rules)), from: make([][]int32, len(x.rules)), seen: make([]uint32, len(x.byKw))}
}

func (p *picker) done() { p.x.pickers.Put(p) }

// candidates returns the rules to run on a unit's runes, in rule order:
// those with a keyword of each of their sets in it, and those without
// keywords. The list is reused by the next call.
func (p *picker) candidates(unit []rune) []*rules.Rule {
	x := p.x
	p.hits = x.keywords.find(p.hits[:0], unit)
	p.touched = p.touched[:0]
	if p.epoch++; p.epoch == 0 { // (wrapped: stamps of old units could match)
		clear(p.seen)
		p.epoch = 1
	}
	for _, h := range p.hits {
		// A keyword found again in the unit gates nothing new: only where
		// it occurs, for the rules it Starts, is read again.
		if p.seen[h.kw] != p.epoch {
			p.seen[h.kw] = p.epoch
			for _, ref := range x.byKw[h.kw] {
				if p.mask[ref.rule] == 0 {
					p.touched = append(p.touched, ref.rule)
					p.from[ref.rule] = p.from[ref.rule][:0]
				}
				p.mask[ref.rule] |= ref.bit
			}
		}
		for _, ref := range x.startsBy[h.kw] {
			if p.mask[ref.rule] == 0 {
				p.touched = append(p.touched, ref.rule)
				p.from[ref.rule] = p.from[ref.rule][:0]
			}
			if f := p.from[ref.rule]; len(f) == 0 || f[len(f)-1] != h.start {
				p.from[ref.rule] = append(f, h.start) // hits come by start
			}
			p.mask[ref.rule] |= ref.bit
		}
	}
	p.picked = p.picked[:0]
	for _, ri := range x.always {
		if fits(x.rules[ri], unit) {
			p.picked = append(p.picked, ri)
		}
	}
	for _, ri := range p.touched {
		if p.mask[ri] == x.full[ri] && fits(x.rules[ri], unit) {
			p.picked = append(p.picked, ri)
		}
		p.mask[ri] = 0
	}
	sort.Ints(p.picked)
	p.list, p.at = p.list[:0], p.at[:0]
	for _, ri := range p.picked {
		p.list = append(p.list, x.rules[ri])
		var at []int32
		if x.starts[ri] != 0 {
			at = p.from[ri]
		}
		p.at = append(p.at, at)
	}
	return p.list
}

// fits: the unit is as long as the rule's shortest match, and no longer
// than the longest it can match whole (a rule of ^…$ of a few characters
// need not run on a paragraph, nor any rule on an empty line).
func fits(r *rules.Rule, unit []rune) bool {
	return len(unit) >= r.UnitMin && (r.UnitMax == 0 || len(unit) <= r.UnitMax)
}

// Candidates is the rules of a scope the prefilter lets run on the runes of
// a unit (for benchmarks and measures of its selectivity).
func (e *Engine) Candidates(scope string, unit []rune) []*rules.Rule {
	x := e.scopes[scope]
	if x == nil {
		return nil
	}
	p := x.picker()
	defer p.done()
	return append([]*rules.Rule(nil), p.candidates(unit)...)
}
