package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// spellClasses writes the character categories rules use most, \s and
// \p{Han}, as the ranges they stand for. regexp2 tests a character against
// a category by searching Unicode's tables one category after another, and
// against ranges by one binary search: the rules that read names and words
// character by character ([^、,。\s]{2,12}, \p{Han}{2,8}) run a quarter
// faster. The sets are the same (classes_test.go checks every character).
// Escapes it does not name, \S and \P{…} among them, are left as written.
func spellClasses(pattern string) string {
	if !strings.Contains(pattern, `\s`) && !strings.Contains(pattern, `\p{Han}`) || strings.Contains(pattern, "-[") {
		return pattern // nothing to spell, or a class subtraction, which this does not read
	}
	var b strings.Builder
	b.Grow(len(pattern) + len(pattern)/2) // (spelled, a class is longer)
	inClass := false
	for i := 0; i < len(pattern); {
		c := pattern[i]
		switch {
		case c == '\\' && i+1 < len(pattern):
			spelled, n := spelledEscape(pattern[i:])
			switch {
			case spelled == "":
				b.WriteString(pattern[i : i+n])
			case inClass:
				b.WriteString(spelled)
			default:
				b.WriteString("[" + spelled + "]")
			}
			i += n
			continue
		case c == '[' && !inClass:
			inClass = true
			b.WriteByte(c)
			i++
			// a ] first in the class, or after ^, is a character of it
			if i < len(pattern) && pattern[i] == '^' {
				b.WriteByte('^')
				i++
			}
			if i < len(pattern) && pattern[i] == ']' {
				b.WriteByte(']')
				i++
			}
			continue
		case c == ']' && inClass:
			inClass = false
		}
		_, size := utf8.DecodeRuneInString(pattern[i:])
		b.WriteString(pattern[i : i+size])
		i += size
	}
	return b.String()
}

// spelledEscape reads the escape that s begins with: the ranges it stands
// for ("" for one left as written) and its length.
func spelledEscape(s string) (string, int) {
	switch {
	case strings.HasPrefix(s, `\s`):
		return spaceRanges, 2
	case strings.HasPrefix(s, `\p{Han}`):
		return hanRanges, len(`\p{Han}`)
	case strings.HasPrefix(s, `\p{`), strings.HasPrefix(s, `\P{`):
		if end := strings.IndexByte(s, '}'); end > 0 {
			return "", end + 1
		}
	}
	_, size := utf8.DecodeRuneInString(s[1:])
	return "", 1 + size
}

// spaceRanges is \s as regexp2 reads it outside ECMAScript mode: \f\n\r\t\v,
// U+0085 and the separators (Unicode category Z).
const spaceRanges = `\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`

// hanRanges is \p{Han}, from the tables of the unicode package, which
// regexp2 reads the category from.
var hanRanges = func() string {
	var b strings.Builder
	write := func(lo, hi, stride uint32) {
		if stride == 1 {
			fmt.Fprintf(&b, "%s-%s", classRune(rune(lo)), classRune(rune(hi)))
			return
		}
		for r := lo; r <= hi; r += stride {
			b.WriteString(classRune(rune(r)))
		}
	}
	for _, r := range unicode.Han.R16 {
		write(uint32(r.Lo), uint32(r.Hi), uint32(r.Stride))
	}
	for _, r := range unicode.Han.R32 {
		write(r.Lo, r.Hi, r.Stride)
	}
	return b.String()
}()

// classRune writes a rune in a class: \uXXXX where regexp2 has an escape
// for it, the character itself beyond (regexp2 has no \U).
func classRune(r rune) string {
	if r <= 0xffff {
		return fmt.Sprintf(`\u%04x`, r)
	}
	return string(r)
}
