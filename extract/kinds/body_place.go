package kinds

import (
	"slices"
	"strings"
	"unicode"

	"github.com/zxtract/zxtract/extract/places"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
)

// whereabouts is where an article is: the place it is about (nil for a
// national or unclear one) and the places it names, read from its text
// when first asked for.
type whereabouts struct {
	place *places.Place
	// unsettled: the places of one name the headline names (or the text
	// alone names) where the text does not say which (鼓楼区 of four
	// cities): a body of their level alone (区政协) is that name's, though
	// its place stays unknown
	unsettled []*places.Place
	mentions  [][]*places.Place // the places each name may be, in text order
	visited   [][]*places.Place // and those of the names it says its bodies go to or meet in
	named     []*places.Place   // the places it names, each once
	// formerly: the districts and cities it names by the county or the city
	// each was (武鸣县, 武鸣区 since 2015; 金坛市, 金坛区 since 2015), with the
	// level word of that name: their bodies go by it as the article's year wrote them
	formerly map[*places.Place]string
	// residents: the places whose members of national bodies the text
	// names (港区全国政协委员, 住粤委员): the national bodies it names are
	// theirs, no sign of a national article
	residents []*places.Place
	read      func()
}

// headlineLine is the line the article's headline is written on, the tags
// before it included (天津【关注两会】…: a place the headline leaves out), or
// the headline where no line holds it.
func headlineLine(rs []rune, a *Article) []rune {
	headline := text.Fold([]rune(a.Headline)) // (as the view writes it, as the lines are)
	if len(headline) == 0 {
		return headline
	}
	for _, l := range a.Lines {
		if line := rs[l.Start:l.End]; strings.Contains(string(line), string(headline)) {
			return line
		}
	}
	return headline
}

// reportVenue: the places a line under a report's or a speech's headline
// names as the meeting it was given at (——2023年1月6日在某县第十七届人民代表大会
// 第二次会议上, 在政协某县第十一届委员会…会议上), nil for none.
func (b *body) reportVenue(rs []rune, lines []text.Range) []*places.Place {
	for _, r := range lines[:min(4, len(lines))] {
		line := rs[r.Start:r.End]
		i := 0
		for i < len(line) && strings.ContainsRune("—-－― \u3000\t", line[i]) {
			i++
		}
		for _, mark := range "年月日" { // the date, in digits or numerals
			j := i
			for j < len(line) && strings.ContainsRune("0123456789〇零一二三四五六七八九十", line[j]) {
				j++
			}
			if j == i || j == len(line) || line[j] != mark {
				i = -1
				break
			}
			i = j + 1
		}
		if i < 0 || i == len(line) || line[i] != '在' || !strings.HasSuffix(strings.TrimRight(string(line), " )）\u3000"), "上") {
			continue
		}
		at := line[i+1:]
		for _, organ := range []string{"中国人民政治协商会议", "政协", "中国共产党"} {
			if strings.HasPrefix(string(at), organ) {
				at = at[len([]rune(organ)):]
				break
			}
		}
		if names := b.gaz.FullNames(at); len(names) > 0 && names[0].Start == 0 && !names[0].Word {
			return names[0].Places
		}
	}
	return nil
}

// insideAbroad: the name ends a longer name of a place abroad
// (佛罗里|达州: no 达州 of Sichuan).
func (b *body) insideAbroad(line []rune, n places.Name) bool {
	for k := n.End - n.Start + 1; k <= 8 && k <= n.End; k++ {
		for _, lex := range b.abroad {
			if lex != nil && lex.HasRunes(line[n.End-k:n.End]) {
				return true
			}
		}
	}
	return false
}

// currencyOf: the name, without a level word of its own, names a currency
// (澳门元, 澳门币), no place the article is about.
func currencyOf(line []rune, n places.Name) bool {
	if n.End+1 < len(line) && line[n.End] == '元' && strings.ContainsRune("旦宵", line[n.End+1]) {
		return false // 澳门|元旦
	}
	return n.End < len(line) && (line[n.End] == '元' || line[n.End] == '币') && !strings.ContainsRune("省市县区州旗盟镇乡", line[n.End-1])
}

// names are the places the article names, each as the places it may be.
func (w *whereabouts) names() [][]*places.Place {
	if w.read != nil {
		w.read()
		w.read = nil
	}
	return w.mentions
}

// levelAbove is levelAbove, where a place the article names by the county
// or city it was is of that name's level word (政协武鸣县委员会…县政协:
// 武鸣区's; 金坛市…市政协: 金坛区's, not 常州市's), and of no other
// (某某县委…市人大常委会, the county a city since: the city around it's).
func (w *whereabouts) levelAbove(p *places.Place, word string) *places.Place {
	if word == "县" || word == "市" {
		w.names()
		for x := p; x != nil && len(w.formerly) > 0; x = x.Parent {
			if f := w.formerly[x]; f == word {
				return x
			} else if f != "" && strings.HasSuffix(x.Name, word) {
				return levelAbove(x.Parent, word)
			}
			if strings.HasSuffix(x.Name, word) {
				break
			}
		}
	}
	return levelAbove(p, word)
}

// unsettledName is the name the unsettled places share, or "".
func (w *whereabouts) unsettledName() string {
	if w == nil {
		return ""
	}
	return sharedName(w.unsettled)
}

// distinctNamed are the places the article names, each once.
func (w *whereabouts) distinctNamed() []*places.Place {
	w.names()
	return w.named
}

