package places

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name is a place name found in a text: the runes [Start, End) and the
// places it may mean.
type Name struct {
	Start, End int
	Places     []*Place
	// Short: the name is a county's short form (渝中, 大足, 新建), which may
	// be an ordinary word too; read it as a place before an organ.
	Short bool
	// Word: the name is one news also writes as an ordinary word or phrase
	// (老城区, 综合保税区), standing alone: no mention of the place unless
	// the reader has more to go on.
	Word bool
}

// Ending returns the names in rs that end at position end, longest first:
// the places a body's name (平坝区政协, 天津市和平区政协) begins with, read
// backwards from its organ.
func (g *Gazetteer) Ending(rs []rune, end int) []Name {
	if end < 2 || end > len(rs) || !g.tails.has(rs[end-2], rs[end-1]) {
		return nil
	}
	var out []Name
	// The name grows leftwards in a buffer, its UTF-8 at the buffer's end:
	// the maps are read without a string made for each length.
	var buf [4 * 32]byte
	at := len(buf)
	prepend := func(r rune) bool {
		n := utf8.RuneLen(r)
		if n < 0 || at < n {
			return false // no character, or longer than any name
		}
		at -= utf8.EncodeRune(buf[at-n:], r)
		return true
	}
	if !prepend(rs[end-1]) {
		return nil
	}
	for start := end - 2; start >= 0 && prepend(rs[start]); start-- {
		w := buf[at:]
		if ps := lookup(g, w); ps != nil {
			out = append(out, Name{Start: start, End: end, Places: ps})
		}
		if !g.suffixes[string(w)] {
			break
		}
	}
	slices.Reverse(out) // the longest first
	return out
}

// Names finds the place names of a text, the longest ending at each place,
// read right to left (江阴市长泾镇 is 江阴市 and 长泾镇, not 市长).
func (g *Gazetteer) Names(rs []rune) []Name {
	return g.scan(rs, nil, false)
}

// Mentions reads the names of a text as the places it mentions. Names that
// follow one another make one mention of the last, inside the ones before
// (湖南通道县: 通道侗族自治县 of 湖南省; 江阴市长泾镇: 长泾镇 of 江阴市). A
// name of one character and its level word (成县, 和县) right after another
// character counts only inside a name before it, since the character may
// end a word (形成县委, 和县政协 are no places).
func (g *Gazetteer) Mentions(rs []rune) []Name {
	return g.scan(rs, nil, true)
}

// FullNames is Mentions for a long text (a page's lines), less the short
// forms of counties (渝中, 新建: a text names them before an organ, where
// the body rules read them) and the names that are ordinary words standing
// alone (老城区改造): it looks up only from the characters a name may end
// with (市, 县, 镇, and 北 of 河北 …).
func (g *Gazetteer) FullNames(rs []rune) []Name {
	return g.scan(rs, g.finals, true)
}

// scan reads a text right to left: at each position where a name may end
// (its last two runes, and one of ends if given), the longest name ending
// there; with chain, the names just before it that it lies in make one
// mention with it, and the short forms of counties are skipped where ends
// is given.
func (g *Gazetteer) scan(rs []rune, ends runeSet, chain bool) []Name {
	var out []Name
	for i := len(rs); i >= 2; {
		if ends != nil && !ends.has(rs[i-1]) && !developmentAfter(rs[i:]) || !g.tails.has(rs[i-2], rs[i-1]) {
			i--
			continue
		}
		names := g.Ending(rs, i)
		k := 0
		for ends != nil && k < len(names) && g.ShortForm(rs, names[k]) && !developmentAfter(rs[names[k].End:]) {
			k++
		}
		if k == len(names) {
			i--
			continue
		}
		n := names[k]
		if roadAfter(rs[n.End:]) {
			i = n.Start // 中山路, 北京东路: a street named after a place, anywhere
			continue
		}
		if g.acrossWords(rs, n) {
			i-- // (a name may end inside the first word: 西安|顺利)
			continue
		}
		n.Short = g.ShortForm(rs, n)
		alone := n.Start
		for chain {
			before := g.Ending(rs, n.Start)
			if len(before) == 0 {
				break
			}
			inner := Within(n.Places, before[0].Places)
			if inner == nil {
				if n.Start == alone && Townships(n.Places) && len(before[0].Places) == 1 && !Townships(before[0].Places) && !g.wordEnd(rs, before[0]) {
					n.Places = nil // 某县|某某镇, where the gazetteer's 某某镇 lies elsewhere (renamed or merged since): no place it knows
				}
				break
			}
			n = Name{Start: before[0].Start, End: n.End, Places: inner}
		}
		if n.Places == nil {
			i = n.Start
			continue
		}
		n.Word = n.Start == alone && g.asWord(rs, n)
		if !chain || !g.wordEnd(rs, n) && !(ends != nil && n.Word) {
			out = append(out, n)
		}
		i = n.Start
	}
	slices.Reverse(out)
	return out
}

