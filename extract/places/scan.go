package places

import (
	"unicode"
	"unicode/utf8"
)

// Name is a place name found in a text: the runes [Start, End) and the
// places it may mean.
type Name struct {
	Start, End int
	Places     []*Place
	// Short: the name is a county's short form (渝中, 大足, 新建), which may
	// be an ordinary word too; read it as a place before an organ.
	Short bool
}

// Ending returns the names in rs that end at position end, longest first:
// the places a body's name (平坝区政协, 天津市和平区政协) begins with, read
// backwards from its organ.
func (g *Gazetteer) Ending(rs []rune, end int) []Name {
	var out []Name
	for start := max(0, end-g.longest); start < end-1; start++ {
		if ps := g.Lookup(string(rs[start:end])); ps != nil {
			out = append(out, Name{Start: start, End: end, Places: ps})
		}
	}
	return out
}

// Names finds the place names of a text, left to right, the longest at
// each place (江阴市长泾镇 is 江阴市 and 长泾镇, not 市长). It walks each
// position only as far as some name begins so.
func (g *Gazetteer) Names(rs []rune) []Name {
	s := string(rs)
	at := make([]int, 0, len(rs)+1) // byte offset of each rune
	for i := range s {
		at = append(at, i)
	}
	at = append(at, len(s))
	var out []Name
	for i := 0; i+1 < len(rs); {
		end := -1
		for j := i + 2; j <= len(rs); j++ {
			w := s[at[i]:at[j]]
			if _, ok := g.byName[w]; ok {
				end = j
			}
			if !g.prefixes[w] {
				break
			}
		}
		if end < 0 {
			i++
			continue
		}
		w := s[at[i]:at[end]]
		ps := g.Lookup(w)
		out = append(out, Name{i, end, ps, ps[0].Short == w && ps[0].Level >= County})
		i = end
	}
	return out
}

// Mentions reads the names of a text as the places it mentions. Names that
// follow one another make one mention of the last, inside the ones before
// (湖南通道县: 通道侗族自治县 of 湖南省; 江阴市长泾镇: 长泾镇 of 江阴市). A
// name of one character and its level word (成县, 和县) right after another
// character counts only inside a name before it, since the character may
// end a word (形成县委, 和县政协 are no places).
func (g *Gazetteer) Mentions(rs []rune) []Name {
	var out []Name
	names := g.Names(rs)
	for k := 0; k < len(names); k++ {
		n := names[k]
		for k+1 < len(names) && names[k+1].Start == n.End {
			inner := Within(names[k+1].Places, n.Places)
			if inner == nil {
				break
			}
			k++
			n = Name{n.Start, names[k].End, inner, false}
		}
		if WordEnd(rs, n) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// WordEnd says whether a name of one character and its level word (成县,
// 和县) comes right after another character, which it may end a word with
// (形成县委, 和县政协 name no place).
func WordEnd(rs []rune, n Name) bool {
	return n.End-n.Start == 2 && n.Start > 0 && unicode.Is(unicode.Han, rs[n.Start-1]) && levelWord(rs[n.Start+1])
}

// levelWord: a name's last character says its level.
func levelWord(r rune) bool {
	switch r {
	case '省', '市', '县', '区', '州', '旗', '盟', '镇', '乡':
		return true
	}
	return false
}

// Within returns the places of inner that lie inside one of outer: a name
// read after the names of the places around it (怀化市 then 通道县).
func Within(inner, outer []*Place) []*Place {
	var out []*Place
	for _, p := range inner {
		for _, o := range outer {
			if p != o && p.In(o) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// prefixesOf adds the proper prefixes of a name, two runes and longer, to
// the set Names walks by.
func (g *Gazetteer) prefixesOf(name string) {
	n := 0
	for i := range name {
		if n >= 2 {
			g.prefixes[name[:i]] = true
		}
		n++
	}
	g.longest = max(g.longest, utf8.RuneCountInString(name))
}