// residents are the provinces a line names by an abbreviation after 住 or
// 在 (住鄂全国政协委员, 住粤委员, 在粤全国政协委员, 住冀代表), or before 区 and
// the members a special administrative region sends (港区全国政协委员): the
// members of a national body who live in one, a place the article is about
// as much as its full name.
func (b *body) residents(line []rune) [][]*places.Place {
	var out [][]*places.Place
	for _, p := range b.abbreviatedAfter(line, "住在", func(rest []rune) bool { return strings.ContainsRune("全委代港澳", rest[0]) }) {
		out = append(out, []*places.Place{p})
	}
	// and the members a special administrative region sends to national and
	// provincial bodies (港区全国政协委员, 澳区省级政协委员; not 港区政协委员, a
	// city's 政协's members from Hong Kong)
	for k := 0; k+3 < len(line); k++ {
		if line[k] != '港' && line[k] != '澳' {
			continue
		}
		if r := text.Fold(line[k+1 : k+3]); r[0] == '区' && strings.ContainsRune("全省", r[1]) { // (港區全國: as traditional text writes it)
			if p := b.gaz.Abbreviation(line[k]); p != nil {
				out = append(out, []*places.Place{p})
			}
		}
	}
	return out
}

// visitedProvince is the province a visit comes to, named by its
// abbreviation after 来 with what the visitors do there (某市考察团来黔
// 考察, 来琼视察): the host's, whatever places the visitors' bodies name.
func (b *body) visitedProvince(line []rune) *places.Place {
	if ps := b.abbreviatedAfter(line, "来", func(rest []rune) bool { return b.visits.LongestPrefix(rest) > 0 }); len(ps) > 0 {
		return ps[0]
	}
	return nil
}

// abbreviatedAfter are the provinces a line names by an abbreviation right
// after one of the marks, where what follows the abbreviation fits (住粵:
// as traditional text writes it too).
func (b *body) abbreviatedAfter(line []rune, marks string, fits func(rest []rune) bool) []*places.Place {
	var out []*places.Place
	ms := []rune(marks) // (compared as runes: this runs at every rune of the article)
	for k := 0; k+2 < len(line); k++ {
		if !slices.Contains(ms, line[k]) {
			continue
		}
		if p := b.gaz.Abbreviation(text.Fold(line[k+1 : k+2])[0]); p != nil && fits(line[k+2:]) {
			out = append(out, p)
		}
	}
	return out
}

