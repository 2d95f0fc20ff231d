package extract

import (
	"sort"
	"time"

	"github.com/zxtract/zxtract/rules"
)

// Engine runs a compiled rule set. It is safe for concurrent use; workers
// that each hold a Clone run faster, as they share no regexp2 matcher.
type Engine struct {
	Set    *rules.Set
	scopes map[string]*scopeIndex
	costs  map[*rules.Rule]*RuleCost // set on the copy that Profile runs
}

// Options say which rules an engine runs.
type Options struct {
	RulePaths  []string      // user rule files or directories, after the defaults
	NoDefaults bool          // start without the embedded default rules
	Timeout    time.Duration // per regexp2 match; rules.DefaultTimeout when zero
}

// Load compiles the embedded default rules and the user's, checks every rule
// against its kind, and returns the engine with every problem found. The
// engine runs the rules that compiled even when others did not.
func Load(opt Options) (*Engine, rules.Errors) {
	l := rules.NewLoader()
	l.AddFS(rules.Defaults, ".", "rules")
	for _, p := range opt.RulePaths {
		l.AddPath(p)
	}
	set, errs := l.Compile(rules.Options{Timeout: opt.Timeout, Check: checkRule, NoDefaults: opt.NoDefaults})
	return NewEngine(set), errs
}

// NewEngine indexes a compiled rule set for matching.
func NewEngine(set *rules.Set) *Engine {
	e := &Engine{Set: set, scopes: map[string]*scopeIndex{}}
	for _, r := range set.Rules {
		x := e.scopes[r.Scope]
		if x == nil {
			x = &scopeIndex{}
			e.scopes[r.Scope] = x
		}
		x.rules = append(x.rules, r)
	}
	for _, x := range e.scopes {
		x.build()
	}
	return e
}

// Clone returns an engine of the same rules that shares no matcher with
// this one: one per worker spares them regexp2's lock.
func (e *Engine) Clone() *Engine { return NewEngine(e.Set.Clone()) }

// Lexicon returns a lexicon of the rule set (nil-safe when missing).
func (e *Engine) Lexicon(name string) *rules.Lexicon { return e.Set.Lexicon(name) }

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

// matchUnits runs the scope's rules over each unit, settles conflicts
// within it, and hands the winners to fn unit by unit (so that the matches
// of a long document are never all alive at once); with trace set it also
// collects every match, winners and losers (for explain).
func (e *Engine) matchUnits(scope string, v *View, units [][2]int, warn func(Warning), trace *[]*Match, fn func(u int, won []*Match)) {
	x := e.scopes[scope]
	if x == nil {
		for u := range units {
			fn(u, nil)
		}
		return
	}
	pick := x.picker()
	run := func(ms []*Match, r *rules.Rule, unit [2]int) []*Match {
		if e.costs != nil {
			return append(ms, e.timedRun(r, v, unit[0], unit[1], warn)...)
		}
		return append(ms, runRule(r, v, unit[0], unit[1], warn)...)
	}
	for u, unit := range units {
		cands := pick.candidates(v.Runes[unit[0]:unit[1]])
		var ms []*Match
		waiting := false
		for _, r := range cands {
			if waits(r) {
				waiting = true
				continue
			}
			ms = run(ms, r, unit)
		}
		// Rules that wait on the others' matches run after them: first those
		// that require rules, then exclude rules, which may take any away.
		if waiting && len(ms) > 0 {
			for _, r := range cands {
				if waits(r) && !kindOf(r.Kind).Exclude && ready(r, ms) {
					ms = run(ms, r, unit)
				}
			}
			for _, r := range cands {
				if kindOf(r.Kind).Exclude && ready(r, ms) {
					ms = run(ms, r, unit)
				}
			}
		}
		if trace != nil {
			*trace = append(*trace, ms...)
		}
		fn(u, settle(ms, kindOf))
	}
}

// waits says whether a rule runs only after the others, on what they found:
// it requires rules, or it is an exclude rule (which can only take matches
// away, so it runs where a rule of a kind it excludes matched).
func waits(r *rules.Rule) bool { return len(r.Requires) > 0 || kindOf(r.Kind).Exclude }

// ready says whether a rule that waits on the others' matches may run: one
// of the rules it requires matched, and, for an exclude rule, a rule of a
// kind it excludes.
func ready(r *rules.Rule, ms []*Match) bool {
	required, excluded := len(r.Requires) == 0, !kindOf(r.Kind).Exclude
	for _, m := range ms {
		required = required || contains(r.Requires, m.Rule.ID)
		excluded = excluded || contains(r.Excludes, m.Rule.Kind)
	}
	return required && excluded
}
