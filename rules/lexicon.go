package rules

import (
	"bufio"
	"fmt"
	"io/fs"
	"math"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"unicode/utf8"
)

// Lexicon is a named list of words (titles, units, places ...). An entry may
// carry a value (`余: over`, `万: 10000`) that a kind reads through Value.
type Lexicon struct {
	Name    string
	Entries []string
	Values  map[string]string
	Pos     Pos
	longest int                         // runes in the longest entry
	finals  [64]uint64                  // the runes entries end with, as bits of r mod 4096: most runes end none
	walk    atomic.Pointer[lexiconWalk] // the entries as tries of runes, built when first asked
}

// Longest is the length in runes of the longest entry (0 for nil).
func (l *Lexicon) Longest() int {
	if l == nil {
		return 0
	}
	return l.longest
}

// LongestPrefix is the length in runes of the longest entry the runes open
// with, 0 for none.
func (l *Lexicon) LongestPrefix(rs []rune) int {
	if l == nil || len(rs) == 0 {
		return 0
	}
	return l.walker().forward.longest(rs, false)
}

// LongestSuffix is the length in runes of the longest entry the runes end
// with, 0 for none: asked of every end of a clause, it reads the last rune
// once, which most entries' ends are not.
func (l *Lexicon) LongestSuffix(rs []rune) int {
	if len(rs) == 0 || !l.endsWith(rs[len(rs)-1]) {
		return 0
	}
	return l.walker().backward.longest(rs, true)
}

// endsWith: an entry may end with r (a filter: a bit shared by runes 4096 apart).
func (l *Lexicon) endsWith(r rune) bool {
	last := r & 4095
	return l != nil && l.finals[last/64]&(1<<(last%64)) != 0
}

// Value returns the value written for entry, or "" when it has none.
func (l *Lexicon) Value(entry string) string {
	if l == nil {
		return ""
	}
	return l.Values[entry]
}

// Has says whether the lexicon lists the word.
func (l *Lexicon) Has(word string) bool {
	if l == nil {
		return false
	}
	_, ok := l.Values[word]
	return ok
}

// alternation is the lexicon as a regex alternation, longest entries first so
// that a backtracking engine prefers 人次 to 人: the plain form the trie
// must match as (its test reads both).
func (l *Lexicon) alternation() string {
	words := append([]string(nil), l.Entries...)
	sort.SliceStable(words, func(i, j int) bool {
		return len([]rune(words[i])) > len([]rune(words[j]))
	})
	for i, w := range words {
		words[i] = quote(w)
	}
	return "(?:" + strings.Join(words, "|") + ")"
}

// trie is the same alternation factored by common prefixes, the form rules
// are compiled with: 人次?|个(?:百分点)?|[件位名…]. It matches the same words
// with the same preference (a longer word before its prefix, by greedy
// optionals), but a backtracking engine tests a few branches per position
// instead of every entry.
//
// A lexicon of many first characters is guarded by a lookahead of them
// ((?=[件位名…])): regexp2 tries each branch of an alternation in turn,
// and where the lexicon is optional (政协 with or without its organ after
// it) most positions fail that one test instead of every branch. Read
// right to left (rtl: in a lookbehind, or a rule matched from its end), a
// trie of beginnings is tried leaf by leaf and that lookahead only after
// it: there the words are factored by their ends (a suffixRoot written), and
// the guard is a lookbehind of their last characters, after the
// alternation: (?:…)(?<=[席任长…]), which right to left is tested first.
func (l *Lexicon) trie(rtl bool) string {
	root := l.trieRoot
	if rtl {
		root = l.suffixRoot
	}
	t := root()
	var b strings.Builder
	b.WriteString("(?:")
	t.write(&b, rtl)
	b.WriteByte(')')
	if t.count() <= 3 || len(t.keys) <= 3 || slices.Contains(l.Entries, "") {
		return b.String()
	}
	if rtl {
		return b.String() + "(?<=" + charClass(t.keys) + ")"
	}
	return "(?=" + charClass(t.keys) + ")" + b.String()
}

// suffixRoot is the trie of the lexicon's entries read from their ends.
func (l *Lexicon) suffixRoot() *trieNode {
	root := &trieNode{}
	for _, w := range l.Entries {
		rs := []rune(w)
		slices.Reverse(rs)
		root.insert(rs)
	}
	return root
}

// write writes the alternation of the node's children: children that end a
// word and go no further become one character class, the others each their
// rune and what may follow it. A trie of reversed words (suffix) is written
// as the words read right to left want it, factored by their ends: [主副]席|
// (?:副)?部长|…; read right to left, each branch tests its last rune first,
// and an optional longer beginning is tried before the word without it, so
// the longest word ending at a place is the one found, as with the plain
// trie read left to right.
func (n *trieNode) write(b *strings.Builder, suffix bool) {
	first := true
	inner, class := n.split()
	for _, i := range inner {
		r, k := n.keys[i], n.kids[i]
		if !first {
			b.WriteByte('|')
		}
		first = false
		if !suffix {
			b.WriteString(quote(string(r)))
		}
		wrap := k.count() > 1 || k.end
		if wrap {
			b.WriteString("(?:")
		}
		k.write(b, suffix)
		if wrap {
			b.WriteByte(')')
		}
		if k.end {
			b.WriteByte('?')
		}
		if suffix {
			b.WriteString(quote(string(r)))
		}
	}
	if len(class) == 0 {
		return
	}
	if !first {
		b.WriteByte('|')
	}
	if len(class) == 1 {
		b.WriteString(quote(string(class[0])))
	} else {
		b.WriteString(charClass(class))
	}
}

