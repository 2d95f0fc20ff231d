// Package text is the text view stage: the original text of a document and
// the normalised view of it that rules match against. Positions in the two
// are different types: a Span is in the original (what records report), a
// Range is in the view (what matching works on); View.Orig maps one to the
// other.
package text

import "unicode/utf8"

// Span is a half-open range [start, end) of Unicode code points in the
// original input: the unit Python and most tools index text by. Go's runes
// are code points, so a span indexes the []rune of the original text.
type Span [2]int

// Range is a half-open range [Start, End) of runes in a View.
type Range struct{ Start, End int }

// Len is the number of runes in the range.
func (r Range) Len() int { return r.End - r.Start }

// Overlaps says whether two ranges share a rune.
func (r Range) Overlaps(o Range) bool { return r.Start < o.End && o.Start < r.End }

// Contains says whether o lies within r.
func (r Range) Contains(o Range) bool { return r.Start <= o.Start && o.End <= r.End }

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

// Orig maps a view range to a span of the original.
func (v *View) Orig(r Range) Span {
	if r.Start >= r.End {
		p := v.total
		if r.Start < len(v.start) {
			p = int(v.start[r.Start])
		}
		return Span{p, p}
	}
	return Span{int(v.start[r.Start]), v.endOf(r.End - 1)}
}

// String is the view's text in the range.
func (v *View) String(r Range) string { return string(v.Runes[r.Start:r.End]) }

func (v *View) endOf(i int) int {
	if v.end == nil {
		return int(v.start[i]) + 1
	}
	return int(v.end[i])
}

// widen makes rune i of the view come from the original up to the end of
// rune j, materialising the origins it needs.
func (v *View) widen(i, j int) {
	if v.start == nil {
		v.start = make([]int32, len(v.Runes))
		for k := range v.start {
			v.start[k] = int32(k)
		}
	}
	if v.end == nil {
		v.end = make([]int32, len(v.start))
		for k, s := range v.start {
			v.end[k] = s + 1
		}
	}
	v.end[i] = int32(v.endOf(j))
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

// Original is the original text and the view of it, which together answer
// what a view range says as written.
type Original struct {
	Raw  []rune
	View *View
}

// At is the original text of the view range, exactly.
func (o Original) At(r Range) string {
	sp := o.View.Orig(r)
	return string(o.Raw[sp[0]:sp[1]])
}

// AsWritten is the original text of the view range, character by character:
// traditional characters stay, but what the view dropped (line breaks inside
// a word, a gateway's pinyin) does not come back.
func (o Original) AsWritten(r Range) []rune {
	out := make([]rune, 0, r.Len())
	for i := r.Start; i < r.End; i++ {
		sp := o.View.Orig(Range{i, i + 1})
		out = append(out, o.Raw[sp[0]:sp[1]]...)
	}
	return out
}

// Readable is the view range as written, for a reader rather than a span:
// each character as the original has it (traditional characters stay, and
// a gateway's pinyin after one), but no markup between them (a page's tags)
// and an entity decoded (&amp; is &).
func (o Original) Readable(r Range) string {
	out := make([]rune, 0, r.Len())
	for i := r.Start; i < r.End; i++ {
		sp := o.View.Orig(Range{i, i + 1})
		if sp[1] == sp[0] && o.View.Runes[i] == '\t' {
			out = append(out, ' ') // the view's part between a row's cells reads as a space
		} else if sp[1]-sp[0] > 1 && o.Raw[sp[0]] == '&' || sp[1] == sp[0] {
			out = append(out, o.View.Runes[i]) // an entity, or a break the view made
		} else {
			out = append(out, o.Raw[sp[0]:sp[1]]...)
		}
	}
	return string(out)
}

// RuneOffsets converts byte offsets of a string into code point offsets.
// Offsets must be asked for in increasing order; it is the one place where
// zxtract turns Go's byte offsets (strings, the HTML tokenizer, a
// segmenter's tokens) into the code points that spans use.
type RuneOffsets struct {
	s     []byte
	bytes int
	runes int
}

// NewRuneOffsets starts converting offsets of s.
func NewRuneOffsets[T string | []byte](s T) *RuneOffsets { return &RuneOffsets{s: []byte(s)} }

// At returns the code point offset of byte offset b (b >= every earlier b,
// else it starts over).
func (r *RuneOffsets) At(b int) int {
	if b < r.bytes {
		r.bytes, r.runes = 0, 0
	}
	r.runes += utf8.RuneCount(r.s[r.bytes:b])
	r.bytes = b
	return r.runes
}
