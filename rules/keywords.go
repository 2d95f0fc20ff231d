package rules

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// DeriveKeywords finds literal strings at least one of which occurs in every
// match of the pattern, so that a cheap keyword scan can decide whether the
// rule needs to run. It understands the common subset of regexp2 syntax
// (literals, classes, groups, alternation, quantifiers, lookarounds) and
// answers nil, meaning "always run", for anything it cannot be sure of.
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
	p := &kwParser{src: []rune(pattern)}
	n := p.alternation()
	if p.failed || p.pos != len(p.src) {
		return nil
	}
	var sets [][]string
	seen := map[string]bool{}
	for _, set := range append([][]string{n.req}, n.all...) {
		if set == nil || len(set) > maxKeywords || minLen(set) < 1 {
			continue
		}
		set = append([]string(nil), set...)
		sort.Strings(set)
		key := strings.Join(set, "\x00")
		if !seen[key] {
			seen[key] = true
			sets = append(sets, set)
		}
	}
	sort.SliceStable(sets, func(i, j int) bool { return better(sets[i], sets[j]) })
	var out [][]string
	for _, set := range sets {
		redundant := false
		for _, chosen := range out {
			if implies(chosen, set) {
				redundant = true
				break
			}
		}
		if !redundant && len(out) < maxSets {
			out = append(out, set)
		}
	}
	return out
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
	maxExact    = 64  // largest set of exact strings tracked through a concatenation
	maxKeywords = 300 // more than this and the prefilter is not worth it
	maxRepeat   = 16  // longest repetition spelled out as a keyword
)

// kwNode is what the analysis knows of a piece of pattern: the finite set of
// strings it can match (exact, nil when unknown or large) and a set of
// strings one of which every match contains (req, nil when none).
type kwNode struct {
	exact []string
	req   []string
	all   [][]string // sets every one of which a match must contain
}

var empty = kwNode{exact: []string{""}}

type kwParser struct {
	src    []rune
	pos    int
	failed bool
}