// split parts the node's children into those a word goes on from (their
// indexes) and the runes of those that only end one.
func (n *trieNode) split() (inner []int, leaves []rune) {
	for i, k := range n.kids {
		if len(k.kids) == 0 {
			leaves = append(leaves, n.keys[i])
		} else {
			inner = append(inner, i)
		}
	}
	return inner, leaves
}

// count is the number of alternatives write writes for the node.
func (n *trieNode) count() int {
	c, leaf := 0, false
	for _, k := range n.kids {
		if len(k.kids) == 0 {
			leaf = true
		} else {
			c++
		}
	}
	if leaf {
		c++
	}
	return c
}

type trieNode struct {
	end  bool
	keys []rune      // the runes its children are reached by, in the order first inserted
	kids []*trieNode // by the same index (few per node: a slice is cheaper to build than a map)
}

func (n *trieNode) insert(w []rune) {
	if len(w) == 0 {
		n.end = true
		return
	}
	i := slices.Index(n.keys, w[0])
	if i < 0 {
		i = len(n.keys)
		n.keys, n.kids = append(n.keys, w[0]), append(n.kids, &trieNode{})
	}
	n.kids[i].insert(w[1:])
}

// anchoredTrie is the trie for a pattern matched where a keyword begins
// (Rule.Anchored): there regexp2 tries an alternation's branches one by one,
// and a lexicon of a hundred first characters (TITLES) costs a hundred tries
// where its word is the last, or where a match fails after it. Its
// branches are grouped behind lookaheads of their first characters, in
// their order (in a lookbehind, read right to left, the order prefers the
// longer word: 自治区 to 区), a few tries to find the one. Only the lexicon
// that opens an anchored pattern is written so (Loader.anchoredForm): an
// unanchored pattern keeps the plain trie, as these lookaheads would stop
// regexp2 skipping ahead to where a match may begin, and so does a lexicon
// tried once further on, where they cost more than they spare.
func (l *Lexicon) anchoredTrie() string {
	alts, _ := l.trieRoot().grouped()
	return "(?:" + alts + ")"
}

// trieRoot is the trie of the lexicon's entries.
func (l *Lexicon) trieRoot() *trieNode {
	root := &trieNode{}
	for _, w := range l.Entries {
		root.insert([]rune(w))
	}
	return root
}

// groupAbove is the number of branches above which anchoredTrie groups them.
const groupAbove = 8

// grouped is the alternation write writes, its branches grouped behind
// lookaheads of their first characters where they are many (see
// anchoredTrie), and how many alternatives it has.
func (n *trieNode) grouped() (string, int) {
	var alts []string
	var firsts [][]rune // the first characters of each alternative
	inner, class := n.split()
	for _, i := range inner {
		r, k := n.keys[i], n.kids[i]
		rest, count := k.grouped()
		if count > 1 || k.end {
			rest = "(?:" + rest + ")"
		}
		if k.end {
			rest += "?"
		}
		alts = append(alts, quote(string(r))+rest)
		firsts = append(firsts, []rune{r})
	}
	var single string
	switch len(class) {
	case 0:
	case 1:
		single = quote(string(class[0]))
	default:
		single = charClass(class)
	}
	if single != "" {
		alts, firsts = append(alts, single), append(firsts, class)
	}
	if len(alts) > groupAbove {
		return groupBranches(alts, firsts), len(alts)
	}
	return strings.Join(alts, "|"), len(alts)
}

// groupBranches writes alternatives in groups of about the square root of
// their number, each behind a lookahead of its first characters.
func groupBranches(alts []string, firsts [][]rune) string {
	size := int(math.Sqrt(float64(len(alts))) + 0.5)
	var groups []string
	for i := 0; i < len(alts); i += size {
		j := min(i+size, len(alts))
		var first []rune
		for _, f := range firsts[i:j] {
			first = append(first, f...)
		}
		groups = append(groups, "(?="+charClass(first)+")(?:"+strings.Join(alts[i:j], "|")+")")
	}
	return strings.Join(groups, "|")
}

// charClass writes runes as a regex character class.
func charClass(rs []rune) string {
	var b strings.Builder
	b.WriteByte('[')
	for _, r := range rs {
		b.WriteString(quote(string(r)))
	}
	b.WriteByte(']')
	return b.String()
}

// quote writes a word as a regex literal, inside or outside a class: regex
// syntax characters and space behind a backslash, control characters as \uXXXX,
// everything else as itself. (regexp2.Escape writes \u with too few digits
// for some runes.)
func quote(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch {
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04x`, r)
		case strings.ContainsRune(`\*+?|{}[]()^$.#- `, r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// HasRunes is Has for a word held as runes, without building a string (the
// metric finder asks it of every suffix of every clause).
func (l *Lexicon) HasRunes(word []rune) bool {
	if l == nil || len(word) == 0 {
		return l.Has(string(word))
	}
	return l.endsWith(word[len(word)-1]) && l.walker().forward.longest(word, false) == len(word)
}

func (l *Lexicon) add(word, value string) {
	if l.Values == nil {
		l.Values = map[string]string{}
	}
	if _, dup := l.Values[word]; !dup {
		l.Entries = append(l.Entries, word)
		n := utf8.RuneCountInString(word)
		l.longest = max(l.longest, n)
		l.walk.Store(nil) // built again when next asked
		if last, _ := utf8.DecodeLastRuneInString(word); word != "" {
			last &= 4095
			l.finals[last/64] |= 1 << (last % 64)
		}
	}
	l.Values[word] = value
}

// readLexiconFile reads one entry per line, optionally `word<TAB>value`;
// blank lines and lines starting with # are skipped.
func readLexiconFile(fsys fs.FS, name string, lex *Lexicon) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, value, _ := strings.Cut(line, "\t")
		lex.add(strings.TrimSpace(word), strings.TrimSpace(value))
	}
	return sc.Err()
}
