package text

// ColumnGap is the length of the run parting two cells of a table's row at
// k, before end: tabs and the spaces around them, or two spaces or more, as
// a document laid out in columns parts them; 0 where none begins.
func ColumnGap(rs []rune, k, end int) int {
	n, tab := 0, false
	for k+n < end && (rs[k+n] == '\t' || IsPad(rs[k+n])) {
		tab = tab || rs[k+n] == '\t'
		n++
	}
	if tab || n >= 2 {
		return n
	}
	return 0
}

// ColumnGaps counts the gaps between the cells of the line rs, none at its
// edges: a table's row has one at least.
func ColumnGaps(rs []rune) int {
	start, end := 0, len(rs)
	for start < end && (IsPad(rs[start]) || rs[start] == '\t') {
		start++
	}
	for end > start && (IsPad(rs[end-1]) || rs[end-1] == '\t' || rs[end-1] == '\r') {
		end--
	}
	gaps := 0
	for k := start; k < end; k++ {
		if n := ColumnGap(rs, k, end); n > 0 {
			gaps++
			k += n - 1
		}
	}
	return gaps
}

// IsPad: the rune pads a line, a space or an ideographic space.
func IsPad(r rune) bool { return r == ' ' || r == '\u3000' }
