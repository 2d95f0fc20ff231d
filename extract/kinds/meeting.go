package kinds

import (
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/number"
	"github.com/zxtract/zxtract/extract/places"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// meeting: a named meeting with its term (届) and session (次) as numbers,
// the body holding it, and its kind. The `name` group (会议, 全会, 主席会议 …)
// is mapped to a kind through the MEETING_KINDS lexicon; `set:` may fix the
// kind or the body, and a set value may quote a group as ${group}, or map
// it through a lexicon the kind reads as ${group:LEXICON}.
type meeting struct {
	kinds, cppccOnly *rules.Lexicon
	lex              func(string) *rules.Lexicon // for set values mapped through a lexicon
	gaz              *places.Gazetteer
}

var meetingSpec = Spec{
	Name:     "meeting",
	List:     "meetings",
	Groups:   []string{"text", "body", "place", "org", "league", "term", "session", "name"},
	Sets:     []string{"kind", "body"},
	Lexicons: []string{"MEETING_KINDS", "CPPCC_MEETINGS", "CONGRESS_HOSTS", "NATIONAL_CONGRESS_HOSTS", "DEMOCRATIC_PARTIES", "COMMITTEE_PREFIXES"},
	Fields:   []string{"text", "body", "term", "session", "kind"},
	Needs:    []string{"body"},
}

func (*meeting) Spec() *Spec { return &meetingSpec }

func (k *meeting) Bind(lex func(string) *rules.Lexicon) {
	k.kinds, k.lex = lex("MEETING_KINDS"), lex
	k.cppccOnly = lex("CPPCC_MEETINGS")
	k.gaz, _ = places.Default()
}

// Merge adds a meeting named again to the first mention of it, with what
// the first left unsaid (县人大常委会召开第十八次会议 in a headline, its
// term given in the text: 县第十八届人大常委会召开第十八次会议).
func (k *meeting) Merge(first, again *record.Entry) bool {
	first.Mentions = append(first.Mentions, again.Span)
	for _, f := range []string{"term", "session"} {
		if first.Get(f) == nil && again.Get(f) != nil {
			first.Set(f, again.Get(f))
		}
	}
	if first.Get("body") == nil && again.Get("body") != nil {
		first.Set("body", again.Get("body"))
		first.Detail = again.Detail
	}
	return true
}

func (k *meeting) Build(c *Context, m *engine.Match) []*record.Entry {
	e := c.NewEntry(m)
	// A place the gazetteer names before the level word the match opens
	// with (常德|市第八届人民代表大会…) is the meeting's and its body's.
	place := k.placeBefore(c, m.Start)
	if b, ok := m.Group("body"); ok && place.Len() == 0 && b.Start == m.Start && m.Start >= 2 && string(c.View.Runes[m.Start-2:m.Start]) == "中共" {
		place = text.Range{Start: m.Start - 2, End: m.Start} // 中共|青海省委十四届七次全会: the party's committee, whole
	}
	if place.Len() > 0 {
		e = c.EntryAt(m, text.Range{Start: place.Start, End: m.End})
	}
	named := func(s string) string {
		if s != "" && place.Len() > 0 {
			return c.At(place) + s
		}
		return s
	}
	md := &meetingDetail{named: named(c.Capture(m, "body"))}
	if place.Len() == 0 {
		md.heldBy, md.held = k.heldBy(c, m.Start)
	}
	e.Detail = md
	body := any(nil)
	if b, ok := m.Group("body"); ok {
		body = text.Simplified(named(c.At(b))) // (as written, but simplified: a normalised field, as the bodies' canonical names are)
	}
	if s := setValue(c, m, "body", k.lex); s != "" {
		if strings.Contains(m.Rule.Set["body"], "${") {
			if pr, ok := m.Group("place"); ok && place.Len() == 0 && strings.Contains(m.Rule.Set["body"], "${place}") {
				if np := k.trimPlace(c, pr); np != pr {
					s = c.At(np) + strings.TrimPrefix(s, c.At(pr)) // 宣布|河北省第十二次妇女代表大会: the place, not the verb before it
					if np.Start > m.Start {
						e = c.EntryAt(m, text.Range{Start: np.Start, End: m.End})
						e.Detail = md
					}
				}
			}
			s = text.Simplified(named(s)) // (a body's name is simplified, as the bodies' canonical names are)
		}
		body = s
		// A body the rule names, or a lexicon gives whole (${org:NATIONAL_CONGRESS_HOSTS}:
		// 全国工商联), is kept; one it builds from the text (${place}政协) is
		// named at the article step, as the bodies are.
		md.set = !strings.Contains(m.Rule.Set["body"], "${") || wholeLookup.MatchString(m.Rule.Set["body"])
		if !md.set {
			md.named = s
		}
	} else if t := m.Rule.Set["body"]; strings.Contains(t, "${") && md.named == "" {
		md.named = templateWords.ReplaceAllString(t, "") // 第N届人民代表大会第M次会议, no place: a 人大's, whichever (${place}人大)
	}
	e.Set("body", body)
	e.Set("term", ordinal(c, m, "term"))
	if e.Get("term") == nil && c.Capture(m, "term") == "" {
		if t := listedTerm(c.View.Runes, m.Start); t > 0 {
			e.Set("term", t) // 十二届一次、|二次会议: the term of the session listed before it
		} else if t := holderTerm(c.View.Runes, m.Start); t > 0 {
			e.Set("term", t) // 某届市政协召开|第某次主席会议: the term of the body that holds it
		}
	}
	e.Set("session", ordinal(c, m, "session"))
	kind := setValue(c, m, "kind", k.lex)
	if kind == "" {
		name := c.Capture(m, "name")
		if kind = k.kinds.Value(name); kind == "" && name != "" {
			kind = name
		}
		if b := md.named; kind == "全体会议" && (strings.HasSuffix(b, "常委会") || strings.HasSuffix(b, "常务委员会")) {
			kind = "常委会会议" // 全国人大常委会第五次会议: a session of the standing committee
		}
	}
	e.Set("kind", orNil(kind))
	return []*record.Entry{e}
}

// trimPlace is the place a rule's place group names: the places the
// gazetteer knows that end it (宣布|河北省), or its level word alone where it
// is no name of a place (全|县, 大会听取了|县), else the group as written
// (a township the gazetteer lacks: 某某镇).
func (k *meeting) trimPlace(c *Context, pr text.Range) text.Range {
	rs := c.View.Runes
	if k.gaz != nil {
		if names := k.gaz.Ending(rs, pr.End); len(names) > 0 && names[0].Start >= pr.Start && !k.gaz.WordEnd(rs, names[0]) {
			return text.Range{Start: k.holdersBefore(rs, names[0].Start, pr.Start), End: pr.End}
		}
	}
	if pr.Len() > 5 || pr.Len() == 2 && rs[pr.Start] == '全' && rs[pr.End-1] != '国' { // (全国 is the nation's)
		return text.Range{Start: pr.End - 1, End: pr.End}
	}
	return pr
}

// holdersBefore is where the places that hold the place named from start,
// written right before it, begin (四川省宜宾市|翠屏区), at most three and none
// before limit.
func (k *meeting) holdersBefore(rs []rune, start, limit int) int {
	for range 3 {
		before := k.gaz.Ending(rs, start)
		if len(before) == 0 || before[0].Start >= start || before[0].Start < limit || k.gaz.WordEnd(rs, before[0]) {
			break
		}
		start = before[0].Start
	}
	return start
}

// heldBy is the place the gazetteer knows that holds a meeting whose
// name starts at start, its subject before the verb (某某镇召开|第十八届人民
// 代表大会第一次会议: the township's congress), as the view writes it;
// empty where none is.
func (k *meeting) heldBy(c *Context, start int) (string, *places.Place) {
	rs := c.View.Runes
	end := start
	for _, verb := range []string{"召开了", "举行了", "召开", "举行"} {
		if n := len([]rune(verb)); end >= n && string(rs[end-n:end]) == verb {
			end -= n
			break
		}
	}
	if k.gaz == nil || end == start {
		return "", nil
	}
	names := k.gaz.Ending(rs, end)
	if len(names) == 0 || names[0].Start >= end || k.gaz.WordEnd(rs, names[0]) {
		return "", nil
	}
	var one *places.Place
	if len(names[0].Places) == 1 {
		one = names[0].Places[0]
	}
	return string(rs[names[0].Start:end]), one
}

// placeBefore is the name of a place the gazetteer knows that ends on the
// level word at start (常德 of 常德|市, 内蒙古 of 内蒙古|自治区), or an
// empty range.
func (k *meeting) placeBefore(c *Context, start int) text.Range {
	rs := c.View.Runes
	if k.gaz == nil || start >= len(rs) {
		return text.Range{}
	}
	n := places.LevelWord(rs, start)
	if n == 0 && (rs[start] == '镇' || rs[start] == '乡') {
		n = 1 // 某某|镇第三届人民代表大会…: a township's, named before its level word too
	}
	if n == 0 {
		return text.Range{}
	}
	names := k.gaz.Ending(rs, start+n)
	if len(names) == 0 || names[0].Start >= start || k.gaz.WordEnd(rs, names[0]) {
		return partyPlace(rs, start) // (召开州政协…: 开州 ends a word)
	}
	from := k.holdersBefore(rs, names[0].Start, 0) // (四川省宜宾市|翠屏区…)
	if from >= 2 && string(rs[from-2:from]) == "中共" {
		from -= 2 // 中共|某县委十五届一次全会: the party's committee, whole
	}
	return text.Range{Start: from, End: start}
}

// partyPlace is a place the gazetteer lacks between 中共 and the level
// word at start (中共|某某|市委十三届五次全会: two to four characters, the
// party's committee named whole, no joining word among them: 中共二十大和|县
// 第十五次党代会 is two meetings), or an empty range.
func partyPlace(rs []rune, start int) text.Range {
	for k := 2; k <= 4 && start-k-2 >= 0; k++ {
		if text.HanCount(rs[start-k:start]) != k || strings.ContainsAny(string(rs[start-k:start]), "的和与及暨") {
			break
		}
		if string(rs[start-k-2:start-k]) == "中共" {
			return text.Range{Start: start - k - 2, End: start}
		}
	}
	return text.Range{}
}

// ordinal is the number a group holds (十五 in 十五届), or nil.
func ordinal(c *Context, m *engine.Match, group string) any {
	s := strings.TrimPrefix(c.Capture(m, group), "第")
	if v, ok := number.ParseNumber(s); ok && v == math.Trunc(v) {
		return int(v)
	}
	return nil
}

// listedTerm is the term of a session listed right before at and a 、
// (十二届一次、|二次会议, 九届三次、四次、|五次会议), or 0.
func listedTerm(rs []rune, at int) int {
	for at > 1 && rs[at-1] == '、' && rs[at-2] == '次' {
		j := numeralsBefore(rs, at-2)
		if j == at-2 || j == 0 {
			return 0
		}
		if rs[j-1] != '届' {
			at = j // (…三次、四次、|五次会议: the session before is listed too)
			continue
		}
		t := numeralsBefore(rs, j-1)
		if v, ok := number.ParseNumber(string(rs[t : j-1])); ok && t < j-1 && v == math.Trunc(v) {
			return int(v)
		}
		return 0
	}
	return 0
}

// heldByTerm is a body named with its term, and the verb that holds a
// meeting, right before the meeting's name (四届市政协召开|…).
var heldByTerm = regexp.MustCompile(`(?:^|[^第〇零一二三四五六七八九十百0-9])第?([〇零一二三四五六七八九十百0-9]+)届[省市县区州旗盟]?(?:政协|人大常委会|人大)(?:召开|举行)了?$`)

// holderTerm is the term of the body that holds the meeting named at at,
// written with the body right before it (九届县政协召开|第十七次常委会议),
// or 0.
func holderTerm(rs []rune, at int) int {
	m := heldByTerm.FindStringSubmatch(string(rs[max(0, at-16):at]))
	if m == nil {
		return 0
	}
	if v, ok := number.ParseNumber(m[1]); ok && v == math.Trunc(v) {
		return int(v)
	}
	return 0
}

// numeralsBefore is where the run of numerals (十二, 3) that ends at at
// begins.
func numeralsBefore(rs []rune, at int) int {
	for at > 0 && strings.ContainsRune("〇零一二三四五六七八九十百0123456789", rs[at-1]) {
		at--
	}
	return at
}

// setValue is a rule's `set:` value for key, with ${group} replaced by the
// group's original text; "" where no group it names matched.
func setValue(c *Context, m *engine.Match, key string, lex func(string) *rules.Lexicon) string {
	s := m.Rule.Set[key]
	templated, filled := strings.Contains(s, "${"), false
	for strings.Contains(s, "${") {
		i := strings.Index(s, "${")
		j := strings.Index(s[i:], "}")
		if j < 0 {
			break
		}
		g, name, mapped := strings.Cut(s[i+2:i+j], ":")
		val := ""
		if cp, ok := m.Group(g); ok {
			val = c.At(cp)
			if mapped && lex != nil {
				val = lex(name).Value(c.View.String(cp)) // ${org:CONGRESS_HOSTS}: 妇女 gives 妇联
			}
		}
		filled = filled || val != ""
		s = s[:i] + val + s[i+j+1:]
	}
	if templated && !filled {
		return "" // no group it names matched (第十次党代会: no place, so no ${place}委)
	}
	return s
}

// setLexicons are the lexicons a rule's set values map its groups through
// (${group:LEXICON}).
func setLexicons(r *rules.Rule) []string {
	var out []string
	for _, v := range r.Set {
		for _, ref := range setRef.FindAllStringSubmatch(v, -1) {
			out = append(out, ref[1])
		}
	}
	return out
}

var setRef = regexp.MustCompile(`\$\{[^}:]*:([^}]*)\}`)

func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// meetingDetail is what the meeting kind keeps of an entry for its article
// step.
type meetingDetail struct {
	named  string        // the body as the meeting's text names it (市政协, 政協), if it does
	set    bool          // the rule set the body (党的二十大: 中国共产党)
	heldBy string        // the place whose body holds it, its subject (某某镇|召开…), if the gazetteer knows it
	held   *places.Place // that place, where the gazetteer knows one of the name
}

// wholeLookup is a set value that is one group's value in a lexicon, nothing else.
var wholeLookup = regexp.MustCompile(`^\$\{\w+:\w+\}$`)

// templateWords are a set value's references to groups (${place}), which
// leave the words a template names a body with (人大 of ${place}人大).
var templateWords = regexp.MustCompile(`\$\{[^}]*\}`)

// ResolveArticle names the body holding each meeting as the bodies are
// named, without the organ that met (县政协十四届三次常委会会议: 天祝藏族自治县政协):
// the body inside the meeting's text, else, for a plenary, standing
// committee or chairs' meeting, the 政协 or 人大 the article names nearest
// before it (十一届一次会议 after 省政协).
func (k *meeting) ResolveArticle(a *Article, own []*record.Entry) {
	bodies := a.Entries("body")
	held := termsHeld(a.Raw, own, bodies)
	for _, e := range own {
		md := e.Detail.(*meetingDetail)
		if md.set {
			continue
		}
		holder := bodyInside(a.Raw, e, bodies)
		mk, _ := e.Get("kind").(string)
		if holder == nil && md.named == "" {
			holder = subjectBefore(a.Raw, e.Mentions[0][0], mk, bodies)
		}
		if holder == nil && md.named != "" {
			holder = writtenAs(md.named, bodies) // 省妇女第…代表大会: 省妇联, as the article names it
		}
		if holder == nil && md.named == "" {
			if b := joinedTo(a.Raw, e, own); b != nil {
				e.Set("body", b) // 某会第六次会员代表大会暨|六届一次执委会: the body of the meeting it is held with
				continue
			}
			if b := sessionBefore(e, mk, own); b != nil {
				e.Set("body", b) // …第二次会议…。第三次全体会议: a sitting of the session named before
				continue
			}
			holder = namedAgain(a.Raw, e, own, bodies) // a headline's 十三届八次全会: the one the text names with its body
		}
		if name := placedBody(md.named, a.Place); holder == nil && name != "" {
			e.Set("body", name) // 第5次县长办公会议 in an article about a county that names no 县政府: the county's
			continue
		}
		if holder == nil {
			kind := ""
			switch {
			case strings.Contains(md.named, "政协"):
				kind = "cppcc"
			case strings.Contains(md.named, "人大"):
				kind = "congress"
			case md.named != "":
				continue // 市委五届十一次全会: a body that is not named here
			}
			switch {
			case k.cppccOnly.Has(mk):
				kind = "cppcc" // 双周协商座谈会
			case mk != "全体会议" && mk != "常委会会议" && mk != "主席会议" && mk != "主任会议":
				continue // a party congress, a forum: not a 政协's or 人大's
			}
			at := e.Mentions[0][0]
			if written, _ := e.Get("text").(string); kind == "" && strings.Contains(written, "全委") {
				// 三届七次全委(扩大)会议: a committee's plenary (全体委员会议), which a party's
				// committee holds, no 政协 or 人大: the party's named before, if any
				if holder = hostBefore(at, "democratic_party", bodies); holder == nil {
					holder = hostBefore(at, "party", bodies)
				}
				if holder == nil {
					continue
				}
			}
			if holder == nil {
				holder = placeHost(md.heldBy, kind, bodies) // 某某镇召开|第十八届人民代表大会…: the township's congress, not the county's the article names too
			}
			if holder == nil && md.held != nil && (kind == "congress" || kind == "cppcc") {
				// (the article names no body of the place: the place's own, by the gazetteer's name)
				e.Set("body", md.held.BodyName()+hostOrgans[kind])
				continue
			}
			if holder == nil {
				holder = ofTerm(e, kind, hostBefore(at, kind, bodies), held)
			}
			if holder == nil && mk == "全体会议" && (at == 0 || !organLast(a.Raw[at-1])) {
				// 民进某市委会…经五届一次全会: the party's plenum, no 政协 or 人大
				// named before (not right after an organ no rule reads: 某工委|三届二次会议)
				holder = hostBefore(at, "democratic_party", bodies)
			}
			if holder == nil {
				holder = hostAt(at, kind, bodies)
			}
			if holder == nil && a.Place != nil && (md.named == "人大" || md.named == "政协") {
				// 第N届人民代表大会第M次会议 in an article about a county that names
				// no 人大: the article's place's, as a bare 政协 or 人大 is
				e.Set("body", a.Place.BodyName()+hostOrgans[kind])
				continue
			}
		}
		if holder == nil {
			continue
		}
		hd, canonical := holder.Detail.(*bodyDetail), holder.Get("canonical").(string)
		switch {
		case hd.home != "":
			e.Set("body", hd.home) // (a 政协's 党组会议: the 政协's, as 县政协党组2024年第5次会议 is)
		case hd.sub != "" && strings.HasSuffix(canonical, hd.sub) && len(canonical) > len(hd.sub):
			e.Set("body", strings.TrimSuffix(canonical, hd.sub)) // (召开十三届常委会第五次会议 after 自治区政协: the 政协's)
		default:
			e.Set("body", canonical)
		}
	}
}

// bodyInside is the body the meeting's own text names (县政协|九届二次会议),
// or nil.
func bodyInside(raw []rune, e *record.Entry, bodies []*record.Entry) *record.Entry {
	for _, b := range bodies {
		if inside(b.Mentions, e.Mentions) && !unitOfPlaceAfter(raw, b, e) {
			return b
		}
	}
	return nil
}

// termHolder is a body that holds a term, by the meetings whose own texts
// name it; a term more than one body holds is neither's.
type termHolder struct {
	body  *record.Entry
	terms []any
}

// termsHeld are the terms each body's meetings that name it hold (县政协|九届
// 二次会议: 九届 is that 政协's), a body by its canonical name.
func termsHeld(raw []rune, own, bodies []*record.Entry) map[string]*termHolder {
	held := map[string]*termHolder{}
	for _, e := range own {
		term := e.Get("term")
		b := bodyInside(raw, e, bodies)
		if term == nil || b == nil {
			continue
		}
		canonical, _ := b.Get("canonical").(string)
		h := held[canonical]
		if h == nil {
			h = &termHolder{body: b}
			held[canonical] = h
		}
		if !slices.Contains(h.terms, term) {
			h.terms = append(h.terms, term)
		}
	}
	return held
}

// ofTerm is the body a meeting no body is written in belongs to: the host
// of its kind named before it, unless that host's meetings hold other terms than the
// meeting's and one other body's of the kind hold it (省政协七届… 全国政协九届…
// 七届一次会议: the provincial 政协's, not the national one named nearer).
func ofTerm(e *record.Entry, kind string, host *record.Entry, held map[string]*termHolder) *record.Entry {
	term := e.Get("term")
	if host == nil || term == nil {
		return host
	}
	canonical, _ := host.Get("canonical").(string)
	if h := held[canonical]; h == nil || slices.Contains(h.terms, term) {
		return host
	}
	var other *record.Entry
	for _, h := range held {
		if slices.Contains(h.terms, term) && hosts(h.body.Detail.(*bodyDetail), kind) {
			if other != nil {
				return host // (two bodies' meetings hold it: no one's by its term)
			}
			other = h.body
		}
	}
	if other == nil {
		return host
	}
	return other
}

// placedBody is the government or the party committee a meeting's rule
// names by a level word (县政府, 市委), as the bodies name it, of the
// article's place or the division above it of that level (永泰县政府, 中共
// 永泰县委), or "".
func placedBody(named string, place *places.Place) string {
	rs := []rune(named)
	if place == nil || len(rs) < 2 {
		return ""
	}
	word, organ, prefix := string(rs[:1]), string(rs[1:]), ""
	switch organ {
	case "政府":
	case "委":
		prefix = "中共"
	default:
		return ""
	}
	for x := place; x != nil; x = x.Parent {
		if ofWord(x, word) {
			return prefix + x.BodyName() + organ
		}
	}
	return ""
}

// ofWord: the place is one a level word names: a 市 of any level but a
// township's, 省 no municipality or region, the others as their level.
func ofWord(p *places.Place, word string) bool {
	switch word {
	case "市":
		return p.Level < places.Township && strings.HasSuffix(p.Name, word)
	case "省":
		return strings.HasSuffix(p.Name, word)
	}
	return ofLevelWord([]*places.Place{p}, word)
}

// hostOrgans are the organs the kinds of the bodies that hold sessions go by.
var hostOrgans = map[string]string{"congress": "人大", "cppcc": "政协"}

// placeHost is the body of the kind given (congress: 人大, cppcc: 政协)
// whose full name is the place's, as its subject names the place (某某镇), or nil.
func placeHost(place, kind string, bodies []*record.Entry) *record.Entry {
	if place == "" || kind == "" {
		return nil
	}
	for _, b := range bodies {
		canonical, _ := b.Get("canonical").(string)
		if hd := b.Detail.(*bodyDetail); hd.kind == kind && hd.sub == "" && strings.HasSuffix(strings.TrimSuffix(strings.TrimSuffix(canonical, "人大"), "政协"), place) {
			return b
		}
	}
	return nil
}

// sessionBefore is the body of the session of a term (某政协第十届委员会
// 第二次会议) named nearest before a plenary sitting with no term of its
// own (第三次全体会议), which is one of that session's, whatever body the
// sentences between name; nil if there is none.
func sessionBefore(e *record.Entry, kind string, own []*record.Entry) any {
	if kind != "全体会议" || e.Get("term") != nil {
		return nil
	}
	at := e.Mentions[0][0]
	var body any
	last := -1
	for _, o := range own {
		if o == e || o.Get("kind") != "全体会议" || o.Get("term") == nil || o.Get("body") == nil {
			continue
		}
		for _, m := range o.Mentions {
			if m[1] <= at && m[0] > last {
				body, last = o.Get("body"), m[0]
			}
		}
	}
	return body
}

// joinedTo is the body of the meeting e is held with, named right before
// it and 暨, if that one has a body.
func joinedTo(raw []rune, e *record.Entry, own []*record.Entry) any {
	at := e.Mentions[0][0]
	if at < 1 || raw[at-1] != '暨' {
		return nil
	}
	for _, o := range own {
		if o != e && slices.ContainsFunc(o.Mentions, func(m text.Span) bool { return m[1] == at-1 }) {
			return o.Get("body")
		}
	}
	return nil
}

// namedAgain is the body inside another mention of the same meeting (its
// kind, term and session) that names the body holding it, if any.
func namedAgain(raw []rune, e *record.Entry, own, bodies []*record.Entry) *record.Entry {
	for _, o := range own {
		if o == e || o.Get("kind") != e.Get("kind") || o.Get("term") != e.Get("term") || o.Get("session") != e.Get("session") || o.Get("session") == nil {
			continue
		}
		for _, b := range bodies {
			if inside(b.Mentions, o.Mentions) && !unitOfPlaceAfter(raw, b, o) {
				return b
			}
		}
	}
	return nil
}

// writtenAs is the body the article writes as name, if any.
func writtenAs(name string, bodies []*record.Entry) *record.Entry {
	for _, b := range bodies {
		if t, _ := b.Get("text").(string); text.Simplified(t) == name {
			return b
		}
	}
	return nil
}

// subjectBefore is the body that holds a meeting named right after it,
// its subject (民进某省委会召开|十届五次全会: the party's plenum, not the
// 政协's an article names before): a committee of its own or its standing
// committee (市人大常委会召开|主任会议), a government (市政府召开|常务会议) or a
// mass organisation (市侨联召开|九届三次全委会),
// or an organ the meeting is named after (市政协党组召开|第5次党组会议),
// not another organ of one, at most a verb (召开, 组织召开) and a year between.
func subjectBefore(raw []rune, at int, kind string, bodies []*record.Entry) *record.Entry {
	var best *record.Entry
	end := -1
	at = noteBefore(raw, yearBefore(raw, at)) // (召开|2024年|第5次党组会议, 某县工商联|(总商会)|第九次会员代表大会)
	for _, b := range bodies {
		hd := b.Detail.(*bodyDetail)
		government := hd.kind == "government" && strings.HasSuffix(hd.organ, "政府") // (市政府召开|第45次常务会议)
		// a mass organisation or an association (市侨联召开|九届三次全委会, 某某协会|第五次会员代表大会)
		canonical := b.Get("canonical").(string)
		mass := hd.kind == "other" && (hd.organ != "" && !hd.outside || strings.HasSuffix(canonical, "会") || strings.HasSuffix(canonical, "联")) // (中国侨联|十一届三次全委会 too)
		if hd.sub != "" && hd.sub != "常委会" && !strings.HasPrefix(kind, hd.sub) || hd.bare || hd.kind != "democratic_party" && hd.kind != "party" && hd.kind != "cppcc" && hd.kind != "congress" && !government && !mass {
			continue
		}
		for _, m := range b.Mentions {
			from := noteAfter(raw, m[1], at) // (某市工商联|(总商会)|召开…: the body's other name after it)
			if m[1] <= at && heldBetween(raw[from:at]) && m[1] > end {
				best, end = b, m[1]
			}
		}
	}
	return best
}

// noteAfter is where a note in brackets of a few characters that begins
// at from ends (某市工商联|(总商会)|召开), if it ends before at; else from.
func noteAfter(raw []rune, from, at int) int {
	if from >= at || raw[from] != '(' {
		return from
	}
	for j := from + 1; j < min(at, from+9); j++ {
		if raw[j] == ')' {
			return j + 1
		}
		if !text.IsHan(raw[j]) {
			return from
		}
	}
	return from
}

// heldBetween: the words between a body and its meeting are at most a verb
// of two characters (召开, 举行), or one that holds it after a word of how
// (组织召开, 专题召开), with 了 after it and where or when before it
// (区政府在某处召开了|第3次常务会议, 县政协于3月5日召开|主席会议).
func heldBetween(gap []rune) bool {
	return len(gap) <= 2 && text.HanCount(gap) == len(gap) || heldGap.MatchString(string(gap))
}

var heldGap = regexp.MustCompile(`^(?:[在于][\p{Han}A-Za-z0-9]{1,14})?\p{Han}{0,2}(?:召开|举行)了?$`)

// noteBefore is where a note in brackets of a few characters that ends
// right before at begins (某县工商联|(总商会)|第九次…: the body's other name),
// or at.
func noteBefore(raw []rune, at int) int {
	if at < 3 || raw[at-1] != ')' {
		return at
	}
	for j := at - 3; j >= max(0, at-9); j-- {
		if raw[j] == '(' {
			return j
		}
		if !text.IsHan(raw[j]) {
			return at
		}
	}
	return at
}

// yearBefore is where a year in digits that ends right before at begins
// (2024年, 2024年度), or at.
func yearBefore(raw []rune, at int) int {
	k := at
	if k >= 1 && raw[k-1] == '度' {
		k--
	}
	if k < 5 || raw[k-1] != '年' {
		return at
	}
	for j := k - 2; j >= k-5; j-- {
		if !isDigit(raw[j]) {
			return at
		}
	}
	return k - 5
}

// unitOfPlaceAfter: a national party or organisation inside a meeting's
// name is followed there by a place's name (民盟|江苏省|第十三次代表大会):
// the meeting is its unit's of that place, not its own.
func unitOfPlaceAfter(raw []rune, b, meeting *record.Entry) bool {
	if b.Get("level") != "national" {
		return false
	}
	for _, m := range b.Mentions {
		for _, me := range meeting.Mentions {
			if m[0] < me[0] || m[1] >= me[1] {
				continue
			}
			end := m[1] // the words up to the meeting's number end with a level word
			for end < me[1] && raw[end] != '第' {
				end++
			}
			if end < me[1] && end-m[1] >= 2 && places.LevelWord([]rune(text.Simplified(string(raw[end-1:end]))), 0) > 0 { // (縣 as 县)
				return true
			}
		}
	}
	return false
}

// inside says whether a mention of one entry lies within a mention of
// another.
func inside(inner, outer []text.Span) bool {
	for _, i := range inner {
		for _, o := range outer {
			if o[0] <= i[0] && i[1] <= o[1] {
				return true
			}
		}
	}
	return false
}
