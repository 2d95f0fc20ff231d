// Package number reads numbers as Chinese news writes them: Arabic digits
// with separators, Chinese numerals of any size, formal and traditional
// numerals, and mixtures (1.2万).
package number

import (
	"math"
	"strconv"
	"strings"
)

// ParseNumber reads a number as Chinese news writes it and returns its value:
//
//   - Arabic digits, with thousands separators and decimals: 13,000 13000 112.6
//     (full-width digits are folded to ASCII before rules see them);
//   - Chinese numerals of any size: 十五 一千二百三十四 一百零五 两万 三亿五千万
//     一万亿, the abbreviated 一千二 (1200) and 两万三 (23000), the formal
//     壹贰叁 拾佰仟 and the traditional 萬 億;
//   - numerals read digit by digit, as years are: 二〇二三;
//   - mixed forms: 1.2万 3千 5000万 1亿2000万;
//   - a decimal point written 点: 三点五;
//   - twenty, thirty and forty written 廿, 卅, 卌: 廿一.
//
// Markers of approximation (余, 多, 几), units and signs are not part of a
// number; the caller strips them. It reports false for anything else,
// including ranges such as 二三十 (twenty or thirty).
func ParseNumber(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	s = tensRunes.Replace(s) // 廿一: 二十一
	if i := strings.Index(s, "点"); i > 0 {
		return parseChineseDecimal(s[:i], s[i+len("点"):])
	}
	toks, ok := numberTokens(s)
	if !ok || len(toks) == 0 {
		return 0, false
	}
	return evalTokens(toks)
}

// tensRunes spell out the numerals of twenty, thirty and forty written as
// one character (廿, 卅, 卌), as days are in older and formal texts.
var tensRunes = strings.NewReplacer("廿", "二十", "卅", "三十", "卌", "四十")

type numTok struct {
	kind   byte // 'n' a digit run or Chinese digit, 'u' 十百千, 'b' 万亿
	val    float64
	arabic bool
	zero   bool // the Chinese 零 or 〇
}

var chineseDigits = map[rune]float64{
	'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5,
	'六': 6, '七': 7, '八': 8, '九': 9, '壹': 1, '贰': 2, '貳': 2, '叁': 3, '參': 3, '肆': 4,
	'伍': 5, '陆': 6, '陸': 6, '柒': 7, '捌': 8, '玖': 9,
}

