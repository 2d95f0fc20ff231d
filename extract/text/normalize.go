package text

import (
	_ "embed"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Normalise builds the view that rules match on. The changes are for
// matching only; records quote the original, through the view's origins.
//
//   - HTML input loses its markup, scripts and styles;
//   - full-width ASCII becomes ASCII, ideographic and no-break spaces become
//     spaces, and traditional characters become simplified, rune for rune;
//     a circle or a letter O written for zero among Chinese numerals
//     (二○二一, 二O一九) becomes 〇, and a bullet or a katakana dot between
//     the parts of a name (热合曼•吐尔逊) the middle dot ·;
//   - a carriage return alone (an old Mac's line break) becomes a line
//     break; those before one, zero-width characters and the pinyin that some
//     gateways write after a character, as in 政協(xié) or 提(ti)案, are dropped (the
//     pinyin stays with its character: a match ending at 協 quotes 協(xié));
//   - question marks that open a line before a space (??? 记者…), an
//     encoder's stand-ins for spaces it could not write, are dropped;
//   - a Latin full stop that ends a Chinese sentence (…就业. 座谈会上, …达100%.2004年) is
//     a 。, as sentences and clauses end on it, and a comma doubled before
//     another mark (,, and ,、), or a 、 typed twice, is dropped;
//   - a middle dot between a rate's digits (上涨1·8%) is its decimal point;
//   - a space that parts a number's thousands (321 146件, a yearbook's
//     print) is dropped, so the number reads whole;
//   - the random runs a forum's anti-copy filter writes into a post
//     (* k7 D2 W: q5 T, a "jammer") are dropped, so that its lines read
//     as written;
//   - a line break or a paragraph's tag left in plain text (<br />, </p>,
//     as scraped text and corpora's fields carry them) is a line break;
//   - a line break inside running text (新征\n\n程) is dropped, so that a
//     word broken across lines reads whole.
func Normalise(raw []rune, html bool) *View {
	var v *View
	if html {
		v = htmlView(string(raw))
	} else {
		v = &View{Runes: make([]rune, len(raw)), total: len(raw)}
		copy(v.Runes, raw)
	}
	t2s := t2sTable()
	for i, r := range v.Runes {
		v.Runes[i] = foldRune(r, t2s)
	}
	if !html {
		for i, r := range v.Runes {
			if r == '\r' && (i+1 == len(v.Runes) || v.Runes[i+1] != '\n') {
				v.Runes[i] = '\n'
			}
		}
	}
	foldZeros(v.Runes)
	foldGuillemets(v.Runes)
	foldNameDots(v.Runes)
	foldStops(v.Runes)
	foldRateDots(v.Runes)
	mask := make([]bool, len(v.Runes))
	for i, r := range v.Runes {
		mask[i] = r != '\r' && !isZeroWidth(r)
	}
	if !html {
		breakAtTags(v.Runes, mask)
	}
	dropPinyin(v, mask)
	dropLostIndents(v.Runes, mask)
	dropDoubledCommas(v.Runes, mask)
	dropSpacesBySerialCommas(v.Runes, mask)
	dropDigitGroupSpaces(v.Runes, mask)
	dropNumberPadding(v.Runes, mask)
	dropSpacedNameDots(v.Runes, mask)
	dropJammer(v.Runes, mask)
	dropBrokenLineBreaks(v.Runes, mask)
	v.compact(mask)
	return v
}

// Simplified is a text as normalised fields are written: traditional
// characters simplified and a pinyin gloss after a character dropped
// (人民政協(xié)報: 人民政协报), nothing else changed.
func Simplified(s string) string {
	t2s := t2sTable()
	same := true
	for _, r := range s {
		if _, ok := simplifiedRune(r, t2s); ok || r == '(' || r == '（' {
			same = false
			break
		}
	}
	if same {
		return s // (most names: nothing to change, nothing to allocate)
	}
	rs := unglossed([]rune(s))
	for i, r := range rs {
		rs[i], _ = simplifiedRune(r, t2s)
	}
	return string(rs)
}

// Unglossed is a text less the pinyin glosses a converting gateway writes
// after characters (嚴(yán)月華: 嚴月華), traditional characters kept: what
// makes a name glossed once and written bare once the same.
func Unglossed(s string) string {
	if strings.IndexByte(s, '(') < 0 && !strings.Contains(s, "（") {
		return s // (nearly every key: nothing to drop, nothing to allocate)
	}
	return string(unglossed([]rune(s)))
}

// unglossed drops the glosses from rs, in place.
func unglossed(rs []rune) []rune {
	out := rs[:0]
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if (r == '(' || r == '（') && len(out) > 0 && IsHan(out[len(out)-1]) { // (after a gloss dropped too: 王(wang)(wang), one per character a converter met)
			if j := glossEnd(rs, i); j > 0 {
				i = j
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// simplifiedRune is the simplified form of a traditional character, and
// whether it has one.
func simplifiedRune(r rune, t2s []rune) (rune, bool) {
	if r >= t2sFirst && r < t2sFirst+rune(len(t2s)) && t2s[r-t2sFirst] != 0 {
		return t2s[r-t2sFirst], true
	}
	return r, false
}

// glossEnd is where a pinyin gloss that opens at i closes ((xié), and
// one without tones that is a syllable of two letters or more: 提(ti)案), or 0.
func glossEnd(rs []rune, i int) int {
	tone := false
	for j := i + 1; j < len(rs) && j-i <= 8; j++ {
		switch r := rs[j]; {
		case isToneMark(r):
			tone = true
		case r == ')' || r == '）':
			if tone || j-i > 2 && pinyinSyllable.MatchString(string(rs[i+1:j])) {
				return j
			}
			return 0
		case r < 'a' || r > 'z':
			return 0
		}
	}
	return 0
}

// pinyinSyllable is a syllable of pinyin written without its tone.
var pinyinSyllable = regexp.MustCompile(`^(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|in|iu|ua|uo|ue|ui|un|ve|a|o|e|i|u|v)$`)

// Fold is a short text as the view reads it, rune for rune: full-width
// ASCII folded, traditional characters simplified (a headline as written,
// to look places up in).
func Fold(rs []rune) []rune {
	t2s := t2sTable()
	out := make([]rune, len(rs))
	for i, r := range rs {
		out[i] = foldRune(r, t2s)
	}
	return out
}

func foldRune(r rune, t2s []rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFEE0
	case r == 0x3000 || r == 0xA0:
		return ' '
	case r == 0x2212 || r == 0x2012 || r == 0x2013: // the minus sign of a negative figure (−3.2%); a figure's or an en dash in a range (2023–2024年)
		return '-'
	case r == 0x301C: // a wave dash in a range (3〜5个)
		return '~'
	case r == '丨': // the radical of a stroke, which sites type as a bar (编辑丨某某, 快讯丨…): no name's character
		return '|'
	case r == '「': // Hong Kong's and Taiwan's quotation marks, as the mainland's
		return '“'
	case r == '」':
		return '”'
	case r == '『':
		return '‘'
	case r == '』':
		return '’'
	}
	if s, ok := simplifiedRune(r, t2s); ok {
		return s
	}
	return r
}

// foldGuillemets writes 《》 for a title some sites type in guillemets
// (编辑«某刊»期刊): a « and the first » after it on its line, a title's
// length away, with no other guillemet between. A » alone, a breadcrumb's
// separator (首页 » 新闻中心), and a « alone (上一版«) stay.
func foldGuillemets(rs []rune) {
	for i, r := range rs {
		if r != '«' {
			continue
		}
		for j := i + 1; j < len(rs) && j <= i+61 && rs[j] != '\n' && rs[j] != '«'; j++ {
			if rs[j] == '»' {
				if j > i+1 {
					rs[i], rs[j] = '《', '》'
				}
				break
			}
		}
	}
}

// foldZeros writes 〇 for the circle or letter O that stands for zero in a
// number of Chinese numerals (二○二一年, 二O一九): one after such a numeral,
// or before two (a bullet before 一是 stays a bullet); and for the digit
// zero in a year of them (二00七年).
func foldZeros(rs []rune) {
	numeral := func(i int) bool {
		return i >= 0 && i < len(rs) && strings.ContainsRune("〇一二三四五六七八九", rs[i])
	}
	for i, r := range rs {
		if (r == '○' || r == '◯' || r == 'O' || r == 'o') && (numeral(i-1) || numeral(i+1) && numeral(i+2)) || r == '0' && numeral(i-1) && yearAfter(rs, i) {
			rs[i] = '〇'
		}
	}
}

// yearAfter: the digit zero at i is inside a year of Chinese numerals
// (二00七年): numerals and zeros run from it to 年.
func yearAfter(rs []rune, i int) bool {
	for j := i; j < len(rs) && j < i+4; j++ {
		switch {
		case rs[j] == '年':
			return true
		case rs[j] != '0' && !strings.ContainsRune("〇一二三四五六七八九", rs[j]):
			return false
		}
	}
	return false
}

// foldNameDots writes the middle dot · for the other dots that sites put
// between the parts of a name (热合曼•吐尔逊, 热合曼・吐尔逊): between two Han
// characters only, since a bullet opens a line.
func foldNameDots(rs []rune) {
	for i := 1; i+1 < len(rs); i++ {
		if isNameDot(rs[i]) && IsHan(rs[i-1]) && IsHan(rs[i+1]) || rs[i] == '.' && listedDotted(rs, i) {
			rs[i] = '·'
		}
	}
}

// listedDotted: the Latin full stop at i stands between two runs of Han
// characters that make an item of a list (…、某某某.某某某某、…): a name's
// parts, as some sites type the middle dot, no sentence's end.
func listedDotted(rs []rune, i int) bool {
	l := i
	for l > 0 && IsHan(rs[l-1]) {
		l--
	}
	r := i + 1
	for r < len(rs) && IsHan(rs[r]) {
		r++
	}
	return i-l >= 2 && i-l <= 6 && r-i-1 >= 2 && r-i-1 <= 8 && l > 0 && rs[l-1] == '、' && r < len(rs) && strings.ContainsRune("、,", rs[r])
}

// isNameDot: r is a dot sites put between the parts of a name, the middle
// dot or another.
func isNameDot(r rune) bool {
	switch r {
	case '·', '•', '・', '･', '‧', '∙', '⋅':
		return true
	}
	return false
}

// dropSpacedNameDots masks out the spaces a site puts around the dot
// between the parts of a name (艾力 • 买买提, 阿依 · 吐尔逊), so that
// the name reads whole; the dot becomes the middle dot.
func dropSpacedNameDots(rs []rune, mask []bool) {
	space := func(r rune) bool { return r == ' ' || r == '\u3000' || r == '\u00a0' }
	for i := 1; i+1 < len(rs); i++ {
		if !isNameDot(rs[i]) {
			continue
		}
		a, b := i-1, i+1
		for a > 0 && i-a <= 2 && space(rs[a]) {
			a--
		}
		for b < len(rs)-1 && b-i <= 2 && space(rs[b]) {
			b++
		}
		if (a == i-1 && b == i+1) || !IsHan(rs[a]) || !IsHan(rs[b]) {
			continue
		}
		for k := a + 1; k < b; k++ {
			mask[k] = k == i
		}
		rs[i] = '·'
	}
}

// breakAtTags makes each line break or paragraph tag left in plain text
// (<br>, <br/>, <br />, <p>, </p>, in any case) a line break: its first
// character becomes one and the rest is masked out.
func breakAtTags(rs []rune, mask []bool) {
	for i := 0; i+3 < len(rs); i++ {
		if rs[i] != '<' {
			continue
		}
		k := i + 1
		if rs[k] == '/' {
			k++
		}
		name := k
		for k < len(rs) && k-name < 2 && (rs[k]|0x20 >= 'a' && rs[k]|0x20 <= 'z') {
			k++
		}
		tag := strings.ToLower(string(rs[name:k]))
		if tag != "br" && tag != "p" {
			continue
		}
		for k < len(rs) && (rs[k] == ' ' || rs[k] == '/') {
			k++
		}
		if k >= len(rs) || rs[k] != '>' {
			continue
		}
		rs[i] = '\n'
		for j := i + 1; j <= k; j++ {
			mask[j] = false
		}
		i = k
	}
}

// dropJammer masks out the runs of random printable ASCII that a forum's
// anti-copy filter scatters through a post (Discuz's jammer: * k7 D2 W: q5 T,
// 2 w3 S) F8 J4 z( 县政协…): five tokens or more of one or two
// characters parted by single spaces, two of them a letter with a digit or
// a mark (k7, W:), which no text of words writes (a list of letters, a b c d
// e, has none such; a number or a word of three, none is a token).
func dropJammer(rs []rune, mask []bool) {
	ascii := func(r rune) bool { return r > ' ' && r < 0x7f }
	letter := func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
	for i := 0; i < len(rs); i++ {
		if !ascii(rs[i]) || i > 0 && ascii(rs[i-1]) {
			continue
		}
		end, tokens, mixed := i, 0, 0
		for k := i; ; k++ {
			s := k
			for k < len(rs) && ascii(rs[k]) {
				k++
			}
			if k-s > 2 {
				break
			}
			tokens++
			if k-s == 2 && (letter(rs[s]) || letter(rs[s+1])) && !(letter(rs[s]) && letter(rs[s+1])) {
				mixed++
			}
			end = k
			if k+1 >= len(rs) || rs[k] != ' ' || !ascii(rs[k+1]) {
				break
			}
		}
		if tokens >= 5 && mixed >= 2 {
			if end < len(rs) && rs[end] > 0x7f {
				for end > i && rs[end-1] >= '0' && rs[end-1] <= '9' {
					end-- // …Q( k4 P|4月8日: digits the last token runs into the text with are the text's (a date's, a count's)
				}
			}
			for k := i; k < end; k++ {
				mask[k] = false
			}
			i = end
		}
	}
}

// endsInCount: a line ends in digits and a measure of one or two
// characters after them (约1分钟, 588字).
func endsInCount(line []rune) bool {
	k := len(line)
	for n := 0; n < 2 && k > 0 && IsHan(line[k-1]); n++ {
		k--
	}
	return k < len(line) && k > 0 && unicode.IsDigit(line[k-1])
}

// foldStops writes 。 for a Latin full stop after a Han character (not a
// numeral's: 一.加强 numbers a list) or a closing quote, before Han, a
// quote, white space or the end: a sentence's end as sites that type Latin
// marks write it; not a decimal point, an abbreviation or an address.
func foldStops(rs []rune) {
	for i, r := range rs {
		if r != '.' || i == 0 {
			continue
		}
		p := rs[i-1]
		percent := p == '%' || p == '‰' // (办复率达100%.|2004年: no decimal point follows a percent sign)
		if !(IsHan(p) && !strings.ContainsRune("〇一二三四五六七八九十百千万", p) || p == '"' || p == '”' || p == ')' || percent) {
			continue
		}
		if i+1 == len(rs) || IsHan(rs[i+1]) || unicode.IsSpace(rs[i+1]) || strings.ContainsRune("\"“(", rs[i+1]) || percent && unicode.IsDigit(rs[i+1]) {
			rs[i] = '。'
		}
	}
}

// foldRateDots writes a decimal point for a middle dot (or another dot of
// names) between the digits of a rate (上涨1·8%, 0·7个百分点), as some
// sites type it; a dot between numbers of no rate (7·20, a day's name) stays.
func foldRateDots(rs []rune) {
	for i := 1; i+1 < len(rs); i++ {
		if (rs[i] != '·' && !isNameDot(rs[i])) || !isASCIIDigit(rs[i-1]) || !isASCIIDigit(rs[i+1]) {
			continue
		}
		j := i + 1
		for j < len(rs) && isASCIIDigit(rs[j]) {
			j++
		}
		if rest := string(rs[j:min(j+4, len(rs))]); strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "‰") || strings.HasPrefix(rest, "个百分点") {
			rs[i] = '.'
		}
	}
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

func isZeroWidth(r rune) bool {
	return r == 0x200B || r == 0x200C || r == 0x200D || r == 0xFEFF || r == 0x2060
}

// t2sData is the table of traditional characters and their simplified
// forms, from OpenCC's character dictionary (scripts/t2s writes it).
//
//go:embed t2s.txt
var t2sData string

// t2sFirst is the first code point the table covers (CJK Extension A); it
// ends with the compatibility ideographs.
const t2sFirst, t2sLast = 0x3400, 0xFAFF

// t2sTable maps each traditional character to its simplified form (0 for
// characters that stay), built once. Phrase conversion is not used: it may
// change a text's length, and matching needs rune-for-rune.
var t2sTable = sync.OnceValue(func() []rune {
	table := make([]rune, t2sLast-t2sFirst+1)
	for line := range strings.Lines(t2sData) {
		if rs := []rune(strings.TrimSuffix(line, "\n")); len(rs) == 2 && rs[0] >= t2sFirst && rs[0] <= t2sLast {
			table[rs[0]-t2sFirst] = rs[1]
		}
	}
	return table
})

// dropLostIndents masks out question marks that open a line before white
// space or a character (??? 记者某某): an encoder's stand-ins for the
// no-break or ideographic spaces it could not write, no one's question.
func dropLostIndents(rs []rune, mask []bool) {
	lost := func(r rune) bool { return r == '?' || r == '？' || r == unicode.ReplacementChar }
	for start := 0; start < len(rs); start++ {
		if start > 0 && rs[start-1] != '\n' {
			continue
		}
		i := start
		for i < len(rs) && rs[i] != '\n' && unicode.IsSpace(rs[i]) {
			i++
		}
		j := i
		for j < len(rs) && lost(rs[j]) {
			j++
		}
		if j > i && j < len(rs) && rs[j] != '\n' && (unicode.IsSpace(rs[j]) || j-i >= 2 && IsHan(rs[j])) {
			for k := i; k < j; k++ {
				mask[k] = false
			}
		}
	}
}

// dropDoubledCommas masks out a comma right before another clause mark
// (举行,,记者…; 王某,、刘某: a converter's doubled marks), and a list's 、
// typed twice (某某、、某某), so the mark after it reads as written alone.
func dropDoubledCommas(rs []rune, mask []bool) {
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] == ',' && strings.ContainsRune(",、;。", rs[i+1]) || rs[i] == '、' && rs[i+1] == '、' {
			mask[i] = false
		}
	}
}

// dropSpacesBySerialCommas masks out spaces a typist left after or before a
// list's 、 or a clause's , or ; between Han characters (某某、 某某,
// 副主席, 某某当选…), or between numbers (4.2 、3.6个百分点, 12% 、8%), so
// the list or the sentence reads as one.
func dropSpacesBySerialCommas(rs []rune, mask []bool) {
	for i := 0; i < len(rs); i++ {
		if rs[i] != '、' && rs[i] != ',' && rs[i] != ';' { // (full-width marks are folded to ASCII by now)
			continue
		}
		j := i + 1
		for j < len(rs) && (rs[j] == ' ' || rs[j] == '\u3000') {
			j++
		}
		k := i - 1
		for k >= 0 && (rs[k] == ' ' || rs[k] == '\u3000') {
			k--
		}
		if j < len(rs) && k >= 0 && (IsHan(rs[j]) && IsHan(rs[k]) || unicode.IsDigit(rs[j]) && (unicode.IsDigit(rs[k]) || rs[k] == '%')) {
			for n := k + 1; n < j; n++ {
				if n != i {
					mask[n] = false
				}
			}
		}
	}
}

// dropDigitGroupSpaces masks out the spaces that part a number's groups of
// three digits (321 146件, 1 234 567.8万元), as yearbooks and reports print
// thousands: one to three digits, then groups of exactly three, each after
// one space (a thin one too), and a unit or a decimal point after the last.
// Numbers in a table's columns, parted by spaces, have a space or a line's
// end after them, and stay apart.
func dropDigitGroupSpaces(rs []rune, mask []bool) {
	digit := func(i int) bool { return i >= 0 && i < len(rs) && rs[i] >= '0' && rs[i] <= '9' }
	space := func(r rune) bool { return r == ' ' || r == '\u2009' || r == '\u202f' }
	for i := 0; i < len(rs); i++ {
		if !digit(i) || digit(i-1) || i > 0 && (rs[i-1] == '.' || space(rs[i-1])) {
			continue
		}
		j := i
		for digit(j) {
			j++
		}
		if j-i > 3 {
			i = j
			continue
		}
		var gaps []int
		for j < len(rs) && space(rs[j]) && digit(j+1) && digit(j+2) && digit(j+3) && !digit(j+4) {
			gaps = append(gaps, j)
			j += 4
		}
		if len(gaps) > 0 && j < len(rs) && (IsHan(rs[j]) || rs[j] == '%' || rs[j] == '.' && digit(j+1)) {
			for _, g := range gaps {
				mask[g] = false
			}
		}
		i = j
	}
}

// dropNumberPadding masks out the single space some sites set on either
// side of a number in running text (超过 60% 的居民, 全省 15 个市州):
// between a Han character and a digit, or a number's last digit or % and a
// Han character, or a padded figure's unit and a Han character (新增 2100张
// 床位), on a line with sentence punctuation. A table's row parts
// its cells by spaces and has none, so its numbers stay apart from its
// names.
func dropNumberPadding(rs []rune, mask []bool) {
	start := 0
	for i := 0; i <= len(rs); i++ {
		if i < len(rs) && rs[i] != '\n' {
			continue
		}
		line := rs[start:i]
		if isRunningText(line) {
			for k := 1; k+1 < len(line); k++ {
				if line[k] != ' ' || line[k-1] == ' ' || line[k+1] == ' ' {
					continue
				}
				a, b := line[k-1], line[k+1]
				if IsHan(a) && isASCIIDigit(b) && !stamp(line[k+1:], false) || (isASCIIDigit(a) || a == '%') && IsHan(b) && !stamp(line[:k], true) ||
					IsHan(a) && IsHan(b) && paddedFigureBefore(line, k) {
					mask[start+k] = false
				}
			}
		}
		start = i + 1
	}
}

// paddedFigureBefore: a figure and its unit end right before the space at
// k, a space before its digits as well (新增 2100张 床位, 新增 6.5万 平方米
// 绿化): the padding set on either side of a figure with its unit.
func paddedFigureBefore(line []rune, k int) bool {
	j := k
	for j > 0 && k-j < 4 && IsHan(line[j-1]) {
		j--
	}
	if j >= 2 && line[j-1] == ' ' && strings.ContainsRune("万亿千", line[j-2]) {
		j -= 2 // 6.5万| |平方米: the scale word padded apart from its unit
	}
	d := j
	for d > 0 && (isASCIIDigit(line[d-1]) || line[d-1] == '.') {
		d--
	}
	return j < k && d < j && isASCIIDigit(line[j-1]) && d >= 2 && line[d-1] == ' ' && IsHan(line[d-2])
}

// stamp: the number is a date or a time in digits (2021-03-03, 15:28,
// 6月3日), a stamp a space parts from the words around it, no figure's. The
// number opens rs, or ends it where backward.
func stamp(rs []rune, backward bool) bool {
	for i := range rs {
		r := rs[i]
		if backward {
			r = rs[len(rs)-1-i]
		}
		switch {
		case r == ':' || r == '-' || r == '/' || !backward && i > 0 && (r == '年' || r == '月' || r == '日'):
			return true // (a date that opens a lead after its headline, 县政协召开会议 6月3日,…)
		case r != '.' && r != '%' && (r < '0' || r > '9'):
			return false
		}
	}
	return false
}

// dropPinyin masks out "(xié)" written after a Han character: lower-case
// Latin letters in brackets with at least one tone mark, or a syllable of
// pinyin whole (提(ti)案). The character's origin widens over it.
func dropPinyin(v *View, mask []bool) {
	rs := v.Runes
	han := -1 // the character the glosses run after: 省(sheng)(sheng), a converter's doubled gloss
	for i := 1; i < len(rs); i++ {
		if rs[i] != '(' {
			continue
		}
		if IsHan(rs[i-1]) {
			han = i - 1
		} else if han < 0 || rs[i-1] != ')' || mask[i-1] {
			continue
		}
		if j := glossEnd(rs, i); j > 0 {
			for k := i; k <= j; k++ {
				mask[k] = false
			}
			v.widen(han, j)
			i = j
		} else {
			han = -1
		}
	}
}

func isToneMark(r rune) bool {
	switch r {
	case 'ā', 'á', 'ǎ', 'à', 'ē', 'é', 'ě', 'è', 'ī', 'í', 'ǐ', 'ì',
		'ō', 'ó', 'ǒ', 'ò', 'ū', 'ú', 'ǔ', 'ù', 'ǖ', 'ǘ', 'ǚ', 'ǜ', 'ü':
		return true
	}
	return false
}

// dropBrokenLineBreaks masks the white space between two lines when the
// first is running text cut off mid-sentence and the second goes on with it:
// the first holds sentence punctuation and does not end a sentence, the
// second starts with a character or an opening quote and is running text
// too, and at most one blank line lies between (none after a colon, nor
// after a short line whose only marks are 、 before a blank line or a line
// twice its length: a headline's list, nor before
// a dated lead after a blank line or longer than it: a headline of two clauses). Headlines,
// bylines and credits have no sentence punctuation, so they are never joined.
func dropBrokenLineBreaks(rs []rune, mask []bool) {
	ls := lines(rs, mask)
	for k := 0; k+1 < len(ls); k++ {
		a, b := ls[k], ls[k+1]
		if b.Blanks > 1 {
			continue
		}
		midNumber := rs[a.End-1] == '.' && a.End-a.Start >= 2 && unicode.IsDigit(rs[a.End-2]) && unicode.IsDigit(rs[b.Start]) || // 增长6.|5%: a decimal the line cut
			unicode.IsDigit(rs[a.End-1]) && b.End-b.Start >= 2 && rs[b.Start] == '.' && unicode.IsDigit(rs[b.Start+1]) // 出口2|.5亿美元: cut before its point
		if b.Blanks == 0 && bracketCut(rs[a.Start:a.End], rs[b.Start:b.End]) {
			for i := a.End; i < b.Start; i++ {
				mask[i] = false
			}
			continue
		}
		// (a line whose first character a clause mark follows goes on the
		// word the line before broke: 经常性工|作,是…, a page set in lines
		// of a fixed width; no heading or paragraph opens so, but a list's
		// item does: 一、…, and a speaker's label: 答:)
		brokenWord := b.Blanks == 0 && IsHan(rs[a.End-1]) && b.End-b.Start >= 2 && IsHan(rs[b.Start]) && strings.ContainsRune(",、;。", rs[b.Start+1]) && Enumerator(rs[b.Start:b.End]) == 0
		if !midNumber && !brokenWord && (!isRunningText(rs[a.Start:a.End]) || !endsMidSentence(rs[a.End-1]) || spacedTail(rs[a.Start:a.End])) {
			continue
		}
		if rs[a.End-1] == ':' && (b.Blanks > 0 || greeting(rs[a.Start:a.End])) {
			continue // 公示如下: and a paragraph: a lead-in to what follows, not a wrapped line; 各位委员、同志们: a speech's greeting
		}
		if b.Blanks > 0 && a.End-a.Start < 24 && endsInCount(rs[a.Start:a.End]) {
			continue // 本篇文章588字,读完约1分钟 and a paragraph: a page's count of its own, no line a width wrapped
		}
		if b.Blanks > 0 && !midNumber && endsMidSentence(rs[b.End-1]) && (k+2 == len(ls) || ls[k+2].Blanks > 0) {
			continue // 就业目标完成,收支平衡 / 油料产量3万吨,…: points each a paragraph, none of them ending a sentence, no wrapped line
		}
		if first := rs[a.Start:a.End]; !strings.ContainsAny(string(first), ",。;") &&
			(len(first) < 80 && (b.Blanks > 0 || opensWithDate(rs[b.Start:b.End])) || len(first) < 40 && b.End-b.Start > 2*len(first)) {
			// 某市政协赴北京、上海考察 and a paragraph (or a dated lead, 9月27日下午,…; or a
			// paragraph twice its length, which a wrapped line would have filled): a headline's list
			continue
		}
		if first, second := rs[a.Start:a.End], rs[b.Start:b.End]; !strings.ContainsAny(string(first), ",。;") && !strings.ContainsAny(string(second), ",。;") &&
			len(first) < 40 && (len(first) < len(second) || len(second) < 40 && slices.Contains(first, '、') && slices.Contains(second, '、')) {
			// 全国政协委员、某党中央常委 / 某学院某部副主任、教授: a list's lines, a caption's posts one
			// a line, each shorter than the width a wrapped line fills (the next is longer), or
			// each a list's item of posts and a name (某党中央副主席、某部副部长某某 / 某党中央副主席、某某)
			continue
		}
		if (b.Blanks > 0 || a.End-a.Start < b.End-b.Start) && opensWithDate(rs[b.Start:b.End]) && a.End-a.Start < 64 {
			// 长假第3日,某县游客超20万人次, a blank line and a dated lead: a headline of two clauses, not a wrapped line;
			// so with no blank line where the lead is the longer (a wrapped line fills the width the next one has)
			continue
		}
		if !midNumber && !continuesText(rs[b.Start:b.End]) || field(rs[a.Start:a.End]) && field(rs[b.Start:b.End]) {
			continue // (提案人:某某、某某 and 承办单位:…: a form's fields, one a line)
		}
		if first := rs[a.Start:a.End]; len(first) < 40 && entryHead(first) {
			continue // 4. 某某:全国政协委员,某地人: a numbered entry's head, a line of its own
		}
		if first := rs[a.Start:a.End]; len(first) < 40 && Enumerator(first) > 0 && b.End-b.Start > 2*len(first) {
			continue // 一、主要指标 / 全年各项指标…: a numbered section's heading, less than half the paragraph under it, which a wrapped line would have filled
		}
		for i := a.End; i < b.Start; i++ {
			mask[i] = false
		}
	}
}

// greeting: a line addresses its hearers (各位委员、同志们:, 尊敬的各位领导:).
func greeting(line []rune) bool {
	s := string(line)
	return strings.Contains(s, "各位") || strings.Contains(s, "同志们") || strings.Contains(s, "尊敬的")
}

// bracketCut: the first line ends inside a short bracket that the second
// closes soon (本报讯(记者 | 某某)10月…): the break is in the bracket, a
// wrapped line whatever else the lines hold.
func bracketCut(a, b []rune) bool {
	open := len(a) - 1
	for open >= 0 && a[open] != '(' && a[open] != ')' {
		open--
	}
	if open < 0 || a[open] != '(' || len(a)-open > 12 {
		return false
	}
	close := slices.Index(b, ')')
	return close > 0 && close <= 12 && !slices.Contains(b[:close], '(')
}

// opensWithDate: the line opens with a date in digits, maybe a note on the
// day in brackets or a part of the day, and a comma, as a news lead does
// (9月27日下午,…; 2024年3月5日,…; 2024年5月3日(长假第3日),…).
func opensWithDate(line []rune) bool {
	i, dated := 0, false
	for i < len(line) && i < 16 {
		j := i
		for j < len(line) && line[j] >= '0' && line[j] <= '9' {
			j++
		}
		if j == i || j-i > 4 || j >= len(line) || !strings.ContainsRune("年月日", line[j]) {
			break
		}
		i, dated = j+1, line[j] == '日'
	}
	if !dated {
		return false
	}
	rest := string(line[i:])
	if strings.HasPrefix(rest, "(") {
		if k := strings.Index(rest, ")"); k > 0 && k < 40 {
			rest = rest[k+len(")"):] // 2024年5月3日(长假第3日),…: a note on the day
		}
	}
	for _, part := range []string{"", "上午", "下午", "晚上", "晚", "早上", "凌晨", "中午", "傍晚"} {
		if strings.HasPrefix(rest, part+",") || strings.HasPrefix(rest, part+"，") {
			return true
		}
	}
	return false
}

// entryHead: the line opens with a list's number and a field (4. 某某:…).
func entryHead(line []rune) bool {
	n := max(Enumerator(line), ListNumber(line))
	if n == 0 { // (1. 某某: a space after the number's point)
		for n < len(line) && n < 2 && line[n] >= '0' && line[n] <= '9' {
			n++
		}
		if n == 0 || n == len(line) || line[n] != '.' {
			return false
		}
		n++
	}
	return field([]rune(strings.TrimSpace(string(line[n:]))))
}

// field: the line opens with a label of two to five characters and a
// colon, as a form's field does (承办单位:…).
func field(line []rune) bool {
	for i, r := range line {
		switch {
		case r == ':' || r == '：':
			return i >= 2
		case i >= 5 || !IsHan(r):
			return false
		}
	}
	return false
}

// spacedTail: the line ends with a few characters after a space, as a
// caption ends with its credit (图为…。 某某 摄): running text cut off
// mid-sentence holds no space there; nor does it end with a reporter's
// photograph credit (…合影。新华社记者某某摄), nor with a name and 摄 or
// 摄影 right after a sentence's end (…长势。某某摄影).
func spacedTail(line []rune) bool {
	end := len(line) // the credit's 摄 (摄影: its 影 after it)
	if end >= 2 && line[end-2] == '摄' && line[end-1] == '影' {
		end--
	}
	if end >= 4 && line[end-1] == '摄' {
		for k := end - 2; k >= max(1, end-5); k-- { // the name in [k, end-1)
			if k >= 2 && end-1-k <= 3 && line[k-2] == '记' && line[k-1] == '者' {
				return true // …。新华社记者某某摄
			}
			if r := line[k-1]; end-1-k >= 2 && (r == '。' || r == '!' || r == '?') {
				if HanCount(line[k:end-1]) == end-1-k {
					return true // …。某某摄影
				}
				break // (…。 某某 摄: spaced, as the last check reads it)
			}
		}
	}
	for i := len(line) - 1; i >= 0 && i >= len(line)-5; i-- {
		if unicode.IsSpace(line[i]) {
			return i < len(line)-1
		}
		if !IsHan(line[i]) {
			return false
		}
	}
	return false
}

func isRunningText(line []rune) bool {
	if len(line) >= 80 { // longer than any headline
		return true
	}
	for _, r := range line[Enumerator(line):] { // (一、基本情况: a numbered heading's 、 is no sentence's)
		switch r {
		case ',', '。', ';', '、':
			return true
		}
	}
	return false
}

// Enumerator is the length of the number a line opens with as a list's
// item or a section's heading does (一、, 12、, 二十三、), 0 for none
// (nor where another number follows: 一、二、三等奖).
func Enumerator(line []rune) int {
	for i, r := range line {
		switch {
		case r == '、' && i+1 < len(line) && strings.ContainsRune("一二三四五六七八九十0123456789", line[i+1]):
			return 0 // 一、二、三等奖: numbers listed, no item's
		case r == '、':
			return i + 1
		case i >= 4 || !strings.ContainsRune("一二三四五六七八九十0123456789", r):
			return 0
		}
	}
	return 0
}

// endsMidSentence: a line cut off mid-sentence ends with a character, a
// digit, a comma or an opening bracket, not with a full stop, a closing quote
// (a quoted phrase may end a heading) or page furniture such as "|".
func endsMidSentence(last rune) bool {
	switch {
	case IsHan(last), unicode.IsLetter(last), unicode.IsDigit(last):
		return true
	}
	switch last {
	case ',', '、', ':', '“', '‘', '《', '(', '—', '·':
		return true
	}
	return false
}

func continuesText(line []rune) bool {
	first := line[0]
	if !(IsHan(first) || first >= '0' && first <= '9' || first == '“' || first == '‘' || first == '《') {
		return false
	}
	if ListNumber(line) > 0 {
		return false // 1、国内生产总值…, (二)…, ③…: a list's next item opens its own line
	}
	return isRunningText(line)
}
