package rules

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dlclark/regexp2/v2/syntax"
)

// maxGuardChars is the most characters a guard's class lists.
const maxGuardChars = 64

// guardBefore is a cheap test of the character before a match that every
// match of a pattern read from its start passes, where the pattern opens
// with lookbehinds (and ^) alone: (?<=[,;])某|(?<=由)某|^某 gives
// (?:^|(?<=[,;由])). regexp2 cannot skip ahead to such a pattern's first
// characters, so a scan runs its opening alternatives at every character of
// the unit; the guard fails at most characters in one step. "" where the
// opening is not that (a character consumed first, a lookahead alone).
func guardBefore(root *syntax.RegexNode, a analysis) string {
	if root.Options&syntax.RightToLeft != 0 {
		return ""
	}
	b, ok := openingBefore(root, a)
	if !ok || len(b.chars) == 0 || len(b.chars) > maxGuardChars {
		return ""
	}
	chars := slices.Compact(slices.Sorted(slices.Values(b.chars)))
	var class strings.Builder
	for _, c := range chars {
		if c < 0x80 && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			fmt.Fprintf(&class, `\u%04X`, c) // (a mark, a space, a line break: spelled, whatever it means in a class)
			continue
		}
		class.WriteRune(c)
	}
	guard := fmt.Sprintf("(?<=[%s])", class.String())
	if b.caret {
		guard = "(?:^|" + guard + ")"
	}
	return guard
}

// before is what stands before a match: the characters a lookbehind's
// text may end with, and whether the match may be the text's start (^).
type before struct {
	chars []rune
	caret bool
}

// openingBefore reads what must stand before a match from the pattern's
// opening.
func openingBefore(n *syntax.RegexNode, a analysis) (before, bool) {
	n = ungrouped(n)
	switch n.T {
	case syntax.NtBeginning, syntax.NtBol:
		return before{caret: true}, true
	case syntax.NtPosLook:
		if n.Options&syntax.RightToLeft == 0 {
			return before{}, false // a lookahead says nothing of what stands before
		}
		return lookbehindEnds(n.Children[0], a)
	case syntax.NtAlternate:
		return eachBranch(n.Children, a, openingBefore)
	case syntax.NtConcatenate:
		for _, c := range n.Children {
			if c.T == syntax.NtNegLook || c.T == syntax.NtPosLook && c.Options&syntax.RightToLeft == 0 {
				continue // (a lookahead first: the opening goes on after it)
			}
			return openingBefore(c, a)
		}
	}
	return before{}, false
}

// lookbehindEnds is what a lookbehind's text may end with, branch by branch.
func lookbehindEnds(n *syntax.RegexNode, a analysis) (before, bool) {
	n = ungrouped(n)
	switch n.T {
	case syntax.NtBeginning, syntax.NtBol:
		return before{caret: true}, true
	case syntax.NtAlternate:
		return eachBranch(n.Children, a, lookbehindEnds)
	}
	suffix := a.of(n).suffix
	if len(suffix) == 0 {
		return before{}, false
	}
	var b before
	for _, s := range suffix {
		if s == "" {
			return before{}, false // (it may end with anything)
		}
		r, _ := utf8.DecodeLastRuneInString(s)
		b.chars = append(b.chars, r)
	}
	return b, true
}

// eachBranch is what read says of every branch, together; false where it
// cannot say of one.
func eachBranch(branches []*syntax.RegexNode, a analysis, read func(*syntax.RegexNode, analysis) (before, bool)) (before, bool) {
	var all before
	for _, c := range branches {
		b, ok := read(c, a)
		if !ok {
			return before{}, false
		}
		all.chars, all.caret = append(all.chars, b.chars...), all.caret || b.caret
	}
	return all, true
}

// ungrouped is the node a group or a capture of one child holds.
func ungrouped(n *syntax.RegexNode) *syntax.RegexNode {
	for (n.T == syntax.NtCapture || n.T == syntax.NtGroup) && len(n.Children) == 1 {
		n = n.Children[0]
	}
	return n
}
