package extract

// Sentences are the units most rules match on: short enough for a
// backtracking engine, long enough to hold a figure and what it measures.

const (
	longSentence = 300  // past this, a sentence is cut at its commas
	maxSentence  = 1000 // and past this, wherever it is
)

// sentences cuts content lines (view ranges) into sentences, keeping the
// closing quotes and brackets that follow a full stop with its sentence.
func sentences(v *View, lines [][2]int) [][2]int {
	var out [][2]int
	for _, ln := range lines {
		start := ln[0]
		for i := ln[0]; i < ln[1]; i++ {
			if !isSentenceEnd(v.Runes[i]) {
				continue
			}
			j := i + 1
			for j < ln[1] && (isSentenceEnd(v.Runes[j]) || isCloser(v.Runes[j])) {
				j++
			}
			out = appendSentence(out, v, start, j)
			start, i = j, j-1
		}
		if start < ln[1] {
			out = appendSentence(out, v, start, ln[1])
		}
	}
	return out
}

func isSentenceEnd(r rune) bool {
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
func appendSentence(out [][2]int, v *View, s, e int) [][2]int {
	for s < e && isSpace(v.Runes[s]) {
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
		out = append(out, [2]int{s, cut})
		s = cut
	}
	if s < e {
		out = append(out, [2]int{s, e})
	}
	return out
}
