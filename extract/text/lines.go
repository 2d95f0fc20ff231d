package text

import "unicode"

// Line is one non-blank line of a view, trimmed of white space, with the
// number of blank lines before it.
type Line struct {
	Range
	Blanks int
}

// Lines cuts the view into its non-blank lines.
func Lines(v *View) []Line { return lines(v.Runes, nil) }

// lines cuts rs at line breaks into trimmed non-blank lines. Where keep is
// set, the runes it does not keep count as white space (the normaliser reads
// lines before it drops those runes).
func lines(rs []rune, keep []bool) []Line {
	space := func(i int) bool { return keep != nil && !keep[i] || unicode.IsSpace(rs[i]) }
	var out []Line
	blanks, start := 0, 0
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && rs[i] != '\n' {
			continue
		}
		s, e := start, i
		for s < e && space(s) {
			s++
		}
		for e > s && space(e-1) {
			e--
		}
		if s < e {
			out = append(out, Line{Range{s, e}, blanks})
			blanks = 0
		} else if start < len(rs) || i > start {
			blanks++
		}
		start = i + 1
	}
	return out
}
