package extract

import "unicode/utf8"

// Span is a half-open range [start, end) of Unicode code points in the
// original input: the unit Python and most tools index text by. Go's runes
// are code points, so a span indexes the []rune of the original text.
type Span [2]int

// View is the text rules match against: the original after the
// matching-only normalisations (width folding, traditional to simplified,
// markup and broken line breaks removed). Every view rune remembers where it
// came from, so that a match in the view maps back to the original.
type View struct {
	Runes []rune
	start []int32 // original code point of each view rune
	end   []int32 // original end of each view rune; nil when all are one wide
	total int     // length of the original in code points
}

// Orig maps the view range [s, e) to a span of the original.
func (v *View) Orig(s, e int) Span {
	if s >= e {
		p := v.total
		if s < len(v.start) {
			p = int(v.start[s])
		}
		return Span{p, p}
	}
	return Span{int(v.start[s]), v.endOf(e - 1)}
}

func (v *View) endOf(i int) int {
	if v.end == nil {
		return int(v.start[i]) + 1
	}
	return int(v.end[i])
}

// compact drops, in place, the runes whose mask entry is false (nil: none).
// A view without origins yet (start nil) is the original itself: rune i
// came from code point i.
func (v *View) compact(mask []bool) {
	n := 0
	for i := range v.Runes {
		if mask == nil || mask[i] {
			n++
		}
	}
	identity := v.start == nil
	if identity {
		v.start = make([]int32, n)
	}
	j := 0
	for i, r := range v.Runes {
		if mask != nil && !mask[i] {
			continue
		}
		v.Runes[j] = r
		if identity {
			v.start[j] = int32(i)
		} else {
			v.start[j] = v.start[i]
			if v.end != nil {
				v.end[j] = v.end[i]
			}
		}
		j++
	}
	v.Runes = v.Runes[:j]
	if !identity {
		v.start = v.start[:j]
		if v.end != nil {
			v.end = v.end[:j]
		}
	}
}

// runeOffsets converts byte offsets of s into code point offsets. Offsets
// must be asked for in increasing order; it is the one place where zxtract
// turns Go's byte offsets (strings, the HTML tokenizer, later gse) into the code
// points that spans use.
type runeOffsets struct {
	s     []byte
	bytes int
	runes int
}

func newRuneOffsets[T string | []byte](s T) *runeOffsets { return &runeOffsets{s: []byte(s)} }

// at returns the code point offset of byte offset b (b >= every earlier b).
func (r *runeOffsets) at(b int) int {
	if b < r.bytes {
		r.bytes, r.runes = 0, 0
	}
	r.runes += utf8.RuneCount(r.s[r.bytes:b])
	r.bytes = b
	return r.runes
}
