package rules

import (
	"math"

	"github.com/dlclark/regexp2/v2/syntax"
)

// unitMax is the longest unit a pattern can match, where it is anchored at
// both ends (^…$) and consumes at most so many characters; 0 where it is
// not, or where a part of it has no bound. A unit longer than that holds no
// match, so the engine need not run the rule on it: a rule of short lines
// (an author's name alone) costs nothing on a paragraph.
func unitMax(tree *syntax.RegexTree) int {
	w, ok := anchoredWidth(tree.Root)
	if !ok {
		return 0
	}
	return w + 1 // $ matches before a unit's last line break too
}

// anchoredWidth is the most a node consumes where each of its branches
// begins at ^ and ends at $.
func anchoredWidth(n *syntax.RegexNode) (int, bool) {
	n = unwrap(n)
	switch n.T {
	case syntax.NtAlternate:
		return widest(n.Children, anchoredWidth)
	case syntax.NtConcatenate:
		items := n.Children
		first, last := 0, len(items)-1
		for first <= last && zeroWidth(items[first]) && unwrap(items[first]).T != syntax.NtBeginning {
			first++
		}
		for last >= first && zeroWidth(items[last]) && !endAnchor(items[last]) {
			last--
		}
		if first >= last || unwrap(items[first]).T != syntax.NtBeginning || !endAnchor(items[last]) {
			return 0, false
		}
		w := 0
		for _, c := range items {
			cw, ok := width(c)
			if !ok {
				return 0, false
			}
			w += cw
		}
		return w, w < maxUnitWidth
	}
	return 0, false
}

// maxUnitWidth bounds what unitMax answers: a pattern that may match a
// longer unit gates nothing worth the check.
const maxUnitWidth = 200

func unwrap(n *syntax.RegexNode) *syntax.RegexNode {
	for (n.T == syntax.NtCapture || n.T == syntax.NtGroup || n.T == syntax.NtAtomic) && len(n.Children) == 1 {
		n = n.Children[0]
	}
	return n
}

func endAnchor(n *syntax.RegexNode) bool {
	t := unwrap(n).T
	return t == syntax.NtEndZ || t == syntax.NtEnd
}

// width is the most characters a node consumes; false where it has no
// bound or cannot be known (a back reference).
func width(n *syntax.RegexNode) (int, bool) {
	switch n.T {
	case syntax.NtOne, syntax.NtNotone, syntax.NtSet:
		return 1, true
	case syntax.NtMulti:
		return len(n.Str), true
	case syntax.NtOneloop, syntax.NtNotoneloop, syntax.NtSetloop, syntax.NtOnelazy, syntax.NtNotonelazy, syntax.NtSetlazy,
		syntax.NtOneloopatomic, syntax.NtNotoneloopatomic, syntax.NtSetloopatomic:
		return n.N, n.N < math.MaxInt32
	case syntax.NtLoop, syntax.NtLazyloop:
		if n.N == math.MaxInt32 || len(n.Children) != 1 {
			return 0, false
		}
		w, ok := width(n.Children[0])
		return w * n.N, ok && w*n.N < math.MaxInt32/2
	case syntax.NtConcatenate:
		sum := 0
		for _, c := range n.Children {
			w, ok := width(c)
			if !ok {
				return 0, false
			}
			sum += w
		}
		return sum, true
	case syntax.NtAlternate, syntax.NtCapture, syntax.NtGroup, syntax.NtAtomic:
		return widest(n.Children, width)
	case syntax.NtPosLook, syntax.NtNegLook, syntax.NtBol, syntax.NtEol, syntax.NtBoundary, syntax.NtNonboundary,
		syntax.NtECMABoundary, syntax.NtNonECMABoundary, syntax.NtBeginning, syntax.NtStart, syntax.NtEndZ, syntax.NtEnd,
		syntax.NtEmpty, syntax.NtNothing, syntax.NtUpdateBumpalong, syntax.NtResetCapture:
		return 0, true
	}
	return 0, false
}

// widest is the most any of the nodes consumes, as of says; false where
// one's is unknown.
func widest(nodes []*syntax.RegexNode, of func(*syntax.RegexNode) (int, bool)) (int, bool) {
	most := 0
	for _, c := range nodes {
		w, ok := of(c)
		if !ok {
			return 0, false
		}
		most = max(most, w)
	}
	return most, true
}
