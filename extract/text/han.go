package text

import (
	"strings"
	"unicode"
)

// IsHan is unicode.Is(unicode.Han, r), answered without a table search for
// the common case: the main CJK block, and everything below the radicals.
func IsHan(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	case r < 0x2E80:
		return false
	}
	return unicode.Is(unicode.Han, r)
}

// HanCount is the number of Han characters in rs.
func HanCount(rs []rune) int {
	n := 0
	for _, r := range rs {
		if IsHan(r) {
			n++
		}
	}
	return n
}

// IsSpace is the white space of a line: space, tab, carriage return and
// form feed (the view has folded the ideographic and no-break spaces).
func IsSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\r' || r == '\f' }

// ListNumber is the length of a list's number that opens the runes before
// a word (1.|县政协召开…, 2、, (三), ③, 第12号 |关于…, a catalogue's), or 0
// (not 一、, which opens 一、二、三等奖 as often as a list's item).
func ListNumber(rs []rune) int {
	k := 0
	switch {
	case len(rs) > 0 && rs[0] >= '①' && rs[0] <= '⑳':
		k = 1
	case len(rs) > 0 && rs[0] == '第':
		j := 1
		for j < len(rs) && j <= 4 && rs[j] >= '0' && rs[j] <= '9' {
			j++
		}
		if j > 1 && j+1 < len(rs) && rs[j] == '号' && IsSpace(rs[j+1]) { // (a space after it: 第3号提案由… opens a sentence)
			for k = j + 1; k < len(rs) && IsSpace(rs[k]); k++ {
			}
		}
	case len(rs) > 0 && rs[0] == '(': // (the view's brackets are half-width)
		j := 1
		for j < len(rs) && j <= 3 && ordinalDigit(rs[j]) {
			j++
		}
		if j > 1 && j < len(rs) && rs[j] == ')' {
			k = j + 1
		}
	default:
		j := 0
		for j < len(rs) && j < 2 && rs[j] >= '0' && rs[j] <= '9' {
			j++
		}
		if j > 0 && j < len(rs) && (rs[j] == '.' || rs[j] == '、') {
			k = j + 1
		}
	}
	if k == 0 || k >= len(rs) || !IsHan(rs[k]) {
		return 0
	}
	return k
}

func ordinalDigit(r rune) bool {
	return r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十", r)
}
