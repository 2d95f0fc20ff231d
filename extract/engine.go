package extract

import (
	"sort"
	"time"

	"github.com/zxtract/zxtract/rules"
)

// Engine runs a compiled rule set. It is safe for concurrent use; workers
// that each hold a Clone run faster, as they share no regexp2 matcher.
type Engine struct {
	Set      *rules.Set
	scopes   map[string]*scopeIndex
	keywords *keywordIndex             // every keyword of every scope, numbered
	costs    map[*rules.Rule]*RuleCost // set on the copy that Profile runs
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
	kwNum := map[string]int{}
	var kws []string
	for _, x := range e.scopes {
		x.build(kwNum, &kws)
	}
	for _, x := range e.scopes {
		x.byKw = append(x.byKw, make([][]kwRef, len(kws)-len(x.byKw))...)
	}
	e.keywords = newKeywordIndex(kws)
	return e
}

// Clone returns an engine of the same rules that shares no matcher with
// this one: one per worker spares them regexp2's lock.
func (e *Engine) Clone() *Engine { return NewEngine(e.Set.Clone()) }

// Lexicon returns a lexicon of the rule set (nil-safe when missing).
func (e *Engine) Lexicon(name string) *rules.Lexicon { return e.Set.Lexicon(name) }

// scopeIndex holds the rules of one scope and, for each keyword, the rules
// it selects (the gitleaks prefilter: one pass over a document finds every
// rule's keywords at once). A rule runs on a unit (a sentence or a line)
// that holds a keyword of each of its keyword sets.
type scopeIndex struct {
	rules  []*rules.Rule
	byKw   [][]kwRef // keyword number -> the rule sets that list it
	full   []uint8   // per rule, the mask of all its sets
	always []int     // rules without keywords run everywhere
}

type kwRef struct {
	rule int
	bit  uint8
}

// build numbers the scope's keywords in the engine's list of all keywords.
func (x *scopeIndex) build(kwNum map[string]int, kws *[]string) {
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
					n = len(*kws)
					kwNum[k] = n
					*kws = append(*kws, k)
				}
				if n >= len(x.byKw) {
					x.byKw = append(x.byKw, make([][]kwRef, n+1-len(x.byKw))...)
				}
				x.byKw[n] = append(x.byKw[n], kwRef{i, bit})
			}
		}
	}
}

// findKeywords finds every keyword of every scope in the view, in order of
// their start: the one pass over the document that the prefilter of lines
// and of sentences both read.
func (e *Engine) findKeywords(v *View) []kwHit { return e.keywords.find(v.Runes) }

// candidates returns, for each unit (sorted, disjoint view ranges), the
// rules to run on it, in rule order.
func (x *scopeIndex) candidates(hits []kwHit, units [][2]int) [][]*rules.Rule {
	out := make([][]*rules.Rule, len(units))
	if len(units) == 0 {
		return out
	}
	mask := make([]uint8, len(x.rules))
	seen := make([]int32, len(x.byKw)) // per keyword, 1 + the last unit it was counted in
	var touched, picked []int
	var all []*rules.Rule // one array behind every unit's list
	finish := func(u int) {
		picked = append(picked[:0], x.always...)
		for _, ri := range touched {
			if mask[ri] == x.full[ri] {
				picked = append(picked, ri)
			}
			mask[ri] = 0
		}
		touched = touched[:0]
		sort.Ints(picked)
		start := len(all)
		for _, ri := range picked {
			all = append(all, x.rules[ri])
		}
		out[u] = all[start:len(all):len(all)]
	}
	u := 0
	first := sort.Search(len(hits), func(i int) bool { return int(hits[i].start) >= units[0][0] })
	for _, h := range hits[first:] {
		for u < len(units) && units[u][1] <= int(h.start) {
			finish(u)
			u++
		}
		if u == len(units) {
			break
		}
		// A keyword counts for the unit that holds it whole, once.
		if int(h.start) < units[u][0] || int(h.end) > units[u][1] || seen[h.kw] == int32(u+1) {
			continue
		}
		seen[h.kw] = int32(u + 1)
		for _, ref := range x.byKw[h.kw] {
			if mask[ref.rule] == 0 {
				touched = append(touched, ref.rule)
			}
			mask[ref.rule] |= ref.bit
		}
	}
	for ; u < len(units); u++ {
		finish(u)
	}
	return out
}

// matchUnits runs the scope's rules over each unit, settles conflicts
// within it, and hands the winners to fn unit by unit (so that the matches
// of a long document are never all alive at once); with trace set it also
// collects every match, winners and losers (for explain).
func (e *Engine) matchUnits(scope string, v *View, hits []kwHit, units [][2]int, warn func(Warning), trace *[]*Match, fn func(u int, won []*Match)) {
	x := e.scopes[scope]
	if x == nil {
		for u := range units {
			fn(u, nil)
		}
		return
	}
	cands := x.candidates(hits, units)
	run := func(ms []*Match, r *rules.Rule, unit [2]int) []*Match {
		if e.costs != nil {
			return append(ms, e.timedRun(r, v, unit[0], unit[1], warn)...)
		}
		return append(ms, runRule(r, v, unit[0], unit[1], warn)...)
	}
	for u, unit := range units {
		var ms []*Match
		waiting := false
		for _, r := range cands[u] {
			if waits(r) {
				waiting = true
				continue
			}
			ms = run(ms, r, unit)
		}
		// Rules that wait on the others' matches run after them: first those
		// that require rules, then exclude rules, which may take any away.
		if waiting && len(ms) > 0 {
			for _, r := range cands[u] {
				if waits(r) && !kindOf(r.Kind).Exclude && ready(r, ms) {
					ms = run(ms, r, unit)
				}
			}
			for _, r := range cands[u] {
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
