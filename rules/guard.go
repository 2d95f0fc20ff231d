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
	chars, caret, ok := openingBefore(root, a)
	if !ok || len(chars) == 0 || len(chars) > maxGuardChars {
		return ""
	}
	slices.Sort(chars)
	chars = slices.Compact(chars)
	var class strings.Builder
	for _, c := range chars {
		if c < 0x80 && !unicode.IsLetter(c) && !unicode.IsDigit(c) {
			fmt.Fprintf(&class, `\u%04X`, c) // (a mark, a space, a line break: spelled, whatever it means in a class)
			continue
		}
		class.WriteRune(c)
	}
	guard := fmt.Sprintf("(?<=[%s])", class.String())
	if caret {
		guard = "(?:^|" + guard + ")"
	}
	return guard
}

// openingBefore reads what must stand before a match from the pattern's
// opening: the last characters its lookbehinds' text may end with, and
// whether it may match at the start (^).
func openingBefore(n *syntax.RegexNode, a analysis) (chars []rune, caret, ok bool) {
	for (n.T == syntax.NtCapture || n.T == syntax.NtGroup) && len(n.Children) == 1 {
		n = n.Children[0]
	}
	switch n.T {
	case syntax.NtBeginning, syntax.NtBol:
		return nil, true, true
	case syntax.NtPosLook:
		if n.Options&syntax.RightToLeft == 0 {
			return nil, false, false // a lookahead says nothing of what stands before
		}
		return lookbehindEnds(n.Children[0], a)
	case syntax.NtAlternate:
		for _, c := range n.Children {
			cs, cc, ok := openingBefore(c, a)
			if !ok {
				return nil, false, false
			}
			chars, caret = append(chars, cs...), caret || cc
		}
		return chars, caret, true
	case syntax.NtConcatenate:
		for _, c := range n.Children {
			switch {
			case c.T == syntax.NtNegLook || c.T == syntax.NtPosLook && c.Options&syntax.RightToLeft == 0:
				continue // (a lookahead first: the opening goes on after it)
			}
			return openingBefore(c, a)
		}
	}
	return nil, false, false
}

// lookbehindEnds are the characters a lookbehind's text may end with, and
// whether it may be the start of the text (^), read branch by branch.
func lookbehindEnds(n *syntax.RegexNode, a analysis) (chars []rune, caret, ok bool) {
	for (n.T == syntax.NtCapture || n.T == syntax.NtGroup) && len(n.Children) == 1 {
		n = n.Children[0]
	}
	switch n.T {
	case syntax.NtBeginning, syntax.NtBol:
		return nil, true, true
	case syntax.NtAlternate:
		for _, c := range n.Children {
			cs, cc, ok := lookbehindEnds(c, a)
			if !ok {
				return nil, false, false
			}
			chars, caret = append(chars, cs...), caret || cc
		}
		return chars, caret, true
	}
	suffix := a.of(n).suffix
	if len(suffix) == 0 {
		return nil, false, false
	}
	for _, s := range suffix {
		if s == "" {
			return nil, false, false // (it may end with anything)
		}
		r, _ := utf8.DecodeLastRuneInString(s)
		chars = append(chars, r)
	}
	return chars, false, true
}