// asWord: a name that is also an ordinary word (老城区) stands alone in a
// page's text, not before an organ (老城区政协): it names no place there.
func (g *Gazetteer) asWord(rs []rune, n Name) bool {
	return g.words[string(rs[n.Start:n.End])] && !BeforeOrgan(rs[n.End:])
}

// roadAfter: the text goes on with a street's word, after a direction
// maybe (路, 大道, 大街, 街 but not 街道, 巷, 东路): the name before it is a
// street's, which names no place of its own.
func roadAfter(rs []rune) bool {
	if len(rs) > 0 && strings.ContainsRune("东西南北中", rs[0]) {
		rs = rs[1:]
	}
	if len(rs) == 0 {
		return false
	}
	switch rs[0] {
	case '路', '巷':
		return true
	case '街':
		return len(rs) < 2 || rs[1] != '道'
	case '大':
		return len(rs) > 1 && (rs[1] == '道' || rs[1] == '街')
	}
	return false
}

// developmentAfter: the text goes on with the development a place's news
// wishes it (为某某|经济社会高质量发展贡献力量), so a county's short form
// before it names the county.
func developmentAfter(rs []rune) bool {
	if len(rs) < 4 || rs[0] != '经' && rs[0] != '高' && rs[0] != '发' {
		return false
	}
	for _, w := range developmentWords {
		if len(rs) >= len(w) && slices.Equal(rs[:len(w)], w) {
			return true
		}
	}
	return false
}

var developmentWords = [][]rune{[]rune("经济社会"), []rune("高质量发展"), []rune("经济发展"), []rune("发展大局")}

// BeforeOrgan: the text goes on with a body's organ (渝中|政协, 老城区|党工委),
// so the name before it is a place's.
func BeforeOrgan(rs []rune) bool {
	switch string(rs[:min(len(rs), 2)]) {
	case "政协", "人大", "政府", "区委", "县委", "市委", "党委", "党工", "地委", "州委", "盟委", "旗委", "行署":
		return true
	}
	return false
}

// ShortForm says whether a name found in rs is a county's short form (渝中).
func (g *Gazetteer) ShortForm(rs []rune, n Name) bool {
	return n.Places[0].Level >= County && n.Places[0].Short == string(rs[n.Start:n.End])
}

// WordEnd says whether a name of one character and its level word (成县,
// 和县) comes right after another character, which it may end a word with
// (形成县委, 和县政协 name no place), or after a closing mark with a
// conjunction for its character (《某报告》和县政协…: 和, not 和县). A 政协's
// short name before its term is a place (政协歙县九届…, 政协和县第九届…), and
// so is one after a preposition, a particle or a conjunction it makes no
// word with (当选为|城区妇联主席, 听取了|城区侨联…, but 到达|县城), or after a word of two (出席|徽县).
func (g *Gazetteer) WordEnd(rs []rune, n Name) bool {
	if n.End-n.Start != 2 || n.Start == 0 || !levelWord(rs[n.Start+1]) {
		return false
	}
	if written := string(rs[n.Start:n.End]); g.word != nil && !slices.ContainsFunc(n.Places, func(p *Place) bool { return p.Name == written }) && slices.ContainsFunc(n.Places, func(p *Place) bool { return strings.HasPrefix(p.Name, written) }) {
		// A short form whose last character is its name's own (温州 of 温州市)
		// ends a word only where its first makes one with the character
		// before (召开|州政协, not 是|温州法院); a former name with its level
		// word (户县 of 鄠邑区) is read as a name of one character and its
		// level word is, below (贫困户|县级 names no place).
		return unicode.Is(unicode.Han, rs[n.Start-1]) && g.word(rs[n.Start-1:n.Start+1])
	}
	if before := rs[n.Start-1]; strings.ContainsRune("》”」)", before) {
		return strings.ContainsRune("和与及或并同", rs[n.Start])
	} else if !unicode.Is(unicode.Han, before) {
		return false
	} else if strings.ContainsRune("为在到赴向对由给从至了的是和与及", before) && g.word != nil && !g.word(rs[n.Start-1:n.Start+1]) {
		return false
	} else if g.wordEndsBefore(rs, n) {
		return false
	}
	return !(n.Start >= 2 && string(rs[n.Start-2:n.Start]) == "政协" && termAfter(rs[n.End:]))
}

