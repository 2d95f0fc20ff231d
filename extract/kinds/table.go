package kinds

import (
	"slices"
	"strings"

	"github.com/zxtract/zxtract/extract/text"
)

// A table, as sites and bulletins paste one: rows on lines of their own,
// cells parted by tabs, or by runs of spaces where a document's text was
// laid out in columns (three cells or more), the first row the header.

// tableCell locates the cell at view position i: the header's cells and
// its row's, as view ranges less the spaces at their edges, and its
// column. ok is false outside a table, and in the header itself.
func tableCell(rs []rune, i int) (header, row []text.Range, col int, ok bool) {
	lineStart := func(k int) int {
		for k > 0 && rs[k-1] != '\n' {
			k--
		}
		return k
	}
	blank := func(rs []rune) bool { return strings.TrimSpace(string(rs)) == "" }
	start := lineStart(i)
	head, width := start, len(cells(rs, start))
	for k, rows, gap := start, 0, false; rows < 1000 && k > 0; rows++ { // (a long table's rows, up to its header)
		prev := lineStart(k - 1)
		if blank(rs[prev : k-1]) {
			k, gap = prev, true
			continue // (a web page's rows, which its markup parts by blank lines)
		}
		if !isRow(rs, prev) || gap && len(cells(rs, prev)) != width {
			break // a line of no cells, or a row of another width across a gap: the table began below it
		}
		head, k, gap = prev, prev, false
	}
	if head == start {
		return nil, nil, 0, false
	}
	header, row = cells(rs, head), cells(rs, start)
	for col < len(row) && row[col].End <= i {
		col++
	}
	if col >= len(header) || col >= len(row) {
		return nil, nil, 0, false
	}
	return header, row, col, true
}

// isRow: the line at start is a table's row, its cells parted by a tab, or
// three cells or more parted by runs of spaces.
func isRow(rs []rune, start int) bool {
	end := start
	for end < len(rs) && rs[end] != '\n' {
		end++
	}
	return slices.Contains(rs[start:end], '\t') || len(cells(rs, start)) >= 3
}

// cells are the ranges of a row's cells, parted by runs of tabs or of two
// spaces or more.
func cells(rs []rune, start int) []text.Range {
	var out []text.Range
	end := start
	for end < len(rs) && rs[end] != '\n' {
		end++
	}
	for start < end && text.IsPad(rs[start]) {
		start++ // (a line's indent)
	}
	for k := start; k <= end; {
		e := k
		for e < end && text.ColumnGap(rs, e, end) == 0 {
			e++
		}
		r := text.Range{Start: k, End: e}
		for r.Start < r.End && (text.IsPad(rs[r.Start]) || rs[r.Start] == '\r') {
			r.Start++
		}
		for r.End > r.Start && (text.IsPad(rs[r.End-1]) || rs[r.End-1] == '\r') {
			r.End--
		}
		out = append(out, r)
		e += text.ColumnGap(rs, e, end)
		if e >= end {
			break
		}
		k = e
	}
	return out
}

// columnLabel is the label a table's header gives the cell at i.
func columnLabel(c *Context, i int) (string, bool) {
	header, _, col, ok := tableCell(c.View.Runes, i)
	if !ok {
		return "", false
	}
	return strings.TrimSpace(c.ViewText(header[col])), true
}

// labelNote parts a label from the note in brackets that ends it
// (比上年增长(%), 常务委员(48人,按姓氏笔画为序)): the label's range and the
// note's text, "" where there is none.
func labelNote(rs []rune, r text.Range) (text.Range, string) {
	if r.End > r.Start && rs[r.End-1] == ')' {
		if k := lastIndex(rs[r.Start:r.End], '('); k >= 0 {
			return text.Range{Start: r.Start, End: r.Start + k}, string(rs[r.Start+k+1 : r.End-1])
		}
	}
	return r, ""
}