func (p *kwParser) peek() rune {
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func (p *kwParser) alternation() kwNode {
	branches := []kwNode{p.concatenation()}
	for p.pos < len(p.src) && p.src[p.pos] == '|' {
		p.pos++
		branches = append(branches, p.concatenation())
	}
	if len(branches) == 1 {
		return branches[0]
	}
	var out kwNode
	exact, req := true, true
	for _, b := range branches {
		if b.exact == nil {
			exact = false
		}
		if b.req == nil {
			req = false
		}
		out.exact = append(out.exact, b.exact...)
		out.req = append(out.req, b.req...)
	}
	if !exact || len(out.exact) > maxExact {
		out.exact = nil
	}
	if !req || len(out.req) > maxKeywords {
		out.req = nil
	}
	out.exact, out.req = dedupe(out.exact), dedupe(out.req)
	if out.req != nil {
		out.all = [][]string{out.req}
	}
	return out
}

func (p *kwParser) concatenation() kwNode {
	run := []string{""} // exact strings of the current run of exact items
	var best []string
	var all [][]string
	consider := func(set []string) {
		if set == nil {
			return
		}
		if better(set, best) {
			best = set
		}
		if minLen(set) > 0 {
			all = append(all, set)
		}
	}
	allExact := true
	for p.pos < len(p.src) && p.src[p.pos] != '|' && p.src[p.pos] != ')' && !p.failed {
		n := p.quantified()
		consider(n.req)
		all = append(all, n.all...)
		if n.exact == nil {
			allExact = false
			consider(run)
			run = nil
			continue
		}
		if run != nil {
			if next := product(run, n.exact); next != nil {
				run = next
				continue
			}
			allExact = false
			consider(run)
		}
		run = n.exact
	}
	consider(run)
	out := kwNode{req: best, all: all}
	if allExact && run != nil {
		out.exact = run
	}
	return out
}

// better prefers sets whose shortest string is longer, then smaller sets.
func better(a, b []string) bool {
	if b == nil {
		return minLen(a) > 0
	}
	la, lb := minLen(a), minLen(b)
	if la != lb {
		return la > lb
	}
	return len(a) < len(b)
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
	if len(a)*len(b) > maxExact {
		return nil
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
	seen := map[string]bool{}
	out := s[:0:0]
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func (p *kwParser) quantified() kwNode {
	n := p.atom()
	if p.failed {
		return n
	}
	min, max, ok := p.quantifier()
	if !ok {
		return n
	}
	if p.peek() == '?' || p.peek() == '+' {
		p.pos++ // lazy or possessive: same strings
	}
	switch {
	case min == 0 && max == 1 && n.exact != nil:
		return kwNode{exact: dedupe(append([]string{""}, n.exact...))}
	case min == 0:
		return kwNode{}
	case min == max && n.exact != nil && min <= maxRepeat:
		set := []string{""}
		for i := 0; i < min && set != nil; i++ {
			set = product(set, n.exact)
		}
		return kwNode{exact: set, req: n.req, all: n.all}
	default:
		return kwNode{req: n.req, all: n.all}
	}
}

// quantifier reads *, +, ?, {n}, {n,}, {n,m}; max -1 means unbounded.
func (p *kwParser) quantifier() (min, max int, ok bool) {
	switch p.peek() {
	case '*':
		p.pos++
		return 0, -1, true
	case '+':
		p.pos++
		return 1, -1, true
	case '?':
		p.pos++
		return 0, 1, true
	case '{':
		end := p.pos + 1
		for end < len(p.src) && p.src[end] != '}' {
			end++
		}
		if end >= len(p.src) {
			return 0, 0, false
		}
		body := string(p.src[p.pos+1 : end])
		lo, hi, comma := strings.Cut(body, ",")
		a, okA := atoi(lo)
		if !okA {
			return 0, 0, false // a literal brace
		}
		b := a
		if comma {
			b = -1
			if hi != "" {
				var okB bool
				if b, okB = atoi(hi); !okB {
					return 0, 0, false
				}
			}
		}
		p.pos = end + 1
		return a, b, true
	}
	return 0, 0, false
}

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func (p *kwParser) atom() kwNode {
	c := p.src[p.pos]
	p.pos++
	switch c {
	case '(':
		return p.group()
	case '[':
		return p.class()
	case '\\':
		return p.escape(false)
	case '.':
		return kwNode{}
	case '^', '$':
		return empty
	case '*', '+', '?', '{':
		if c == '{' {
			return lit('{')
		}
		p.failed = true
		return kwNode{}
	}
	return lit(c)
}

func lit(c rune) kwNode {
	s := []string{string(c)}
	return kwNode{exact: s, req: s, all: [][]string{s}}
}

func (p *kwParser) group() kwNode {
	zeroWidth, positive := false, false
	if p.peek() == '?' {
		p.pos++
		switch c := p.peek(); {
		case c == ':' || c == '>':
			p.pos++
		case c == '=' || c == '!':
			p.pos++
			zeroWidth, positive = true, c == '='
		case c == '<' && p.pos+1 < len(p.src) && (p.src[p.pos+1] == '=' || p.src[p.pos+1] == '!'):
			zeroWidth, positive = true, p.src[p.pos+1] == '='
			p.pos += 2
		case c == '<' || c == '\'' || c == 'P':
			close := '>'
			if c == '\'' {
				close = '\''
			}
			for p.pos < len(p.src) && p.src[p.pos] != close {
				p.pos++
			}
			p.pos++
		default:
			// inline options such as (?i): literals may no longer be literal
			p.failed = true
			return kwNode{}
		}
	}
	n := p.alternation()
	if p.peek() != ')' {
		p.failed = true
		return kwNode{}
	}
	p.pos++
	if zeroWidth {
		// What a positive lookaround sees lies outside the match but in
		// the text the rule runs on, so its keywords still gate the rule;
		// they are no part of the match's own strings.
		if positive {
			return kwNode{exact: []string{""}, all: n.all}
		}
		return empty
	}
	return n
}

const maxClass = 30

func (p *kwParser) class() kwNode {
	if p.peek() == '^' {
		p.skipClass()
		return kwNode{}
	}
	var chars []string
	known := true
	first := true
	for p.pos < len(p.src) && (p.src[p.pos] != ']' || first) {
		first = false
		c := p.src[p.pos]
		p.pos++
		if c == '-' && p.peek() == '[' { // a class subtraction, [a-z-[aeiou]]: too rare to read
			p.failed = true
			return kwNode{}
		}
		if c == '\\' {
			n := p.escape(true)
			if n.exact == nil {
				known = false
			}
			chars = append(chars, n.exact...)
			continue
		}
		if p.peek() == '-' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '[' {
			p.failed = true // [r-[0]]: r less the class after it
			return kwNode{}
		}
		if p.peek() == '-' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '\\' {
			p.pos += 2 // a range up to an escaped character, [0-\]]: not worth reading
			p.escape(true)
			known = false
			continue
		}
		if p.peek() == '-' && p.pos+1 < len(p.src) && p.src[p.pos+1] != ']' {
			hi := p.src[p.pos+1]
			p.pos += 2
			if hi < c || hi-c > maxClass {
				known = false
				continue
			}
			for r := c; r <= hi; r++ {
				chars = append(chars, string(r))
			}
			continue
		}
		chars = append(chars, string(c))
	}
	if p.peek() != ']' {
		p.failed = true
		return kwNode{}
	}
	p.pos++
	if !known || len(chars) > maxClass {
		return kwNode{}
	}
	chars = dedupe(chars)
	return kwNode{exact: chars, req: chars, all: [][]string{chars}}
}

func (p *kwParser) skipClass() {
	for p.pos < len(p.src) && p.src[p.pos] != ']' {
		switch {
		case p.src[p.pos] == '\\':
			p.pos++
		case p.src[p.pos] == '-' && p.pos+1 < len(p.src) && p.src[p.pos+1] == '[':
			p.failed = true // a class subtraction
			return
		}
		p.pos++
	}
	p.pos++
}

func (p *kwParser) escape(inClass bool) kwNode {
	if p.pos >= len(p.src) {
		p.failed = true
		return kwNode{}
	}
	c := p.src[p.pos]
	p.pos++
	switch c {
	case 'd':
		return kwNode{} // any Unicode digit, not only 0-9: rules write [0-9]
	case 'b', 'B', 'A', 'z', 'Z', 'G':
		if inClass {
			return kwNode{}
		}
		return empty
	case 'p', 'P':
		if p.peek() == '{' {
			for p.pos < len(p.src) && p.src[p.pos] != '}' {
				p.pos++
			}
		}
		p.pos++ // the closing brace, or the category's one letter (\pL)
		return kwNode{}
	case 'k':
		for p.pos < len(p.src) && p.src[p.pos] != '>' && p.src[p.pos] != '\'' {
			p.pos++
		}
		p.pos++
		return kwNode{}
	case 'n':
		return lit('\n')
	case 't':
		return lit('\t')
	case 'u', 'x':
		return p.hexEscape(c)
	case 'c':
		p.pos++ // \cM is a control character: the letter after it is no literal
		return kwNode{}
	}
	if c >= '0' && c <= '9' {
		// An octal escape or a backreference: it may take the digits after
		// it, which are then no literals.
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			p.pos++
		}
		return kwNode{}
	}
	if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
		return kwNode{} // \w, \s and the like
	}
	return lit(c)
}

func (p *kwParser) hexEscape(c rune) kwNode {
	width := 2
	if c == 'u' {
		width = 4
	}
	if p.pos+width > len(p.src) {
		p.failed = true
		return kwNode{}
	}
	v := 0
	for _, h := range p.src[p.pos : p.pos+width] {
		switch {
		case h >= '0' && h <= '9':
			v = v*16 + int(h-'0')
		case h >= 'a' && h <= 'f':
			v = v*16 + int(h-'a') + 10
		case h >= 'A' && h <= 'F':
			v = v*16 + int(h-'A') + 10
		default:
			p.failed = true
			return kwNode{}
		}
	}
	p.pos += width
	return lit(rune(v))
}