// wordEndsBefore: a word of two ends right before a name of one character
// and its level word, and the name's character makes no word with the
// character before it (出席|徽县, 视察|岷县), which is no conjunction's
// (…和县) nor a noun of a level's (加快|新县城).
func (g *Gazetteer) wordEndsBefore(rs []rune, n Name) bool {
	if g.word == nil || n.Start < 2 || strings.ContainsRune("和与及或并同", rs[n.Start]) || n.End < len(rs) && levelNouns[string(rs[n.End-1:n.End+1])] {
		return false
	}
	return g.word(rs[n.Start-2:n.Start]) && !g.word(rs[n.Start-1:n.Start+1]) && !g.word(rs[n.Start-2:n.Start+1]) // (贫困户|县级: a word of three ends there)
}

// termAfter: the text goes on with a term's number (十三届, 第九届).
func termAfter(rs []rune) bool {
	if len(rs) > 0 && rs[0] == '第' {
		rs = rs[1:]
	}
	k := 0
	for k < len(rs) && strings.ContainsRune("〇零一二三四五六七八九十0123456789", rs[k]) {
		k++
	}
	return k > 0 && k < len(rs) && rs[k] == '届'
}

// wordEnd is WordEnd for a text's mentions, but a city's or a province's
// short form that ends in 州 (兰州, for 兰州市) has no level word there: it
// is a place unless the character before it makes a word with its first
// (在兰州召开, not 推广州级经验). A longer name is no place where the text
// cuts into two words across its first character (高于|城镇 holds no 于城镇)
// or whose first is a level word that ends a name before it and whose rest
// is a word (青禾市|同乡会 holds no 市同乡),
// nor a short name whose 长 ends a title (副县长沙马拉毅), nor a name of one
// character and its level word that a 长 makes a title of (代县长, 新县长).
func (g *Gazetteer) wordEnd(rs []rune, n Name) bool {
	if g.JoinedAfterOrgan(rs, n) || g.levelWordRunsOn(rs, n) {
		return true
	}
	if rs[n.Start] == '长' && n.Start > 0 && (levelWord(rs[n.Start-1]) || strings.ContainsRune("局院部处厅校社行团会队站所科庭", rs[n.Start-1])) && !levelWord(rs[n.End-1]) {
		return true // 副县长|沙马拉毅, 局长|春风满面: the 长 of a title opens no place's short name (长沙, 长春); 江阴市|长泾镇 is one, whole
	}
	if n.End-n.Start == 2 && n.End < len(rs) && rs[n.End] == '长' && levelWord(rs[n.End-1]) {
		return true // 代县长, 新县长: a word before a title (县长), no 代县's or 新县's 长
	}
	if n.End-n.Start >= 3 && n.Start > 0 && g.word != nil {
		if levelWord(rs[n.Start]) && unicode.Is(unicode.Han, rs[n.Start-1]) {
			return g.word(rs[n.Start+1 : n.End]) // 某某市|同乡会: the level word ends a name before, no 市同乡's
		}
		return g.word(rs[n.Start-1:n.Start+1]) && g.word(rs[n.Start+1:n.End])
	}
	if !g.WordEnd(rs, n) {
		return false
	}
	w := string(rs[n.Start:n.End])
	if rs[n.End-1] != '州' || n.Places[0].Level > Prefecture || n.Places[0].Name == w {
		return true
	}
	return g.word == nil || g.word(rs[n.Start-1:n.Start+1])
}

// JoinedAfterOrgan: a name that is an ordinary word and its level word,
// right after an organisation's name and before that level's organ, is
// the word and the organ (县政协|会同|县委统战部: the verb 会同, no 会同县);
// not a 政协's formal name around it (政协会同县委员会).
func (g *Gazetteer) JoinedAfterOrgan(rs []rune, n Name) bool {
	if g.word == nil || n.Start == 0 || n.End >= len(rs) || n.End-n.Start < 3 || !levelWord(rs[n.End-1]) {
		return false
	}
	if !strings.ContainsRune("协委府室局部厅院会队站所处办", rs[n.Start-1]) || !strings.ContainsRune("委政人纪", rs[n.End]) || strings.HasPrefix(string(rs[n.End:]), "委员会") {
		return false
	}
	return g.word(rs[n.Start : n.End-1])
}