// whereabouts finds the place an article is about. In order:
//   - the place its headline names (湖南通道县政协… is about 通道侗族自治县);
//   - where its bodies go by a level word alone (市政协, 我市), the place of
//     that level the page's lead names (a site's name: 靖江政协);
//   - the most specific place that half the places it names lie in (in
//     黄石市: 大冶市, 阳新县, 下陆区), where that is of the level its bodies
//     go by, or they go by none and the national bodies it names outnumber
//     the others by less than that place's names do, less one (全国政协 … 在北京
//     is a national article; an obituary of a province's official that names
//     a national body once and the province three times is the province's);
//   - the place of that level around the most places it names.
func (b *body) whereabouts(a *Article, own []*record.Entry) *whereabouts {
	rs := a.View.Runes
	w := &whereabouts{}
	w.read = func() {
		var venues [][]*places.Place // where meetings are held: the article's only where it names no other place
		var far [][]*places.Place    // a city or province the text's people go to: no home of theirs (赴杭州考察)
		var trips [][]*places.Place  // the places of venues they go to (赴某镇调研), not those a meeting is merely held in
		top := topTier(own)
		firms, seats := firmStarts(own), seatsNamed(own)
		var homes [][]*places.Place // where the article's companies are from, where no organ of the state is
		for _, r := range a.Lines {
			if slices.Contains(a.Affiliations, r) {
				continue // (某某大学某学院,某市 100000): where its authors work
			}
			line := rs[r.Start:r.End]
			names := b.gaz.FullNames(line)
			to := b.destinations(line, names)
			for k, n := range names {
				switch {
				case b.personName(line, n): // (秘书长刘长春: a person's name, no 长春)
				case nativePlace(b.gaz, line, n.End) || n.Start > 0 && line[n.Start-1] == '驻' || currencyOf(line, n) || b.insideAbroad(line, n): // (市政协驻|北京联络处: where its office is)
				case to[k] && !b.venue(line, n) && (b.farAway(n.Places, top, line[n.End:]) || top == 0 && cityOrAbove(n.Places)): // (去北京学习, with no body of a level named: a trip from a home unsaid)
					far = append(far, n.Places)
				case len(firms) > 0 && len(seats) > 0 && firms[a.View.Orig(text.Range{Start: r.Start + n.Start, End: r.Start + n.End})[0]] && !slices.ContainsFunc(n.Places, func(p *places.Place) bool { return seats[p] }):
					homes = append(homes, n.Places)
				case b.venue(line, n) || to[k]:
					venues = append(venues, n.Places) // (…赴某镇调研: where the body went)
					if to[k] {
						trips = append(trips, n.Places)
					}
				default:
					w.mentions = append(w.mentions, n.Places)
					if p, word := n.Places[0], string(line[n.End-1]); len(n.Places) == 1 && (word == "县" || word == "市") && p.Level == places.County && !strings.HasSuffix(p.Name, word) {
						if w.formerly == nil {
							w.formerly = map[*places.Place]string{}
						}
						w.formerly[p] = word
					}
				}
			}
			for _, r := range b.residents(line) {
				w.mentions = append(w.mentions, r)
				w.residents = append(w.residents, r...)
			}
			if p := b.visitedProvince(line); p != nil {
				w.mentions = append(w.mentions, []*places.Place{p})
			}
		}
		w.visited = append(slices.Clip(venues), far...)
		// (a meeting held in a hall of the article's own province, 在某某会堂举行,
		// is no visit there that would take the province's mentions away)
		went := append(slices.Clip(trips), far...)
		if len(w.residents) > 0 || !slices.ContainsFunc(own, func(e *record.Entry) bool { return e.Detail.(*bodyDetail).nation }) {
			// (a national body's visit is met by the province's own: 全国政协…赴某省…,省政协主席陪同;
			// but its members who live in a province, 住某全国政协委员…赴某省, visit from theirs)
			w.mentions = outsideVisitedProvinces(w.mentions, went)
		}
		if len(w.mentions) == 0 {
			w.mentions = homes
		}
		if len(w.mentions) == 0 && !national(own) {
			w.mentions = outsideVisitedProvinces(venues, went) // (but a national body's meeting at its venue, 全国政协…会议在北京|某某会堂|召开, is no one place's)
		}
		for _, e := range own { // 渝中政协: a short form, which FullNames leaves to the bodies
			if d := e.Detail.(*bodyDetail); d.short {
				for range e.Mentions {
					w.mentions = append(w.mentions, d.places)
				}
			}
		}
		w.named = distinct(settle(w.mentions, nil))
	}
	self := selfLevel(rs, a.Lines) // the level of the place it calls its own (我市), if any
	// The headline first; its names need the text's only to choose between
	// the places a name may be (鼓楼区).
	headline := headlineLine(rs, a)
	inHeadline := b.headlineMentions(w, headline)
	inHeadline = append(inHeadline, b.residents(headline)...) // 在粤全国政协委员…
	var context [][]*places.Place
	for _, ps := range inHeadline {
		if len(ps) > 1 {
			context = w.names()
			break
		}
	}
	if len(inHeadline) == 0 {
		// 政府工作报告 / ——2023年1月6日在某县第十七届人民代表大会第二次会议上:
		// a report's or a speech's, about the place whose meeting heard it
		if venue := b.reportVenue(rs, a.Lines); venue != nil {
			inHeadline = [][]*places.Place{venue}
			context = w.names()
		}
	}
	if p := b.visitedProvince(headline); p != nil {
		inHeadline = [][]*places.Place{{p}} // 某市考察团来黔考察: the host's article, not the visitors' city's
	}
	headed := settle(inHeadline, context)
	if b.severalVisited(headline, headed) {
		headed = nil // 全国政协调研组赴云南、贵州调研: the places visited, no one the article's
	}
	for _, p := range headed {
		if w.place == nil || p.In(w.place) {
			w.place = p
		}
	}
	if w.place == nil && len(inHeadline) == 1 && len(inHeadline[0]) > 1 && sharedName(inHeadline[0]) != "" {
		w.unsettled = inHeadline[0]
	}
	if w.place != nil {
		// 省政协…在昆明开幕: the province's body meets in a city of it; the
		// article is the province's. A place with no division of the level
		// the headline's body goes by is not its home (市政协…调研澳门委员工作室:
		// a region with no 市, named for what the body saw): the text says whose.
		if word := headlineLevel([]rune(a.Headline)); word != "" {
			w.place = w.levelAbove(w.place, word)
		}
	}
	if w.place != nil {
		// 某市委会调研组到我区调研: the visitor's city named, the article is
		// the one place of its own level (我区) the text names in it, as
		// where the visitors went too (一行到南山区调研).
		if self != "" && w.levelAbove(w.place, self) == nil {
			var own *places.Place
			for _, p := range distinct(settle(append(slices.Clip(w.names()), w.visited...), nil)) {
				if p.In(w.place) && w.levelAbove(p, self) == p {
					if own != nil {
						return w
					}
					own = p
				}
			}
			if own != nil {
				w.place = own
			}
		}
		return w
	}
	mentions := w.names()
	named := settle(mentions, nil)
	words := levelWords(own)
	if len(words) == 0 && self == "" {
		if scope := scopeLevel(rs, a.Lines); scope != "" {
			words = []string{scope} // 新华社杭州…电 全省今年将…: the province's, whose city files it
		}
	}
	if self != "" {
		// 到我市调研: the article is the city's, whoever visits it
		words = append([]string{self}, slices.DeleteFunc(words, func(w string) bool { return w == self })...)
	}
	if p := formalHome(own); p != nil {
		// 中国人民政治协商会议某市第九届委员会: the name in full a 政协 gives
		// its own sessions; with its level the one the article's bodies go
		// by alone, it is the article's, whatever higher place seats its
		// leaders (某市委常委、某县级市委书记), or more of whose bodies it
		// names (a city's guidance group at a banner's session)
		for _, word := range append(slices.Clip(words), anyLevelWords(own)...) {
			if w.levelAbove(p, word) == p {
				w.place = p
				return w
			}
		}
	}
	// The dateline (本报阜平讯), the page's lead (a site's name above the
	// articles, a breadcrumb), the article's source (来源:桃源县融媒体中心),
	// then the site's name its head gives (滨州人大网),
	// where the article's bodies go by a level word alone (县政协, 市人大常委会).
	fromHead := func(heads [][]*places.Place) bool {
		for _, p := range settle(heads, mentions) {
			if above(p, words) {
				continue // 茂名日报 over 区政协: a place above the level the bodies go by says not which of its places
			}
			for _, word := range words {
				q := w.levelAbove(p, word)
				if word == "市" && q == p {
					if c := countyCityIn(own, named, p); c != nil {
						q = c // 某市新闻网讯:某县级市政协…市疾控中心: the county-level city the text names, whose 市 it is, not the paper's city
					}
				}
				if up := p.Up(places.Province); q == nil && word == "区" && up != nil && strings.HasSuffix(up.Name, "自治区") {
					q = up // 本报南宁讯 区政协…: a city of an autonomous region, whose 区 is the region
				}
				if q != nil {
					w.place = q
					return true
				}
			}
		}
		return false
	}
	site := siteMentions(b.gaz, text.Fold([]rune(a.Site)))
	for _, heads := range [][][]*places.Place{b.datelineMentions(rs, a.Lines), b.leadMentions(rs[a.Lead.Start:a.Lead.End]), siteMentions(b.gaz, rs[a.Source.Start:a.Source.End]), site} {
		if fromHead(heads) {
			return w
		}
	}
	if scattered(named) {
		return w // 海南…陕西…江苏…江西: places across the country, a national round-up's, no one the article's
	}
	count := support(withoutFiledFrom(named, settle(b.datelineMentions(rs, a.Lines), mentions)))
	var most *places.Place
	split := false // two places of one level each around half the names: neither is the article's
	for p, n := range count {
		if n < max(1, (len(named)+1)/2) {
			continue
		}
		if most != nil && p.Level == most.Level {
			split = true
		} else if most == nil || p.Level > most.Level {
			split = false
		}
		if deeper(p, most) {
			most = p
		}
	}
	if split {
		most = nil
	}
	if most != nil && self == "" && most.Level < places.Township && count[most] >= 2 && superiorsOnly(w, most, anyLevelWords(own)) && namesOwnBody(own, most) {
		// 某县政协…省政协原副主席…市政协副主席出席: the bodies named by their
		// level alone, of two levels or more above it, are the guests of the
		// place named most, more than once, whose own body the article names
		// with its name: the article is that place's (a county's or a city's;
		// a township a county's leaders visit is no home of theirs)
		w.place = most
		return w
	}
	if most != nil && self != "" {
		if up := w.levelAbove(most, self); up != nil {
			most = up // 我市各乡镇…某镇…某镇: the text's own place (我市) around the places it names most
		}
	}
	if most != nil && (len(words) == 0 && (nationalWeight(own) < max(1, count[most]-1) || slices.Contains(w.residents, most)) || w.ofLevel(most, words) || townshipsOnly(words) && most.Level == places.County) {
		// (a county's article whose bodies go by 镇 alone, 镇政府 of a township the
		// gazetteer lacks: the county is the one place it names)
		w.place = most
		return w
	}
	for _, word := range words {
		var best *places.Place
		tied := false // two places of the word's level named as often: the article is neither's alone
		for p, n := range count {
			if w.levelAbove(p, word) != p {
				continue
			}
			switch {
			case best == nil || n > count[best]:
				best, tied = p, false
			case n == count[best] && p.Level == best.Level:
				tied = true
				if deeper(p, best) {
					best = p
				}
			case n == count[best] && deeper(p, best):
				best, tied = p, false
			}
		}
		if tied {
			return w
		}
		if best != nil {
			w.place = best
			return w
		}
	}
	// Who owns the site, as its footer says (版权所有:某市委统战部), where
	// nothing nearer settled a place.
	if fromHead(siteMentions(b.gaz, rs[a.Owner.Start:a.Owner.End])) {
		return w
	}
	// No place settled: a name of several places that is the only one the
	// text names is the one its bodies of that level alone mean (鼓楼区政协…
	// 区政协), as a headline's is.
	if w.unsettled == nil && len(mentions) > 0 && sharedName(mentions[0]) != "" && len(mentions[0]) > 1 {
		for _, ps := range mentions[1:] {
			if sharedName(ps) != sharedName(mentions[0]) {
				return w
			}
		}
		w.unsettled = mentions[0]
	}
	return w
}

