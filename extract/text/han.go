package text

import "unicode"

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
