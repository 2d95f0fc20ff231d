package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"iter"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/dlclark/regexp2/v2"
	"github.com/dlclark/regexp2/v2/syntax"
)

// Set is a compiled rule set: the active rules in order, with the macros and
// lexicons they were built from.
type Set struct {
	Rules    []*Rule
	Lexicons map[string]*Lexicon
	warnings Errors // problems found as it compiled, which do not stop a run
	byID     map[string]*Rule
}

// Warnings are the problems that do not stop a run, which lint reports:
// those found as the set compiled, and rules without a negative example or
// with fewer than two (read here: a run never reads the examples).
func (s *Set) Warnings() Errors {
	out := append(Errors(nil), s.warnings...)
	for _, r := range s.Rules {
		if !hasNegative(r) {
			out = append(out, &Error{r.Pos, fmt.Sprintf("rule %s has no negative example (expect: [])", r.ID)})
		}
		if len(r.Examples.List()) < 2 {
			out = append(out, &Error{r.Pos, fmt.Sprintf("rule %s has fewer than two examples", r.ID)})
		}
	}
	return out
}

// Rule returns the active rule with the id, or nil.
func (s *Set) Rule(id string) *Rule { return s.byID[id] }

// Clone returns a copy of the set whose rules compile their patterns anew.
// regexp2 takes a lock on every match to share its matchers; workers that
// each hold a clone do not wait on one another.
func (s *Set) Clone() *Set {
	out := *s
	out.Rules = make([]*Rule, len(s.Rules))
	out.byID = make(map[string]*Rule, len(s.Rules))
	for i, r := range s.Rules {
		c := *r
		c.re, c.anchor = r.re.fresh(), r.anchor.fresh()
		out.Rules[i] = &c
		out.byID[c.ID] = &c
	}
	return &out
}

// Lexicon returns the named lexicon, or nil (whose methods are safe to call).
func (s *Set) Lexicon(name string) *Lexicon { return s.Lexicons[name] }

// Options tune compilation.
type Options struct {
	Timeout time.Duration // per match; DefaultTimeout when zero
	// Check reports what is wrong with a rule that only its kind can tell
	// (a group name the kind does not take, say); one message per problem.
	Check func(*Rule) []string
	// NoDefaults drops rules of the first source (the embedded defaults) but
	// keeps its macros and lexicons, for --no-default-rules.
	NoDefaults bool
}