// seatsNamed are the places the article names its party committees,
// governments, congresses and 政协 by (某县委, 某市政府).
func seatsNamed(own []*record.Entry) map[*places.Place]bool {
	at := map[*places.Place]bool{}
	for _, e := range own {
		if d := e.Detail.(*bodyDetail); !d.bare && d.kind != "other" && d.kind != "democratic_party" && !d.nation {
			for _, p := range d.places {
				at[p] = true
			}
		}
	}
	return at
}

// firmStarts are where the names of the article's companies begin
// (深圳市某某科技集团): a place that opens one, where the article names the
// organs of other places and none of its, is where the firm is from, which
// says where the article is only where it names no other place.
func firmStarts(own []*record.Entry) map[int]bool {
	at := map[int]bool{}
	for _, e := range own {
		name, _ := e.Get("canonical").(string)
		if d := e.Detail.(*bodyDetail); d.kind == "other" && (strings.HasSuffix(name, "公司") || strings.HasSuffix(name, "集团")) {
			for _, m := range e.Mentions {
				at[m[0]] = true
			}
		}
	}
	return at
}

// personName: a place's short name of two characters after a common
// surname that opens the line or follows a title, a list's mark or a
// preposition is the given name of a person (秘书长刘|长春, 、张|北京,
// 委员王|兰州, 以何|长春为团长): no place. (A place's full name of two, 沙县,
// is a place.)
func (b *body) personName(line []rune, n places.Name) bool {
	if n.End-n.Start != 2 || n.Start < 1 || b.surnames == nil || string(line[n.Start:n.End]) == n.Places[0].Name {
		return false
	}
	if b.surnames.HasRunes(line[n.Start:n.Start+1]) && titleLast(line[n.Start-1]) && n.End < len(line) && text.IsHan(line[n.End]) && places.LevelWord(line, n.End) == 0 {
		return true // 副书记|唐山某|主持: a surname and a given name that begin with a city's short name
	}
	if !b.surnames.HasRunes(line[n.Start-1 : n.Start]) {
		return false
	}
	return n.Start == 1 || titleLast(line[n.Start-2]) || strings.ContainsRune("、,:; 以由请", line[n.Start-2])
}

// titleLast: a title may end with the rune (书记, 主任, 委员, 发言人, 律师, 教授, 作家), a name
// after it.
func titleLast(r rune) bool { return strings.ContainsRune("长记任员席委理事人师授家", r) }

// severalVisited: a headline names places apart, none in another, and
// none as the place of a body (天津市|政协赴河北省调研 is Tianjin's).
func (b *body) severalVisited(headline []rune, ps []*places.Place) bool {
	apart := false
	for i, p := range ps {
		for _, q := range ps[:i] {
			apart = apart || !p.In(q) && !q.In(p)
		}
	}
	if !apart {
		return false
	}
	for _, n := range b.gaz.Mentions(headline) {
		if places.BeforeOrgan(headline[n.End:]) {
			return false
		}
	}
	return true
}

// headlineMentions are the places a headline names (as mentionsOf reads
// them), but not a person's name nor one it says the body travels to where the text names
// places of its own (市政协组织委员赴|杭州|学习考察, the text naming 绍兴市政协:
// where they went, not whose article it is).
func (b *body) headlineMentions(w *whereabouts, rs []rune) [][]*places.Place {
	names := b.gaz.Mentions(rs)
	skip := make([]bool, len(names))
	if len(w.names()) > 0 {
		skip = b.destinations(rs, names)
	}
	for k, n := range names {
		skip[k] = skip[k] || b.personName(rs, n) // (副书记唐山某主持: a person's name)
	}
	return mentioned(rs, names, false, skip)
}

