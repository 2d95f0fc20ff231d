package places

// Name is a place name found in a text: the runes [Start, End) and the
// places it may mean.
type Name struct {
	Start, End int
	Places     []*Place
}

// Ending returns the names in rs that end at position end, longest first:
// the places a body's name (平坝区政协, 天津市和平区政协) begins with, read
// backwards from its organ.
func (g *Gazetteer) Ending(rs []rune, end int) []Name {
	var out []Name
	for start := max(0, end-g.longest); start < end-1; start++ {
		if ps := g.Lookup(string(rs[start:end])); ps != nil {
			out = append(out, Name{start, end, ps})
		}
	}
	return out
}

// Names finds the place names of a text, left to right, the longest at
// each place (江阴市长泾镇 is 江阴市 and 长泾镇, not 市长).
func (g *Gazetteer) Names(rs []rune) []Name {
	var out []Name
	for i := 0; i < len(rs); {
		found := false
		for end := min(len(rs), i+g.longest); end > i+1; end-- {
			if ps := g.Lookup(string(rs[i:end])); ps != nil {
				out = append(out, Name{i, end, ps})
				i, found = end, true
				break
			}
		}
		if !found {
			i++
		}
	}
	return out
}
