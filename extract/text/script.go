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
	// A Chinese character is weighed against a word of an alphabet, not a
	// letter: a page with an English translation as long as its Chinese is
	// still Chinese.
	var han, kana, hangul, words int
	inWord := false
	for _, r := range rs {
		letter := false
		switch {
		case IsHan(r):
			han++
		case r >= 0x1100 && unicode.In(r, unicode.Hiragana, unicode.Katakana) && r != 'ー' && r != '・':
			kana++ // (the long vowel and middle dots are typed in Chinese too; no kana nor hangul below U+1100, whose tables ASCII need not search)
		case r >= 0x1100 && unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.IsLetter(r):
			letter = true
			if !inWord {
				words++
			}
		}
		inWord = letter
	}
	cjk := han + kana + hangul
	switch {
	case cjk+words < minJudged:
		return ""
	case kana*10 > cjk:
		return fmt.Sprintf("the text is written in Japanese (kana are %d%% of its CJK characters): rules written for Chinese read it as Chinese, and what they find in it may be wrong", percent(kana, cjk))
	case hangul*10 > cjk:
		return fmt.Sprintf("the text is written in Korean (hangul are %d%% of its CJK characters): rules written for Chinese find little in it", percent(hangul, cjk))
	case han*10 < (cjk+words)*3:
		return fmt.Sprintf("the text is mostly not Chinese (Chinese characters are %d%% of its characters and words): rules written for Chinese find little in it", percent(han, cjk+words))
	}
	return ""
}

// minJudged is the characters and words a text needs before its script is
// judged.
const minJudged = 20

func percent(n, of int) int { return n * 100 / of }