// destinations says of each name whether it follows a verb of travelling to
// it (PLACE_TRAVELS: 赴, 前往, 走访了; 到 before what is done there, 到大良街道|调研: PLACE_VISITS),
// or a list mark after such a name (赴云南、贵州).
func (b *body) destinations(rs []rune, names []places.Name) []bool {
	out := make([]bool, len(names))
	for k, n := range names {
		i := n.Start
		out[k] = b.travels.LongestSuffix(rs[max(0, i-3):i]) > 0 && !(i >= 2 && runesAt(rs, i-2, "过去")) || // (过去|某县…: in the past)
			i > 0 && rs[i-1] == '到' && b.visits.LongestPrefix(rs[n.End:]) > 0 ||
			k > 0 && out[k-1] && joined(rs, names[k-1], n)
	}
	// 到甲、乙、丙考察: a list after 到 whose last place the visit's verb follows
	for k := 0; k < len(names); k++ {
		if out[k] || names[k].Start == 0 || rs[names[k].Start-1] != '到' {
			continue
		}
		last := k
		for last+1 < len(names) && joined(rs, names[last], names[last+1]) {
			last++
		}
		if last > k && b.visits.LongestPrefix(rs[names[last].End:]) > 0 {
			for j := k; j <= last; j++ {
				out[j] = true
			}
		}
		k = last
	}
	// 到甲镇某社区、乙县某站等地: every place of the clause a visit opens, to its 等地
	for k := 0; k < len(names); k++ {
		if !out[k] && (names[k].Start == 0 || rs[names[k].Start-1] != '到') {
			continue
		}
		end := names[k].End
		for end < len(rs) && !strings.ContainsRune(",。;!?\n", rs[end]) {
			end++
		}
		if !strings.Contains(string(rs[names[k].End:end]), "等地") {
			continue
		}
		for ; k < len(names) && names[k].Start < end; k++ {
			out[k] = true
		}
		k--
	}
	return out
}

// joined: two names are items of one list (甲、乙, 甲和乙).
func joined(rs []rune, a, b places.Name) bool {
	return a.End == b.Start-1 && strings.ContainsRune("、和与及", rs[a.End])
}

// venue: the place is named as where a meeting opens, closes or is held
// (省政协…会议在|广州|开幕, MEETING_HELD), maybe with the hall it is held in
// (在|北京|某某会堂|召开, VENUES): the body's place, more likely than the
// venue.
func (b *body) venue(rs []rune, n places.Name) bool {
	if n.Start == 0 || rs[n.Start-1] != '在' {
		return false
	}
	if b.held.LongestPrefix(rs[n.End:]) > 0 {
		return true
	}
	for k := n.End + 2; k <= min(len(rs), n.End+12) && text.IsHan(rs[k-1]); k++ {
		if b.halls.LongestSuffix(rs[n.End:k]) > 0 && b.held.LongestPrefix(rs[k:]) > 0 {
			return true
		}
	}
	return false
}

// nativePlace: the place named before end, maybe with a place in it
// after it (江苏|南通人), is where someone comes from (…出生,江苏南通人。,
// 江苏籍委员), not where the article is.
func nativePlace(g *places.Gazetteer, rs []rune, end int) bool {
	for _, n := range g.Mentions(rs[end:min(len(rs), end+6)]) {
		if n.Start == 0 {
			end += n.End
			break
		}
	}
	return end < len(rs) && (rs[end] == '人' && (end+1 == len(rs) || !text.IsHan(rs[end+1])) || peopleFrom(rs, end))
}

// peopleFrom: the words at end say people come from the place named
// before them (某地籍, 台湾同胞, 海外侨胞, 家乡乡亲, 某地客商), no place an
// article about them is about.
func peopleFrom(rs []rune, end int) bool {
	return end < len(rs) && (rs[end] == '籍' || runesAt(rs, end, "同胞") || runesAt(rs, end, "侨胞") || runesAt(rs, end, "乡亲") || runesAt(rs, end, "客商"))
}

// ofLevel: a place is of one of the levels the words name (靖江市 of 市);
// a prefecture's city is of 地区's, as the 地区 it was (a resume's 行署, 地委).
func (w *whereabouts) ofLevel(p *places.Place, words []string) bool {
	for _, word := range words {
		if w.levelAbove(p, word) == p || word == "地区" && p.Level == places.Prefecture {
			return true
		}
	}
	return false
}

// mentionsOf are the places a headline or a lead names, short forms
// (渝中) and names that are ordinary words (综合保税区) only before an organ
// (渝中政协).
func mentionsOf(g *places.Gazetteer, rs []rune) [][]*places.Place { return placeMentions(g, rs, false) }

// leadMentions are the places the page before its first article names:
// its lines' as any text's, and a short form opening a line before an
// outlet's kind (DATELINE_MEDIA_ENDS), as a paper's masthead does (永嘉日报
// 2023年5月6日 第2版).
func (b *body) leadMentions(rs []rune) [][]*places.Place {
	out := mentionsOf(b.gaz, rs)
	opens := true // (at a line's first character, after its indent)
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\n' || unicode.IsSpace(rs[i]) || !opens {
			opens = rs[i] == '\n' || opens && unicode.IsSpace(rs[i])
			continue
		}
		opens = false
		head := rs[i:min(len(rs), i+12)] // (a masthead's place opens its line)
		for _, n := range b.gaz.Mentions(head) {
			if n.Start == 0 && n.Short && b.datelineMedia.LongestPrefix(rs[i+n.End:]) > 0 {
				out = append(out, n.Places)
			}
		}
	}
	return out
}