// levelWordRunsOn: a name that is an ordinary word and its level word,
// whose level word begins a noun of a level with the character after it
// (县城, 市民, 区域), is the two words (打造|平安|县城: no 平安县), unless
// a place's name follows (平安县|城关镇); a name the dictionary holds as a
// place's is the place (济源|市区: 济源市's town).
func (g *Gazetteer) levelWordRunsOn(rs []rune, n Name) bool {
	if g.ordinary == nil || n.End >= len(rs) || n.End-n.Start < 3 || !levelWord(rs[n.End-1]) || !levelNouns[string(rs[n.End-1:n.End+1])] {
		return false
	}
	for k := n.End + 2; k <= min(len(rs), n.End+g.longest); k++ {
		if len(lookup(g, string(rs[n.End:k]))) > 0 {
			return false
		}
	}
	return g.ordinary(rs[n.Start : n.End-1])
}

// levelNouns are the nouns a level word begins (县城: a county's town).
var levelNouns = map[string]bool{"县城": true, "县域": true, "市民": true, "市场": true, "市区": true, "区域": true, "省份": true, "镇区": true}

// acrossWords: a short name of two characters, each of which makes a
// word with the character on its other side, is the ends of two words
// (平安|顺利: no 安顺; 西安|顺利 names 西安).
func (g *Gazetteer) acrossWords(rs []rune, n Name) bool {
	return g.word != nil && n.End-n.Start == 2 && n.Start > 0 && n.End < len(rs) && !levelWord(rs[n.End-1]) &&
		g.word(rs[n.Start-1:n.Start+1]) && g.word(rs[n.End-1:n.End+1])
}

// LevelWord is the length of the word that ends a place's name at i, its
// level's (自治区, 自治州, 自治县: 3; 省, 市, 县, 区, 州, 旗, 盟: 1), or 0.
func LevelWord(rs []rune, i int) int {
	if i < 0 || i >= len(rs) {
		return 0
	}
	if w := string(rs[i:min(len(rs), i+3)]); w == "自治区" || w == "自治州" || w == "自治县" {
		return 3
	}
	if strings.ContainsRune("省市县区州旗盟", rs[i]) {
		return 1
	}
	return 0
}

// levelWord: a name's last character says its level.
func levelWord(r rune) bool {
	switch r {
	case '省', '市', '县', '区', '州', '旗', '盟', '镇', '乡':
		return true
	}
	return false
}

// Within returns the places of inner that lie inside one of outer: a name
// read after the names of the places around it (怀化市 then 通道县).
func Within(inner, outer []*Place) []*Place {
	var out []*Place
	for _, p := range inner {
		for _, o := range outer {
			if p != o && p.In(o) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// suffixesOf adds the proper suffixes of a name, two runes and longer, to
// the ones Ending walks by, and its last two runes to the pair set that
// tells where no name ends.
func (g *Gazetteer) suffixesOf(name string) {
	var at [64]int // byte offset of each rune; names are short
	n := 0
	for i := range name {
		if n == len(at) {
			return
		}
		at[n] = i
		n++
	}
	if n < 2 {
		return
	}
	y, _ := utf8.DecodeRuneInString(name[at[n-2]:])
	z, _ := utf8.DecodeRuneInString(name[at[n-1]:])
	g.tails.add(y, z)
	for k := 2; k < n; k++ { // substrings of the name: no copies
		g.suffixes[name[at[n-k]:]] = true
	}
	g.longest = max(g.longest, n)
}

// pairSet holds pairs of runes as bits of a hash: a pair it does not hold
// is told in one memory read, without a map look-up; a pair it holds may
// be a collision, which the caller's look-up then rules out.
type pairSet []uint64

const pairBits = 1 << 20

func newPairSet() pairSet { return make(pairSet, pairBits/64) }

func pairHash(a, b rune) uint32 { return (uint32(a)*0x9E3779B1 ^ uint32(b)*0x85EBCA77) % pairBits }

func (s pairSet) add(a, b rune) { h := pairHash(a, b); s[h/64] |= 1 << (h % 64) }

func (s pairSet) has(a, b rune) bool { h := pairHash(a, b); return s[h/64]&(1<<(h%64)) != 0 }

// runeSet is a set of runes as bits: a look-up is one memory read.
type runeSet []uint64

func newRuneSet() runeSet { return make(runeSet, (unicode.MaxRune+1)/64) }

func (s runeSet) add(r rune) { s[r/64] |= 1 << (r % 64) }

func (s runeSet) has(r rune) bool { return r >= 0 && r <= unicode.MaxRune && s[r/64]&(1<<(r%64)) != 0 }
