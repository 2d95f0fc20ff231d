package rules

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dlclark/regexp2/v2/syntax"
)

// DeriveKeywords finds literal strings at least one of which occurs in every
// match of the pattern, so that a cheap keyword scan can decide whether the
// rule needs to run. It reads the pattern as regexp2 does, through its
// syntax tree, and answers nil, meaning "always run", for anything it
// cannot be sure of.
func DeriveKeywords(pattern string) []string {
	sets := DeriveKeywordSets(pattern)
	if len(sets) == 0 {
		return nil
	}
	return sets[0]
}

// maxSets is how many keyword sets a rule's prefilter checks at most.
const maxSets = 3

// DeriveKeywordSets finds up to three sets of literal strings such that
// wherever the pattern matches, the text holds a string of each set (a
// figure needs a digit and a unit); a set may come from a lookaround, whose
// strings are around the match rather than in it. The first set is the most
// selective. nil means the pattern always has to run.
func DeriveKeywordSets(pattern string) [][]string {
	tree, err := syntax.Parse(pattern, syntax.ParseOptions{})
	if err != nil {
		return nil
	}
	return keywordSets(tree, analysis{})
}

// keywordSets is DeriveKeywordSets of a parsed pattern.
func keywordSets(tree *syntax.RegexTree, a analysis) [][]string {
	n := a.of(tree.Root)
	type candidate struct {
		set        []string
		min, short int // its shortest strings' length, and how many are that short
	}
	var cands []candidate
	seen := map[string]bool{}
	// The same set comes up again and again (a lexicon's, through every
	// node above it): minimal, the costly part, reads each once.
	type slice struct {
		first *string
		n     int
	}
	read := map[slice]bool{}
	for _, set := range append([][]string{n.req}, n.all...) {
		if set == nil || len(set) > maxKeywords || minLen(set) < 1 || read[slice{&set[0], len(set)}] {
			continue
		}
		read[slice{&set[0], len(set)}] = true
		set = minimal(set)
		sort.Strings(set)
		key := strings.Join(set, "\x00")
		if !seen[key] {
			seen[key] = true
			m := minLen(set)
			cands = append(cands, candidate{set, m, countLen(set, m)})
		}
	}
	// The most selective first: longer shortest strings, fewer of them,
	// smaller sets (as better ranks them).
	slices.SortStableFunc(cands, func(a, b candidate) int {
		if a.min != b.min {
			return b.min - a.min
		}
		if a.short != b.short {
			return a.short - b.short
		}
		return len(a.set) - len(b.set)
	})
	var out [][]string
	for _, c := range cands {
		redundant := false
		for _, chosen := range out {
			if implies(chosen, c.set) {
				redundant = true
				break
			}
		}
		if !redundant && len(out) < maxSets {
			out = append(out, c.set)
		}
	}
	return out
}

// minimal drops the strings of a set that hold another of its strings: a
// text that holds 本报讯 holds 本报, which is keyword enough.
func minimal(set []string) []string {
	if sameLength(set) {
		return dedupe(set) // none can hold another
	}
	in := make(map[string]bool, len(set))
	var lens []int // the set's lengths, in bytes: only parts of those can be in it
	for _, s := range set {
		in[s] = true
		if !slices.Contains(lens, len(s)) {
			lens = append(lens, len(s))
		}
	}
	var out []string
	for _, s := range set {
		if !holdsAnother(s, in, lens) {
			out = append(out, s)
		}
	}
	return dedupe(out)
}

// holdsAnother says whether a part of s shorter than s is in the set, whose
// strings have the lengths lens: a window of each length slides over s (not
// every part of s, which a long literal makes millions of).
func holdsAnother(s string, in map[string]bool, lens []int) bool {
	for i := range s {
		for _, l := range lens {
			if j := i + l; l < len(s) && j <= len(s) && in[s[i:j]] && utf8.ValidString(s[i:j]) {
				return true
			}
		}
	}
	return false
}

func sameLength(set []string) bool {
	for _, s := range set {
		if len(s) != len(set[0]) {
			return false
		}
	}
	return true
}

