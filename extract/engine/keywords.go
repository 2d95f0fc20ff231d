package engine

import "slices"

// keywordIndex finds the rules' keywords in a view's runes, where they
// start. Keywords are short (a unit, 届, 《, a numeral), so a walk down a trie
// of runes from every position costs one table lookup where no keyword
// starts, which is most places; working on runes spares the UTF-8 copy of
// the text and the conversion of byte offsets back that a byte automaton
// needs.
type keywordIndex struct {
	first map[rune]int32 // first rune -> its node
	nodes []kwNode
	// dense answers "which node do keywords starting with this rune begin
	// at" without a map lookup for the runes of Chinese text and its
	// punctuation (below U+A000): node+1, or 0.
	dense []int32
}

type kwNode struct {
	kw   int32  // the keyword that ends here, or -1
	keys []rune // the runes that continue a keyword, sorted
	kids []int32
}

const denseRunes = 0xA000

func newKeywordIndex(kws []string) *keywordIndex {
	size := 0 // (the nodes at most: one per rune, allocated once)
	for _, w := range kws {
		size += len(w) / 3
	}
	x := &keywordIndex{first: map[rune]int32{}, dense: make([]int32, denseRunes), nodes: make([]kwNode, 0, size)}
	for k, w := range kws {
		node := int32(-1)
		for _, r := range w {
			node = x.child(node, r)
		}
		if node >= 0 {
			x.nodes[node].kw = int32(k)
		}
	}
	for r, n := range x.first {
		if r < denseRunes {
			x.dense[r] = n + 1
		}
	}
	return x
}

// child returns the node under parent (-1: the root) for r, adding it.
func (x *keywordIndex) child(parent int32, r rune) int32 {
	if parent < 0 {
		if n, ok := x.first[r]; ok {
			return n
		}
		x.nodes = append(x.nodes, kwNode{kw: -1})
		x.first[r] = int32(len(x.nodes) - 1)
		return x.first[r]
	}
	if n := x.nodes[parent].next(r); n >= 0 {
		return n
	}
	x.nodes = append(x.nodes, kwNode{kw: -1})
	n := int32(len(x.nodes) - 1)
	p := &x.nodes[parent]
	i, _ := slices.BinarySearch(p.keys, r)
	p.keys = slices.Insert(p.keys, i, r)
	p.kids = slices.Insert(p.kids, i, n)
	return n
}

// next returns the node that r leads to from n, or -1.
func (n *kwNode) next(r rune) int32 {
	if len(n.keys) <= 8 {
		for i, k := range n.keys {
			if k == r {
				return n.kids[i]
			}
		}
		return -1
	}
	if i, ok := slices.BinarySearch(n.keys, r); ok {
		return n.kids[i]
	}
	return -1
}

// start returns the node of keywords starting with r, or -1.
func (x *keywordIndex) start(r rune) int32 {
	if r >= 0 && r < denseRunes {
		return x.dense[r] - 1
	}
	if n, ok := x.first[r]; ok {
		return n
	}
	return -1
}

// kwHit is a keyword found in a view: its number and its range [start, end).
type kwHit struct {
	start, end int32
	kw         int32
}

// find appends every occurrence of every keyword in rs to hits, by start.
func (x *keywordIndex) find(hits []kwHit, rs []rune) []kwHit {
	for i, r := range rs {
		n := x.start(r)
		for j := i + 1; n >= 0; j++ {
			if k := x.nodes[n].kw; k >= 0 {
				hits = append(hits, kwHit{int32(i), int32(j), k})
			}
			if j == len(rs) {
				break
			}
			n = x.nodes[n].next(rs[j])
		}
	}
	return hits
}
