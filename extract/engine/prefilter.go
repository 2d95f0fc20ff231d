package engine

import (
	"sort"

	"github.com/zxtract/zxtract/rules"
)

// scopeIndex holds the rules of one scope and, for each of its keywords,
// the rules it selects (the gitleaks prefilter: one pass over a unit finds
// every rule's keywords at once). A rule runs on a unit (a sentence or a
// line) that holds a keyword of each of its keyword sets.
type scopeIndex struct {
	rules    []*rules.Rule
	keywords *keywordIndex
	byKw     [][]kwRef // keyword number -> the rule sets that list it
	full     []uint8   // per rule, the mask of all its sets
	always   []int     // rules without keywords run everywhere
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
	for i, r := range x.rules {
		if len(r.KeywordSets) == 0 {
			x.always = append(x.always, i)
			continue
		}
		for si, set := range r.KeywordSets {
			bit := uint8(1) << si
			x.full[i] |= bit
			for _, k := range set {
				n, ok := kwNum[k]
				if !ok {
					n = len(kws)
					kwNum[k] = n
					kws = append(kws, k)
					x.byKw = append(x.byKw, nil)
				}
				x.byKw[n] = append(x.byKw[n], kwRef{i, bit})
			}
		}
	}
	x.keywords = newKeywordIndex(kws)
}

// picker chooses the rules to run on each unit of a scope; its buffers
// serve unit after unit.
type picker struct {
	x       *scopeIndex
	mask    []uint8 // per rule, the keyword sets found in the unit
	hits    []kwHit
	touched []int
	picked  []int
	list    []*rules.Rule
}

func (x *scopeIndex) picker() *picker {
	return &picker{x: x, mask: make([]uint8, len(x.rules))}
}

// candidates returns the rules to run on a unit's runes, in rule order:
// those with a keyword of each of their sets in it, and those without
// keywords. The list is reused by the next call.
func (p *picker) candidates(unit []rune) []*rules.Rule {
	x := p.x
	p.hits = x.keywords.find(p.hits[:0], unit)
	p.touched = p.touched[:0]
	for _, h := range p.hits {
		for _, ref := range x.byKw[h.kw] {
			if p.mask[ref.rule] == 0 {
				p.touched = append(p.touched, ref.rule)
			}
			p.mask[ref.rule] |= ref.bit
		}
	}
	p.picked = append(p.picked[:0], x.always...)
	for _, ri := range p.touched {
		if p.mask[ri] == x.full[ri] {
			p.picked = append(p.picked, ri)
		}
		p.mask[ri] = 0
	}
	sort.Ints(p.picked)
	p.list = p.list[:0]
	for _, ri := range p.picked {
		p.list = append(p.list, x.rules[ri])
	}
	return p.list
}

// Candidates is the rules of a scope the prefilter lets run on the runes of
// a unit (for benchmarks and measures of its selectivity).
func (e *Engine) Candidates(scope string, unit []rune) []*rules.Rule {
	x := e.scopes[scope]
	if x == nil {
		return nil
	}
	return append([]*rules.Rule(nil), x.picker().candidates(unit)...)
}