var (
	macroName = regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`)
	// leadingMacroRef is a reference that opens the text.
	leadingMacroRef = regexp.MustCompile(`^\{[A-Z][A-Z0-9_]*\}`)
)

// Compile expands, compiles and checks every rule loaded so far. It returns
// the set of rules that compiled, and every error found on the way.
func (l *Loader) Compile(opt Options) (*Set, Errors) {
	if opt.Timeout == 0 {
		opt.Timeout = DefaultTimeout
	}
	errs := append(Errors(nil), l.errs...)
	set := &Set{Lexicons: l.lexicons, byID: map[string]*Rule{}}
	for id, p := range l.disabled {
		if l.byID[id] == nil {
			set.warnings = append(set.warnings, &Error{p, fmt.Sprintf("disable: no rule %s", id)})
		}
	}
	active, jobs := l.expandAll(opt)
	var wg sync.WaitGroup
	next := atomic.Int64{}
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(jobs); i = int(next.Add(1) - 1) {
				jobs[i].msgs = append(jobs[i].msgs, compileRule(active[i], jobs[i], opt)...)
			}
		})
	}
	wg.Wait()
	for i, r := range active {
		if msgs := jobs[i].msgs; len(msgs) > 0 {
			for _, m := range msgs {
				errs = append(errs, &Error{r.Pos, fmt.Sprintf("rule %s: %s", r.ID, m)})
			}
			continue
		}
		r.Order = len(set.Rules)
		set.Rules = append(set.Rules, r)
		set.byID[r.ID] = r
	}
	for _, r := range set.Rules {
		if msg := checkRequires(r, set); msg != "" {
			errs = append(errs, &Error{r.Pos, fmt.Sprintf("rule %s: %s", r.ID, msg)})
		}
	}
	return set, errs
}

// checkRequires: a rule may require rules of its own scope that require
// nothing themselves (one level, so that the engine runs them in two steps).
func checkRequires(r *Rule, set *Set) string {
	for _, id := range r.Requires {
		req := set.Rule(id)
		switch {
		case req == nil:
			return fmt.Sprintf("requires %s, which is not an active rule", id)
		case req.Scope != r.Scope:
			return fmt.Sprintf("requires %s, whose scope is %s, not %s", id, req.Scope, r.Scope)
		case len(req.Requires) > 0:
			return fmt.Sprintf("requires %s, which requires rules itself", id)
		}
	}
	return ""
}

func hasNegative(r *Rule) bool {
	for _, ex := range r.Examples.List() {
		if len(ex.Expect) == 0 {
			return true
		}
	}
	return false
}

// expandAll looks up the facts of the rules that will run, in order, by
// their keys (expander.key): a default rule's are known and its pattern is
// expanded when it first compiles; another's is expanded now, and its
// facts read from its syntax tree as the patterns compile on every core.
func (l *Loader) expandAll(opt Options) ([]*Rule, []compileJob) {
	x := newExpander(l)
	var active []*Rule
	var jobs []compileJob
	for _, r := range l.rules {
		if _, off := l.disabled[r.ID]; off {
			continue
		}
		if opt.NoDefaults && l.seen[r.ID] == 1 {
			continue
		}
		active = append(active, r)
		jobs = append(jobs, l.expandRule(r, x))
	}
	return active, jobs
}

// compileJob is a rule's key and its pattern expanded (known facts, or the
// expansion they are read from), and what is wrong with it.
type compileJob struct {
	key   string
	facts *facts
	src   *source
	msgs  []string
}

// expandRule finds the rule's key, and its facts where they are known;
// where not, it expands the rule's macros, its lexicons written as tries:
// the form it is compiled with (Rule.Expanded), and the one it is compiled
// with anchored.
func (l *Loader) expandRule(r *Rule, x *expander) compileJob {
	var job compileJob
	if r.Kind == "exclude" || r.Kind == "layout" {
		job.msgs = append(job.msgs, fmt.Sprintf("kind %s: a rule that only excludes writes excludes: and no kind; layout rules go in a layout: section", r.Kind))
	}
	if r.Pattern == "" {
		job.msgs = append(job.msgs, "no pattern")
		return job
	}
	var err error
	if job.key, err = x.key(r.Pattern, r.regexOptions()); err != nil { // (unknown names and cycles)
		job.msgs = append(job.msgs, err.Error())
		return job
	}
	expand := func() (string, string, error) {
		x.mu.Lock()
		defer x.mu.Unlock()
		expanded, err := x.expand(r.Pattern, r.RightToLeft)
		if err != nil {
			return "", "", err
		}
		anchored, err := l.anchoredForm(r.Pattern, r.RightToLeft, x)
		return expanded, anchored, err
	}
	if job.facts = knownFacts()[job.key]; job.facts != nil {
		job.src = &source{expand: func() (string, string) {
			expanded, anchored, err := expand()
			if err != nil { // (its key was known: it expanded as facts.jsonl was written)
				panic(fmt.Sprintf("rule %s: %v", r.ID, err))
			}
			return expanded, anchored
		}}
		return job
	}
	expanded, anchored, err := expand()
	if err != nil {
		job.msgs = append(job.msgs, err.Error())
		return job
	}
	job.src = &source{expanded: expanded, anchored: anchored}
	return job
}

// anchoredForm is a pattern expanded as it compiles anchored where a match
// starts: the lexicon that opens it (the titles of 市政协主席…) grouped
// behind lookaheads of first characters (Lexicon.anchoredTrie), where
// regexp2 would otherwise try branch after branch on every attempt; every
// other lexicon as the plain trie, where a lexicon is tried once (in a
// lookahead, after a name) and the groups' lookaheads cost more than the
// branches they spare.
func (l *Loader) anchoredForm(pattern string, rtl bool, x *expander) (string, error) {
	i := leadingRef(pattern)
	if i < 0 {
		return x.expand(pattern, rtl)
	}
	j := i + strings.IndexByte(pattern[i:], '}') + 1
	name := pattern[i+1 : j-1]
	lead, err := x.resolve(name, rtl) // also finds unknown names and cycles
	if err != nil {
		return "", err
	}
	if m, ok := l.macros[name]; ok { // a macro before a lexicon of the name, as resolve reads them
		inner, err := l.anchoredForm(m.text, rtl, x)
		if err != nil {
			return "", err
		}
		lead = "(?:" + inner + ")"
	} else {
		if x.anchored[name] == "" {
			x.anchored[name] = "(?:" + l.lexicons[name].anchoredTrie() + ")"
		}
		lead = x.anchored[name]
	}
	before, err := x.expand(pattern[:i], rtl)
	if err != nil {
		return "", err
	}
	after, err := x.expand(pattern[j:], rtl) // (the lead is read in the pattern's own direction: no lookaround holds it)
	return before + lead + after, err
}

// leadingRef is where the {NAME} that opens a pattern's consumed text
// begins (past the groups it opens and the lookarounds before it), or -1.
func leadingRef(p string) int {
	for i := 0; i < len(p); {
		rest := p[i:]
		switch {
		case strings.HasPrefix(rest, "(?=") || strings.HasPrefix(rest, "(?!") ||
			strings.HasPrefix(rest, "(?<=") || strings.HasPrefix(rest, "(?<!"):
			end := closingParen(p, i)
			if end < 0 {
				return -1
			}
			i = end + 1
		case strings.HasPrefix(rest, "(?:") || strings.HasPrefix(rest, "(?>"):
			i += 3
		case strings.HasPrefix(rest, "(?<") || strings.HasPrefix(rest, "(?P<"):
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				return -1
			}
			i += end + 1
		case strings.HasPrefix(rest, "(") && !strings.HasPrefix(rest, "(?"):
			i++
		case leadingMacroRef.MatchString(rest):
			return i
		default:
			return -1
		}
	}
	return -1
}

// closingParen is where the group opened at p[open] closes, or -1: it
// passes over escapes and character classes.
func closingParen(p string, open int) int {
	depth := 0
	inClass := false
	for i := open; i < len(p); i++ {
		switch c := p[i]; {
		case c == '\\':
			i++
		case inClass:
			inClass = c != ']'
		case c == '[':
			inClass = true
		case c == '(':
			depth++
		case c == ')':
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// unguarded is an expanded pattern as it compiles: without the guard that
// opens it (leadingGuard).
func unguarded(expanded string) string { return leadingGuard.ReplaceAllString(expanded, "$1") }

// leadingGuard is a lexicon's first-character guard (Lexicon.trie) where it
// opens the pattern: there regexp2 finds the first characters by itself and
// skips ahead to them, which a leading lookahead would stop it doing.
var leadingGuard = regexp.MustCompile(`^((?:\((?:\?:|\?<\w+>)?)*)\(\?=\[(?:\\.|[^\]\\])*\]\)`)

// compileRule reads a rule's groups and keywords (known, or from regexp2's
// syntax tree of its pattern as the expander writes it), and checks it
// against its kind; rules compile side by side.
func compileRule(r *Rule, job compileJob, opt Options) []string {
	if job.src == nil {
		return nil // expandRule said what is wrong
	}
	var msgs []string
	f := job.facts
	if f == nil {
		expanded, _ := job.src.get()
		var err error
		if f, err = readFacts(unguarded(expanded), r.regexOptions(), job.key); err != nil {
			return append(msgs, "bad pattern: "+err.Error())
		}
	}
	r.re = &lazyRegexp{src: job.src, guard: f.Guard, opts: r.regexOptions(), timeout: opt.Timeout}
	r.Groups, r.GroupNums, r.Recaptures = f.Groups, f.GroupNums, f.Recaptures
	r.UnitMin, r.UnitMax = f.UnitMin, f.UnitMax
	if r.Starts = f.Starts; r.Starts != nil {
		r.anchor = &lazyRegexp{src: job.src, anchored: true, opts: r.regexOptions(), timeout: opt.Timeout}
	}
	if len(r.Keywords) == 0 {
		r.KeywordSets = f.KeywordSets
		if len(r.KeywordSets) > 0 {
			r.Keywords = r.KeywordSets[0]
		}
	} else {
		// the rule's own set, and those its pattern implies too: a match
		// holds every one (but the engine's mask has room for seven)
		r.KeywordSets = append([][]string{r.Keywords}, f.KeywordSets[:min(len(f.KeywordSets), 6)]...)
	}
	if opt.Check != nil {
		msgs = append(msgs, opt.Check(r)...)
	}
	return msgs
}

// A group of the pattern may capture more than once in one match
// (Rule.Recaptures) when it sits in a repeated group, or its name is given
// twice where both can take part in a match (not in two branches of one
// alternation). Only such rules need the capture history that regexp2 keeps
// in a full Match; the others are matched without allocating one per match.

// captureSet returns the groups a node can capture in one match, and
// whether one of them can capture twice.
func captureSet(n *syntax.RegexNode) (map[int]bool, bool) {
	set := map[int]bool{}
	for _, c := range n.Children {
		sub, again := captureSet(c)
		if again {
			return nil, true
		}
		for g := range sub {
			if set[g] && n.T != syntax.NtAlternate {
				return nil, true
			}
			set[g] = true
		}
	}
	switch n.T {
	case syntax.NtCapture:
		if set[n.M] {
			return nil, true
		}
		set[n.M] = true
	case syntax.NtLoop, syntax.NtLazyloop:
		if n.N != 1 && len(set) > 0 {
			return nil, true
		}
	}
	return set, false
}

func (r *Rule) regexOptions() regexp2.RegexOptions {
	if r.RightToLeft {
		return regexp2.RightToLeft
	}
	return regexp2.None
}

// expander replaces {NAME} with the macro's pattern or the lexicon's
// trie (the form patterns compile in), recursively, catching unknown names
// and cycles; the lexicon that opens an anchored pattern is grouped too
// (anchoredForm). A run's workers expand the default rules' patterns as
// they first compile them, one at a time (mu).
type expander struct {
	mu       sync.Mutex
	l        *Loader
	done     map[string]string
	anchored map[string]string // lexicons written as anchoredTrie, which the rules they open share
	busy     map[string]bool
	prints   map[string][]byte // fingerprint of each name
}

func newExpander(l *Loader) *expander {
	return &expander{l: l, done: map[string]string{}, anchored: map[string]string{}, busy: map[string]bool{}, prints: map[string][]byte{}}
}

// key identifies a pattern as it compiles, with its options, without
// expanding it: its text and what each name in it stands for (fingerprint).
// facts.jsonl holds the default rules' facts by it.
func (x *expander) key(pattern string, opts regexp2.RegexOptions) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%d\x00%s", opts, pattern)
	for name := range refs(pattern) {
		fp, err := x.fingerprint(name)
		if err != nil {
			return "", err
		}
		h.Write(fp)
	}
	return hex.EncodeToString(h.Sum(nil)[:16]), nil
}

// fingerprint is a hash of what a name stands for: a macro's text and the
// fingerprints of the names in it, or a lexicon's words. It finds unknown
// names and cycles, as resolve does.
func (x *expander) fingerprint(name string) ([]byte, error) {
	if fp, ok := x.prints[name]; ok {
		return fp, nil
	}
	h := sha256.New()
	if m, ok := x.l.macros[name]; ok { // a macro before a lexicon of the name, as resolve reads them
		if x.busy[name] {
			return nil, fmt.Errorf("macro {%s} refers to itself", name)
		}
		x.busy[name] = true
		defer func() { x.busy[name] = false }()
		fmt.Fprintf(h, "macro\x00%s\x00", m.text)
		for inner := range refs(m.text) {
			fp, err := x.fingerprint(inner)
			if err != nil {
				return nil, err
			}
			h.Write(fp)
		}
	} else if lex, ok := x.l.lexicons[name]; ok {
		h.Write([]byte("lexicon\x00"))
		for _, e := range lex.Entries {
			h.Write([]byte(e + "\n"))
		}
	} else {
		return nil, fmt.Errorf("unknown macro or lexicon {%s}", name)
	}
	fp := h.Sum(nil)
	x.prints[name] = fp
	return fp, nil
}

// refs are the names a pattern refers to, in order, as expand reads them
// (none in a character class or after a backslash).
func refs(pattern string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i < len(pattern); {
			switch pattern[i] {
			case '\\':
				i += 2
				continue
			case '[':
				i = classEnd(pattern, i)
				continue
			case '{':
				if n := refLen(pattern[i:]); n > 0 {
					if !yield(pattern[i+1 : i+n-1]) {
						return
					}
					i += n
					continue
				}
			}
			i++
		}
	}
}

// expand writes a pattern with every {NAME} in it resolved (a regex's
// {2,14} is no reference: a name opens with a capital letter). rtl says
// the pattern is read right to left (a rule's right_to_left); a lookbehind
// inside it is read right to left and a lookahead left to right whatever
// the rule's direction, and a lexicon is written for the direction it is
// read in (Lexicon.trie).
func (x *expander) expand(pattern string, rtl bool) (string, error) {
	var b strings.Builder
	b.Grow(len(pattern))
	var err error
	dirs := []bool{rtl} // the direction of each open group, the pattern's at the bottom
	for i := 0; i < len(pattern); {
		switch c := pattern[i]; c {
		case '\\':
			_, n := utf8.DecodeRuneInString(pattern[min(i+1, len(pattern)):])
			b.WriteString(pattern[i:min(i+1+n, len(pattern))])
			i += 1 + n
			continue
		case '[':
			end := classEnd(pattern, i)
			b.WriteString(pattern[i:end])
			i = end
			continue
		case '(':
			d := dirs[len(dirs)-1]
			switch rest := pattern[i:]; {
			case strings.HasPrefix(rest, "(?=") || strings.HasPrefix(rest, "(?!"):
				d = false
			case strings.HasPrefix(rest, "(?<=") || strings.HasPrefix(rest, "(?<!"):
				d = true
			}
			dirs = append(dirs, d)
		case ')':
			if len(dirs) > 1 { // (a fragment may close a group it did not open: anchoredForm's)
				dirs = dirs[:len(dirs)-1]
			}
		case '{':
			if n := refLen(pattern[i:]); n > 0 {
				s, e := x.resolve(pattern[i+1:i+n-1], dirs[len(dirs)-1])
				if e != nil && err == nil {
					err = e
				}
				if quantified(pattern[i+n:]) {
					s = "(?:" + s + ")" // a guarded trie is two atoms, (?=[…])(?:…) or, right to left, (?:…)(?<=[…]): {LEX}? makes both optional, not one alone
				}
				b.WriteString(s)
				i += n
				continue
			}
		}
		b.WriteByte(pattern[i])
		i++
	}
	return b.String(), err
}

// quantified: the pattern goes on with a quantifier (?, *, +, {n,m}), which
// applies to the atom before it.
func quantified(rest string) bool {
	if rest == "" {
		return false
	}
	switch rest[0] {
	case '?', '*', '+':
		return true
	case '{':
		return refLen(rest) == 0 && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9'
	}
	return false
}

// classEnd is the index after the character class that opens at i.
func classEnd(p string, i int) int {
	for j := i + 1; j < len(p); j++ {
		switch p[j] {
		case '\\':
			j++
		case ']':
			if j > i+1 && !(j == i+2 && p[i+1] == '^') {
				return j + 1
			}
		}
	}
	return len(p)
}

// refLen is the length of the {NAME} that s begins with, or 0.
func refLen(s string) int {
	if len(s) < 3 || s[1] < 'A' || s[1] > 'Z' {
		return 0
	}
	for k := 2; k < len(s); k++ {
		switch c := s[k]; {
		case c == '}':
			return k + 1
		case c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_':
		default:
			return 0
		}
	}
	return 0
}

func (x *expander) resolve(name string, rtl bool) (string, error) {
	key := name
	if rtl {
		key += "<" // read right to left: its own form
	}
	if s, ok := x.done[key]; ok {
		return s, nil
	}
	if m, ok := x.l.macros[name]; ok {
		if x.busy[name] {
			return "", fmt.Errorf("macro {%s} refers to itself", name)
		}
		x.busy[name] = true
		s, err := x.expand(m.text, rtl)
		x.busy[name] = false
		if err != nil {
			return "", err
		}
		s = "(?:" + s + ")"
		x.done[key] = s
		return s, nil
	}
	if lex, ok := x.l.lexicons[name]; ok {
		s := lex.trie(rtl)
		x.done[key] = s
		return s, nil
	}
	return "", fmt.Errorf("unknown macro or lexicon {%s}", name)
}

// String shows a rule as lint and explain print it.
func (r *Rule) String() string {
	return fmt.Sprintf("%s (%s, %s)", r.ID, r.Kind, r.Pos)
}

// HasGroup says whether the pattern has a group of that name.
func (r *Rule) HasGroup(name string) bool {
	for _, g := range r.Groups {
		if g == name {
			return true
		}
	}
	return false
}