var smallUnits = map[rune]float64{'十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000}
var bigUnits = map[rune]float64{'万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8}

func numberTokens(s string) ([]numTok, bool) {
	rs := []rune(s)
	var toks []numTok
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r >= '0' && r <= '9':
			j := i
			seenDot := false
			for j < len(rs) {
				c := rs[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				// A separator between digit groups of three.
				if c == ',' && !seenDot && isThousandsGroup(rs[j+1:]) {
					j++
					continue
				}
				if c == '.' && !seenDot && j+1 < len(rs) && isDigit(rs[j+1]) {
					seenDot = true
					j++
					continue
				}
				break
			}
			v, err := strconv.ParseFloat(strings.ReplaceAll(string(rs[i:j]), ",", ""), 64)
			if err != nil {
				return nil, false
			}
			toks = append(toks, numTok{kind: 'n', val: v, arabic: true})
			i = j
		case hasKey(chineseDigits, r):
			toks = append(toks, numTok{kind: 'n', val: chineseDigits[r], zero: r == '零' || r == '〇'})
			i++
		case smallUnits[r] > 0:
			toks = append(toks, numTok{kind: 'u', val: smallUnits[r]})
			i++
		case bigUnits[r] > 0:
			toks = append(toks, numTok{kind: 'b', val: bigUnits[r]})
			i++
		default:
			return nil, false
		}
	}
	return toks, true
}

func hasKey(m map[rune]float64, r rune) bool { _, ok := m[r]; return ok }
func isDigit(r rune) bool                    { return r >= '0' && r <= '9' }

// isThousandsGroup: three digits follow a separator, and no fourth.
func isThousandsGroup(rs []rune) bool {
	if len(rs) < 3 || !isDigit(rs[0]) || !isDigit(rs[1]) || !isDigit(rs[2]) {
		return false
	}
	return len(rs) == 3 || !isDigit(rs[3])
}

func evalTokens(toks []numTok) (float64, bool) {
	units := false
	for _, t := range toks {
		if t.kind != 'n' {
			units = true
		}
	}
	if !units {
		return positional(toks)
	}
	return evalBig(toks)
}

// positional reads digits without units one after another: 二〇二三 is 2023.
// Arabic digits stand alone; Chinese digits of two or more are positional
// only when there are at least three (a year, a code), since 二三 is a
// range, not 23.
func positional(toks []numTok) (float64, bool) {
	if len(toks) == 1 {
		return toks[0].val, true
	}
	if len(toks) < 3 {
		return 0, false
	}
	v := 0.0
	for _, t := range toks {
		if t.arabic {
			return 0, false
		}
		v = v*10 + t.val
	}
	return v, true
}

// evalBig splits at the largest of 万 and 亿: left × unit + right.
func evalBig(toks []numTok) (float64, bool) {
	at, best := -1, 0.0
	for i, t := range toks {
		if t.kind == 'b' && t.val > best {
			at, best = i, t.val
		}
	}
	if at < 0 {
		return evalSection(toks)
	}
	if at == 0 {
		return 0, false // a number starts with a digit or 十
	}
	left, ok := evalBig(toks[:at])
	if !ok {
		return 0, false
	}
	right := 0.0
	rest := toks[at+1:]
	if len(rest) > 0 {
		if len(rest) == 1 && rest[0].kind == 'n' && !rest[0].arabic && !rest[0].zero {
			right = rest[0].val * best / 10 // 两万三 is 23000
		} else {
			if rest[0].kind == 'b' {
				return 0, false
			}
			if right, ok = evalBig(rest); !ok {
				return 0, false
			}
			if right >= best {
				return 0, false
			}
		}
	}
	return left*best + right, true
}

// evalSection reads a number below 万: 一千二百三十四, 十五, 一百零五, 一千二.
func evalSection(toks []numTok) (float64, bool) {
	sum := 0.0
	var num *numTok
	lastUnit := 0.0
	afterZero := false
	for i := range toks {
		t := &toks[i]
		switch t.kind {
		case 'n':
			if num != nil && !(num.zero && !t.zero) {
				return 0, false // two digits in a row: 二三十 is a range
			}
			if t.zero {
				afterZero = true
			}
			num = t
		case 'u':
			if lastUnit != 0 && t.val >= lastUnit {
				return 0, false // units fall: 千 then 百 then 十
			}
			m := 1.0
			switch {
			case num != nil && !num.zero:
				m = num.val
			case num == nil && i == 0:
				m = 1 // 十五, and 百 alone (百分之百)
			case num != nil && num.zero && t.val == 10:
				m = 1 // 一千零十: 十 after 零 is one ten
			default:
				return 0, false
			}
			sum += m * t.val
			lastUnit, num, afterZero = t.val, nil, false
		}
	}
	if num != nil && !num.zero {
		if lastUnit > 10 && !afterZero && !num.arabic {
			sum += num.val * lastUnit / 10 // 一千二 is 1200
		} else {
			sum += num.val
		}
	}
	return sum, true
}

func parseChineseDecimal(intPart, frac string) (float64, bool) {
	whole, ok := ParseNumber(intPart)
	if !ok || frac == "" {
		return 0, false
	}
	scale := 0.1
	v := whole
	for _, r := range frac {
		d, ok := chineseDigits[r]
		if !ok {
			if !isDigit(r) {
				return 0, false
			}
			d = float64(r - '0')
		}
		v += d * scale
		scale /= 10
	}
	return math.Round(v*1e9) / 1e9, true
}
