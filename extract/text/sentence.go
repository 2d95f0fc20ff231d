package text

// Sentences are the units most rules match on: short enough for a
// backtracking engine, long enough to hold a figure and what it measures.

const (
	longSentence = 300  // past this, a sentence is cut at its commas
	maxSentence  = 1000 // and past this, wherever it is
)

// Sentences cuts content lines into sentences, keeping the closing quotes
// and brackets that follow a full stop with its sentence.
func Sentences(v *View, lines []Range) []Range {
	var out []Range
	for _, ln := range lines {
		start := ln.Start
		for i := ln.Start; i < ln.End; i++ {
			if !IsSentenceEnd(v.Runes[i]) {
				continue
			}
			j := i + 1
			for j < ln.End && (IsSentenceEnd(v.Runes[j]) || isCloser(v.Runes[j])) {
				j++
			}
			out = appendSentence(out, v, start, j)
			start, i = j, j-1
		}
		if start < ln.End {
			out = appendSentence(out, v, start, ln.End)
		}
	}
	return out
}

// SentenceStart is where the sentence that goes on at i began: a semicolon
// ends a unit rules match on, not a sentence (GUIDELINES.md: a sentence
// ends at 。, !, ? or a line's end), nor does a long sentence's comma cut.
// It looks back maxSentence characters at most, so that a page of one
// line with no full stop costs no more per unit than a sentence does.
func SentenceStart(rs []rune, i int) int {
	for back := 0; i > 0 && back < maxSentence && rs[i-1] != '\n' && (rs[i-1] == ';' || !IsSentenceEnd(rs[i-1])); back++ {
		i--
	}
	return i
}

// IsSentenceEnd is the punctuation that ends a sentence.
func IsSentenceEnd(r rune) bool {
	switch r {
	case '。', '!', '?', ';', '…':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', ')', '】', '》':
		return true
	}
	return false
}

// appendSentence adds [s, e), cutting an over-long one at commas, or at
// maxSentence where it has none, so that no rule runs on a whole page.
func appendSentence(out []Range, v *View, s, e int) []Range {
	for s < e && IsSpace(v.Runes[s]) {
		s++
	}
	for e-s > longSentence {
		cut := -1
		for i := s + longSentence; i > s+longSentence/4; i-- {
			if r := v.Runes[i-1]; r == ',' || r == '、' || r == ' ' {
				cut = i
				break
			}
		}
		if cut < 0 {
			if e-s <= maxSentence {
				break
			}
			cut = s + maxSentence
		}
		out = append(out, Range{s, cut})
		s = cut
	}
	if s < e {
		out = append(out, Range{s, e})
	}
	return out
}
