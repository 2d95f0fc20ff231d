package rules

// lexiconWalk is a lexicon's entries as two tries of runes, one read from the
// words' beginnings and one from their ends: the longest entry a text opens
// or ends with is one walk over a few runes, where asking the word list of
// every length would encode and hash each.
type lexiconWalk struct {
	forward, backward runeTrie
}

// runeTrie numbers its nodes from the root, 0; an edge is a node and a rune.
type runeTrie struct {
	edges map[uint64]int32
	ends  []bool // the node ends an entry
}

// runeAt is rune i of rs, counted from its end when backward.
func runeAt(rs []rune, i int, backward bool) rune {
	if backward {
		return rs[len(rs)-1-i]
	}
	return rs[i]
}

func edge(node int32, r rune) uint64 { return uint64(node)<<32 | uint64(uint32(r)) }

// walker builds the tries on first use; lexicons are read by every worker,
// and two that build them at once build the same.
func (l *Lexicon) walker() *lexiconWalk {
	if w := l.walk.Load(); w != nil {
		return w
	}
	w := &lexiconWalk{forward: newRuneTrie(l.Entries, false), backward: newRuneTrie(l.Entries, true)}
	l.walk.CompareAndSwap(nil, w)
	return l.walk.Load()
}

func newRuneTrie(entries []string, backward bool) runeTrie {
	t := runeTrie{edges: map[uint64]int32{}, ends: []bool{false}}
	for _, e := range entries {
		rs := []rune(e)
		node := int32(0)
		for i := range rs {
			r := runeAt(rs, i, backward)
			next, ok := t.edges[edge(node, r)]
			if !ok {
				next = int32(len(t.ends))
				t.edges[edge(node, r)] = next
				t.ends = append(t.ends, false)
			}
			node = next
		}
		if len(rs) > 0 {
			t.ends[node] = true
		}
	}
	return t
}

// longest is the length of the longest entry rs begins with (backward: ends
// with), 0 for none.
func (t *runeTrie) longest(rs []rune, backward bool) int {
	best, node := 0, int32(0)
	for i := range rs {
		next, ok := t.edges[edge(node, runeAt(rs, i, backward))]
		if !ok {
			break
		}
		if node = next; t.ends[node] {
			best = i + 1
		}
	}
	return best
}