// siteMentions are the places a site's or an outlet's name names: a
// short form also where it opens the name (桃源日报, 滨州人大网).
func siteMentions(g *places.Gazetteer, rs []rune) [][]*places.Place {
	return placeMentions(g, rs, true)
}

func placeMentions(g *places.Gazetteer, rs []rune, opening bool) [][]*places.Place {
	return mentioned(rs, g.Mentions(rs), opening, nil)
}

// mentioned are the places of the names that count as mentions (see
// mentionsOf), but for those skip marks.
func mentioned(rs []rune, names []places.Name, opening bool, skip []bool) [][]*places.Place {
	var out [][]*places.Place
	for k, n := range names {
		if skip != nil && skip[k] || peopleFrom(rs, n.End) {
			continue // (台湾同胞…列席某省政协会议: where its guests are from)
		}
		if !n.Short && !n.Word || opening && n.Start == 0 || places.BeforeOrgan(rs[n.End:]) || kicker(rs, n) {
			out = append(out, n.Places)
		}
	}
	return out
}

// kicker: a short form no ordinary word shares opens the words before a
// colon or a bar (渝中:, 渝中|): the place the words after it are of.
func kicker(rs []rune, n places.Name) bool {
	return n.Start == 0 && !n.Word && n.End < len(rs) && strings.ContainsRune(":|丨", rs[n.End])
}

// datelineMentions are the places a dateline at the start of one of the
// article's first lines names, short forms included (本报阜平讯, 新华社石家庄
// 6月5日电): where the report was filed from.
func (b *body) datelineMentions(rs []rune, lines []text.Range) [][]*places.Place {
	g := b.gaz
	for _, r := range lines[:min(4, len(lines))] {
		line := rs[r.Start:min(r.End, r.Start+40)]
		end := slices.IndexFunc(line, func(c rune) bool { return c == '讯' || c == '电' })
		if end < 1 || line[end] == '电' && line[end-1] != '日' {
			continue
		}
		j := end
		for j > 0 && (line[j-1] == '日' || line[j-1] == '月' || isDigit(line[j-1]) || strings.ContainsRune("〇一二三四五六七八九十", line[j-1])) {
			j-- // 石家庄|6月5日电, 某县新闻网|1月21日讯
		}
		if line[end] == '讯' {
			j -= b.localMediaEnd(line[:j])
		}
		i := j
		for i > 0 && j-i < 8 && text.IsHan(line[i-1]) {
			i--
		}
		for s := i; s <= j-2; s++ { // the longest name that ends the run (本报|阜平)
			if ps := g.Lookup(string(line[s:j])); ps != nil {
				return [][]*places.Place{ps}
			}
			if p := withLevelWord(g, string(line[s:j])); p != nil {
				return [][]*places.Place{{p}}
			}
		}
	}
	return nil
}

// countyCityIn is the one county-level city among the places the text
// names that lies in p and names an organ of the state of its own (某县级市
// 政协, 某县级市委), or nil for none or several (not a school's place,
// 某县级市某中学, a city's article visits).
func countyCityIn(own []*record.Entry, named []*places.Place, p *places.Place) *places.Place {
	organ := func(q *places.Place) bool {
		return slices.ContainsFunc(own, func(e *record.Entry) bool {
			d := e.Detail.(*bodyDetail)
			return (d.kind == "cppcc" || d.kind == "party" || d.kind == "government" || d.kind == "congress") && slices.Contains(d.places, q)
		})
	}
	var one *places.Place
	for _, q := range named {
		if q.Level == places.County && strings.HasSuffix(q.Name, "市") && q.In(p) && q != p && organ(q) {
			if one != nil && one != q {
				return nil
			}
			one = q
		}
	}
	return one
}

// localMediaEnd is the length of the local medium's word that ends a
// dateline's run (某县|新闻网: DATELINE_MEDIA_ENDS), or of the 网 of
// 今日某县网, else 0.
func (b *body) localMediaEnd(run []rune) int {
	if n := b.datelineMedia.LongestSuffix(run); n > 0 && n < len(run) {
		return n
	}
	start := len(run)
	for start > 0 && text.IsHan(run[start-1]) {
		start--
	}
	if len(run)-start > 3 && string(run[start:start+2]) == "今日" && run[len(run)-1] == '网' {
		return 1
	}
	return 0
}

// withLevelWord is the one county, city, district or banner a name and its
// level word make (桃源: 桃源县), where the name alone is an ordinary word
// and no short form, though a dateline makes it a place (本报桃源讯); nil
// for none or several.
func withLevelWord(g *places.Gazetteer, name string) *places.Place {
	var one *places.Place
	for _, level := range []string{"县", "市", "区", "旗"} {
		switch ps := g.Lookup(name + level); {
		case len(ps) == 0:
		case len(ps) > 1 || one != nil:
			return nil
		default:
			one = ps[0]
		}
	}
	return one
}

// settle reads each mention as one place: a name several places bear is
// the one inside or around a place named elsewhere (鼓楼区 with 福州市),
// else the one county or city among townships of that name (滨海新区:
// Tianjin's district, not a township's), or nothing.
func settle(mentions, context [][]*places.Place) []*places.Place {
	if len(context) == 0 {
		context = mentions
	}
	var out []*places.Place
	for _, ps := range mentions {
		if len(ps) == 1 {
			out = append(out, ps[0])
			continue
		}
		n := len(out)
	choose:
		for _, p := range ps {
			for _, other := range context {
				if len(other) == 1 && other[0] != p && (p.In(other[0]) || other[0].In(p)) {
					out = append(out, p)
					break choose
				}
			}
		}
		if len(out) == n {
			if p := aboveTownships(ps); p != nil {
				out = append(out, p)
			}
		}
	}
	return out
}

// aboveTownships is the one place above a township's level among places
// of one name, the others all townships, or nil.
func aboveTownships(ps []*places.Place) *places.Place {
	var above *places.Place
	for _, p := range ps {
		if p.Level < places.Township {
			if above != nil {
				return nil
			}
			above = p
		}
	}
	return above
}