// implies: every string of a contains a string of b, so finding a member of
// a finds one of b too.
func implies(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if strings.Contains(x, y) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

const (
	maxExact    = 64   // largest set of exact strings tracked through a concatenation
	maxKeywords = 2000 // more than this and the prefilter is not worth it (the lexicon of titles has some 610: at the old bound of 600 one title more cost the person rules their keywords and the places their matches may start, and changed what they read)
	maxRepeat   = 16   // longest repetition spelled out as a keyword
)

// kwNode is what the analysis knows of a piece of pattern: the finite set of
// strings it can match (exact, nil when unknown or large), a set of strings
// one of which every match contains (req, nil when none), and sets of
// strings one of which every match starts (prefix) or ends (suffix) with.
// Prefixes and suffixes let a literal next to a piece that is not exact
// join it: regexp2 writes 本报讯|本报[^,]{1,8}讯 as 本(?:报讯|报[^,]{1,8}讯),
// and the prefilter still wants 本报, not 本.
type kwNode struct {
	exact          []string
	req            []string
	all            [][]string // sets every one of which a match must contain
	prefix, suffix []string
}

var (
	empty   = exactly([]string{""})
	unknown = kwNode{prefix: []string{""}, suffix: []string{""}} // what any piece can be said to be
)

// exactly is a piece that matches the strings of set and nothing else.
func exactly(set []string) kwNode {
	n := kwNode{exact: set, prefix: set, suffix: set}
	if minLen(set) > 0 {
		n.req, n.all = set, [][]string{set}
	}
	return n
}

// analysis is what is known of the nodes of one syntax tree, each read
// once: the keywords and the starts of a rule read the same nodes.
type analysis map[*syntax.RegexNode]kwNode

// of reads a node of regexp2's syntax tree. Whatever it does not know
// for certain it answers with an empty kwNode: no strings, "always run".
func (a analysis) of(n *syntax.RegexNode) kwNode {
	if k, ok := a[n]; ok {
		return k
	}
	k := a.analyse(n)
	a[n] = k
	return k
}

func (a analysis) analyse(n *syntax.RegexNode) kwNode {
	if n.Options&syntax.IgnoreCase != 0 {
		return unknown // its literals stand for other cases too
	}
	switch n.T {
	case syntax.NtOne:
		return lit(string(n.Ch))
	case syntax.NtMulti:
		return lit(string(n.Str))
	case syntax.NtSet:
		return class(n.Set)
	case syntax.NtOneloop, syntax.NtOnelazy, syntax.NtOneloopatomic:
		return repeat(lit(string(n.Ch)), n.M, n.N)
	case syntax.NtSetloop, syntax.NtSetlazy, syntax.NtSetloopatomic:
		return repeat(class(n.Set), n.M, n.N)
	case syntax.NtLoop, syntax.NtLazyloop:
		return repeat(a.of(n.Children[0]), n.M, n.N)
	case syntax.NtConcatenate:
		children := n.Children
		if n.Options&syntax.RightToLeft != 0 { // a lookbehind's: stored last to first
			children = slices.Clone(children)
			slices.Reverse(children)
		}
		return a.concatenation(children)
	case syntax.NtAlternate:
		return a.alternation(n.Children)
	case syntax.NtCapture, syntax.NtGroup, syntax.NtAtomic:
		return a.of(n.Children[0])
	case syntax.NtPosLook:
		// What a positive lookaround sees lies outside the match but in the
		// text the rule runs on, so its keywords still gate the rule, and it
		// touches the match: what a lookbehind ends with joins what follows
		// it (市 of (?<=市)委 makes 市委), what a lookahead begins with joins
		// what precedes it. Its other side overlaps the items there, and
		// joins nothing.
		c := a.of(n.Children[0])
		if n.Options&syntax.RightToLeft != 0 {
			return kwNode{all: c.all, prefix: []string{""}, suffix: c.suffix}
		}
		return kwNode{all: c.all, prefix: c.prefix, suffix: []string{""}}
	case syntax.NtNegLook, syntax.NtEmpty, syntax.NtBol, syntax.NtEol, syntax.NtBoundary, syntax.NtNonboundary,
		syntax.NtECMABoundary, syntax.NtNonECMABoundary, syntax.NtBeginning, syntax.NtStart, syntax.NtEndZ,
		syntax.NtEnd, syntax.NtUpdateBumpalong:
		return empty
	}
	return unknown // any character, backreferences, conditionals
}

func lit(s string) kwNode { return exactly([]string{s}) }

// maxClass is the largest character class whose characters are keywords.
const maxClass = 300

// class is a character class of a few known characters, each a string.
func class(set *syntax.CharSet) kwNode {
	if set.IsNegated() {
		return unknown
	}
	chars := set.GetSetChars(maxClass)
	if len(chars) == 0 {
		return unknown
	}
	strs := make([]string, len(chars))
	for i, c := range chars {
		strs[i] = string(c)
	}
	return exactly(strs)
}

// repeat is n repeated min to max times (max < 0 or huge: unbounded).
func repeat(n kwNode, min, max int) kwNode {
	switch {
	case min == 0 && max == 1 && n.exact != nil:
		return exactly(dedupe(append([]string{""}, n.exact...)))
	case min == 0:
		return unknown
	case min == max && n.exact != nil && min <= maxRepeat:
		set := []string{""}
		for i := 0; i < min && set != nil; i++ {
			set = product(set, n.exact)
		}
		if set == nil {
			return kwNode{req: n.req, all: n.all, prefix: n.prefix, suffix: n.suffix}
		}
		return kwNode{exact: set, req: n.req, all: n.all, prefix: set, suffix: set}
	}
	return kwNode{req: n.req, all: n.all, prefix: n.prefix, suffix: n.suffix}
}

func (a analysis) alternation(branches []*syntax.RegexNode) kwNode {
	var out kwNode
	exact, req, prefix, suffix := true, true, true, true
	for _, c := range branches {
		b := a.of(c)
		exact = exact && b.exact != nil
		req = req && b.req != nil
		prefix = prefix && b.prefix != nil
		suffix = suffix && b.suffix != nil
		out.exact = append(out.exact, b.exact...)
		out.req = append(out.req, b.req...)
		out.prefix = append(out.prefix, b.prefix...)
		out.suffix = append(out.suffix, b.suffix...)
	}
	out.exact = union(out.exact, exact, maxExact)
	out.req = union(out.req, req, maxKeywords)
	out.prefix = union(out.prefix, prefix, maxKeywords)
	out.suffix = union(out.suffix, suffix, maxKeywords)
	if out.req != nil {
		out.all = [][]string{out.req}
	}
	return out
}

// union is the branches' strings, or nil when a branch had none or there
// are too many.
func union(set []string, known bool, limit int) []string {
	if !known || len(set) > limit {
		return nil
	}
	return dedupe(set)
}

// concatenation joins what it knows of its items. Two runs of strings
// grow along it: lits, the strings of the exact items since the last item
// that is not exact, and run, the strings the text so far ends with (it
// goes on through an item that is not exact with what that item ends with,
// and while every item is exact it is every string they match). Each is a
// set one of which every match contains.
func (a analysis) concatenation(items []*syntax.RegexNode) kwNode {
	lits, run := []string{""}, []string{""}
	fromStart := true // run is every string the items so far match
	opening := true   // no item so far consumes text
	var best, prefix []string
	var all [][]string
	consider := func(set []string) {
		if set == nil || minLen(set) == 0 {
			return
		}
		if better(set, best) {
			best = set
		}
		all = append(all, set)
	}
	grow := func(run, exact []string) []string {
		if run != nil {
			if next := product(run, exact); next != nil {
				return next
			}
			consider(run)
		}
		return exact
	}
	for _, item := range items {
		n := a.of(item)
		consider(n.req)
		all = append(all, n.all...)
		if opening && item.T == syntax.NtPosLook && item.Options&syntax.RightToLeft == 0 {
			continue // a lookahead that opens it (a lexicon's guard): what follows says how a match begins
		}
		opening = opening && zeroWidth(item)
		if n.exact != nil {
			lits = grow(lits, n.exact)
			next := grow(run, n.exact)
			if fromStart && run != nil && product(run, n.exact) == nil {
				prefix, fromStart = run, false
			}
			run = next
			continue
		}
		joined := product(run, n.prefix)
		consider(joined)
		if fromStart {
			prefix, fromStart = joined, false
		}
		consider(lits)
		consider(run)
		lits, run = nil, n.suffix
	}
	consider(lits)
	consider(run)
	out := kwNode{req: best, all: all, prefix: prefix, suffix: run}
	if fromStart {
		out.exact, out.prefix = run, run
	}
	return out
}

// better prefers sets whose shortest string is longer, then those with fewer
// strings that short (short keywords occur everywhere), then smaller sets.
func better(a, b []string) bool {
	if b == nil {
		return minLen(a) > 0
	}
	la, lb := minLen(a), minLen(b)
	if la != lb {
		return la > lb
	}
	if sa, sb := countLen(a, la), countLen(b, lb); sa != sb {
		return sa < sb
	}
	return len(a) < len(b)
}

// countLen counts the strings of set n runes long.
func countLen(set []string, n int) int {
	c := 0
	for _, s := range set {
		if utf8.RuneCountInString(s) == n {
			c++
		}
	}
	return c
}

func minLen(set []string) int {
	m := -1
	for _, s := range set {
		if n := utf8.RuneCountInString(s); m < 0 || n < m {
			m = n
		}
	}
	return m
}

func product(a, b []string) []string {
	if len(a) == 1 && a[0] == "" {
		return b // nothing before: b as it is, however many
	}
	if a == nil || b == nil || len(a) > 1 && len(a)*len(b) > maxExact {
		return nil // (one string before b makes the set no larger: 副 before a lexicon's many words)
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return dedupe(out)
}

func dedupe(s []string) []string {
	if s == nil {
		return nil
	}
	if len(s) <= 16 { // most sets: a scan costs less than a map
		out := s[:0:0]
		for _, x := range s {
			if !slices.Contains(out, x) {
				out = append(out, x)
			}
		}
		return out
	}
	seen := make(map[string]bool, len(s))
	out := s[:0:0]
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// DeriveStarts is Rule.Starts for a pattern: strings one of which every
// match begins with, or nil.
func DeriveStarts(pattern string) []string {
	tree, err := syntax.Parse(pattern, syntax.ParseOptions{})
	if err != nil {
		return nil
	}
	return startSet(tree, analysis{})
}

// startSet is DeriveStarts of a parsed pattern: the strings the pattern's
// consumed text begins with, read past the lookarounds that open it
// ((?<=市)政协 begins with 政协).
func startSet(tree *syntax.RegexTree, a analysis) []string {
	set := a.starts(tree.Root)
	if len(set) == 0 || len(set) > maxKeywords || minLen(set) < 1 {
		return nil
	}
	// A string that begins with another of the set adds nothing: a match
	// at it begins at the other too (not one that merely holds another:
	// 党委 holds 委, but a match at 党委 begins before the 委).
	set = dedupe(set)
	var out []string
	for _, x := range set {
		if !slices.ContainsFunc(set, func(y string) bool { return y != x && strings.HasPrefix(x, y) }) {
			out = append(out, x)
		}
	}
	return out
}

// starts is what a node's consumed text begins with: of each branch of an
// alternation, each read past the lookarounds that open it
// ((?<=美)军|(?<=中国)代表团 begins with 军 or 代表团); nil where one is unknown.
func (a analysis) starts(n *syntax.RegexNode) []string {
	for (n.T == syntax.NtCapture || n.T == syntax.NtGroup || n.T == syntax.NtAtomic) && len(n.Children) == 1 {
		n = n.Children[0]
	}
	if n.T == syntax.NtAlternate {
		var set []string
		for _, c := range n.Children {
			s := a.starts(c)
			if s == nil {
				return nil
			}
			set = append(set, s...)
		}
		return set
	}
	items := []*syntax.RegexNode{n}
	if n.T == syntax.NtConcatenate {
		items = n.Children
	}
	for len(items) > 0 && zeroWidth(items[0]) {
		items = items[1:]
	}
	if len(items) == 0 {
		return nil
	}
	set := a.of(items[0]).prefix // what the first piece begins with
	if joined := a.concatenation(items).prefix; joined != nil && minLen(joined) > 0 {
		set = joined // and, where it is exact, what follows it (政协 of (?:市)?政协)
	}
	if minLen(set) < 1 {
		return nil
	}
	return set
}

// zeroWidth: a piece of pattern consumes nothing (a lookaround, an anchor,
// or a choice of them).
func zeroWidth(n *syntax.RegexNode) bool {
	switch n.T {
	case syntax.NtPosLook, syntax.NtNegLook, syntax.NtEmpty, syntax.NtBol, syntax.NtEol, syntax.NtBoundary,
		syntax.NtNonboundary, syntax.NtECMABoundary, syntax.NtNonECMABoundary, syntax.NtBeginning, syntax.NtStart,
		syntax.NtEndZ, syntax.NtEnd:
		return true
	case syntax.NtAlternate, syntax.NtConcatenate, syntax.NtGroup, syntax.NtCapture:
		for _, c := range n.Children {
			if !zeroWidth(c) {
				return false
			}
		}
		return true
	}
	return false
}
