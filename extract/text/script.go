package text

import (
	"fmt"
	"unicode"
)

// ScriptNote says, for a record's warnings, that a text is not written in
// Chinese: rules written for Chinese read a page of Japanese or Korean as
// Chinese words with gaps, and find little in an English one. It is "" for
// a Chinese text, or one too short to judge (the kana of a Japanese name,
// an English menu on a Chinese page, are too few to count).
func ScriptNote(rs []rune) string {
	var han, kana, hangul, letters int
	for _, r := range rs {
		switch {
		case IsHan(r):
			han++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana) && r != 'ー' && r != '・':
			kana++ // (the long vowel and middle dots are typed in Chinese too)
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.IsLetter(r):
			letters++
		}
	}
	cjk := han + kana + hangul
	switch {
	case cjk+letters < minJudged:
		return ""
	case kana*10 > cjk:
		return fmt.Sprintf("the text is written in Japanese (kana are %d%% of its CJK characters): rules written for Chinese read it as Chinese, and what they find in it may be wrong", percent(kana, cjk))
	case hangul*10 > cjk:
		return fmt.Sprintf("the text is written in Korean (hangul are %d%% of its CJK characters): rules written for Chinese find little in it", percent(hangul, cjk))
	case han*10 < (cjk+letters)*3:
		return fmt.Sprintf("few of the text's letters are Chinese characters (%d%%): rules written for Chinese find little in it", percent(han, cjk+letters))
	}
	return ""
}

// minJudged is the letters a text needs before its script is judged.
const minJudged = 40

func percent(n, of int) int { return n * 100 / of }