// withoutFiledFrom is named less the city a dispatch is filed from, where
// the dateline alone names it and every other place named lies around it
// (新华社兰州…电 甘肃省政协…: the province's body met there; the article
// is the province's).
func withoutFiledFrom(named, dateline []*places.Place) []*places.Place {
	if len(dateline) != 1 {
		return named
	}
	d, n, around := dateline[0], 0, 0
	for _, p := range named {
		switch {
		case p == d:
			n++
		case d.In(p):
			around++
		default:
			return named
		}
	}
	if n != 1 || around == 0 {
		return named
	}
	return slices.DeleteFunc(slices.Clone(named), func(p *places.Place) bool { return p == d })
}

// support counts, for each place named and each place around one, how many
// of the names lie in it.
func support(named []*places.Place) map[*places.Place]int {
	n := map[*places.Place]int{}
	for _, p := range named {
		for x := p; x != nil; x = x.Parent {
			n[x]++
		}
	}
	return n
}

// deeper: p lies below q, or at q's level with a smaller code (so that
// the choice does not depend on the order of a map).
func deeper(p, q *places.Place) bool {
	return q == nil || p.Level > q.Level || p.Level == q.Level && p.Code < q.Code
}

func distinct(ps []*places.Place) []*places.Place {
	seen := map[*places.Place]bool{}
	var out []*places.Place
	for _, p := range ps {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// scattered: the places named lie in three provinces or more, none of
// them holding half the names.
func scattered(ps []*places.Place) bool {
	count := map[*places.Place]int{}
	top := 0
	for _, p := range ps {
		if up := p.Up(places.Province); up != nil {
			count[up]++
			top = max(top, count[up])
		}
	}
	return len(count) >= 3 && 2*top < len(ps)
}

// above: the place is above the county's or the township's level one of
// the words names, so it cannot say which of its places of that level the
// article is.
func above(p *places.Place, words []string) bool {
	for _, word := range words {
		lv := places.Level(0)
		switch levelOfWord(word) {
		case "county":
			lv = places.County
		case "township":
			lv = places.Township
		}
		if up := p.Up(places.Province); word == "区" && up != nil && strings.HasSuffix(up.Name, "自治区") {
			continue // (全区 in an autonomous region's article: the region)
		}
		if lv != 0 && p.Level < lv && levelAbove(p, word) == nil {
			return true
		}
	}
	return false
}

// superiorsOnly: the level words name p or places above it, two or more
// of them above (省 and 市 of a county, with 县 its own).
func superiorsOnly(w *whereabouts, p *places.Place, words []string) bool {
	above := 0
	for _, word := range words {
		switch up := w.levelAbove(p, word); {
		case up == nil:
			return false
		case up != p:
			above++
		}
	}
	return above >= 2
}

// namesOwnBody: one of the bodies is p's own, named with p's name (永嘉县政协).
func namesOwnBody(own []*record.Entry, p *places.Place) bool {
	return slices.ContainsFunc(own, func(e *record.Entry) bool {
		d := e.Detail.(*bodyDetail)
		return d.level == "" && !d.outside && slices.Contains(d.places, p)
	})
}

// formalHome is the place of the 政协 the article names in full with its
// term (政协某县第十届委员会, 中国人民政治协商会议某市第九届委员会), where it
// names one place so; nil otherwise.
func formalHome(own []*record.Entry) *places.Place {
	var home *places.Place
	for _, e := range own {
		d := e.Detail.(*bodyDetail)
		t, _ := e.Get("text").(string)
		if d.kind != "cppcc" || d.sub != "" || len(d.places) != 1 || !strings.Contains(t, "届") || !strings.HasSuffix(t, "委员会") ||
			!strings.HasPrefix(t, "政协") && !strings.HasPrefix(t, "中国人民政治协商会议") {
			continue
		}
		if home != nil && home != d.places[0] {
			return nil
		}
		home = d.places[0]
	}
	return home
}

// national: the article names national bodies (全国政协, 国务院) more often
// than local ones (an organ named alone that a 政协 and a 人大 both have,
// 主席团, counts for neither).
func national(own []*record.Entry) bool { return nationalWeight(own) > 0 }

// nationalWeight is how many more times the article names national bodies
// than bodies of places (organisations of no level aside).
func nationalWeight(own []*record.Entry) int {
	n := 0
	for _, e := range own {
		switch d := e.Detail.(*bodyDetail); {
		case d.bare && d.kind == "":
		case d.nation && d.kind != "democratic_party":
			n += len(e.Mentions)
		case d.kind != "other" && !d.nation:
			n -= len(e.Mentions)
		}
	}
	return n
}

// townshipsOnly: the level words are all a township's (镇, 乡, 街道).
func townshipsOnly(words []string) bool {
	for _, w := range words {
		if levelOfWord(w) != "township" {
			return false
		}
	}
	return len(words) > 0
}

// levelWords are the level words the article's bodies go by alone most
// often (市 of 市政协, 市委, 我市), in the order first named.
func levelWords(own []*record.Entry) []string {
	count := map[string]int{}
	var order []string
	for _, e := range own {
		d := e.Detail.(*bodyDetail)
		if !byLevelAlone(d) {
			continue
		}
		if count[d.level] == 0 {
			order = append(order, d.level)
		}
		count[d.level] += len(e.Mentions)
	}
	top := 0
	for _, n := range count {
		top = max(top, n)
	}
	return slices.DeleteFunc(order, func(w string) bool { return count[w] < top })
}

// anyLevelWords are the level words every body named by one alone goes by
// (县政协, 市委), however often.
func anyLevelWords(own []*record.Entry) []string {
	var out []string
	for _, e := range own {
		if d := e.Detail.(*bodyDetail); byLevelAlone(d) && !slices.Contains(out, d.level) {
			out = append(out, d.level)
		}
	}
	return out
}

// byLevelAlone: the body is named by a level word and no place (县政协).
func byLevelAlone(d *bodyDetail) bool { return d.level != "" && len(d.places) == 0 && !d.nation }

// selfLevel is the level of the place an article calls its own (我市,
// 本县), the first it names, or "".
func selfLevel(rs []rune, lines []text.Range) string {
	levels := levelsAfter(rs, lines, "我本", nil)
	if len(levels) == 0 {
		return ""
	}
	return levels[0]
}

// scopeLevel is the level word of the scope the text reports on (全省,
// 全市, 全县), where it names one only; "" where none or several (全县…居
// 全省第一). A scope something is ranked in (在全市…考评中位列第三,
// 居全省前列) is the one above the text's, no scope of its own.
func scopeLevel(rs []rune, lines []text.Range) string {
	levels := levelsAfter(rs, lines, "全", rankedIn)
	if len(levels) == 0 || slices.ContainsFunc(levels, func(l string) bool { return l != levels[0] }) {
		return ""
	}
	return levels[0]
}

// rankedIn: the 全 at k opens a scope something is ranked in (在|全市…中…第二名,
// 居|全省前列, 列|全县第一): a place before it, a rank after it in its clause.
func rankedIn(line []rune, k int) bool {
	if k == 0 || !strings.ContainsRune("在居列", line[k-1]) {
		return false
	}
	end := k + 1
	for end < len(line) && !strings.ContainsRune(",,。;;!?", line[end]) {
		end++
	}
	clause := string(line[k:end])
	return slices.ContainsFunc([]string{"第", "前列", "首位", "前茅", "名次"}, func(rank string) bool { return strings.Contains(clause, rank) })
}

// levelsAfter are the level words the lines write after one of the marks
// (我市, 全省), in order; not a body's level word (我市委, 全县人大), nor
// one skip says to leave (of the line, at the mark).
func levelsAfter(rs []rune, lines []text.Range, marks string, skip func(line []rune, k int) bool) []string {
	var out []string
	for _, l := range lines {
		for i := l.Start + 1; i < l.End; i++ {
			switch rs[i] { // (a switch: this reads every character of the article)
			case '省', '市', '县', '区', '州', '旗':
				if strings.ContainsRune(marks, rs[i-1]) && !bodyLevelAt(rs, i+1, l.End) && (skip == nil || !skip(rs[l.Start:l.End], i-1-l.Start)) {
					out = append(out, string(rs[i]))
				}
			}
		}
	}
	return out
}

// bodyLevelAt: the level word before i is a body's, its organ's first
// character at i (市委, 市政协, 市人大, 县长, 市民政局, 市民族宗教局), not the
// place's before other words (我市|民主党派, 全市|民营企业).
func bodyLevelAt(rs []rune, i, end int) bool {
	if i >= end {
		return false
	}
	if rs[i] == '民' {
		return i+1 < end && strings.ContainsRune("政族委宗", rs[i+1])
	}
	return strings.ContainsRune("委政人长", rs[i])
}

// headlineLevel is the level word a headline's body opens with, where its
// place is not written (省政协, 市委, 县人大), or "".
func headlineLevel(rs []rune) string {
	for i := 0; i+2 < len(rs); i++ {
		if !strings.ContainsRune("省市县区州", rs[i]) || i > 0 && text.IsHan(rs[i-1]) && !(rs[i-1] == '全' && (i == 1 || !text.IsHan(rs[i-2]))) {
			continue // (全省政协系统…: the province's too)
		}
		rest := string(rs[i+1:])
		for _, organ := range []string{"政协", "委", "人大", "政府"} {
			if strings.HasPrefix(rest, organ) {
				return string(rs[i])
			}
		}
	}
	return ""
}

// outsideVisitedProvinces are the names but those of places in a province
// the text says its bodies went to (省政协…赴山西省考察…平遥县中医院): no
// body goes to its own province, so none of its places is the article's,
// where no national body visits (whom the province's own bodies meet).
func outsideVisitedProvinces(names, venues [][]*places.Place) [][]*places.Place {
	var provinces []*places.Place
	for _, ps := range venues {
		if len(ps) == 1 && ps[0].Level == places.Province {
			provinces = append(provinces, ps[0])
		}
	}
	if len(provinces) == 0 {
		return names
	}
	return slices.DeleteFunc(slices.Clone(names), func(ps []*places.Place) bool {
		return slices.ContainsFunc(ps, func(p *places.Place) bool {
			return slices.ContainsFunc(provinces, func(q *places.Place) bool { return p == q || p.In(q) })
		})
	})
}

// farAway: the places a name may be are all above the tier of the highest
// body the article names by its level word alone (市委会, 县政协), or of
// that tier where the place itself is where they went, what is done there
// right after it (赴杭州|考察: PLACE_VISITS; not 来到某县|第二人民医院): its
// people travel there from elsewhere (一行赴杭州考察: the visitors' home is
// not the city they went to; but a county's town, or a province's city its
// 省政协 shows visitors round, is theirs).
func (b *body) farAway(ps []*places.Place, top places.Level, after []rune) bool {
	if top == 0 {
		return false
	}
	above := !slices.ContainsFunc(ps, func(p *places.Place) bool { return p.Level >= top })
	same := !slices.ContainsFunc(ps, func(p *places.Place) bool { return p.Level > top })
	return above || same && (len(after) == 0 || !text.IsHan(after[0]) || b.visits.LongestPrefix(after) > 0 || runesAt(after, 0, "等地"))
}

// topTier is the highest tier of the article's bodies named by a level
// word alone (省政协: a province's; 市委会: a city's, taken as a
// prefecture's), or 0 where none is.
func topTier(own []*record.Entry) places.Level {
	var top places.Level
	for _, e := range own {
		d := e.Detail.(*bodyDetail)
		word := levelOfWord(d.level)
		if d.level == "市" {
			word = places.Prefecture.String()
		}
		for l := places.Province; l <= places.Township; l++ {
			if l.String() == word && (top == 0 || l < top) {
				top = l
			}
		}
	}
	return top
}
