package kinds

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/names"
	"github.com/zxtract/zxtract/extract/places"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// person: a person the text names, and the roles it gives them. Rules
// anchor the name, with groups:
//
//	title      a title right before the names (市政协主席盛茂林); the builder
//	           reads the chain of bodies and titles before it; alt, a title
//	           in brackets after it, by the body's other name (副主席(副会长))
//	names      the names, one or a list (、), cut by the builder
//	after      a title right after the name (习近平总书记); window, the
//	           characters before it, which the name ends
//	credit     a byline's credit (本报记者, 摄), or set: credit (作者; '' for none);
//	           set: {names: whole} says the names group is the name, whole
//	           (a profile's 朱建平,历任: no cut, and its given name may be a word)
//	           and set: {names: anchored} reads them as after a title, what follows
//	           them saying they are names (某某和某某|两名副总理: transliterations too);
//	           set: {names: labelled} reads them whole under a label's line that
//	           gives their title (委员: over 某某、某某。), and not without one
//	listtitle  the title after a list of names (等10名代表); list, the 等
//	           that ends a list, whose every name ends where its part does;
//	           listbody, the body between the count and the title (等5名省政协委员)
//	verb       a verb of speech after the name; window as for after
//	note       an author's note (作者系渝中区政协主席、党组书记)
//	posts      posts held by the person named right before the match (张某某
//	           曾任县委常委、副县长), read as a note is; set: {posts: profile}
//	           says they are a profile's alone (某某,男,中共党员,高级经济师)
//	post       a title after the names that anchors none of them (蔡某:中国
//	           某某协会副主任); its chain is read as a title's; acting, the
//	           word that makes its last title an acting one (某某|代理|某县人民
//	           政府县长职务: 代县长, as TITLES names it)
//	rostertitle a roster line's title before its names (副主席:某某 某某,
//	           主　席:某某), its body on the line or in the heading above
//	           (set: heading, the word the heading ends with: 名单)
//
// A name is cut with gse in the few characters after its start (or read
// back from a title or verb after it), and is a person's only with a
// surname (or, after a title, four characters: 扎西顿珠), as no common word
// or place. The article step names each role's body as the bodies are named,
// gives an author's note to the article's author, and joins later bare
// mentions of a name to its person (GUIDELINES.md, people).
type person struct {
	surnames, more, common, stops, notNames, translit                    *rules.Lexicon // what names are made of
	tibetan, mongolian, uyghur                                           *rules.Lexicon // Tibetan, Mongolian, Uyghur names' elements: 白玛|央金, 额尔敦|巴雅尔, 买买提
	japanese, japaneseEnds                                               *rules.Lexicon // Japanese family names of two characters (岸田|文雄), given names' last characters (一|郎)
	titles, after, inherit, listTitles, titleBodies, credits             *rules.Lexicon // what roles are
	countries, cities, speech, subjectNext, meets, postVerbs, stateHeads *rules.Lexicon
	groups                                                               *rules.Lexicon // people whose 代表 speaks for them: 群众代表 is no post
	electVerbs                                                           *rules.Lexicon // 选举, 增补: a meeting's election, whose body a post elected with none written is
	namingVerbs                                                          *rules.Lexicon // 聘请, 任命: naming others to posts
	wordSurnames                                                         *rules.Lexicon // surnames far more often words: 进, 开
	levels                                                               *rules.Lexicon // level words (自治区, 市): a body of their own before a title
	associationTitles                                                    *rules.Lexicon // 会长, 理事长: an association's
	organs                                                               *rules.Lexicon // organs (办公厅, 机关, 办公室): of the body before them in a chain
	branches                                                             *rules.Lexicon // the party's organs in a body (党委, 党支部): of the body before them in a chain
	orgEnds                                                              *rules.Lexicon // the kinds of organisation names end with (协会, 事务所): a title before one is the name's
	outlets                                                              *rules.Lexicon // what an outlet's name ends with (融媒体中心): a byline may name it before its names
	media                                                                *rules.Lexicon // the national outlets by name (新华网): a credit may name one before its names
	careerStarts                                                         *rules.Lexicon // what a career begins with (参加工作): a resume's line opens with it and its date
	ownBody                                                              *rules.Lexicon // honours and memberships (院士): their body serves no title after them in a chain
	stateTitles                                                          *rules.Lexicon // the state's posts (国家主席): no body of their chain is theirs
	travels, visits                                                      *rules.Lexicon // verbs of going to a place (走进, 考察了) and what is done there (慰问): a home after a name is where they go
	professions                                                          *rules.Lexicon // callings (经济学家): of no 政协's, party's, government's or congress's body before them in a chain
	massOrgs                                                             *rules.Lexicon // mass organisations (侨联, 工商联): a list of them before 等 names no one
	memberTitles                                                         *rules.Lexicon // a membership news writes right before a post, no mark between (县委常委|副县长)
	homes, homeEnds                                                      *rules.Lexicon // titles that head a kind of organisation (校长: 校), and the endings of its names
	congressOrgans                                                       *rules.Lexicon // a 人大's organs (财政经济委员会): in a list of its officers, of the 人大 before
	guests                                                               *rules.Lexicon // an interview's guests' credits (嘉宾): their posts follow the name
	namesInText                                                          *rules.Lexicon // words gse tags as names, common in text (陈述): a name only where what follows a name does
	titleWords                                                           *rules.Lexicon // words that end in a title's characters, no title (天主教)
	doubledAdverbs                                                       *rules.Lexicon // 默默: after a name, no given name (某|微微 is one)
	timeNames                                                            *rules.Lexicon // 春秋: a time gse tags that is a given name too
	clergy                                                               *rules.Lexicon // 法师: a religious name before it, no surname
	jointly                                                              *rules.Lexicon // 分别, 共同: a title's word after them is a verb (分别|代表); speakers listed before them all speak
	conveners                                                            *rules.Lexicon // 召开, 组织, 赴: what a 政协 opening a sentence holds or leads (区政协组织…,|副主席某某带队)
	cut                                                                  *names.Cutter
	gaz                                                                  *places.Gazetteer
}

var personSpec = Spec{
	Name:   "person",
	List:   "people",
	Groups: []string{"title", "names", "after", "window", "credit", "listtitle", "listbody", "list", "verb", "note", "post", "posts", "rostertitle", "respective", "elect", "alt", "acting"},
	Sets:   []string{"credit", "names", "posts", "heading"},
	Lexicons: []string{"ELECT_VERBS", "NAMING_VERBS", "SURNAMES", "SURNAMES_MORE", "COMMON_SURNAMES", "TITLES", "TITLES_AFTER", "TITLES_INHERIT", "CREDITS", "NAME_STOPS",
		"LIST_TITLES", "TITLE_BODIES", "NOT_NAMES", "TRANSLIT_CHARS", "COUNTRIES", "FOREIGN_CITIES", "SPEECH_VERBS", "SUBJECT_NEXT", "MEET_VERBS", "STATE_HEADS", "POST_VERBS",
		"DELEGATING_GROUPS", "WORD_SURNAMES", "BODY_LEVELS", "ASSOCIATION_TITLES", "CPPCC_ORGANS", "TIBETAN_NAME_PARTS", "JAPANESE_SURNAMES", "JAPANESE_GIVEN_ENDS", "MONGOLIAN_NAME_PARTS", "UYGHUR_NAME_PARTS", "PARTY_BRANCH_ENDS", "ORG_SUFFIXES", "MEDIA_ENDS", "MEDIA", "CAREER_STARTS",
		"TITLES_OWN_BODY", "STATE_TITLES", "PROFESSIONS", "TITLE_HOMES", "HOMES", "CONGRESS_ORGANS", "GUEST_CREDITS", "NAMES_IN_TEXT", "WORDS_ENDING_IN_TITLES", "DOUBLED_ADVERBS", "TIME_NAMES", "CLERGY_TITLES", "VERB_ADVERBS", "CONVENER_VERBS", "TITLES_BEFORE_POSTS", "MASS_ORGS", "PLACE_TRAVELS", "PLACE_VISITS"},
	Key:    []string{"name"},
	Needs:  []string{"body", "date", "meeting"},
	Fields: []string{"text", "name", "roles"},
	// A title may begin on the organ's character a body ends with:
	// 国防部长 is 国防部 and its 部长, 教育局长 教育局 and its 局长.
	OpensOn: []string{"body"},
	Opaque:  true,
}

func (*person) Spec() *Spec { return &personSpec }

func (p *person) Bind(lex func(string) *rules.Lexicon) {
	p.surnames, p.more, p.common, p.titles = lex("SURNAMES"), lex("SURNAMES_MORE"), lex("COMMON_SURNAMES"), lex("TITLES")
	p.after, p.inherit, p.credits = lex("TITLES_AFTER"), lex("TITLES_INHERIT"), lex("CREDITS")
	p.stops, p.listTitles, p.titleBodies = lex("NAME_STOPS"), lex("LIST_TITLES"), lex("TITLE_BODIES")
	p.notNames, p.translit, p.countries, p.cities = lex("NOT_NAMES"), lex("TRANSLIT_CHARS"), lex("COUNTRIES"), lex("FOREIGN_CITIES")
	p.speech, p.subjectNext, p.meets, p.postVerbs, p.groups = lex("SPEECH_VERBS"), lex("SUBJECT_NEXT"), lex("MEET_VERBS"), lex("POST_VERBS"), lex("DELEGATING_GROUPS")
	p.stateHeads = lex("STATE_HEADS")
	p.electVerbs, p.namingVerbs = lex("ELECT_VERBS"), lex("NAMING_VERBS")
	p.wordSurnames, p.levels, p.associationTitles, p.organs = lex("WORD_SURNAMES"), lex("BODY_LEVELS"), lex("ASSOCIATION_TITLES"), lex("CPPCC_ORGANS")
	p.tibetan, p.mongolian, p.uyghur, p.branches, p.orgEnds = lex("TIBETAN_NAME_PARTS"), lex("MONGOLIAN_NAME_PARTS"), lex("UYGHUR_NAME_PARTS"), lex("PARTY_BRANCH_ENDS"), lex("ORG_SUFFIXES")
	p.japanese, p.japaneseEnds, p.outlets, p.media = lex("JAPANESE_SURNAMES"), lex("JAPANESE_GIVEN_ENDS"), lex("MEDIA_ENDS"), lex("MEDIA")
	p.careerStarts, p.ownBody, p.homes, p.memberTitles = lex("CAREER_STARTS"), lex("TITLES_OWN_BODY"), lex("TITLE_HOMES"), lex("TITLES_BEFORE_POSTS")
	p.stateTitles, p.travels, p.visits = lex("STATE_TITLES"), lex("PLACE_TRAVELS"), lex("PLACE_VISITS")
	p.professions, p.massOrgs = lex("PROFESSIONS"), lex("MASS_ORGS")
	p.homeEnds, p.congressOrgans, p.guests, p.namesInText = lex("HOMES"), lex("CONGRESS_ORGANS"), lex("GUEST_CREDITS"), lex("NAMES_IN_TEXT")
	p.titleWords = lex("WORDS_ENDING_IN_TITLES")
	p.doubledAdverbs, p.clergy, p.jointly = lex("DOUBLED_ADVERBS"), lex("CLERGY_TITLES"), lex("VERB_ADVERBS")
	p.timeNames = lex("TIME_NAMES")
	p.conveners = lex("CONVENER_VERBS")
	p.cut, _ = names.Default() // an error shows when the tests load the dictionary
	p.gaz, _ = places.Default()
}

// role is a role the text gives a person, as the builder reads it: the
// article step names its body.
type role struct {
	title    string     // the bare title: 主席, 记者
	at       text.Range // the title as written, in the view (empty for a credit)
	from     int        // where a body before the title may begin (its segment of the chain)
	chained  bool       // after another title of the same chain (市政协主席、党组书记): its body if it names none
	host     string     // the body kind a title with no body belongs to (委员 of a list: cppcc)
	fixed    string     // a body the title itself implies (总书记: 中共中央)
	none     bool       // a credit: no body
	elected  bool       // elected to it (会议选举某某为|主席): with no body written, the meeting's
	sentence text.Range
	// names: the names a title after them follows (县政协孙某、何某|副主席):
	// a body before them must end where they begin.
	names text.Range
}

// personDetail is what the person kind keeps of an entry.
type personDetail struct {
	roles []role
	note  bool // an author's note: its roles go to the article's author
	// posts: roles that go to the person whose name ends at heldAt (an
	// offset in the original text), 张某某|曾任…, or, after a comma (heldAt
	// -1), to whom the posts before them in the sentence went (…,现任…),
	// else to the person who opens the sentence (某某,高级经济师,现任…);
	// posts that open their sentence (opens) go to the one person named
	// before them on their line (某某,男,…参加工作。曾任…)
	posts    bool
	opens    bool
	profile  bool // only a profile's subject holds them (…,中共党员,高级经济师,)
	pronoun  bool // 其 names their holder: the person named last before them on their line (任命某某为…,免去其…职务)
	heldAt   int
	sentence int
	// leads: the name is its sentence's subject after words that introduce
	// it (今年82岁的|某某,曾任…): posts after a comma with no one before them go to it
	leads bool
}

func (p *person) Build(c *Context, m *engine.Match) []*record.Entry {
	rs := c.View.Runes
	switch {
	case c.Capture(m, "note") != "":
		r, _ := m.Group("note")
		for k := r.End - 2; k > r.Start; k-- {
			if n := (text.Range{Start: k + 1, End: r.End}); unicode.IsSpace(rs[k]) && p.isName(rs[n.Start:n.End], true) {
				// (作者系区政协办公室主任 某某): the note names its author, who holds its posts
				return []*record.Entry{p.entry(c, m, n, p.noteRoles(c, text.Range{Start: r.Start, End: k}))}
			}
		}
		e := c.EntryAt(m, r)
		e.Set("name", "")
		e.Set("roles", []record.Object{})
		e.Detail = &personDetail{note: true, roles: p.noteRoles(c, r)}
		return []*record.Entry{e}
	case c.Capture(m, "respective") != "":
		return p.respectively(c, m)
	case c.Capture(m, "posts") != "":
		r, _ := m.Group("posts")
		r = p.postsGoOn(c, r)
		r = p.postsOwnClause(c.View.Runes, r)
		left := leftFrom(rs, c.Sentence.Start, m.Start, c.Capture(m, "text"))
		roles := p.noteRoles(c, r)
		if left >= 0 {
			roles = append(p.noteRoles(c, text.Range{Start: left + 1, End: m.Start}), roles...) // 某某|从|县财政局局长|调任…: the post left was held too
		}
		if len(roles) == 0 {
			return nil // 任教于某某大学: no post
		}
		if strings.HasSuffix(c.Capture(m, "text"), "是") && (roles[len(roles)-1].at.End != r.End || r.End < len(rs) && rs[r.End] == '的') {
			return nil // 是提高委员履职能力的举措, 是委员的需要: 是 names a post only where one ends what follows
		}
		e := c.EntryAt(m, r)
		e.Set("name", "")
		e.Set("roles", []record.Object{})
		opens := m.Start == c.Sentence.Start || datedClause(rs, c.Sentence.Start, m.Start) || onlyDate(rs[m.Start:r.Start]) || // (…|1998.05—2006.11 某某局局长: a resume's line)
			p.afterCareerStart(rs, c.Sentence.Start, m.Start)
		d := &personDetail{posts: true, opens: opens, heldAt: -1, roles: roles, sentence: c.View.Orig(c.Sentence)[0],
			profile: m.Rule.Set["posts"] == "profile", pronoun: strings.HasSuffix(c.Capture(m, "text"), "其") || pronounOpens(rs, c.Sentence.Start, m.Start) || capacityOfPronoun(rs, c.Sentence.Start, m, r)}
		if n, ok := m.Group("names"); ok { // 某某,县政协委员…: the name and the posts after it
			named := p.subject(c, m, n, true)
			if len(named) == 0 {
				return nil
			}
			d.opens, d.heldAt = false, c.View.Orig(text.Range{Start: n.End, End: n.End})[0]
			e.Detail = d
			return append(named, e)
		}
		held := m.Start
		if left >= 0 {
			held = left // 某某|从…调任…: the name before the post left
		}
		if held > c.Sentence.Start+1 && c.View.Runes[held-1] == ':' && text.IsHan(c.View.Runes[held-2]) {
			held-- // 某某先生:历任…: the name before the colon
		}
		if held > c.Sentence.Start+2 && c.View.Runes[held] == '被' && c.View.Runes[held-1] == ',' && text.IsHan(c.View.Runes[held-2]) {
			held-- // …的某某,|被任命为…: the one the clause before ends with is appointed
		}
		if held == m.Start {
			held = whereBefore(c.View.Runes, c.Sentence.Start, held) // 某某|曾在县政协|担任…, 某某|现在|担任…
		}
		held = whenBefore(c.View.Runes, c.Sentence.Start, held) // 某某|1998年起|任…, 某某|在退休前|曾是…
		if k := adverbsBefore(c.View.Runes, c.Sentence.Start, held); k < held && k > c.Sentence.Start && c.View.Runes[k-1] == ',' {
			held = k // 某某从2002年起,|一直|担任…: a clause of adverbs alone before the verb, the sentence's subject's
		}
		if held > c.Sentence.Start && c.View.Runes[held-1] == ')' { // 某某|(女,汉族,1975年5月生)任…: the name before its note
			if k := slices.Index(c.View.Runes[max(c.Sentence.Start, held-42):held], '('); k >= 0 {
				held = max(c.Sentence.Start, held-42) + k
			}
		}
		for k := held - 1; k > c.Sentence.Start && k >= held-20 && !strings.ContainsRune(",;:。", c.View.Runes[k]); k-- {
			if c.View.Runes[k] == '被' {
				held = k // 某某|被选派到某村担任…: the one sent holds the post
				break
			}
		}
		if held > 0 && text.IsHan(c.View.Runes[held-1]) && !d.opens {
			for n := 4; n >= 2; n-- {
				if held-n >= c.Sentence.Start && p.after.HasRunes(c.View.Runes[held-n:held]) {
					held -= n // 王某某同志|任…, 秦某某教授|出任: the name before the title
					break
				}
			}
			d.heldAt = c.View.Orig(text.Range{Start: held, End: held})[0]
		}
		e.Detail = d
		return []*record.Entry{e}
	case c.Capture(m, "after") != "" || c.Capture(m, "verb") != "":
		w, _ := m.Group("window")
		titled := c.Capture(m, "after") != ""
		if t, _ := m.Group("after"); titled && (p.tailOfTitle(rs, t) || p.splitsPlaces(rs, t)) {
			return nil // 总|书记: the longer title's match reads the name
		}
		if t, _ := m.Group("after"); titled && t.Start > 0 && strings.ContainsRune("两二三四五六七八九十", rs[t.Start-1]) && c.ViewText(t) == "同志" &&
			(rs[t.Start-1] == '两' || strings.ContainsRune(c.ViewText(text.Range{Start: c.Sentence.Start, End: t.Start}), '、')) {
			return nil // 某某、某某|两同志: a count of those a list names, no name (but 张三|同志 alone)
		}
		joint := false // 某某和某某|分别|介绍: the names listed before the speaker speak too
		if k := w.End - 2; !titled && k > w.Start+1 && p.jointly.HasRunes(rs[k:w.End]) {
			w.End, joint = k, true
		}
		n := p.nameEndingWindow(rs, w, titled)
		if n.Len() == 0 && joint {
			n = knownEnding(c, w) // 某某和|于某|分别介绍: a person the article named before, whose name alone the lexicons do not hold
		}
		if e := w.End - 1; titled && n.Len() == 0 && e > w.Start && rs[e] == '兼' {
			if k := p.after.LongestSuffix(rs[w.Start:e]); k > 0 && k < e-w.Start {
				n = p.nameEndingWindow(rs, text.Range{Start: w.Start, End: e - k}, true) // 某某副主席兼|秘书长: the post 兼 joins to the first is the same name's
			}
		}
		if k := p.after.LongestSuffix(rs[w.Start:w.End]); n.Len() == 0 && !titled && k > 0 && k < w.Len() {
			// 某某代表|(全国人大代表、…): the posts in brackets are those of the name before its title
			n = p.nameEndingWindow(rs, text.Range{Start: w.Start, End: w.End - k}, true)
		}
		if n.Len() == 0 || p.titles.HasRunes(rs[n.Start:n.End]) {
			return nil // (嘉宾|介绍: a title, no one's name)
		}
		if t, ok := m.Group("after"); ok && n.Len() == 2 && n.End == t.Start && rs[n.End-1] == rs[t.Start] && p.wordSurnames.HasRunes(rs[n.Start:n.Start+1]) {
			return nil // 兼任多校|校长: an organisation's word before its head's title (多校, 多院), no name
		}
		if t, ok := m.Group("after"); ok && n.Len() == 2 && n.End == t.Start && rs[t.Start] == '村' && !p.common.HasRunes(rs[n.Start:n.Start+1]) {
			return nil // 某岭|村支书: a village's name before its head's title, where a rarer surname would open a name
		}
		if tag, ok := p.cut.Word(string(rs[n.Start:n.End])); n.Len() == 2 && ok && !p.common.HasRunes(rs[n.Start:n.Start+1]) && (tag == "ad" || tag == "a" || tag == "d") {
			return nil // ,|密切|委员联系: a rarer surname's character and the next make an adverb or an adjective, no name of two
		}
		if v, ok := m.Group("verb"); ok && n.End == v.Start && n.Len() > 2 && v.Len() == 1 && (p.ordinary(rs[n.Start:v.End]) || !p.common.HasRunes(rs[n.Start:n.Start+1]) && p.ordinary(rs[n.End-1:v.End])) {
			return nil // 有话|直说: a rarer surname's name whose last character makes a word with a verb of one (an idiom's end), no one speaks (not a name before 作为 whose last character makes a word with 作)
		}
		if t, ok := m.Group("after"); ok && p.after.Value(c.ViewText(t)) == "" && c.ViewText(t) != "等" && n.Len() == 3 && p.surnames.HasRunes(rs[n.End-1:n.End]) { // (等 is no honorific: 某卫平|等6名)
			if tag, _ := p.cut.Word(string(rs[n.Start : n.Start+2])); strings.HasPrefix(tag, "v") || !p.common.HasRunes(rs[n.Start:n.Start+1]) && !(c.ViewText(t) == "同志" && p.surname(rs[n.Start:n.End]) > 0) {
				// (but 习近平|同志: official writing puts 同志 after a full name, not after a verb of address)
				return nil // 有请|聂女士, 欢迎|王先生: a surname and its honorific, after a verb (not 王国华同志)
			}
		}
		names := []text.Range{n}
		if _, post := m.Group("post"); titled || post || joint {
			names = p.listedBefore(c, n) // (某某、某某|作为代表: each acts in the post)
		}
		var roles []role
		if t, ok := m.Group("after"); ok {
			if title := p.after.Value(c.ViewText(t)); title != "" {
				r := p.roleOf(title, t, t.Start, c.Sentence)
				r.names = text.Range{Start: names[len(names)-1].Start, End: n.End}
				roles = append(roles, r)
			}
		}
		if t, ok := m.Group("post"); ok { // 某某作为|市人大常委: the post after the verb, and its body
			v, _ := m.Group("verb")
			roles = p.chainBefore(c, t, v.End)
		}
		var out []*record.Entry
		for i := len(names) - 1; i >= 0; i-- {
			out = append(out, p.entry(c, m, names[i], roles))
		}
		return out
	}
	credit, hasCredit := m.Rule.Set["credit"]
	hasCredit = hasCredit && credit != "" // set: {credit: ''}: names with no role
	cr, written := m.Group("credit")
	if written {
		credit, hasCredit = p.credits.Value(c.ViewText(cr)), true
	}
	g, _ := m.Group("names")
	if hasCredit {
		// (set: {names: anchored}: the rule's shape anchors names alone as a
		// credit written would, an author's in brackets at the end, (某某))
		alone := m.Rule.Set["names"] == "anchored" && !slices.ContainsFunc(strings.Fields(c.ViewText(g)), p.credits.Has)
		return p.credited(c, m, g, credit, written || alone)
	}
	if t, ok := m.Group("title"); ok {
		if p.wordRunsOn(rs, t.End-1) || p.titleRunsOn(rs, t) || p.insideWords(rs, t) || p.splitsPlaces(rs, t) || p.endsWord(rs, t) {
			return nil // 社科院长江流域: 长江流域 is a word, so 院长 is no title there
		}
		if string(rs[t.Start:t.End]) == "代表" && p.personJustBefore(rs, c.Sentence.Start, t.Start) {
			return nil // 主委某某|代表|支社…作报告, 某某副主委|代表…: 代表 right after a person is the verb, speaking for what follows
		}
		if g, ok := m.Group("names"); ok && t.End == g.Start && runesAt(rs, g.Start, "代表") && p.personJustBefore(rs, c.Sentence.Start, t.End) {
			return nil // 某某副主委|代表某某…: the title is the name's before it, 代表 the verb after them
		}
	}
	if m.Rule.Set["names"] == "before-post" {
		return p.beforePost(c, m, g)
	}
	if m.Rule.Set["names"] == "column" {
		if label, ok := columnLabel(c, m.Start); ok && p.credits.Has(label) {
			return p.credited(c, m, g, p.credits.Value(label), true) // 提案人 over a table's column of names
		}
		return nil
	}
	if m.Rule.Set["names"] == "leader" { // 克林顿|政府: a transliterated name whole, no country's
		if p.foreign(rs[g.Start:g.End]) != g.Len() || p.countries.HasRunes(rs[g.Start:g.End]) {
			return nil
		}
		return []*record.Entry{p.entry(c, m, g, nil)}
	}
	if m.Rule.Set["names"] == "subjects" {
		return p.subjects(c, m, g)
	}
	if set := m.Rule.Set["names"]; set == "subject" || set == "biography" {
		if k := slices.Index(c.View.Runes[g.Start:g.End], '、'); k > 0 && set == "biography" {
			// 某某、某某|任副组长: each name of the list, the posts after it every one's
			var out []*record.Entry
			for _, part := range parted(c.View.Runes, g, '、') {
				out = append(out, p.subject(c, m, part, true)...)
			}
			return out
		}
		return p.subject(c, m, g, set == "biography")
	}
	if m.Rule.Set["names"] == "alone" {
		if _, word := p.cut.Word(c.ViewText(g)); word {
			return nil // a line of 马拉松, 许可证 alone, which gse tags as names too: nothing anchors it
		}
		if label, ok := labelLineBefore(c.View.Runes, g.Start); ok && p.credits.Has(label) {
			return p.credited(c, m, g, p.credits.Value(label), true) // 责任编辑: / 某某: the credit the line before labels it with
		}
		if x := []rune(nameOf(c.ViewText(g))); len(x) < g.Len() {
			if !p.isName(x, true) {
				return nil
			}
			return []*record.Entry{p.entry(c, m, g, nil)} // 何 秀 琴: a name spaced out on its line, whole
		}
	}
	// The roles before the names are read once a name is found: most
	// titles name no one after them (主席出席, 委员们).
	var roles []role
	read := false
	rolesBefore := func() []role {
		if !read {
			read = true
			if t, ok := m.Group("title"); ok {
				limit := c.Sentence.Start
				if g.End <= t.Start {
					limit = g.End // 某某当选|副会长: the chain begins after the names (not at 会长, before them)
				}
				v, elect := m.Group("elect")
				if elect {
					limit = v.End // 某某当选|主委: the verb names no body (the party's the article names)
				}
				roles = p.chainBefore(c, t, limit)
				if l, ok := p.rosterLabel(c, roles); ok {
					roles = append([]role{l}, roles...) // 组长:县政协主席 某某: the roster's post, and the posts after it
				}
				if a, ok := m.Group("alt"); ok { // 副主席(副会长): the title by the body's other name, of the same body
					r := p.roleOf(p.titles.Value(c.ViewText(a)), a, a.Start, c.Sentence)
					r.chained = true
					roles = append(roles, r)
				}
				if elect && p.elects(c, m, v) {
					for i := range roles {
						roles[i].elected = true
					}
				}
				if g.End < t.Start {
					roles = append(roles, p.postsListed(c, t.End)...) // 任命某某为…副院长、审判员
				}
			}
			if t, ok := m.Group("post"); ok { // a title after the names, which anchors none of them
				from := c.Sentence.Start
				if g.End <= t.Start {
					from = max(from, g.End) // (its body is written after the names: 免去某某同志的|县政府副县长职务)
				}
				roles = p.chainBefore(c, t, from)
				if _, acting := m.Group("acting"); acting && len(roles) > 0 {
					if a := p.titles.Value("代理" + roles[len(roles)-1].title); a != "" {
						roles[len(roles)-1].title = a // 某某代理|某县人民政府县长|职务: 代县长
					}
				}
				if p.elects(c, m, text.Range{}) {
					for i := range roles {
						roles[i].elected = true // (选举…)以某某为|主委的…: the post of the body the election was held for
					}
				}
				if k := countEnd(rs, g.End); k > g.End {
					for i := range roles {
						if p.listTitles.Has(roles[i].title) {
							roles[i].from = max(roles[i].from, k) // 某某等三名|委员: the count is no body's; a 政协's or 人大's members, the article's (a party's members, 等30名盟员, of no unit named nearer)
						}
						if k >= roles[i].at.Start && g.Start > 0 && (organLast(rs[g.Start-1]) || strings.ContainsRune("协大", rs[g.Start-1])) {
							roles[i].names = g // 民盟某市委|某某等3名|副主委: nothing between the count and the title, the body right before the names
						}
					}
				}
				if m.Rule.Set["names"] == "whole" {
					roles = append(p.cellPosts(c, g.End, t.Start), roles...) // a table row's earlier cells of posts
				}
			}
			if t, ok := m.Group("rostertitle"); ok {
				// 副主席:某某 某某 under 某区政协领导班子成员名单: the line's
				// title, its body written on the line or in the heading
				h, _, headed := p.heading(c, c.Sentence.Start, headWords(m.Rule.Set["heading"], false))
				if title := p.titles.Value(strings.Join(strings.Fields(c.ViewText(t)), "")); title != "" {
					roles = append(roles, p.roleOf(title, t, c.Sentence.Start, c.Sentence))
				} else if tt, ok := p.titleEnding(c, t.End); ok {
					roles = p.chainBefore(c, tt, c.Sentence.Start)
				}
				if len(roles) > 0 && headed && roles[0].from == roles[0].at.Start {
					roles[0].from = h.Start // no body on the line: the heading's
				}
			} else if m.Rule.Set["heading"] != "" { // a roster's names hold the title its heading lists (…常务委员名单), and their posts
				roles = append(p.headingRoles(c, m.Rule.Set["heading"]), roles...)
			}
			if lt, ok := m.Group("listtitle"); ok {
				r := p.roleOf(p.listTitles.Value(c.ViewText(lt)), lt, lt.Start, c.Sentence)
				r.from = lt.Start // a list names no body before its title, but one of its count's (等5名|省政协|委员)
				if lb, ok := m.Group("listbody"); ok {
					r.from = lb.Start
				}
				roles = append(roles, r)
			}
		}
		return roles
	}
	_, anchored := m.Group("title")
	anchored = anchored || m.Rule.Set["names"] == "anchored"
	_, listed := m.Group("list")
	whole := m.Rule.Set["names"] == "whole" || m.Rule.Set["names"] == "labelled" // (labelled: whole, and under a label's line)
	listed = listed || whole                                                     // set: {names: whole}: the group is the name, whole
	var out []*record.Entry
	if t, ok := m.Group("title"); ok && g.Len() > 0 && strings.ContainsRune("和与及", rs[g.Start]) {
		out = append(out, p.heldBefore(c, m, t)...) // 蔡某某大使|和…: the title's holder is named before it
	}
	_, counted := m.Group("listtitle")
	if l, ok := m.Group("list"); ok && !counted && !anchored && countEnd(rs, l.Start) == l.End && p.listsBodies(rs, g) {
		return nil // 市工商联、市某联会等|…负责人: a list no count nor title says is people, of bodies, names no one (no 商联 out of it)
	}
	list := p.nameList(c, g, rolesBefore, anchored, listed, counted)
	if m.Rule.Recaptures { // (a rule whose groups capture once has one list: no capture to look for on every match)
		for _, more := range m.All("names")[1:] { // the group captured again, a name each (某某因…、某某因…请辞): every list
			list = append(list, p.nameList(c, more, rolesBefore, anchored, listed, counted)...)
		}
	}
	if _, ok := m.Group("rostertitle"); ok && (len(list) == 0 || list[len(list)-1].at.End != withoutNote(rs, g).End || len(rolesBefore()) == 0) {
		return nil // 委员:谈履职 话担当: a roster's line is names to its end, after a title (not 出席:, 提案人:)
	}
	if m.Rule.Set["names"] == "labelled" && len(rolesBefore()) == 0 {
		return nil // 某某、某某。 under no label's line: names no title anchors
	}
	if (m.Rule.Set["heading"] != "" || whole) && !namesWhole(rs, g, list) {
		return nil // 一声问候 一点关怀: a roster's line, or a list read whole, is names, each whole (no 问候 read out of the phrase, no 商联 out of 县工商联(总商会))
	}
	for _, n := range list {
		out = append(out, p.entry(c, m, n.at, n.roles))
	}
	return out
}

// prepositionAfterAdverb is where a name begins after an adverb and a
// joining word that is a surname too (并向|某某, 还与|某某), at the part's
// start or just before it; else the part's start.
func (p *person) prepositionAfterAdverb(rs []rune, part text.Range) int {
	i := part.Start
	if i < part.End && strings.ContainsRune(adverbsBeforePrepositions, rs[i]) {
		i++
	} else if i == 0 || !strings.ContainsRune(adverbsBeforePrepositions, rs[i-1]) {
		return part.Start
	}
	if i+3 <= part.End && p.stops.HasRunes(rs[i:i+1]) && p.isName(rs[i+1:part.End], true) {
		return i + 1
	}
	return part.Start
}

// adverbsBeforePrepositions are adverbs a clause opens its preposition with
// (并向, 还与, 也对).
const adverbsBeforePrepositions = "并还也又都再亦"

// listsBodies: an item of the list g (parted by 、) ends as a body's name
// does (侨联, 协会, 局).
func (p *person) listsBodies(rs []rune, g text.Range) bool {
	for _, item := range strings.Split(string(rs[g.Start:g.End]), "、") {
		x := []rune(item)
		if len(x) > 0 && (p.massOrgs.LongestSuffix(x) > 0 || p.orgEnds.LongestSuffix(x) > 0 || strings.ContainsRune(orgLastRunes, x[len(x)-1])) {
			return true
		}
	}
	return false
}

// namesWhole: the names read fill the line of a roster or a list, g, each
// from one space (or list mark, or 和, 及) to the next, or its note.
func namesWhole(rs []rune, g text.Range, list []named) bool {
	if len(list) == 0 || list[len(list)-1].at.End != withoutNote(rs, g).End {
		return false
	}
	for _, n := range list {
		if n.at.Start > g.Start && !unicode.IsSpace(rs[n.at.Start-1]) && !strings.ContainsRune("、,和及", rs[n.at.Start-1]) ||
			n.at.End < g.End && !unicode.IsSpace(rs[n.at.End]) && !strings.ContainsRune("、,(和及", rs[n.at.End]) {
			return false
		}
	}
	return true
}

// cellPosts are the roles of a table row's cells between its name (ending
// at from) and its last cell (holding to), each read where a title ends it:
// a notice's current post before the post proposed (某某 女 1975.03
// 县财政局副局长 县财政局局长).
func (p *person) cellPosts(c *Context, from, to int) []role {
	rs := c.View.Runes
	last := to
	for last > from && !unicode.IsSpace(rs[last-1]) {
		last-- // the last cell's start
	}
	var out []role
	for i := from; i < last; {
		for i < last && unicode.IsSpace(rs[i]) {
			i++
		}
		j := i
		for j < last && !unicode.IsSpace(rs[j]) {
			j++
		}
		if t, ok := p.titleEnding(c, j); ok && t.Start >= i {
			out = append(out, p.chainBefore(c, t, i)...)
		}
		i = j
	}
	return out
}

// headingRoles are the roles of the line above the sentence, over a
// roster's lines with no sentence between, that ends with one of the words
// given after a title (政协某市委员会常务委员|名单): the names a roster lists
// under it hold that title, with its body. A label's line (常务委员(48人,按
// 姓氏笔画为序):) gives its title, and the heading above it the body.
func (p *person) headingRoles(c *Context, words string) []role {
	line, word, ok := p.heading(c, c.Sentence.Start, headWords(words, true))
	if !ok {
		return nil
	}
	h := *c
	h.Sentence = line
	end := line.End - utf8.RuneCountInString(word)
	if word != ":" {
		t, ok := p.titleEnding(&h, end)
		if !ok {
			return nil
		}
		return p.chainBefore(&h, t, line.Start)
	}
	label, _ := labelNote(c.View.Runes, text.Range{Start: line.Start, End: end}) // (less the label's note)
	title := p.titles.Value(strings.Join(strings.Fields(c.ViewText(label)), ""))
	if title == "" {
		return nil
	}
	r := p.roleOf(title, label, line.Start, line)
	if above, _, ok := p.heading(c, line.Start, headWords(words, false)); ok {
		r.from = above.Start // the body of the heading above the label
	}
	return []role{r}
}

// headWords are the words a roster's heading ends with, a set's value
// parted by |; with labels, also the colon of a label's line.
func headWords(set string, labels bool) []string {
	var ws []string
	for _, w := range strings.Split(set, "|") {
		if w != "" && (labels || w != ":") {
			ws = append(ws, w)
		}
	}
	return ws
}

// heading is the line above start, over a roster's lines with no sentence
// between, that ends with one of the words given (…名单), and that word.
func (p *person) heading(c *Context, start int, words []string) (text.Range, string, bool) {
	rs := c.View.Runes
	end := start
	for lines := 0; lines < 200 && end > 0; lines++ { // (a long roster's lines, up to its heading)
		for end > 0 && unicode.IsSpace(rs[end-1]) {
			end--
		}
		start := end
		for start > 0 && rs[start-1] != '\n' {
			start--
		}
		last := end
		if label, note := labelNote(rs, text.Range{Start: start, End: end}); note != "" && label.End > start && rs[label.End-1] == ':' {
			last = label.End // 委员:(按姓氏笔画为序): a label's note after its colon
		}
		for _, word := range words {
			if w := []rune(word); last-len(w) > start && string(rs[last-len(w):last]) == word {
				return text.Range{Start: start, End: last}, word, true
			}
		}
		if rs[start] == '(' && rs[end-1] == ')' {
			end = start
			continue // a note under the heading: (共185名,按姓氏笔画排序)
		}
		if strings.ContainsAny(outsideBrackets(rs[start:end]), "。,;") { // (a roster's 某某(女,回族) holds no sentence)
			break // a sentence: the roster, if any, ended above
		}
		end = start
	}
	return text.Range{}, "", false
}

// outsideBrackets is the text of the runes less what round brackets hold.
func outsideBrackets(rs []rune) string {
	var b strings.Builder
	depth := 0
	for _, r := range rs {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// heldBefore is the person named right before a title that names no one
// after it but joins another (蔡某某大使|和欧洲某会议长某某), as title-after
// reads them; that rule's match lies inside this one's and loses to it.
func (p *person) heldBefore(c *Context, m *engine.Match, t text.Range) []*record.Entry {
	rs := c.View.Runes
	title := p.after.Value(c.ViewText(t))
	if title == "" || p.tailOfTitle(rs, t) {
		return nil
	}
	w := text.Range{Start: t.Start, End: t.Start}
	for w.Start > c.Sentence.Start && t.Start-w.Start < 8 && text.IsHan(rs[w.Start-1]) {
		w.Start--
	}
	n := p.nameEndingWindow(rs, w, true)
	if n.Len() == 0 {
		return nil
	}
	return []*record.Entry{p.entry(c, m, n, []role{p.roleOf(title, t, t.Start, c.Sentence)})}
}

// nameEndingWindow is the name a window before a title (titled) or a verb
// of speech ends with: a Chinese name as nameBefore cuts it, or a
// transliterated one where that is longer (马尔特森|议长); none where it is
// the end of a foreign name read whole where it begins (拉|夫罗夫|说,
// 约翰·|科尔曼).
func (p *person) nameEndingWindow(rs []rune, w text.Range, titled bool) text.Range {
	if titled && w.Start > 0 && rs[w.Start-1] == '·' {
		if endsBody(rs, w) {
			return text.Range{} // 增补热依拉·买合木提为州政协|委员: the title is the body's, the name its elected one's
		}
		if slices.Contains(rs[w.Start:w.End], '等') {
			return text.Range{} // 某某·某某等领导|同志: the group's word, after the name and 等, no part of it
		}
		return p.dottedBefore(rs, w.End) // 热合曼·吐尔逊|委员: the whole dotted name, not its last part (a verb's window may run on past a name: …某某·贝利在会上|指出)
	}
	if titled && w.Len() >= 2 && w.End+1 < len(rs) && rs[w.End-1] == '正' && rs[w.End] == '副' && strings.ContainsRune("委局办部室科处门位级各厅院所站队组会", rs[w.End-2]) {
		return text.Range{} // 各局委|正副主任: the heads of the offices and their deputies, no one (not 韩正|副总理)
	}
	if !titled && (w.Len() >= 3 && strings.ContainsRune("却也还都又便就亦则仍因", rs[w.End-1]) || w.Len() == 2 && strings.ContainsRune("则却", rs[w.End-1])) {
		w.End-- // 社长某某|却|向记者感叹: an adverb between the speaker and the verb; after a surname alone (吴|则|强调), no name
	}
	n := p.nameBefore(rs, w, titled)
	if n.Len() == 3 && n.Start > 0 && strings.ContainsRune("校院所站馆社", rs[n.Start]) && p.ordinary(rs[n.Start-1:n.Start+1]) && p.isName(rs[n.Start+1:n.End], titled) {
		n.Start++ // 某市委党|校|某某教授: an institution's last character, which ends a word with the one before, before a name of two
	}
	if n.Len() == 3 && organLast(rs[n.End-1]) && p.ordinary(rs[n.Start:n.End-1]) {
		return text.Range{} // 某医院麻醉|科|主任医师: a word and an organ's last character, a department, no name
	}
	if n.Len() == 3 && rs[n.Start] == '有' && p.isName(rs[n.Start+1:n.End], titled) {
		n.Start++ // 出席的有|某某(…): the verb that lists who came, a surname only where no name of two follows it
	}
	if k := n.Start - 1; n.Len() == 2 && k == w.Start && p.joinsNothing(rs, k) {
		return text.Range{Start: k, End: n.End} // 宣布:|于某某|等30名: a surname that is also a joining word, which nothing before it joins
	}
	if n.Len() == 0 && titled && w.Len() == 3 && w.Start > 0 && rs[w.Start-1] == '、' && rs[w.End-1] != '等' && p.wordGiven(rs[w.Start:w.End]) && p.nameEndsBefore(rs, w.Start-1) {
		return w // 某某、刘|先锋|委员: a list's last item after a name, whole, though its given name is a word
	}
	if f := p.foreignBefore(rs, w); titled && (f.Len() > max(n.Len(), 3) || n.Len() == 0) {
		n = f
	} else if !titled && n.Start > 0 && p.translitRun(rs[n.Start-1:n.End]) == n.Len()+1 {
		if f.Len() > n.Len() && f.End == n.End {
			return f // 拉夫罗夫|表示: the whole transliterated name, which opens the clause
		}
		return text.Range{}
	} else if !titled && n.Len() == 0 && f.Len() >= 2 {
		n = f // 为此,穆勒|敦促: a transliterated speaker that opens the clause
	}
	if n.Start > 0 && rs[n.Start-1] == '·' {
		return text.Range{}
	}
	if !titled && n.Len() > 0 && rs[n.End-1] == '地' {
		return text.Range{} // 实事求是地|提出: an adverb's particle ends no speaker's name
	}
	return n
}

// nameEndsBefore: a name of two or three characters ends at end, after a
// mark or the text's start.
func (p *person) nameEndsBefore(rs []rune, end int) bool {
	for n := 3; n >= 2; n-- {
		if s := end - n; s >= 0 && (s == 0 || !text.IsHan(rs[s-1])) && p.isName(rs[s:end], true) {
			return true
		}
	}
	return false
}

// listedBefore is the name n with the names listed before it, parted by
// 、, which share the title after it (孙某、何某委员), last first.
func (p *person) listedBefore(c *Context, n text.Range) []text.Range {
	rs := c.View.Runes
	out := []text.Range{n}
	// (the last two may be joined by 和, 与 or 及: 某某和某某作为代表)
	for j := n.Start - 1; j > c.Sentence.Start && (rs[j] == '、' || len(out) == 1 && strings.ContainsRune("和与及", rs[j])); {
		end := j
		if j-2 > c.Sentence.Start && p.clergy.HasRunes(rs[j-2:j]) {
			break // 某某法师、|某某副局长: an item with a title of its own shares none
		}
		for w := 3; w >= 2; w-- {
			if end-w > c.Sentence.Start && p.after.HasRunes(rs[end-w:end]) && p.after.Value(string(rs[end-w:end])) == "" {
				end -= w // 孙某某同志、|何某某同志: an item with its own address after it
				break
			}
		}
		item := text.Range{}
		for _, l := range []int{3, 2, 4} { // the commonest length first
			if i := end - l; i >= c.Sentence.Start && text.HanCount(rs[i:end]) == l && p.surname(rs[i:end]) > 0 && p.isName(rs[i:end], true) && !(l == 3 && i > c.Sentence.Start && p.ordinary(rs[i-1:i+1]) && p.ordinary(rs[i+1:end])) && p.titles.LongestSuffix(rs[max(c.Sentence.Start, i-6):i+1]) < 2 { // (not 镇的文|化广场: a word before ends with its first character, a word after; nor 委|员某某: a title ends on it)
				item = text.Range{Start: i, End: end}
				break
			}
		}
		if item.Len() == 0 || p.titles.LongestSuffix(rs[max(c.Sentence.Start, item.Start-6):item.Start]) >= 2 {
			break // (委员|某某、某某主任: an item after a title of its own shares none after the list)
		}
		out = append(out, item)
		j = item.Start - 1
	}
	return out
}

// beforePost reads a guest list's line, a name and the post after it
// (张某中国某某研究会秘书长): a name of three characters, else two or four,
// right before a body's name that begins with a place or the country (not
// 周某|曾任…, a profile's), and no title between.
func (p *person) beforePost(c *Context, m *engine.Match, g text.Range) []*record.Entry {
	rs := c.View.Runes
	post, _ := m.Group("post")
	l := 0
	for _, n := range []int{3, 2, 4} { // the commonest length first: gse cannot see where a body begins
		if x := rs[g.Start : g.Start+min(n, g.Len())]; len(x) == n && p.surname(x) > 0 && !p.stops.HasRunes(x[:1]) && !p.placeStart(x) && (p.isName(x, false) || p.wordGiven(x)) {
			l = n
			break
		}
	}
	end := g.Start + l
	if l == 0 || end >= post.Start || !p.bodyStart(rs[end:post.Start]) || p.holdsTitle(rs[end:post.Start]) {
		return nil
	}
	roles := append(p.chainBefore(c, post, end), p.postsListed(c, post.End)...) // (…常委、纪委书记、某某小组组长)
	return []*record.Entry{p.entry(c, m, text.Range{Start: g.Start, End: end}, roles)}
}

// postsListed reads the posts listed after a title that ends at end, each
// after a 、 and ending in a title (任命某某为县政府副县长、县公安局局长):
// they are the same person's. The list ends at a clause's end, or at a part
// that is no post (…为主席、某某为副主席 is another's).
func (p *person) postsListed(c *Context, end int) []role {
	rs := c.View.Runes
	var out []role
	for end < c.Sentence.End && rs[end] == '、' {
		part := text.Range{Start: end + 1, End: end + 1}
		for part.End < c.Sentence.End && rs[part.End] != '、' && !isClauseMark(rs[part.End]) && !unicode.IsSpace(rs[part.End]) {
			part.End++
		}
		roles := p.noteRoles(c, part)
		if len(roles) == 0 || roles[len(roles)-1].at.End != part.End || slices.ContainsFunc(rs[part.Start:roles[0].at.Start], func(r rune) bool { return r == '为' || r == '任' }) {
			break
		}
		out = append(out, roles...)
		end = part.End
	}
	for i := range out {
		out[i].chained = true
	}
	return out
}

// bodyStart: a body's name begins the runes: a place's, or one of the
// country, the party or the nation (中国, 中共, 全国, 国家).
func (p *person) bodyStart(rs []rune) bool {
	if len(rs) >= 2 && strings.Contains("中国 中共 全国 国家 中华", string(rs[:2])) {
		return true
	}
	return p.placeStart(rs[:min(len(rs), 8)])
}

// placeStart: a place's name begins the runes (北京|玻璃总厂, 云南|盐化).
func (p *person) placeStart(rs []rune) bool { return p.placeAt(rs) > 0 }

// lookupPlace is the places of a name, none where no gazetteer is bound.
func (p *person) lookupPlace(name string) []*places.Place {
	if p.gaz == nil {
		return nil
	}
	return p.gaz.Lookup(name)
}

// shortFormsOnly: the name is no place's full name, only short forms (黄平 of 黄平县).
func shortFormsOnly(ps []*places.Place, name string) bool {
	for _, pl := range ps {
		if pl.Name == name {
			return false
		}
	}
	return true
}

// splitsPlaces: a place's name ends inside the title and another's begins
// there (江阴市|长泾镇: no 市长 there, nor 县长 in 某某县|长安镇).
func (p *person) splitsPlaces(rs []rune, t text.Range) bool {
	if p.gaz == nil {
		return false
	}
	for k := t.Start + 1; k < t.End; k++ {
		if len(p.gaz.Ending(rs, k)) > 0 && p.placeAt(rs[k:min(len(rs), k+8)]) > 2 {
			return true
		}
	}
	return false
}

// placeBefore is where a place's name that ends at j begins, after a name
// of two or three from i (某某上海|报道), or 0.
func (p *person) placeBefore(rs []rune, i, j int) int {
	if p.gaz == nil {
		return 0
	}
	for _, n := range p.gaz.Ending(rs, j) {
		if s := n.Start; s-i >= 2 && s-i <= 3 && p.isName(rs[i:s], true) {
			return s
		}
	}
	return 0
}

// placeAt is the length of the longest name of a place that rs begins
// with, or 0.
func (p *person) placeAt(rs []rune) int {
	if p.gaz == nil {
		return 0
	}
	for n := len(rs); n >= 2; n-- {
		for _, name := range p.gaz.Ending(rs, n) {
			if name.Start == 0 {
				return n
			}
		}
	}
	return 0
}

// datedClause: only a date stands between the clause's start and the
// posts at end, or makes the clause before them, as a profile's timeline
// writes them (…;1998年3月起任…, 2006.09—2011.12 任…, 1983年6月至1990年12月,任…).
func datedClause(rs []rune, sentence, end int) bool {
	for end > sentence && strings.ContainsRune(", ", rs[end-1]) {
		end-- // 1983年6月至1990年12月,|任…: the date a clause of its own before the posts
	}
	start := end
	for start > sentence && !strings.ContainsRune(",;:,;:", rs[start-1]) {
		start--
	}
	return onlyDate(rs[start:end])
}

// afterCareerStart: the sentence opens with a date and how a career began,
// a comma after them, where the posts begin at end (1998年7月参加工作,|先后任…).
func (p *person) afterCareerStart(rs []rune, sentence, end int) bool {
	if end-sentence < 6 || rs[end-1] != ',' {
		return false
	}
	for _, e := range p.careerStarts.Entries {
		if k := end - 1 - utf8.RuneCountInString(e); k > sentence && string(rs[k:end-1]) == e && onlyDate(rs[sentence:k]) {
			return true
		}
	}
	return false
}

// onlyDate: the runes are a date or a span of them and nothing else
// (2006年9月, 1998.05—2006.11).
func onlyDate(rs []rune) bool {
	year := false
	for _, r := range rs {
		switch {
		case r == '年' || r == '.':
			year = true
		case r >= '0' && r <= '9' || strings.ContainsRune("月日-—–~至今起后 ", r):
		default:
			return false
		}
	}
	return year
}

// whenBefore is where a phrase of time that ends at end begins, past the
// name of whoever held the posts after it: a date (1998年起, 于2003年) or
// 在…前 (在退休前, 在任职期间); else end.
func whenBefore(rs []rune, sentence, end int) int {
	k := end
	for k > sentence && strings.ContainsRune("0123456789年月日起至今后", rs[k-1]) {
		k--
	}
	if k < end && k > sentence && (rs[k-1] == '于' || rs[k-1] == '在') {
		k--
	}
	if w := string(rs[k:end]); strings.ContainsRune(w, '年') && strings.ContainsAny(w, "0123456789") {
		return k // (not 最近五|年)
	}
	for k := end - 4; k >= sentence && k >= end-8; k-- {
		if consecutive(rs[k:end]) == end-k {
			// 某某,已连续三届|担任…: how long, and the comma before it
			if k > sentence && strings.ContainsRune("已还也", rs[k-1]) {
				k--
			}
			if k > sentence && rs[k-1] == ',' {
				k--
			}
			return k
		}
	}
	if end-1 > sentence && strings.ContainsRune("前时后间", rs[end-1]) {
		for k := end - 2; k > sentence && k >= end-12; k-- {
			if strings.ContainsRune(",;:、。", rs[k]) {
				break
			}
			if rs[k] == '在' {
				return k
			}
		}
	}
	return end
}

// postAdverbs are the characters of the adverbs that stand before a post's
// verb or where it is held (一直, 曾, 现, 先后, 也).
const postAdverbs = "一直曾现先后还也并均都仍"

// adverbsBefore is where the adverbs right before end begin (一直, 曾,
// 先后), or end.
func adverbsBefore(rs []rune, sentence, end int) int {
	k := end
	for k > sentence && strings.ContainsRune(postAdverbs, rs[k-1]) {
		k--
	}
	return k
}

// whereBefore is where the words of where one holds a post begin, between
// the name and the verb (某某|曾在县政协|担任副主席): 在 and the body, and an
// adverb before them (曾, 现, 一直), or 现在 alone; else end (not across a
// 的: 在基层工作的某某, whose 在 describes the name).
func whereBefore(rs []rune, sentence, end int) int {
	for k := end - 1; k > sentence && k >= end-20; k-- {
		if strings.ContainsRune(",;:、。“”的", rs[k]) {
			break
		}
		if rs[k] == '在' && (k < end-1 || k > sentence && rs[k-1] == '现') {
			return adverbsBefore(rs, sentence, k)
		}
	}
	return end
}

// subject reads a name that opens a sentence with no title (张某某在…): a
// common surname, a name by isName's strict reading, no word of the
// dictionary whole or in its given name, and no place. Before the posts
// it held (biography: 晏某某曾出任…) any surname of the list will do for a
// name of three: the posts anchor it.
func (p *person) subject(c *Context, m *engine.Match, g text.Range, biography bool) []*record.Entry {
	rs := c.View.Runes
	self := g.End+2 <= len(rs) && string(rs[g.End:g.End+2]) == "本人" && g.Len() == 3 && p.common.HasRunes(rs[g.Start:g.Start+1]) && p.isName(rs[g.Start:g.End], false)
	if !self && (!p.subjectName(rs[g.Start:g.End], biography) || !biography && !p.verbNext(rs, g.End)) {
		return nil // (but 某某|本人 is a name of three, though its given name is a word: 刘海军本人)
	}
	e := p.entry(c, m, g, nil)
	if biography && m.Start == c.Sentence.Start && g.Start > m.Start {
		d := e.Detail.(*personDetail)
		d.leads, d.sentence = true, c.View.Orig(c.Sentence)[0]
	}
	return []*record.Entry{e}
}

// subjectName: x, which opens a sentence, is a name: a common surname (any,
// in a biography's name of three) and no word of the dictionary after it,
// or a Tibetan name of two elements.
func (p *person) subjectName(x []rune, biography bool) bool {
	if len(x) == 4 && p.tibetanName(x) == 4 {
		return true // 某某某某|是…主任, 某某某某|在某地调研时的讲话: a Tibetan name of two elements, no surname
	}
	surname := p.common.HasRunes(x[:1]) || biography && len(x) == 3 && p.surnames.HasRunes(x[:1])
	// (某墩村|是…之一: a village opening its clause, no name)
	village := len(x) == 3 && strings.ContainsRune("村镇乡", x[2])
	return surname && !village && p.isName(x, false) && !p.ordinary(x[1:]) && !p.placeOpens(x) && !p.stops.HasRunes(x[1:2]) // (曾|任: a joining word, no given name)
}

// placeOpens: a place's name opens a subject's name (吴江|是, 高平村|是),
// not one of two characters a given name's last follows (吴江林|是: a
// surname and two characters a place shares).
func (p *person) placeOpens(x []rune) bool {
	n := p.placeAt(x)
	return n > 0 && !(n == 2 && len(x) == 3 && !strings.ContainsRune("人市县区镇乡村籍城站港路街", x[2]))
}

// verbNext: what follows a subject's name at end is what it did: a post
// verb (历任, which gse tags a noun), or a verb of SUBJECT_NEXT whole (会见,
// which it tags a noun too), not a noun or an attribute going on (金黔|在线).
func (p *person) verbNext(rs []rune, end int) bool {
	if end+2 > len(rs) || p.subjectNext.HasRunes(rs[end:end+2]) {
		return true
	}
	tag, ok := p.cut.Word(string(rs[end : end+2]))
	return !ok || !strings.HasPrefix(tag, "n") && tag != "b"
}

// subjects are the names a list that opens a sentence holds before what
// they did (某某、某某分别主持…, 某某和某某一同…): each a subject's name, or
// none of them.
func (p *person) subjects(c *Context, m *engine.Match, g text.Range) []*record.Entry {
	rs := c.View.Runes
	if !p.verbNext(rs, g.End) {
		return nil
	}
	// The names are parted by 、, the last two maybe by 和 or 与 instead
	// (吴某某与孙某某): a joining character between two names of two or
	// three, not one inside a name (王和平).
	var parts []text.Range
	start := g.Start
	for i := g.Start; i <= g.End; i++ {
		if i == g.End || rs[i] == '、' {
			parts = append(parts, text.Range{Start: start, End: i})
			start = i + 1
		}
	}
	if last := parts[len(parts)-1]; last.Len() >= 5 {
		for _, k := range []int{last.Start + 3, last.Start + 2} {
			if strings.ContainsRune("和与", rs[k]) && last.End-k-1 >= 2 && last.End-k-1 <= 3 {
				parts = append(parts[:len(parts)-1], text.Range{Start: last.Start, End: k}, text.Range{Start: k + 1, End: last.End})
				break
			}
		}
	}
	var out []*record.Entry
	for _, part := range parts {
		if part.Len() < 2 || !p.subjectName(rs[part.Start:part.End], false) {
			return nil
		}
		out = append(out, p.entry(c, m, part, nil))
	}
	return out
}

// countEnd is where the words after 等, a count of people and an honour
// that follow names end (某某|等三名|委员, 某某|等|委员), or at where there
// are none.
func countEnd(rs []rune, at int) int {
	if at >= len(rs) || rs[at] != '等' {
		return at
	}
	k := at + 1
	for k < len(rs) && strings.ContainsRune("两二三四五六七八九十0123456789", rs[k]) {
		k++
	}
	if k < len(rs) && k > at+1 && strings.ContainsRune("余多", rs[k]) {
		k++
	}
	if k < len(rs) && k > at+1 && strings.ContainsRune("名位", rs[k]) {
		k++
	}
	if k+2 <= len(rs) && (string(rs[k:k+2]) == "优秀" || string(rs[k:k+2]) == "先进") {
		k += 2 // an honour, as COUNTED_POST reads one (等10名优秀|委员)
	}
	return k
}

// named is a name found in a list and the roles it has there.
type named struct {
	at    text.Range
	roles []role
}

// photoCreditAt: the 摄 at i ends a photograph's credit written to a name
// (某某摄): the text, a space or a closing mark after it.
func photoCreditAt(rs []rune, i int) bool {
	return i >= 0 && i < len(rs) && rs[i] == '摄' && (i+1 == len(rs) || unicode.IsSpace(rs[i+1]) || strings.ContainsRune("。)),;", rs[i+1]))
}

// entry makes a person's entry of a name's view range.
func (p *person) entry(c *Context, m *engine.Match, n text.Range, roles []role) *record.Entry {
	e := c.EntryAt(m, n)
	name := nameOf(c.Readable(n)) // (as written, less a page's markup inside it: 何<b>秀琴)
	if i := strings.LastIndexByte(name, '('); i > 0 && strings.HasSuffix(name, ")") {
		name = name[:i] // 马安揚(yáng): the gloss after the last character is no part of the name
	}
	e.Set("name", name)
	e.Set("roles", []record.Object{})
	if photoCreditAt(c.View.Runes, n.End) {
		roles = append(slices.Clip(roles), role{title: p.credits.Value("摄"), none: true}) // 新华社记者某某摄: the photograph's too, whatever rule read the name
	}
	e.Detail = &personDetail{roles: roles}
	return e
}

// respectively pairs names with the posts 分别 gives them in turn
// (某某、某某分别当选为县工商联主席、副主席): each name its post, where the
// counts agree and every name is one.
func (p *person) respectively(c *Context, m *engine.Match) []*record.Entry {
	rs := c.View.Runes
	g, ok := m.Group("names")
	if !ok {
		g = p.listEndingBefore(rs, c.Sentence.Start) // …的两人:某某、某某。|分别任…: the names the sentence before lists
		if g.Len() == 0 {
			return nil
		}
	}
	var names []text.Range
	start := g.Start
	for i := g.Start; i <= g.End; i++ {
		if i == g.End || strings.ContainsRune("、和与", rs[i]) {
			n := text.Range{Start: start, End: i}
			if i > start+2 && runesAt(rs, i-2, "同志") {
				n.End -= 2
			}
			if !p.isName(rs[n.Start:n.End], true) {
				return nil
			}
			names, start = append(names, n), i+1
		}
	}
	r, _ := m.Group("respective")
	roles := p.noteRoles(c, r)
	if len(roles) != len(names) {
		return nil
	}
	out := make([]*record.Entry, len(names))
	for i, n := range names {
		out[i] = p.entry(c, m, n, roles[i:i+1])
	}
	return out
}

// listEndingBefore is the list of names after a colon that ends the
// sentence before the one at start (…提拔的两位同志:某某、某某。), or an
// empty range.
func (p *person) listEndingBefore(rs []rune, start int) text.Range {
	end := start
	for end > 0 && unicode.IsSpace(rs[end-1]) {
		end--
	}
	if end == 0 || rs[end-1] != '。' {
		return text.Range{}
	}
	end--
	for k := end - 1; k >= 0 && end-k <= 40; k-- {
		switch {
		case rs[k] == ':' || rs[k] == '：':
			if k+1 < end && slices.Contains(rs[k+1:end], '、') {
				return text.Range{Start: k + 1, End: end}
			}
			return text.Range{}
		case !text.IsHan(rs[k]) && rs[k] != '、':
			return text.Range{}
		}
	}
	return text.Range{}
}

// padded: the one character at start is followed by the white space up
// to i and then by one more, the first half of a name of two padded to
// three (王　刚).
func padded(rs []rune, start, i int) bool {
	if i-start < 1 || i-start > 2 || !text.IsHan(rs[start]) {
		return false
	}
	j := start + 1 // (i may be the padding's second space: 杨␣|␣弃)
	for j < len(rs) && j-start <= 2 && unicode.IsSpace(rs[j]) {
		j++
	}
	return j > i && j > start+1 && j < len(rs) && text.IsHan(rs[j]) && (j+1 == len(rs) || !text.IsHan(rs[j+1]))
}

// nameOf is a name as written less the spaces inside it (祁 蓉: 祁蓉),
// but for one between the words of a name in Latin letters (Peter Hill).
func nameOf(written string) string {
	rs := []rune(written)
	var b strings.Builder
	for i, r := range rs {
		if !unicode.IsSpace(r) {
			b.WriteRune(r)
			continue
		}
		if i > 0 && i+1 < len(rs) && (isLatinLetter(rs[i-1]) || rs[i-1] == '.') && isLatinLetter(rs[i+1]) {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// roleOf is a role of a title, whose body begins no earlier than from.
func (p *person) roleOf(title string, at text.Range, from int, sentence text.Range) role {
	r := role{title: title, at: at, from: from, sentence: sentence, fixed: p.titleBodies.Value(title)}
	switch {
	case title == "委员" || title == "常委":
		r.host = "cppcc"
	case title == "代表" || title == "委员长" || title == "副委员长":
		r.host = "congress" // (赵某某委员长: of the 人大常委会 the article names)
	case title == "执行主席":
		r.host = "any" // a session's presiding chairs: the 政协's or the 人大's named nearest
	case title == "议员":
		r.host = "legco"
	case strings.HasSuffix(title, "主委") || strings.HasSuffix(title, "主任委员") || title == "会员" || title == "社员" || title == "盟员":
		r.host = "democratic_party" // 主委, 副主委, 专职副主委 …, and 主任委员, 副主任委员, their full names
	case p.associationTitles.Has(title):
		r.host = "association"
	}
	return r
}

// elects: the verb v of a match names an election (当选, 选举…为, 增补…为),
// which a meeting holds, not an appointment or an invitation.
func (p *person) elects(c *Context, m *engine.Match, v text.Range) bool {
	if strings.Contains(c.ViewText(v), "当选") {
		return true
	}
	rs := c.View.Runes
	for k := c.Sentence.Start; k < m.Start; k++ {
		if p.electVerbs.LongestPrefix(rs[k:m.Start]) > 0 {
			return true // (选举某某为主席,某某、某某为副主席: the verb the list's items share)
		}
	}
	return false
}

// rosterLabel is the post a roster's label names before a colon that opens
// the line of the chain's first title (组长:|县政协主席 某某), if any.
func (p *person) rosterLabel(c *Context, roles []role) (role, bool) {
	rs := c.View.Runes
	if len(roles) == 0 || roles[0].from < 1 || rs[roles[0].from-1] != ':' {
		return role{}, false
	}
	end := roles[0].from - 1
	start := end
	for start > c.Sentence.Start && rs[start-1] != '\n' {
		start--
	}
	label := strings.Join(strings.Fields(string(rs[start:end])), "")
	if !p.titles.Has(label) {
		return role{}, false
	}
	r := p.roleOf(p.titles.Value(label), text.Range{Start: start, End: end}, start, c.Sentence)
	r.none = true // (the group the roster is of, no body written on its line)
	return r, true
}

// chainBefore reads the titles of a chain that ends with the title at t,
// right to left: 县委副书记、县人民政府县长 gives 副书记 (body from 县委) and
// 县长 (body from 县人民政府); 本会会员省人大代表 gives 会员 and 代表. A title
// whose segment names no body takes the one before it in the chain. The
// chain does not reach back past limit (the name before it).
func (p *person) chainBefore(c *Context, t text.Range, limit int) []role {
	rs := c.View.Runes
	var out []role
	end := t
	for len(out) < 6 && !p.speaksFor(rs, end) { // (群众代表某某: a name, no post)
		title := p.titles.Value(c.ViewText(end))
		// The segment's body runs back from the title to a boundary, a
		// 、, the end of another title, or the limit.
		from, prev, span := end.Start, text.Range{}, 20
		for from > max(c.Sentence.Start, limit, end.Start-span) {
			if pt, ok := p.titleEnding(c, from); ok && (from < end.Start || p.memberTitles.Has(p.titles.Value(c.ViewText(pt))) && !(pt.Start >= 2 && runesAt(rs, pt.Start-2, "人大"))) && !p.opensOrgan(rs, pt, end.Start) && !opensCommittee(rs[pt.End:end.Start]) {
				prev = pt
				break
			}
			r := rs[from-1]
			if r == ')' {
				if k := lastIndex(rs[max(c.Sentence.Start, from-10):from-1], '('); k > 0 && text.IsHan(rs[max(c.Sentence.Start, from-10)+k-1]) {
					from = max(c.Sentence.Start, from-10) + k // 市工商联(总商会)|副主席: a body's other name in brackets
					continue
				}
			}
			if r == '”' {
				if k := lastIndex(rs[max(c.Sentence.Start, from-12):from-1], '“'); k >= 0 {
					from = max(c.Sentence.Start, from-12) + k // “某某会”|主席: a body's name in quotes, whole
					continue
				}
			}
			if r == '、' && from-2 > c.Sentence.Start && (rs[from-2] == '届' || strings.ContainsRune(termNumerals, rs[from-2]) && termsAhead(rs, from)) {
				from, span = from-1, span+4 // 某党第八届、九届|中央委员会主席, 第十一、十二届|省人大代表: a list of its terms is the body's
				continue
			}
			if from-2 > c.Sentence.Start && strings.ContainsRune("职驻派", r) && (runesAt(rs, from-2, "挂职") || runesAt(rs, from-2, "派驻") || runesAt(rs, from-2, "下派")) {
				break // 民进中央挂职|某县副县长, 省财政厅派驻|某村第一书记: a post one is seconded to is the place's, not the sending body's
			}
			if r == '、' || r == '了' || boundary(r) || r >= '0' && r <= '9' || (r == '兼' || r == '及') && p.titleEnds(c, from-1) {
				break // 据新华社柏林5月3日|电德国总理: a date ends a body's segment; 会见了|美国国务卿: a clause's 了; 常委兼|统战部部长 and 常委及|统战部部长, as 、 does
			}
			from--
		}
		out = append(out, p.roleOf(title, end, from, c.Sentence))
		switch {
		case prev.Len() > 0 && (p.verbAt(rs, from, end.Start) || strings.ContainsRune("和与及在由对向被把从受应让给们", rs[from]) || p.verbIn(rs, from, end.Start) || p.holderAt(rs, from, end.Start) || runesAt(rs, from, "身份") || runesAt(rs, from, "名义")):
			// (主席某某同|总统: a name after the title before is its holder; 以…主席|身份与|县委书记: the capacity one acts in;
			// 委员|们在|村民: a group's title)
			return chainOrder(out) // 记者|走访了县政协委员, 大使|和议会议长, 代表|在市人大常委会副主任…带领下, 总统某某接见|外长: the title before is another's
		case prev.Len() > 0:
			end = prev
		case from > c.Sentence.Start && (rs[from-1] == '、' || rs[from-1] == '兼' || rs[from-1] == '及' && end.Start > from && p.titleEnds(c, from-1) || rs[from-1] == ',' && p.titlesOnly(c, from-1)):
			// 市政协党组成员、副主席,市工商联主席某某: a title that ends at a 、,
			// or at a comma closing a clause of titles, is the same person's; so
			// one before 及 and a body's title (县委常委及宣传部部长), not
			// two of one body (副主席及委员, a group's)
			pt, ok := p.titleEnding(c, from-1)
			if !ok && rs[from-1] == '、' {
				pt, ok = p.titleBeforeSharedBody(c, from-1)
			}
			if !ok || addressed(rs, pt) {
				return chainOrder(out) // (某某告诉记者,县政协委员某某…: the reporter is whom one speaks to)
			}
			if p.titles.Value(c.ViewText(pt)) == "负责人" {
				return chainOrder(out) // 市法院负责人、|市检察院检察长某某: a body's unnamed head, listed, is another
			}
			if rs[from-1] == '、' && p.postOfNamed(rs, c.Sentence.Start, pt.Start) {
				return chainOrder(out) // 某某任组长、|副主席某某: the title before is the post the name before it takes
			}
			if rs[from-1] == ',' && p.nameJustBefore(rs, max(c.Sentence.Start, pt.Start-3), pt.Start) {
				return chainOrder(out) // 某办某某处长,|董事长某某: the title before the comma follows its own holder's name
			}
			if rs[from-1] == ',' && exampleOpens(rs[from:end.Start]) && !p.placeStart(rs[from:end.Start]) { // (not 如皋市…, a place)
				return chainOrder(out) // 不乏专家学者,|如某大学党委书记某某: the title before names the class the example is of
			}
			end = pt
		default:
			return chainOrder(out)
		}
	}
	return chainOrder(out)
}

// postOfNamed: a name and a verb of a post (某某任, 某某担任) come right
// before at, maybe with the body the post is of between (某某任县政协|秘书长).
func (p *person) postOfNamed(rs []rune, from, at int) bool {
	for k := at; k > from && k >= at-12 && text.IsHan(rs[k-1]); k-- {
		w := p.postVerbs.LongestSuffix(rs[max(from, k-3):k])
		if w == 0 {
			continue
		}
		for n := 2; n <= 3; n++ { // (a name after a title: 会长某某|任)
			if v := k - w - n; v >= from && p.nameAt(rs, v, true) == n {
				return true
			}
		}
	}
	return false
}

// titleBeforeSharedBody is the title that ends at the 、 before a body
// listed alone right before i, a 、, with the body whose organ the next
// title is of (县委统战部副部长、|县工商联|、县总商会党委书记: the party
// committee both share), or before a few such bodies listed one after
// another (副秘书长、|某委员会、某委员会|、某委员会主任): the chain goes on past them.
func (p *person) titleBeforeSharedBody(c *Context, i int) (text.Range, bool) {
	rs := c.View.Runes
	for range 4 {
		if i-1 <= c.Sentence.Start || !(organLast(rs[i-1]) || rs[i-1] == '联' || rs[i-1] == '协') {
			return text.Range{}, false
		}
		opens := -1 // the 、 before the body, of three characters or more
		for j := i - 1; j > c.Sentence.Start+1 && j >= i-12 && text.IsHan(rs[j-1]); j-- {
			if rs[j-2] == '、' && i-(j-1) >= 3 {
				opens = j - 2
				break
			}
		}
		if opens < 0 {
			return text.Range{}, false
		}
		if t, ok := p.titleEnding(c, opens); ok {
			return t, true
		}
		i = opens
	}
	return text.Range{}, false
}

// exampleOpens: the words open with a word that gives an example (如,
// 比如, 例如, 像).
func exampleOpens(rs []rune) bool {
	s := string(rs)
	return strings.HasPrefix(s, "如") || strings.HasPrefix(s, "比如") || strings.HasPrefix(s, "例如") || strings.HasPrefix(s, "像")
}

// nameJustBefore: a name of two or three characters, a surname first and
// no organ's last character last (委员会), ends at end, within from
// (某办|某某|处长).
func (p *person) nameJustBefore(rs []rune, from, end int) bool {
	for n := 3; n >= 2; n-- {
		if s := end - n; s >= from && text.HanCount(rs[s:end]) == n && p.surname(rs[s:end]) > 0 && !organLast(rs[end-1]) && p.isName(rs[s:end], false) &&
			!(s > 0 && text.IsHan(rs[s-1]) && (organLast(rs[s]) || p.wordAt(rs, s-1))) { // (委员会|原副主席: a surname that closes an organisation's name or a word opens no name)
			return true
		}
	}
	return false
}

// termNumerals are the characters of a term's number (第十一、十二届).
const termNumerals = "一二三四五六七八九十"

// termsAhead: what begins at i is the rest of a list of terms, numbers and
// 、 up to 届 (八、九届 after 第七、; 第三届 after 第二、).
func termsAhead(rs []rune, i int) bool {
	k := i
	for k < len(rs) && k < i+12 && (strings.ContainsRune(termNumerals, rs[k]) || rs[k] == '、' && k > i || rs[k] == '第' && (k == i || rs[k-1] == '、')) {
		k++
	}
	return k > i && k < len(rs) && rs[k] == '届'
}

// personJustBefore: a name ends at end (after from), or a name and its title
// after it (某某副主委).
func (p *person) personJustBefore(rs []rune, from, end int) bool {
	if k := p.titles.LongestSuffix(rs[from:end]); k > 0 && end-k > from {
		end -= k
	}
	return p.nameJustBefore(rs, max(from, end-3), end)
}

// capacityOfPronoun: the posts are the capacity 作为 opens a sentence with,
// a personal pronoun opening the clause after them (…。作为某某部部长,|她|…):
// they are of the person named last before it, as a pronoun's before the
// verb are.
func capacityOfPronoun(rs []rune, start int, m *engine.Match, posts text.Range) bool {
	return m.Start == start && runesAt(rs, m.Start, "作为") && posts.End+1 < len(rs) && rs[posts.End] == ',' && (rs[posts.End+1] == '他' || rs[posts.End+1] == '她')
}

// pronounOpens: a personal pronoun opens the clause right before at (…。|她|曾任…):
// the posts are of the person named last before it.
func pronounOpens(rs []rune, start, at int) bool {
	return at-1 >= start && (rs[at-1] == '他' || rs[at-1] == '她') && (at-1 == start || strings.ContainsRune(",;:", rs[at-2]))
}

// addressed: the title is whom its clause speaks to (告诉|记者, 对|记者,
// 接受|记者采访), no one's post.
func addressed(rs []rune, t text.Range) bool {
	if t.Start >= 2 {
		if w := string(rs[t.Start-2 : t.Start]); w == "告诉" || w == "接受" {
			return true
		}
	}
	return t.Start >= 1 && strings.ContainsRune("对向跟给", rs[t.Start-1])
}

// opensCommittee: the words after a title begin a committee's name, as
// NOT_BODY_AFTER says for a title a name follows (代表|资格审查委员会), or
// are a group's word before its leader's title (专家|组|组长): the title is
// the name's, no role.
func opensCommittee(after []rune) bool {
	if string(after) == "组" || string(after) == "办" || strings.HasPrefix(string(after), "办公") {
		return true // 主席|办公室|主任, 特首|办|主任: the office of the title's holder
	}
	if n := len(after); n > 1 && n <= 4 && after[n-1] == '组' && !slices.ContainsFunc(after, func(r rune) bool { return !text.IsHan(r) }) {
		return true // 特首|政策组|组长
	}
	for k, r := range after {
		if k > 4 || !text.IsHan(r) {
			return false
		}
		if strings.HasPrefix(string(after[k:]), "委员会") || string(after[k:]) == "工委" {
			return true // (人事代表|工委|副主任: the working committee's)
		}
	}
	return false
}

// titleEnds: a title ends at k.
func (p *person) titleEnds(c *Context, k int) bool {
	_, ok := p.titleEnding(c, k)
	return ok
}

// opensOrgan: a title that begins with a level word opens the name of the
// organ that ends at end (市民|宗局|局长: 市民宗局, no 市民), or an office
// is named by its head's title (特派员|公署|副特派员: 特派员公署).
func (p *person) opensOrgan(rs []rune, t text.Range, end int) bool {
	if t.End+2 <= end && rs[t.End] == '公' && rs[t.End+1] == '署' {
		return true
	}
	if p.organs.LongestPrefix(rs[t.Start:end]) > t.Len() {
		return true // 市政协|委员|活动室主任: the title opens the name of a 政协's organ (CPPCC_ORGANS)
	}
	return p.levels.HasRunes(rs[t.Start:t.Start+1]) && strings.ContainsRune("局厅委办处", rs[end-1])
}

// holderAt: a name, no body or place, opens the words between two titles
// (主席|某某同|总统): the title before is that person's.
func (p *person) holderAt(rs []rune, from, end int) bool {
	return from < end && !p.levels.HasRunes(rs[from:from+1]) && !p.bodyStart(rs[from:end]) && p.nameAt(rs, from, true) > 0
}

// titlesOnly: the clause that ends at the comma at k holds titles and
// their bodies only, no clause of a verb (…某某为政协某县委员会副主席,
// 某某为…秘书长: each title its own person's).
func (p *person) titlesOnly(c *Context, k int) bool {
	rs := c.View.Runes
	start := k
	for start > c.Sentence.Start && !strings.ContainsRune(",;:", rs[start-1]) {
		start--
	}
	// (主席某某任组长,|副主席…: a clause that names its holder; 任命了…16位…的局长,|…: one that counts them;
	// 某某兼任…书记,|…, 某某任组长,|…: one whose verb of posts gives them to its subject)
	return k-start <= 30 && !strings.ContainsAny(string(rs[start:k]), "为是由在等把被将曾的了0123456789") && !p.namedAfterTitle(c, start, k) && !holds(p.postVerbs, rs[start:k]) && !p.takesPost(rs, start, k)
}

// postsGoOn widens posts over the clauses after them that hold posts
// alone, a title ending each (现任某某医院党委书记,县政协常委。), not a
// clause that goes on past its title (…,县政协委员某某出席) nor one with a
// verb of posts of its own.
func (p *person) postsGoOn(c *Context, r text.Range) text.Range {
	rs := c.View.Runes
	for r.End < c.Sentence.End && rs[r.End] == ',' {
		e := r.End + 1
		for e < c.Sentence.End && e-r.End <= 30 && !unicode.IsSpace(rs[e]) && (!strings.ContainsRune("为是由在等把被将曾的", rs[e]) || partyCongressOf(rs, e)) {
			if rs[e] == '(' { // a bracket inside a name: 某某电工(天津)有限公司
				k := e + 1
				for k < c.Sentence.End && k-e <= 12 && rs[k] != ')' && !isClauseMark(rs[k]) {
					k++
				}
				if k < c.Sentence.End && rs[k] == ')' {
					e = k + 1
					continue
				}
			}
			if isClauseMark(rs[e]) {
				break
			}
			e++
		}
		if e == r.End+1 || e < c.Sentence.End && !strings.ContainsRune(",。;", rs[e]) {
			break
		}
		if _, ok := p.titleEnding(c, e); !ok || holds(p.postVerbs, rs[r.End+1:e]) || holds(p.electVerbs, rs[r.End+1:e]) || holds(p.namingVerbs, rs[r.End+1:e]) || p.takesPost(rs, r.End+1, e) || p.namedAfterTitle(c, r.End+1, e) {
			break // (…会长,某某当选|副会长: a clause with a verb of its own holds another's posts; …组长,副主席某某任副组长: so does one naming its holder; …顾问,某某任|秘书长; …院长,聘请了…顾问: one who names others to posts)
		}
		r.End = e
	}
	return r
}

// partyCongressOf: the 的 at k is the party's before its congress's
// number (党的|十六大代表), no clause's.
func partyCongressOf(rs []rune, k int) bool {
	if k < 1 || rs[k] != '的' || rs[k-1] != '党' {
		return false
	}
	j := k + 1
	for j < len(rs) && j-k <= 3 && strings.ContainsRune("一二三四五六七八九十", rs[j]) {
		j++
	}
	return j > k+1 && j < len(rs) && rs[j] == '大'
}

// namedAfterTitle: a name follows a title between start and end (副主席|某某|任…).
func (p *person) namedAfterTitle(c *Context, start, end int) bool {
	for k := start + 2; k < end; k++ {
		if t, ok := p.titleEnding(c, k); ok && t.Start >= start && p.nameAt(c.View.Runes, k, true) > 0 {
			return true
		}
	}
	return false
}

// noteRoles reads the roles of an author's note (渝中区政协主席、党组书记):
// each title, with the body from the one before it.
func (p *person) noteRoles(c *Context, r text.Range) []role {
	var out []role
	from := r.Start
	for i := r.Start; i < r.End; i++ {
		for j := min(r.End, i+p.titles.Longest()); j > i+1; j-- {
			// (a title where one may end: not 委员 in 委员会, 常委 in 常委会)
			if t := (text.Range{Start: i, End: j}); p.titles.HasRunes(c.View.Runes[t.Start:t.End]) && p.endsTitle(c, t) && !runesAt(c.View.Runes, j, "级") { // (not a rank: 校长(|副部长|级))
				out = append(out, p.roleOf(p.titles.Value(c.ViewText(t)), t, from, r))
				from, i = j, j-1
				break
			}
		}
	}
	return chained(out)
}

// chainOrder puts a chain read right to left in text order (chained).
func chainOrder(rs []role) []role {
	slices.Reverse(rs)
	return chained(rs)
}

// chained marks the titles of a chain that follow another, which take its
// body where they name none.
func chained(rs []role) []role {
	for i := 1; i < len(rs); i++ {
		rs[i].chained = true
	}
	return rs
}

// endsTitle: the title t found in a stretch is one there, as titleEnding
// reads the titles that end where it ends.
// runesAt: the runes at i spell w (with no string made of them: titleEnding
// asks at every title's end).
func runesAt(rs []rune, i int, w string) bool {
	for _, r := range w {
		if i >= len(rs) || rs[i] != r {
			return false
		}
		i++
	}
	return true
}

// unitAt: an office's name runs on from i, within five characters, its
// head's title after it (秘书|处|处长, 秘书|三局|局长, 秘书|行政司|副司长), or
// a title of any kind right after its one character (秘书|处|副秘书长, 秘书|厅|主任,
// 书记|处|书记): a title before it is the first word of the office's name.
func (p *person) unitAt(rs []rune, i int) bool {
	if i+3 < len(rs) && strings.ContainsRune("司局处科股室厅", rs[i]) && p.titles.LongestPrefix(rs[i+1:]) >= 2 {
		return true
	}
	for k := i; k < len(rs) && k <= i+4 && text.IsHan(rs[k]); k++ {
		if u := rs[k]; strings.ContainsRune("司局处科股", u) && (runesAt(rs, k+1, string(u)+"长") || runesAt(rs, k+1, "副"+string(u)+"长")) {
			return true
		}
	}
	return false
}

func (p *person) endsTitle(c *Context, t text.Range) bool {
	_, ok := p.titleEnding(c, t.End)
	return ok
}

// titleEnding is a title that ends at view position end (one of up to five
// characters, the longest).
func (p *person) titleEnding(c *Context, end int) (text.Range, bool) {
	rs := c.View.Runes
	if end < len(rs) && (strings.ContainsRune("会台团馆", rs[end]) || rs[end] == '部' && (end+1 == len(rs) || !strings.ContainsRune("署分", rs[end+1])) ||
		runesAt(rs, end, "大会") || runesAt(rs, end, "联络") || runesAt(rs, end, "之家") || runesAt(rs, end, "工作委员会") || runesAt(rs, end, "工作站") ||
		end+1 < len(rs) && rs[end+1] == '队' && strings.ContainsRune("大支中总分", rs[end]) ||
		p.orgEnds.LongestPrefix(rs[end:]) > 0 || (runesAt(rs, end, "服务") || runesAt(rs, end, "管理")) && p.orgEnds.LongestPrefix(rs[end+2:]) > 0) {
		// 常委会, 主席台, 会员部, 总领事馆, 人民代表大会, 委员联络组, 代表工作委员会, 交警大队; the
		// kind of organisation a name ends with (作家|协会, 律师|事务所, 保安|服务总公司): no title
		return text.Range{}, false
	}
	n := p.titles.LongestSuffix(rs[max(c.Sentence.Start, end-p.titles.Longest()):end])
	if n < 2 || p.unitAt(rs, end) {
		return text.Range{}, false // (秘书|三局|局长: asked once a title ends here, as few do)
	}
	t := text.Range{Start: end - n, End: end}
	if p.endsWord(rs, t) {
		return text.Range{}, false // 天|主教爱国会
	}
	if t.Start >= 2 && p.jointly.HasRunes(rs[t.Start-2:t.Start]) {
		return text.Range{}, false // 某某副局长分别|代表|某协会: after 分别, a verb, no title
	}
	// 廉政委|员会: none where its last character begins a word with the next
	// (asked last: most ends hold no title), unless the word is a compound
	// surname whose second character is a surname too (秘书长|孙某某, not
	// 秘书|长孙某某), or a compound surname begins after it (副县长|上官某某,
	// not 长上), or the next is the word for posts (主任|职务, not 主|任职),
	// or a surname and one more character, no word, that a mark ends.
	ok := !p.wordAt(rs, end-1) || runesAt(rs, end, "职务") || p.postVerbs.LongestPrefix(rs[end:min(len(rs), end+4)]) >= 2 || end < len(rs) && p.surnames.HasRunes(rs[end-1:end+1]) && p.surnames.HasRunes(rs[end:end+1]) ||
		p.surname(rs[end:min(len(rs), end+4)]) == 2 ||
		p.markedName(rs, end) // (主任|何晴、, 副主委|屈某某、)
	return t, ok && !p.splitsPlaces(rs, t) // (江阴市|长泾镇: no 市长 across two places' names)
}

// labelLineBefore is the label of the line right before the line that
// begins at start, where that line is a label and its colon alone
// (责任编辑:), and whether it is one.
func labelLineBefore(rs []rune, start int) (string, bool) {
	if start < 2 || rs[start-1] != '\n' {
		return "", false
	}
	end := start - 1
	for end > 0 && (rs[end-1] == ' ' || rs[end-1] == '\t') {
		end--
	}
	if end == 0 || rs[end-1] != ':' {
		return "", false
	}
	from := end - 1
	for from > 0 && rs[from-1] != '\n' {
		from--
	}
	label := strings.TrimSpace(string(rs[from : end-1]))
	return label, label != ""
}

// markedName: a surname opens a name of two or three at i that a mark, or
// what its holder did, ends, its first two characters no word (主任|何晴、,
// 副主委|屈某某、, 主任|何晴|出席: though 委屈 and 任何 are words).
func (p *person) markedName(rs []rune, i int) bool {
	if i+2 >= len(rs) || !p.surnames.HasRunes(rs[i:i+1]) || p.ordinary(rs[i:i+2]) {
		return false
	}
	ends := func(k int) bool {
		return k < len(rs) && (rs[k] == '、' || boundary(rs[k]) || p.actsAt(rs, k))
	}
	return ends(i+2) || text.HanCount(rs[i:min(len(rs), i+3)]) == 3 && ends(i+3)
}

func boundary(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '·' || r == '“' || r == '”'
}

// nameList cuts the names of a group: one, or a list parted by 、 that
// ends at the first part that is no name. A name ends where its part does
// (white space, 、, a comma or the list's end: 雷先进, whose 先进 is a word), but the
// name right after a title, and the last part of a list that runs on into
// the sentence, are cut by gse (盛茂林|与界别委员). A part with a title in
// it (县长袁汇诰, 副主委孙斌) names its person with its own roles; the
// others take the roles before them.
func (p *person) nameList(c *Context, g text.Range, rolesBefore func() []role, anchored, delimited, counted bool) []named {
	rs := c.View.Runes
	var parts []text.Range
	start, inNote := g.Start, false
	for i := g.Start; i <= g.End; i++ {
		if i < g.End && (rs[i] == '(' || rs[i] == ')') {
			inNote = rs[i] == '(' // (a note after a name is no list of its own: 某某(女,回族))
		}
		if i == g.End || !inNote && (rs[i] == '、' || rs[i] == ',' || delimited && unicode.IsSpace(rs[i]) && !padded(rs, start, i) || delimited && p.joinsNames(rs, start, i, g.End)) { // a list read whole may part its names by spaces and by 和; a rule's list may by commas
			if i > start {
				parts = append(parts, withoutNote(rs, text.Range{Start: start, End: i}))
			}
			start = i + 1
		}
	}
	var out []named
	var chain []role // the roles of a title inside the list, once one is read
	own, described := false, false
	clauseEnd := 0 // where words after a name in the item before ended it, if they did
	for k, part := range parts {
		last := k == len(parts)-1
		runsOn := last && !delimited
		found, nameEnd := false, part.Start
		if k == 0 && part.Len() >= 3 && strings.ContainsRune("在由经与", rs[part.Start]) && p.isName(rs[part.Start+1:part.End], true) && !p.isName(rs[part.Start:part.End], false) {
			part.Start++ // 在|某某、某某等县领导陪同下: the preposition that opens the clause is no surname
		}
		if i := p.prepositionAfterAdverb(rs, part); k == 0 && i > part.Start {
			part.Start = i // 并向|某某、…: nor one after an adverb
		}
		if k == 0 && !anchored && part.Len() == 4 && part.Start > c.Sentence.Start && p.ordinary(rs[part.Start-1:part.Start+1]) &&
			p.surname(rs[part.Start+1:part.End]) > 0 && !p.ordinary(rs[part.Start+2:part.End]) {
			part.Start++ // 授|予孙文超、…: a list read back from its 、 began inside the word before it
		}
		afterJoin := false
		for pos := part.Start; pos < part.End; {
			// A title in the part begins a chain of its own: one that opens
			// it (副主委孙斌, 县长袁汇诰), one after a name and a 和
			// (梁孝芳和省政协委员徐国生), or one the title before joins.
			// A name after a join begins right after it (某某及|有关部门: no 关部门 read back from the part's end).
			forward := k == 0 && !delimited || runsOn || afterJoin
			// Not one that words other than a name or another title follow
			// in the part (何秀琴在主席台执行主席|席就座: the seats, no one's).
			t, ok := p.titleIn(c, text.Range{Start: pos, End: part.End}, runsOn && cutShort(rs, part.End))
			joined := ok && k > 0 && p.nameJoinedBefore(rs, pos, t.Start)
			if ok && p.opensChain(rs, pos, t, k == 0 && pos == part.Start) && !joined &&
				(t.End >= part.End || t.Start == pos || rs[t.End] == '兼' || p.nameAt(rs, t.End, true) > 0 || dotted(rs[t.End:part.End]) > 0) {
				// Its chain begins after the name before it, if any
				// (周建明和|省工商联合会常务副主席).
				from := c.Sentence.Start
				if pos > part.Start {
					from = pos
				} else if clauseEnd > 0 {
					from = clauseEnd // 某某在|县人大常委会主任、民建某县委主委某某: after the name before
				}
				chain, own, pos, forward = p.chainBefore(c, t, from), true, t.End, true
			}
			var n text.Range
			if forward {
				if l := p.nameAt(rs, pos, anchored || pos > part.Start); l > 0 {
					n = text.Range{Start: pos, End: pos + l}
				} else if pos == part.Start && padded(rs, pos, pos+1) && part.End-pos <= 4 && p.surname(rs[pos:part.End]) == 1 {
					n = part // 王　刚: a name of two padded to three
				}
				if n.Len() == 2 && k == 0 && pos == part.Start && anchored && p.joinsNoName(rs, n, part.End) && !p.shortStopSurnamed(rs, n.Start) {
					n = text.Range{}
				}
				if tl := p.titles.LongestPrefix(rs[min(n.End, part.End):part.End]); n.Len() > 0 && k > 0 && tl > 0 && part.End-n.End-tl >= 2 && p.surname(rs[n.End+tl:part.End]) > 0 {
					n = text.Range{} // …、速读|专家|某某: words before the item's title and the name after it, no name
				}
				if n.Len() == 2 && pos > part.Start && !p.common.HasRunes(rs[n.Start:n.Start+1]) && n.End < len(rs) && strings.ContainsRune("两二三四五六七八九", rs[n.End]) {
					n = text.Range{} // 某某和|公检两家: after a join, a rare surname's two before a count are bodies named short
				}
				if part.End < len(rs) && (rs[part.End] == '、' || rs[part.End] == ',' && k > 0 && rs[part.Start-1] == '、') && (n.Len() > 0 && part.End-n.End == 1 && !strings.ContainsRune("等后时", rs[n.End]) && !(rs[n.End] == '家' && dotted(rs[n.Start:n.End]) > 0) || n.Len() == 0 && pos > part.Start && part.End-pos <= 4) && p.isName(rs[pos:part.End], true) && exceptEnd(rs, pos, part.End+1) != part.End-1 {
					n.End = part.End // 侯明|中、, 和|关向东、, …、某定|来,: an item of a list is a name whole (not 除…、某某|外, nor …、某某|等,, …、某某|后,, 牧民某·某某|家、: a dotted name's home)
					n.Start = pos
				}
				if n.Len() == 0 && k > 0 && pos == part.Start && part.Len() <= 3 && part.End < len(rs) && unicode.IsDigit(rs[part.End]) && p.isName(rs[pos:part.End], true) {
					n = part // 某某、某刚|3名会员: the count after a list's last item ends a name there (a title's name before digits is none: 部长|达约14分钟)
				}
				if n.Len() == 0 && pos == part.Start && anchored && k+1 < len(parts) && rs[part.End] == '、' && p.listItemName(rs, part, parts[k+1]) {
					n = part // 副主席甘发展、某某…: an item of a list of names is a name, though its given name is a word
				}
				if n.Len() == 0 && pos == part.Start && anchored && last && k > 0 && part.End < len(rs) && rs[part.End] == '等' && !p.ordinary(rs[part.Start:part.End]) && p.listItemName(rs, part, parts[k-1]) {
					n = part // 某某、来某等3名委员: so is the last, after a name and before 等, though its surname is a joining word
				}
				if n.Len() == 0 && runsOn && k > 0 && !own && pos == part.Start {
					if n = p.describedName(rs, part); n.Len() > 0 {
						described = true // …、热心群众|某某出席: the list's last item, words of its own before the name
					}
				}
			} else if joined {
				n = text.Range{Start: pos, End: pos + p.nameAt(rs, pos, true)} // …、某某|以及|全国政协委员某某、…: the item's name, then the title's chain after the join
			} else if pos == part.Start && (part.Len() >= 3 || k > 0 && k+1 < len(parts)) && p.minorityWhole(rs[pos:part.End]) {
				n = part // 副主席某某、乌兰其其格、某某: an item that is a minority's name whole (no 其其格 read from its end); one of a single element (乌兰, a place's too) between names
			} else if l := p.nameOpening(c, part, k > 0 && !own && pos == part.Start); l > 0 {
				n = text.Range{Start: pos, End: pos + l} // 副主席某某、某某|分别为…: words after an item's name end the list with it
			} else if k+1 < len(parts) && pos == part.Start && rs[part.End] == '、' && p.listItemName(rs, part, parts[k+1]) {
				n = part // 副主委某某、都|某某、某某: an item between names is a name whole, its surname a word's
			} else if last && k > 0 && pos == part.Start && part.End < len(rs) && rs[part.End] == '等' && !p.ordinary(rs[part.Start:part.End]) && p.listItemName(rs, part, parts[k-1]) {
				n = part // …、某某、演某等33名委员: the last item, after a name and before 等, of one element (a monk's name)
			} else if part.End-pos == 2 && p.shortStopSurnamed(rs, pos) {
				n = text.Range{Start: pos, End: part.End} // 检察长|应某|,
			} else {
				n = p.nameEnding(rs, text.Range{Start: pos, End: part.End})
			}
			if n.Len() == 0 {
				break
			}
			if n.Len() >= 3 && photoCreditAt(rs, n.End-1) && p.isName(rs[n.Start:n.End-1], true) {
				n.End-- // 记者某某摄: the name, then the credit of the photograph written to it (its role: entry)
			}
			if !own && k > 0 && n.Start > pos && !forward {
				described = true // 副主席某某、返乡能人|某某、某某: words of their own describe the rest, not the title
			}
			roles := chain
			if !own && !described {
				roles = rolesBefore()
			} else if !own {
				roles = nil
			} else if counted {
				roles = append(slices.Clone(chain), rolesBefore()...) // 主委某某、…等7位市政协委员: its own title and the list's
			}
			if note := p.postsNote(c, n.End); len(note) > 0 {
				roles = append(slices.Clone(roles), note...) // 常务主席:某某(县政协副主席)、…: the posts in its note too
			}
			out, found, nameEnd = append(out, named{n, roles}), true, n.End
			pos = n.End
			if j := joinAt(rs, pos); j > 0 && pos+j < part.End {
				if rs[pos] == '与' && p.counterpartAt(rs, pos+1) {
					described = true // 市长某某与|某某代表双方签约, 与某某亲切交谈: the one met, who holds none of the title's posts
				}
				pos, afterJoin = pos+j, true // 孙强和秘书长何晴, 某某以及县民政局局长某某
				continue
			}
			if p.creditRoles(roles) && p.namesRunOn(rs, n, part.End) {
				continue // 记者某某某|某某某报道: reporters' names run together, each a name
			}
			break
		}
		if !found {
			break
		}
		clauseEnd = 0
		if !last && p.runsOnAfterName(c, nameEnd, part.End) {
			if t, ok := p.titleEnding(c, part.End); !ok || t.Start < nameEnd || strings.ContainsRune("为任是", rs[t.Start-1]) {
				break // 何秀琴深入禾田镇|、东坡乡: the list ended with the name; so it did where the title ends a clause of its own (接待了以某某为团长|、某某为副团长…)
			}
			clauseEnd = nameEnd
		}
	}
	return out
}

// nameOpening is the length of the name an item of a list opens with where
// words of their own follow it in the item (某某|分别为…), or 0; asked only
// where may says the item may open so, and of items longer than a name.
func (p *person) nameOpening(c *Context, part text.Range, may bool) int {
	rs := c.View.Runes
	if !may || part.Len() <= 3 || p.surname(rs[part.Start:part.End]) == 0 {
		return 0
	}
	if l := p.nameAt(rs, part.Start, true); l > 0 && p.runsOnAfterName(c, part.Start+l, part.End) {
		return l
	}
	return 0
}

// listItemName: a list's item of two or three characters, a surname and
// no title, before another name after its 、 (甘发展|、某某), is a name,
// whatever words its surname or its given name makes (都春宝); so is one of
// three that begins with no surname the list knows and holds no word.
func (p *person) listItemName(rs []rune, item, next text.Range) bool {
	x := rs[item.Start:item.End]
	if len(x) < 2 || len(x) > 3 || text.HanCount(x) != len(x) || p.titles.HasRunes(x) || p.lookupPlace(string(x)) != nil {
		return false
	}
	if p.surname(x) == 0 && (len(x) == 3 && (p.ordinary(x[:2]) || p.ordinary(x[1:])) || len(x) == 2 && p.ordinary(x) || p.stops.HasRunes(x[:1]) || strings.ContainsRune("省市县区州旗乡镇村", x[0])) {
		return false // (but 喇某某, 德某某 between names: a surname the list lacks, a Tibetan name's three; 卓嘎 of one element, no word; not 省法|、检…, a level's organ named short)
	}
	return p.nameAt(rs, next.Start, true) > 0
}

// describedName is the name after words of the dictionary that describe
// its person at the start of a list's last part (热心群众|刘桂英出席): two to
// eight characters of words, then a common surname and a name; none
// otherwise.
func (p *person) describedName(rs []rune, part text.Range) text.Range {
	o := 0
	for _, t := range p.cut.Tokens(string(rs[part.Start:min(part.End, part.Start+12)])) {
		if w := []rune(t); len(w) >= 2 && p.ordinary(w) && o+len(w) <= 8 {
			o += len(w) // a word that describes (热心, 群众)
			continue
		}
		if at := part.Start + o; o >= 2 && p.common.HasRunes(rs[at:at+1]) {
			if l := p.nameAt(rs, at, true); l > 0 && p.isName(rs[at:at+l], true) {
				return text.Range{Start: at, End: at + l} // (a common surname: words the dictionary lacks may stand before it, 环保|达|人)
			}
		}
		break
	}
	return text.Range{}
}

// postsNote are the roles a note in brackets right after a name gives
// (某某(县政协副主席)); none for a note of no posts (某某(女,回族)).
func (p *person) postsNote(c *Context, at int) []role {
	rs := c.View.Runes
	if at >= len(rs) || rs[at] != '(' {
		return nil
	}
	for k := at + 1; k < min(len(rs), at+32); k++ {
		switch rs[k] {
		case ')':
			return p.noteRoles(c, text.Range{Start: at + 1, End: k})
		case '(', '。', ';', '\n':
			return nil
		}
	}
	return nil
}

// withoutNote is an item of a list less a short note in brackets that
// ends it (某某(女), 某某(回族)).
func withoutNote(rs []rune, r text.Range) text.Range {
	if r.Len() < 4 || rs[r.End-1] != ')' {
		return r
	}
	for k := r.End - 2; k > r.Start && k >= r.End-9; k-- {
		if rs[k] == '(' {
			return text.Range{Start: r.Start, End: k}
		}
	}
	return r
}

// cutShort: a group that ends at i was cut short by its length (the text
// runs on with no boundary there).
func cutShort(rs []rune, i int) bool {
	return i < len(rs) && rs[i] != '、' && !boundary(rs[i])
}

// joinsNoName: a name of two right after a title opens with a joining word
// (委员和|王主席, 主任曾任): no name, unless that word is a common surname
// too and the name, no joining word in it or after it, must end there
// (主任曾明|表示).
func (p *person) joinsNoName(rs []rune, n text.Range, end int) bool {
	if !p.stops.HasRunes(rs[n.Start : n.Start+1]) {
		return false
	}
	return !p.common.HasRunes(rs[n.Start:n.Start+1]) || p.stops.HasRunes(rs[n.Start+1:n.End]) ||
		p.stops.HasRunes(rs[n.End:min(n.End+1, end)]) || !p.nameEndsAt(rs, n.End, end)
}

// opensChain: a title t found in a part of a list at pos begins a chain of
// its own there. What stands between decides, its name cut once: nothing
// (副主委孙斌); not a name and a joining word (朱维宁|和|秘书长韩俊民: the
// name is read first, with the roles before the list); and in the list's
// first part (first), words that begin no name, which join the title to the
// one before the list (副会长兼秘书长郑荫如, 常委政法委书记龙庆荣).
func (p *person) opensChain(rs []rune, pos int, t text.Range, first bool) bool {
	if t.Start == pos {
		return true
	}
	if first && strings.ContainsRune("受被由应在向为对让给把将从陪率带", rs[pos]) {
		return false // 处长|受|专职副主委某某的委托: a verb before the title, whose holder is another
	}
	n := 0
	if first || t.Start-pos >= 3 {
		n = p.nameAt(rs, pos, true)
	}
	if n > 0 && pos+n < t.Start && (joinAt(rs, pos+n) > 0 || rs[pos+n] == '为') {
		return false // 某某和|省某会主席, 某某为|第三督查分团团长: the title after the verb is the name's, or the list's
	}
	return !first || n == 0
}

// nameJoinedBefore: an item of a list opens with a name and a joining word
// before the title after it (…、某某|以及|全国政协委员某某): the name is the
// list's, read before the title's chain.
func (p *person) nameJoinedBefore(rs []rune, pos, title int) bool {
	l := p.nameAt(rs, pos, true)
	return l > 0 && joinAt(rs, pos+l) > 0 && pos+l+joinAt(rs, pos+l) < title
}

// counterpartAt: a name of two or three begins at i and what one does
// with another follows it (交谈, 座谈: MEET_VERBS; 代表双方, 共同签署): after
// 与, the other party, no item of a list.
func (p *person) counterpartAt(rs []rune, i int) bool {
	for _, n := range []int{2, 3} {
		k := i + n
		if k >= len(rs) || !p.isName(rs[i:k], true) {
			continue
		}
		if p.meets.LongestPrefix(rs[k:]) > 0 || runesAt(rs, k, "代表双方") || runesAt(rs, k, "共同") || runesAt(rs, k, "亲切") || runesAt(rs, k, "一起") || runesAt(rs, k, "一同") {
			return true
		}
	}
	return false
}

// joinAt is the length of the joining word at i (和, 及, 与, 以及), or 0.
func joinAt(rs []rune, i int) int {
	switch {
	case i+1 < len(rs) && rs[i] == '以' && rs[i+1] == '及':
		return 2
	case i < len(rs) && strings.ContainsRune("和及与", rs[i]):
		return 1
	}
	return 0
}

// titleIn is the last title in a part of a list, with a name after it: in
// the part, or, where the part runs on into the sentence (open), after it
// (…和某某储备银行行长|某某等: a group ends at twelve characters).
func (p *person) titleIn(c *Context, part text.Range, open bool) (text.Range, bool) {
	last := part.End - 1
	if open {
		last = min(part.End+4, c.Sentence.End) // a title the group's end cut
	}
	rs := c.View.Runes
	if n := p.titles.LongestPrefix(rs[part.Start:part.End]); n >= 2 {
		if t, ok := p.titleEnding(c, part.Start+n); ok && t.Start == part.Start && t.End < part.End && p.nameAt(rs, t.End, true) > 0 {
			return t, true // 秘书长|某某|带领委员…: the title that opens the part, a name after it, not a later one the words after the name hold
		}
	}
	// A title whose name a joining word follows comes first (…党委书记某某|和|镇长某某):
	// the name after 和 is read with its own title next.
	for end := part.Start + 2; end < last; end++ {
		if t, ok := p.titleEnding(c, end); ok && t.Start >= part.Start {
			if n := p.nameAt(rs, end, true); n > 0 && end+n < part.End && joinAt(rs, end+n) > 0 {
				return t, true
			}
		}
	}
	for end := last; end > part.Start+1; end-- {
		if t, ok := p.titleEnding(c, end); ok && t.Start >= part.Start && t.Start < part.End && (end <= part.End || p.nameAt(rs, end, true) > 0) {
			return t, true
		}
	}
	return text.Range{}, false
}

// runsOnAfterName: what follows a name in an item of a list before its
// last is no title nor honorific but words of their own (何秀琴深入禾田镇、,
// 某某在县人大常委会主任、).
func (p *person) runsOnAfterName(c *Context, pos, end int) bool {
	if end-pos < 2 || p.after.HasRunes(c.View.Runes[pos:end]) {
		return false
	}
	t, ok := p.titleIn(c, text.Range{Start: pos, End: end}, false)
	if !ok || t.Start != pos {
		return true
	}
	// A title right after the name (某某委员、) ends the item, or other titles
	// do (某某委员兼秘书长、); words after it make it a verb (某某代表|市各党派、…).
	rest := text.Range{Start: t.End, End: end}
	if rest.Len() > 0 && c.View.Runes[rest.Start] == '兼' {
		rest.Start++
	}
	next, ok := p.titleIn(c, rest, false)
	return rest.Len() > 0 && (!ok || next.Start != rest.Start)
}

// nameEnding is the name a part of a list ends with: its longest end of two
// to four characters that is a name (的车晓端: 车晓端).
func (p *person) nameEnding(rs []rune, part text.Range) text.Range {
	if d := dotted(rs[part.Start:part.End]); d > 0 && part.Start+d == part.End {
		return part
	}
	if part.Len() > 2 && strings.ContainsRune("局厅署", rs[part.End-1]) {
		return text.Range{} // 区住建局、: an agency's name ends the part, no person's
	}
	for n := min(4, part.Len()); n >= 2; n-- {
		if n == 4 && part.Len() > 4 && (p.ordinary(rs[part.End-5:part.End-3]) || p.surname(rs[part.End-4:part.End]) < 2 && !p.common.HasRunes(rs[part.End-4:part.End-3])) && p.isName(rs[part.End-3:part.End], true) {
			continue // 老同志|吴德海, 环保达人|何秀琴: a word before the name ends with its first character, no surname (nor a rare one)
		}
		if s := part.End - n; s > part.Start && p.titles.LongestSuffix(rs[part.Start:s+1]) >= 2 {
			continue // 县委办主|任何晴: a title's last character opens no name
		}
		if x := rs[part.End-n : part.End]; p.isName(x, true) || n == part.Len() && p.wordGiven(x) {
			return text.Range{Start: part.End - n, End: part.End}
		}
	}
	return text.Range{}
}

// stopSurnamed: a name of three whose surname is also a joining word or a
// verb's (和|泰君, a Naxi name), no word in it: right after a credit
// written, which anchors it, and before a mark, it can be nothing else
// (after a name it may join another: 记者 某某 和|某某; but a space after
// a name parts it from the next, whose surname joins nothing: 作者:某某 应|某某).
func (p *person) stopSurnamed(rs []rune) bool {
	return len(rs) == 3 && text.HanCount(rs) == 3 && p.stops.HasRunes(rs[:1]) && p.surname(rs) == 1 && !p.ordinary(rs[:2]) && !p.ordinary(rs[1:]) && !p.holdsTitle(rs) && !p.nativeOf(rs[1:])
}

// nativeOf: the runes say where people come from, a province's short name
// and 籍 (闽籍, 粤籍: 委员和|闽籍|乡亲), no given name.
func (p *person) nativeOf(rs []rune) bool {
	return len(rs) == 2 && rs[1] == '籍' && p.gaz != nil && p.gaz.Abbreviation(rs[0]) != nil
}

// joinsNothing: a name of three whose surname is also a joining word
// begins at k right after a list's 、 or a colon, or 和 right after a title,
// where it can join nothing (、|和某某, 宣布:|于某某, 副主任|和某某|出席), its given name opening with no common surname
// (主任:|和|张某: the join of another name).
func (p *person) joinsNothing(rs []rune, k int) bool {
	opens := k > 0 && (strings.ContainsRune("、:", rs[k-1]) || rs[k] == '和' && p.titles.LongestSuffix(rs[max(0, k-6):k]) > 0) // (副主任|和某某出席: 和 after a title too)
	return opens && k+3 <= len(rs) && p.stopSurnamed(rs[k:k+3]) && !p.common.HasRunes(rs[k+1:k+2])
}

// wordGiven: a name whose given name is a word (厉|无畏, itself an idiom;
// 张|建平), which isName refuses where it cannot tell where the name ends;
// a whole part of a list ends where its 、 does.
func (p *person) wordGiven(rs []rune) bool {
	if len(rs) != 3 || p.surname(rs) != 1 || p.stops.HasRunes(rs[:1]) {
		return false
	}
	return p.ordinary(rs[1:3]) && !p.ordinary(rs[:2]) && !p.holdsTitle(rs) && !p.takesPostAt(rs) && (p.gaz == nil || p.gaz.Lookup(string(rs)) == nil)
}

// takesPostAt: the last two of a name of three are a verb that takes a post
// (吴荣任|市委副书记: 荣任, 继任), the name the two before it.
func (p *person) takesPostAt(rs []rune) bool {
	return len(rs) == 3 && rs[2] == '任' && (p.postVerbs.HasRunes(rs[1:]) || rs[1] == '荣')
}

// postTakenAt: the 任 at i is the verb of a post taken, a place's level
// and a title ending the clause's words after it (县委书记|任|市委常委):
// after a title it opens no name of the surname 任.
func (p *person) postTakenAt(rs []rune, i int) bool {
	if rs[i] != '任' {
		return false
	}
	end := i + 1
	for end < len(rs) && end < i+14 && text.IsHan(rs[end]) {
		end++
	}
	if end-i < 5 || !slices.ContainsFunc(rs[i+1:i+4], func(r rune) bool { return strings.ContainsRune("省市县区州旗盟镇乡", r) }) {
		return false
	}
	for j := end; j >= i+5; j-- {
		if p.titles.LongestSuffix(rs[i+1:j]) > 0 {
			return true
		}
	}
	return false
}

// nameAt cuts a person's name from the view at i: the characters gse
// leaves single, to a word or a stop (江成|与委员, 许见可|主持, 胡伟|等), at
// most four; a name gse knows whole (胡锦涛); a given name that is itself a
// word with its surname (王|建国). A minority or foreign name keeps its
// middle dot (尔肯江·吐拉洪); after a title, a foreign name is a run of
// transliteration characters (卡尔森). It returns the name's length, 0 for
// none; none opens with the start of a word news writes after a title
// (NOT_NAMES: 委员|来京参会, 代表|履职).
func (p *person) nameAt(rs []rune, i int, anchored bool) int {
	n := p.nameRunAt(rs, i, anchored)
	if n >= 2 && p.notNames.HasRunes(rs[i:i+2]) {
		return 0
	}
	return n
}

// nameRunAt is nameAt before its check of NOT_NAMES.
func (p *person) nameRunAt(rs []rune, i int, anchored bool) int {
	if i >= len(rs) {
		return 0 // (a title that ends the text names no one after it)
	}
	n := p.nameAtCut(rs, i, anchored)
	if n >= 2 && i+n+3 <= len(rs) && text.IsHan(rs[i+n]) && rs[i+n+1] == '阁' && rs[i+n+2] == '下' {
		n++ // 大使某某|德|阁下: the honorific follows the name's end, not a character on
	}
	if n >= 3 && rs[i+n-1] == '时' && (i+n == len(rs) || strings.ContainsRune(",,", rs[i+n])) && clauseOpensWith(rs, i, '在') {
		n-- // 在会见某某|时,: the clause's 时, no part of the name
	}
	if n == 2 && anchored && i+5 <= len(rs) && text.IsHan(rs[i+2]) && !strings.ContainsRune("等和与及同跟并暨对向为把被将在是", rs[i+2]) && runesAt(rs, i+3, "同志") && !runesAt(rs, i+5, "们") && listCountEnd(rs, i, i+5) != i+2 && p.isName(rs[i:i+3], true) {
		n++ // 书记某某|让|同志: official writing puts 同志 right after a full name, so a character before it is the name's (not 某某对|同志们, 某某等|同志)
	}
	if n == 3 && i+4 < len(rs) && rs[i+4] == '地' && text.IsHan(rs[i+3]) && !strings.ContainsRune("猛蓦忽霍倏腾", rs[i+3]) && p.isName(rs[i:i+2], anchored) {
		return 2 // 委员某晴|耿直地|提出…: the third character and the next make the word 地 turns into how the holder acted
	}
	if n == 3 && p.homeAt(rs, i+2) && i+3 < len(rs) && p.isName(rs[i:i+2], anchored) {
		return 2 // 副主席某某|家的院门, 村民某某|家中, 村民某某|家|了解…: the home after a name of two is no character of it
	}
	if n > 0 && anchored && p.postTakenAt(rs, i) {
		return 0 // 书记|任|市委常委: 任 takes a post after a title, no surname
	}
	if n > 0 && anchored && p.wordAcrossTitle(rs, i) && p.tibetanName(rs[i:i+n]) == 0 && p.minorityName(rs[i:i+n]) == 0 && !p.followsName(rs, i+n) {
		return 0 // 这项主任|务做细: the title's last character and a rare surname make a word (任务), no name follows (but 副主席|次仁卓嘎, and 局长|项某某|出席: what the name's holder did follows it)
	}
	if anchored && n != 2 && i+4 <= len(rs) && text.HanCount(rs[i:i+2]) == 2 && p.clergy.LongestPrefix(rs[i+2:]) > 0 && p.titles.LongestPrefix(rs[i:i+2]) == 0 {
		return 2 // 会长|某某|法师: a religious name of two before the clergy's title, no surname
	}
	if n == 2 && anchored && i+2 < len(rs) && p.wordSurnames.HasRunes(rs[i:i+1]) && !p.common.HasRunes(rs[i:i+1]) && !p.endsClause(rs, i+2) {
		return 0 // 局长|有新|思路: a rare surname that is mostly a word of its own, after a title, is that word where no name of two stands alone there
	}
	if n == 0 && anchored && p.rareVerbGiven(rs, i) {
		return 3 // 主任常|建中|出席: a given name that is a verb rare enough to name someone, before what its holder did
	}
	if n == 0 && anchored && p.nounGivenAfterStop(rs, i) {
		return 3 // 主任曾|光明|出席: a common surname that is a joining word, and a noun, before what its holder did
	}
	if n == 0 && anchored && p.shortStopSurnamed(rs, i) {
		return 2 // 检察长|应某|,: a surname that is also a joining word, and one character, between a title and a mark
	}
	if n == 0 && anchored && p.joinsNothing(rs, i) && p.nameEndsAt(rs, i+3, min(len(rs), i+5)) {
		return 3 // 执行主席某某、|和雪峰|在…: after a list's 、, a surname that is also a joining word (Naxi 和) joins nothing
	}
	if n == 3 && anchored && p.verbWord(rs[i:i+2]) && p.wordAt(rs, i+2) && !p.isName(rs[i:i+3], false) {
		return 0 // 记者|谈及新任…: a verb the cut left in characters (too rare to cut by) and a word on, no surname and given name
	}
	if n == 3 && strings.ContainsRune("刚也还就又才都曾已再便正", rs[i+2]) && p.writtenShort(rs, i) {
		return 2 // 胡某|刚赶到 where the text writes 胡某 alone elsewhere (胡某|略显疲惫): the adverb is no given name's
	}
	if n == 2 && anchored && i+3 < len(rs) && strings.ContainsRune("太很中本也都还又再更已曾仍亦因其该各所任", rs[i+2]) && strings.ContainsRune("、,。;等", rs[i+3]) && p.isName(rs[i:i+3], true) {
		return 3 // 副主任某中|太|,, 主席某以|任|等: a character that stops a name before a verb is its last before a mark or 等, where it modifies or holds nothing
	}
	if n == 2 && anchored && i+3 < len(rs) && strings.ContainsRune("侨中本亦获之道", rs[i+2]) && p.actsAt(rs, i+3) && p.isName(rs[i:i+3], true) {
		return 3 // 副主席宋某|侨|宣布…, 委员某某|道|围绕…: a character that stops a name elsewhere is its last where what its holder does follows
	}
	if n == 2 && anchored && i+3 < len(rs) && rs[i+2] == '为' && strings.ContainsRune("向对在就从与把将", rs[i+3]) && p.isName(rs[i:i+3], true) {
		return 3 // 院长某大|为|向大会报告…: 为 before a preposition is no verb of its own, but the name's last character
	}
	if n == 2 && anchored && i+3 < len(rs) && strings.ContainsRune("、,。;", rs[i+3]) && p.nounGiven(rs[i+1:i+3]) && p.isName(rs[i:i+3], true) {
		return 3 // 副主席麦|祖国|,: a given name of two that is a noun the cut read whole, before a mark: the name's end (not 市长李|明说,)
	}
	if n == 3 && anchored && p.marriedName(rs, i) {
		return 4 // 议员陈吴|丽华|出席: a husband's surname before one's own, as Hong Kong writes a married name
	}
	if n == 2 && anchored && i+5 <= len(rs) && rs[i+2] == '和' && p.surname(rs[i:i+3]) == 1 && (p.verbWord(rs[i+3:i+5]) && p.titles.LongestPrefix(rs[i+3:]) == 0 && p.levels.LongestPrefix(rs[i+3:]) == 0 && !relativeAfter(rs, i+5) || p.speaksForBody(rs, i+3)) {
		return 3 // 副主任吴正|和|主持会议: 和 joins no name to a verb; it ends the given name (not 某某和|参加调研的委员, nor before a level word, 某某和|自治区…, a body's start)
	}
	if n == 4 && strings.ContainsRune("省市县区州镇乡", rs[i]) && p.surname(rs[i:i+4]) == 1 && !p.common.HasRunes(rs[i:i+1]) {
		return 0 // 与|市红十字|会…: a level word that is a rare surname, and three more, are a body's name, no person's
	}
	return n
}

// homeAt: the 家 at k is the home of the person named before it, what
// follows it no part of a name: 的, 中, 门 or a word (某某|家中, 某某|家|了解…),
// or a mark where the clause goes somewhere before the name, or says what
// is done there (走进村民某某|家|,, 考察了…牧民某某|家|、: PLACE_TRAVELS,
// PLACE_VISITS; not 主委某某家|,: a name that ends with 家).
func (p *person) homeAt(rs []rune, k int) bool {
	if k >= len(rs) || rs[k] != '家' {
		return false
	}
	if k+1 == len(rs) {
		return true
	}
	if !text.IsHan(rs[k+1]) {
		for j := k - 1; j >= 0 && !strings.ContainsRune(",,。;;:!?\n", rs[j]); j-- {
			if p.travels.LongestPrefix(rs[j:k]) > 0 || p.visits.LongestPrefix(rs[j:k]) > 0 {
				return true
			}
		}
		return false
	}
	return strings.ContainsRune("的中里门院", rs[k+1]) || p.plainWordAt(rs, k+1)
}

// endsClause: what begins at k ends a name a title anchors, though the
// cut may read the name otherwise: a mark, or what follows a name
// (秘书长|任某|出席, 检察长|应某|,).
func (p *person) endsClause(rs []rune, k int) bool {
	return k < len(rs) && (strings.ContainsRune(",、。;:!?()”", rs[k]) || unicode.IsSpace(rs[k])) || p.followsName(rs, k) // (a note in brackets after the name: 某某(女))
}

// followsName: what begins at k is what its holder did (actsAt), or 在,
// 等, 同志 or an honorific, or 说 or a join (及, 和, 与) where it opens no
// word (局长|项某|在…, 某某|说, 某某|先生, 某某|及县直部门; not 说明,
// 及时, 和谐).
func (p *person) followsName(rs []rune, k int) bool {
	return k < len(rs) && (rs[k] == '在' || rs[k] == '等' || strings.ContainsRune("说及和与", rs[k]) && !p.wordAt(rs, k) || runesAt(rs, k, "同志") || runesAt(rs, k, "先生") || runesAt(rs, k, "女士")) || p.actsAt(rs, k)
}

// actsAt: what a person does after their name begins at i (出席, 主持,
// 作专题|讲座), a word of two characters or more.
func (p *person) actsAt(rs []rune, i int) bool {
	return i+2 <= len(rs) && p.subjectNext.LongestPrefix(rs[i:min(len(rs), i+8)]) >= 2
}

// orgLastRunes are characters an organisation's name ends with (部队, 某局).
const orgLastRunes = "队部局厅司院委会社所处科校厂行站馆办"

// unitHeadAt: a unit's head's title begins at i, the unit's character and
// 长 (科长, 所长, 站长), which may close a unit's name as well (财务科|长).
func unitHeadAt(rs []rune, i int) bool {
	return i+1 < len(rs) && rs[i+1] == '长' && strings.ContainsRune("科所站馆台园处股队", rs[i])
}

// saysAt: the 说 or 称 at i opens a quote (说,, 称:), a verb no given
// name ends with.
func saysAt(rs []rune, i int) bool {
	return i+1 < len(rs) && (rs[i] == '说' || rs[i] == '称') && strings.ContainsRune(",:“。", rs[i+1]) // (…”记者某某|说。: a quote's speaker after it)
}

// nounGiven: the runes are a noun of the dictionary, as given names of two
// may be (祖国, 海波).
func (p *person) nounGiven(rs []rune) bool {
	tag, word := p.cut.Word(string(rs))
	return word && (tag == "n" || tag == "nz" || tag == "t")
}

// marriedName: a name of four opens at i as Hong Kong and Macau write a
// married woman's, her husband's common surname before her own and a given
// name of two (陈吴丽华), where a name must end after it and the
// last two are no verb's (not 王林华|出席).
func (p *person) marriedName(rs []rune, i int) bool {
	if i+4 > len(rs) || !p.common.HasRunes(rs[i:i+1]) || !p.common.HasRunes(rs[i+1:i+2]) || !text.IsHan(rs[i+3]) || p.stops.HasRunes(rs[i+3:i+4]) || p.wordAt(rs, i+3) {
		return false // (the fourth opens no word: 孙国文|面商)
	}
	if strings.ContainsRune("则因却便即乃", rs[i+3]) {
		return false // 主任某田某|则: a joining word of one after a name of three
	}
	tag, _ := p.cut.Word(string(rs[i+2 : i+4]))
	return tag != "v" && tag != "d" && (i+4 == len(rs) || !text.IsHan(rs[i+4]) || p.nameEndsAt(rs, i+4, min(len(rs), i+6)))
}

// wordAcrossTitle: a title ends right before i, and its last character
// and a rare surname at i make a word of the dictionary (主任|务: 任务).
func (p *person) wordAcrossTitle(rs []rune, i int) bool {
	if i < 2 || i >= len(rs) || p.common.HasRunes(rs[i:i+1]) || p.titles.LongestSuffix(rs[max(0, i-6):i]) == 0 {
		return false
	}
	tag, _ := p.cut.Word(string(rs[i-1 : i+1]))
	if tag == "n" || tag == "vn" { // (not 处长|葛某, 会长|寿某: 长葛, 长寿 are a place's, an adjective's)
		return true
	}
	t := p.titles.LongestSuffix(rs[max(0, i-6):i])
	_, word := p.cut.Word(string(rs[i-t : i+1]))
	return word // 代表|性广: the title and the rare surname make a word of their own (代表性)
}

// shortStopSurnamed: a name of two whose surname is also a joining word
// (应, 于, 向, 任) stands alone between a title and the clause's end
// (endsClause: 秘书长|任某|出席), the two no word of the dictionary (检察长|应某|,;
// not 院长|应邀|, nor 委员|之声|,), nor its second a joining word too
// (会员|中的|2名) or a pronoun (主任|由他|主持).
func (p *person) shortStopSurnamed(rs []rune, i int) bool {
	if i < 2 || i+3 > len(rs) || !p.endsClause(rs, i+2) || !p.joiningSurnamed(rs[i:i+2]) {
		return false
	}
	return !p.ordinary(rs[i:i+2]) && p.titles.LongestSuffix(rs[max(0, i-6):i]) > 0
}

// joiningSurnamed: the two runes may be a name whose surname is also a
// joining word (任某, 于某): its second no joining word too nor a pronoun
// (中的, 由他), its first none that only points or negates (其, 该, 不).
func (p *person) joiningSurnamed(x []rune) bool {
	return len(x) == 2 && text.IsHan(x[1]) && p.surname(x) == 1 && p.stops.HasRunes(x[:1]) && !strings.ContainsRune("之所其该本各不在", x[0]) &&
		!p.stops.HasRunes(x[1:]) && !strings.ContainsRune("他她它我你咱您们其", x[1])
}

// speaksForBody: the 代表 at i is a verb whose object is a body or a
// meeting's members, a level word's (代表|县政协) or one of its own (代表|常委会,
// 本届…, 全体…, 政协, 党组, 中共…), not the noun joined by 和 (和|代表们, 和|代表委员).
func (p *person) speaksForBody(rs []rune, i int) bool {
	return i+3 <= len(rs) && rs[i] == '代' && rs[i+1] == '表' && (p.levels.LongestPrefix(rs[i+2:]) > 0 || strings.ContainsRune("常本全政党中", rs[i+2]))
}

// writtenShort: the text near i (an article's reach, not a whole big
// file's) writes the two characters at i elsewhere as a name alone, after no
// Han character and before a word of the dictionary (…。胡某|略显疲惫).
func (p *person) writtenShort(rs []rune, i int) bool {
	const reach = 3000
	for j := max(0, i-reach); j+4 <= min(len(rs), i+reach); j++ {
		if j == i || rs[j] != rs[i] || rs[j+1] != rs[i+1] || rs[j+2] == rs[i+2] || j > 0 && text.IsHan(rs[j-1]) || !text.IsHan(rs[j+2]) {
			continue
		}
		if _, ok := p.cut.Word(string(rs[j+2 : j+4])); ok {
			return true
		}
	}
	return false
}

// relativeAfter: a 的 comes before the clause ends, a few characters after
// i (参加|调研的委员: the verb describes a noun).
func relativeAfter(rs []rune, i int) bool {
	for k := i; k < len(rs) && k < i+8; k++ {
		if rs[k] == '的' {
			return true
		}
		if isClauseMark(rs[k]) {
			return false
		}
	}
	return false
}

// nameAtCut is nameAt as the cut reads it.
func (p *person) nameAtCut(rs []rune, i int, anchored bool) int {
	if anchored && i < len(rs) && isLatinLetter(rs[i]) {
		n := latinName(rs[i:])
		if n > 0 && n <= 6 && i+n < len(rs) && text.IsHan(rs[i+n]) && strings.ToLower(string(rs[i:i+n])) == string(rs[i:i+n]) && p.after.LongestPrefix(rs[i+n:]) == 0 {
			return 0 // 委员zha|某某: a syllable in lowercase run into Han characters is a name's pinyin part, no name (but 部长anna berg|会谈, 副主席tomlee|先生)
		}
		return n
	}
	end := i
	for end < len(rs) && end < i+16 && (text.IsHan(rs[end]) || (rs[end] == '·' || rs[end] == '-') && end > i) {
		end++
	}
	d := dotted(rs[i:end])
	dot := 0
	if d > 0 {
		k := strings.LastIndexAny(string(rs[i:i+d]), "·-")
		dot = i + utf8.RuneCountInString(string(rs[i : i+d])[:k])
	}
	if d > 0 && p.holdsTitle(rs[i:dot]) {
		d = 0 // 委员会主席某某·…, 何秀琴会见了议长约翰·…: a name after a title, none of this one's
		end = dot
	}
	if d > 0 && anchored {
		if f := dot - p.firstPart(rs[i:dot]); f > i && (dot-f >= 2 && p.clauseWords(rs[i:f]) || p.travels.LongestPrefix(rs[i:f]) > 0 || p.actsAt(rs, i)) {
			return 0 // 记者|是从某某·某某委员…, 委员|前往某某镇某·某村: words of a clause, a verb of going (PLACE_TRAVELS) or what the holder does open the run; the name after them is none the title anchors
		}
	}
	if d > 0 {
		// The part after the (last) dot ends as a name does (吐拉洪|发言).
		n := 0
		head := 0 // (阿不都|热依木: the elements of names whole, its 都 no stop; 阿不都热西提|到会, not 热西|提到)
		for h := 1; h > 0; head += h {
			h = max(p.uyghur.LongestPrefix(rs[dot+1+head:i+d]), p.mongolian.LongestPrefix(rs[dot+1+head:i+d]))
		}
		tokens := p.cut.Tokens(string(rs[dot+1 : i+d]))
		for k, t := range tokens {
			if n < head {
				if n += utf8.RuneCountInString(t); n > head {
					n = head // 买买提|出席: a word the cut read across the element's end ends the name
					break
				}
				continue
			}
			// (a stop that only syllables of no word follow to the end of
			// the run is one of the name's: 阿布都热西提, not 阿布|都)
			// (nor one that is a syllable of transliterations before a
			// predicate: 奔舍那|率领, as a stop it would begin a clause)
			stop := p.stops.Has(t) && !p.syllablesOnly(tokens[k+1:]) && !(p.translit.Has(t) && p.predicateAt(rs, dot+2+n))
			if utf8.RuneCountInString(t) > 1 || n >= 2 && (stop || p.predicateAt(rs, dot+1+n) || p.plainWordAt(rs, dot+1+n)) {
				break // 吐拉洪|发言, 马尔登|有幸, 佩特尔|座谈
			}
			if n >= 2 && p.homeAt(rs, dot+1+n) {
				break // 牧民某·巴特尔|家|仔细…: the home after the name
			}
			if n >= 2 && excepted(rs, i, dot+1+n) {
				break // 除…某某·某某|外,: what 除 opened it closes
			}
			if k := dot + 1 + n; n >= 1 && strings.Contains("和与及", t) && k+1 < len(rs) && (p.countries.LongestPrefix(rs[k+1:]) > 0 || p.titles.LongestPrefix(rs[k+1:]) > 0) {
				break // 安娜·梅|和法国总统…: a name of one character after the dot, then another person's country or title
			}
			n++
		}
		if e := dot + 1 + n; n > 0 && e+1 < i+d && (p.predicateAt(rs, e+1) || p.subjectWordAt(rs, e+1)) {
			_, whole := p.cut.Word(string(rs[dot+1 : e+1]))
			_, across := p.cut.Word(string(rs[e : e+2]))
			if whole || across {
				n++ // 买买|提出席, 艾买|提出席: a word ends a character on, or one the cut took runs into a predicate (艾买提|出席)
			}
		}
		if n > 0 {
			return dot + 1 + n - i
		}
		return 0
	}
	// A transliterated name (after a title) where no Chinese name is read
	// there (诺尔|公布), or one longer than a Chinese name (阿尔卡季耶夫).
	foreign := 0
	if anchored {
		foreign = p.foreign(rs[i:end])
	}
	if foreign >= 4 && !p.placeStart(rs[i:i+foreign]) {
		return foreign
	}
	n := p.chineseName(rs, i, end, anchored)
	if n == 0 && !(foreign > 0 && p.ordinary(rs[i:i+foreign])) {
		n = foreign // (not a word of the dictionary whole: 委员|通道)
	}
	if n > 0 && p.countries.HasRunes(rs[i:i+n]) {
		return 0 // 以阿根廷|为首: a country
	}
	if n == 2 && (numberNotDate(rs[i+n:]) || countedAfter(rs[i+1:]) && !p.subjectWordAt(rs, i+n)) {
		return 0 // 部长|达约14分钟, 市长|寿路1118号 (but 部长盖茨|20日宣布), 机长|达十小时 (but 副省长张万|一行)
	}
	if n > 0 && p.placeAt(rs[i:min(end, i+12)]) > n {
		return 0 // 副书记|乌兰察布市: a place's name runs on past the name's end
	}
	if n == 2 && p.townshipUnit(rs[i:min(len(rs), i+8)]) {
		return 0 // 政协委员|碧莲联络站: a township's name without its 镇 before the unit named after it
	}
	if n == 3 && p.placeOpensGovernment(rs[i+2:min(len(rs), i+12)]) {
		return 2 // 免去…、何某|巩义市人民政府…: a name's last character that opens a place whose government follows is the place's
	}
	return n
}

// townshipUnit: the runes open with a township's name less its 镇 or 乡
// and a unit named after the township (联络站, 工作站…).
func (p *person) townshipUnit(rs []rune) bool {
	if p.gaz == nil || len(rs) < 5 || !strings.ContainsRune(townshipUnitStarts, rs[2]) {
		return false
	}
	rest := string(rs[2:])
	if !slices.ContainsFunc(townshipUnits, func(u string) bool { return strings.HasPrefix(rest, u) }) {
		return false
	}
	name := string(rs[:2])
	return len(p.gaz.Lookup(name+"镇")) > 0 || len(p.gaz.Lookup(name+"乡")) > 0
}

// townshipUnits are the units a 政协 names after the township they serve.
// townshipUnitStarts are their first characters, tested first: most names
// are followed by none of them.
const townshipUnitStarts = "联工委"

var townshipUnits = []string{"联络站", "工作站", "联络组", "工作组", "联络室", "委员之家", "委员联络站", "委员工作站", "委员联络组", "委员工作室"}

// placeOpensGovernment: a place's name of two characters or more opens the
// runes, and its government is named in them (某|某市人民政府).
func (p *person) placeOpensGovernment(rs []rune) bool {
	return p.placeAt(rs[:min(len(rs), 8)]) > 1 && strings.Contains(string(rs), "政府")
}

// latinName is the length of a name in Latin letters that rs begins with,
// as news writes one after a title (副主席Peter Hill先生, 部长Brendan
// O’Connor): words of letters joined by a space, an apostrophe, a hyphen
// or a dot, forty runes at most; 0 for none, or for an abbreviation in
// capitals (主任CEO, 总监IT).
func latinName(rs []rune) int {
	n, letters, upper := 0, 0, 0
	for n < len(rs) && n < 40 {
		r := rs[n]
		switch {
		case isLatinLetter(r):
			letters++
			if r <= 'Z' {
				upper++
			}
		case strings.ContainsRune(" '’-.", r) && n > 0 && n+1 < len(rs) &&
			(isLatinLetter(rs[n-1]) || r == ' ' && rs[n-1] == '.') &&
			(isLatinLetter(rs[n+1]) || r == '.' && rs[n+1] == ' '): // John F. Kennedy
		default:
			return latinEnd(letters, upper, n)
		}
		n++
	}
	return latinEnd(letters, upper, n)
}

// latinEnd is latinName's answer for a run of n runes: none for a single
// letter or an abbreviation (all capitals, six or fewer).
func latinEnd(letters, upper, n int) int {
	if letters < 2 || upper == letters && letters <= 6 {
		return 0
	}
	return n
}

func isLatinLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// numberNotDate: the runes begin with a number that is no day, month or
// year (14分钟, 1118号; not 20日).
func numberNotDate(rs []rune) bool {
	k := 0
	for k < len(rs) && rs[k] >= '0' && rs[k] <= '9' {
		k++
	}
	return k > 0 && (k == len(rs) || !strings.ContainsRune("日月年", rs[k]))
}

// countedAfter: the runes begin with a Chinese numeral that counts what
// follows it (十小时, 三十年): a sum, no given name's end (张三|说 is one).
func countedAfter(rs []rune) bool {
	const numerals = "一二两三四五六七八九十百千万"
	return len(rs) > 1 && strings.ContainsRune(numerals, rs[0]) && (strings.ContainsRune(numerals, rs[1]) || strings.ContainsRune("年月日天周个次小多余分秒岁人亿", rs[1]))
}

// chineseName is the length of the name of a surname (or, after a title,
// four characters: 扎西顿珠) that rs begins with at i, the Han characters
// running to end: gse cuts it from the words after it; 0 for none.
func (p *person) chineseName(rs []rune, i, end int, anchored bool) int {
	if n := p.tibetanName(rs[i:end]); anchored && n > 0 {
		return n // 乡长白玛央金|说: two elements of Tibetan names, whole (not 白|玛央)
	}
	if n := p.minorityName(rs[i:end]); anchored && n > 0 && (i+n == end || p.nameEndsAt(rs, i+n, end)) {
		return n // 副旗长其其格|出席, 书记额尔敦巴雅尔|讲话, 副县长多吉|、: elements of minority names, whole, where the name ends (not 乌兰|察布)
	}
	if anchored && end-i >= 4 && p.tibetan.LongestPrefix(rs[i+2:end]) == 2 && p.tibetan.LongestPrefix(rs[i:end]) == 0 && !p.common.HasRunes(rs[i:i+1]) &&
		p.titles.LongestPrefix(rs[i:end]) == 0 && (i+4 == end || p.nameEndsAt(rs, i+4, end)) {
		return 4 // 主席某某江措|带领…: a Tibetan name whose first element the lexicon lacks, before one it has, after a title, where the name ends (not a common surname's name: 王|江措…)
	}
	if n := p.japaneseName(rs, i, end); anchored && n > 0 {
		return n // 首相岸田文雄|出席: a Japanese family name of two and one or two characters after it
	}
	if anchored && end-i == 2 && i+3 <= len(rs) && p.adjectiveName(rs[i:i+3]) {
		return 2 // 书记严明|,: after a title, a surname and an adjective's second character where a mark ends them (a verb's are not: 书记强调|,)
	}
	if end-i < 2 || !p.mayBegin(rs[i:end], anchored) {
		return 0 // what no name begins with: gse need not cut it
	}
	if s := p.surname(rs[i:end]); s > 0 && i+s < end && rs[i+s] == '某' {
		n := s + 1 // 孙某|违规, 吴某某: a name a report holds back ends with its 某
		if i+n < end && rs[i+n] == '某' {
			n++
		} else if k := i + n; k < end && text.IsHan(rs[k]) && !p.stops.HasRunes(rs[k:k+1]) && !p.wordAt(rs, k) && (k+1 == len(rs) || !text.IsHan(rs[k+1]) || p.nameEndsAt(rs, k+1, len(rs))) {
			n++ // 吴某杰|5人, 孙某平|因: or with its given name's last character, which opens no word (not 孙某|违规)
		}
		if p.isName(rs[i:i+n], anchored) {
			return n
		}
		return 0
	}
	end = min(end, i+8) // a name and the word after it
	end = listCountEnd(rs, i, exceptEnd(rs, i, end))
	n := 0
	wordFirst := false // the name begins with a word gse knows no name (王国|华)
	inText := false    // it begins with a word gse tags a name that text uses as a word as often (陈述)
	for _, t := range p.cut.Tokens(string(rs[i:end])) {
		tl := utf8.RuneCountInString(t)
		if tl == 1 && !p.endsName(rs, i, n, t) {
			n++
			continue
		}
		if tl > 1 {
			tag, _ := p.cut.Word(t)
			switch {
			case n == 0 && tag == "nr" && tl <= 3:
				inText = tl == 2 && p.namesInText.Has(t) && p.surname(rs[i:min(end, i+3)]) != 2
				n = tl // a name gse knows, or the start of one (蓝天|立)
				continue
			case n == 0 && tl == 2 && p.surnameWord(t):
				n, wordFirst = 2, true // 王国|华: a common surname and a word's second character, if one follows
				continue
			case n == 0 && tl == 2 && anchored && p.surname(rs[i:i+2]) == 1 && p.actsAt(rs[:end], i+3) && p.ordinary(rs[i+2:i+4]) && p.isName(rs[i:i+3], anchored):
				n = 3 // 县长|方便|杰出|席: after a title, a word opens the name, and its last character and what its holder did make another
			case n == 1 && tl == 2 && givenName(tag) && p.namesInText.Has(t) && p.stops.HasRunes(rs[i+2:i+3]) && p.isName(rs[i:i+2], anchored):
				n = 2 // 吴|荣获|评: a word text uses as a verb, which gse tags a name, ending with a stop (获): a name of two before it
			case n == 1 && tl == 2 && givenName(tag) && !p.stops.HasRunes(rs[i:i+1]):
				n = 3 // 王|建国
			case n == 1 && tl == 2 && anchored && p.common.HasRunes(rs[i:i+1]) && i+3 < len(rs) && rs[i+3] == ':' && !p.titles.Has(t):
				n = 3 // 委员 吴|一心|: what the speaker said: a name ends at the colon, whatever word its given name is
			case n == 1 && tl == 2 && rs[i+2] == '等' && anchored && p.isName(rs[i:i+2], anchored):
				n = 2 // 主席王|平等|出席: the name's last character and the list's 等 read as a word
			case n == 1 && tl == 2 && anchored && rs[i+1] == rs[i+2] && !p.doubledAdverbs.Has(t) && p.nameEndsAt(rs, i+3, end):
				n = 3 // 主席孙|微微|出席: a doubled given name gse reads as another word (not 某某|默默奉献)
			case n == 1 && tl == 2 && anchored && (p.common.HasRunes(rs[i:i+1]) || listed(rs, i) || tag == "n" && !p.wordSurnames.HasRunes(rs[i:i+1]) && !p.levels.HasRunes(rs[i:i+1])) && !p.stops.HasRunes(rs[i:i+1]) && !p.after.Has(t) && tag != "t" && tag != "d" && p.nameEndsAt(rs, i+3, end):
				n = 3 // 主任王|为民。, 副主任张|新生|介绍, 局长邝|时光|作: any word but a time's or an adverb (a rarer surname's, a noun), where a name must end (not 委员曾|多次|表示, nor 市民孙|先生, nor 主席赵|刚才|到达)
			case n == 1 && tl == 2 && anchored && tag == "d" && p.common.HasRunes(rs[i:i+1]) && !p.stops.HasRunes(rs[i:i+1]) && i+3 < len(rs) && strings.ContainsRune("、,。;", rs[i+3]) && p.isName(rs[i:i+3], anchored):
				n = 3 // 书记孙|长久|、镇长…: a given name gse reads as an adverb, before a mark, where no adverb can stand
			case n == 1 && tl == 2 && anchored && !p.stops.HasRunes(rs[i:i+1]) && (tag != "t" || p.timeNames.Has(t)) && tag != "d" && tag != "m" && p.actsAt(rs[:end], i+3) && p.isName(rs[i:i+3], anchored):
				n = 3 // 主席常|红旗|出席, 主任樊|平安|主持: a given name that is a word of any kind, before what its holder did (not a time's or an adverb's: 书记王|当天|出席)
			case n == 1 && tl == 2 && anchored && p.common.HasRunes(rs[i:i+1]) && i+4 <= end && p.ordinary(rs[i+2:i+4]) && !(i+5 <= end && p.ordinary(rs[i+3:i+5])) && p.isName(rs[i:i+2], anchored):
				n = 2 // 李|强调|研: the word cut ran into the one after a name of two (李强|调研, 王军|事先); not where a name of three ends clean (刘建设|计划)
			case n == 1 && tl == 2 && anchored && p.common.HasRunes(rs[i:i+1]) && !p.stops.HasRunes(rs[i:i+1]) && strings.ContainsRune("在是才刚", rs[i+2]) && !strings.ContainsRune("也就还都又只总却便亦均", rs[i+1]) && p.isName(rs[i:i+2], anchored):
				n = 2 // 主任周|正在|讲话: a title names no one by a surname alone; the word cut took the name's last character (周正|在, 赵刚|才, 马刚|刚)
			case n == 2 && tl == 2 && rs[i+3] == '等' && !p.knownName(rs[i:i+2]) && p.isName(rs[i:i+3], anchored):
				n = 3 // 习|近|平等|领导人: the name's last character and the list's 等 read as a word (not 李明|平等: 李明 is a name whole)
			case n == 2 && tl == 2 && p.surname(rs[i:i+4]) == 2 && tag != "v" && !p.titles.Has(t):
				n = 4 // 司马|光明: a compound surname's given name is often a word
			case n == 2 && tl == 2 && anchored && p.surname(rs[i:i+2]) == 1 && i+5 <= len(rs) && (p.subjectNext.HasRunes(rs[i+3:i+5]) || p.titles.HasRunes(rs[i+3:i+5]) && !p.stops.HasRunes(rs[i+2:i+3])):
				n = 3 // 某志|超出|席, 某振|明代|表: a word a character on runs into what the person did (某志超|出席) or a title (某振明|代表…; not a stop before it, 选举某某|为主|席)
			}
		}
		break
	}
	if wordFirst && n != 3 {
		return 0 // 王国 alone, or 王国|华|明: a word, not a name
	}
	if n == 3 && p.stops.HasRunes(rs[i:i+1]) && p.ordinary(rs[i+1:i+3]) && p.surname(rs[i:i+3]) == 1 {
		return 0 // 书记|曾|实|地|考察: a joining word and a common word the cut left in characters, no surname and given name
	}
	if inText && n == 2 && !p.personNext(rs, i+2, end) {
		return 0 // 委员|陈述|意见, 玉米|种植: such a word alone is a name only where what follows a person's name does
	}
	if inText && n == 3 && !p.common.HasRunes(rs[i:i+1]) && !(anchored && p.actsAt(rs[:end], i+3)) {
		return 0 // 委员|宁可|少说: such a word and a character after it are a name only after a common surname (吴为民), or after a title before what its holder did (秘书长|齐全华|出席)
	}
	if n == 3 && !wordFirst && i+5 <= end && p.surname(rs[i:i+3]) == 1 {
		if tag, ok := p.cut.Word(string(rs[i+2 : i+5])); ok && !strings.HasPrefix(tag, "nr") && p.isName(rs[i:i+2], anchored) {
			n = 2 // 王毅|通电话: the third character begins a word of three gse cut apart
		}
	}
	if n == 3 && !wordFirst && i+4 <= end && p.surname(rs[i:i+3]) == 1 && p.timeWord(rs[i+2:i+4]) && !(i+5 <= end && p.titles.HasRunes(rs[i+3:i+5])) && p.isName(rs[i:i+2], anchored) {
		n = 2 // 刘明|白天|走访: the third character opens a time word the cut ran into (明白|天; but not 某振明|代表, whose 明代 runs into a title)
	}
	if n == 3 && !wordFirst && anchored && i+4 <= end && p.surname(rs[i:i+3]) == 1 && (p.verbWord(rs[i+2:i+4]) || p.adverbWord(rs[i+2:i+4]) || p.subjectNext.HasRunes(rs[i+2:i+4]) || p.meets.HasRunes(rs[i+2:i+4])) && !(i+5 <= end && p.ordinary(rs[i+3:i+5])) && !p.speech.HasRunes(rs[i+3:i+4]) && p.isName(rs[i:i+2], anchored) {
		n = 2 // 赵阳|光临|现场, 莫迪|访华。, 李海|关心 (gse tags it a noun), 某某|逐一|察看: the third character opens a verb, an adverb or a person's word, that ends clean (not 孙文超|出席, whose 超出 runs into 出席, nor 某某明|说, whose 明说 ends with a verb of speech)
	}
	if n == 2 && i+3 < end && rs[i+2] == '了' && !p.wordAt(rs, i+2) && strings.ContainsRune("作做说讲谈提发", rs[i+1]) {
		return 0 // 副秘书长许|作了|专题报告: a verb and its 了 after a surname alone, no name (but 某某|了解)
	}
	if n == 3 && i+3 < end && rs[i+2] == '则' && p.surname(rs[i:i+3]) == 1 && p.predicateAt(rs, i+3) && p.isName(rs[i:i+2], anchored) {
		n = 2 // 孙丽|则|指出: 则 and what the person did after a name of two
	}
	if n == 2 && anchored && runesAt(rs, i+2, "正在") && speechAt(rs, i+3) && p.isName(rs[i:i+3], anchored) {
		n = 3 // 书记某某正|在全会上的讲话: 正在 opens no noun's phrase; 正 ends the name, 在 the speech's place
	}
	if n == 4 && p.surname(rs[i:i+4]) == 0 && i+5 <= end && p.ordinary(rs[i+3:i+5]) {
		return 0 // 朔尔茨|通电话: a name without a surname whose last character begins the word after it
	}
	if n == 4 && p.surname(rs[i:i+4]) == 1 && p.wordSurnames.HasRunes(rs[i:i+1]) {
		return 0 // 委员|有言必发: four characters a word's surname opens (有, 是, 能) are a phrase, what the holder does
	}
	if n == 4 && p.surname(rs[i:i+4]) == 1 && !p.common.HasRunes(rs[i:i+1]) && p.crossesWord(rs, i+1, i+4, end) {
		return 0 // 委员|双月恳谈|会: four characters of a rarer surname where a word runs out of them (恳谈会) are no name
	}
	if (n == 2 || n == 3) && !p.common.HasRunes(rs[i:i+1]) && p.wordFrom(rs, i, i+n, end) {
		return 0 // 委员|信得过的, 委员|牵线搭桥: a rarer surname's character opens a word that runs past the name's end
	}
	if n == 3 && !p.common.HasRunes(rs[i:i+1]) && p.surname(rs[i:i+3]) == 1 && p.verbWord(rs[i:i+2]) && p.cut.Freq(string(rs[i:i+2])) >= 200 {
		return 0 // 会长|连任|禾联会…: a rarer surname's character and the next make a common verb, what the holder did
	}
	if !p.isName(rs[i:i+n], anchored) {
		return 0
	}
	return n
}

// speechAt: a speech is placed at k, 在某会上的(重要)讲话, before the
// clause ends.
func speechAt(rs []rune, k int) bool {
	if k >= len(rs) || rs[k] != '在' {
		return false
	}
	for j := k + 3; j < min(len(rs), k+34); j++ {
		if strings.ContainsRune(",。;:!?“”《》\n", rs[j]) {
			return false
		}
		if rs[j] == '的' && (rs[j-1] == '上' || rs[j-1] == '时' || runesAt(rs, j-2, "期间")) && (runesAt(rs, j+1, "讲话") || runesAt(rs, j+1, "重要讲话")) {
			return true
		}
	}
	return false
}

// wordFrom: a word of the dictionary begins at i and ends after to (at most
// at end, of four characters at most).
func (p *person) wordFrom(rs []rune, i, to, end int) bool {
	for k := to + 1; k <= min(end, i+4); k++ {
		if p.ordinary(rs[i:k]) {
			return true
		}
	}
	return false
}

// crossesWord: a word of the dictionary begins at or after from and before
// to, and ends after to (at most at end).
func (p *person) crossesWord(rs []rune, from, to, end int) bool {
	for k := from; k < to; k++ {
		if p.wordFrom(rs, k, to, end) {
			return true
		}
	}
	return false
}

// listCountEnd is where a list's count before 同志 begins after the last name
// (某某、某某|两同志), or end: the count is no part of the name.
func listCountEnd(rs []rune, i, end int) int {
	if i == 0 || !strings.ContainsRune("、和", rs[i-1]) {
		return end
	}
	for k := i + 2; k <= min(i+3, end-1); k++ {
		if strings.ContainsRune("两二三四五六七八九十", rs[k]) && runesAt(rs, k+1, "同志") {
			return k
		}
	}
	return end
}

// exceptEnd is where a name at i ends that 除 opened the clause before and
// 外 closes (除…副主席吴德海|外,): at the 外, else end.
func exceptEnd(rs []rune, i, end int) int {
	for k := i + 2; k <= min(i+4, end-1); k++ {
		if excepted(rs, i, k) {
			return k
		}
	}
	return end
}

// excepted: the 外 at k closes what 除 opened in the clause before i
// (除…某某|外,).
func excepted(rs []rune, i, k int) bool {
	if rs[k] != '外' || k+1 >= len(rs) || !strings.ContainsRune(",、;", rs[k+1]) {
		return false
	}
	for j := i - 1; j >= max(0, i-40); j-- {
		switch rs[j] {
		case '除':
			return true
		case ',', '。', ';', '!', '?', '\n':
			return false
		}
	}
	return false
}

// knownName: the runes are a name gse knows (习近平).
func (p *person) knownName(x []rune) bool {
	tag, ok := p.cut.Word(string(x))
	return ok && tag == "nr"
}

// japaneseName is the length of a Japanese name rs begins with at i: a
// family name of two of JAPANESE_SURNAMES and a given name of two that a
// Japanese one's last character ends (高桥一郎|参观: whatever follows), or,
// where no Chinese surname begins the family name, a given name of two or
// one where a name must end (岸田文雄|出席, 小泉|…); or 0.
func (p *person) japaneseName(rs []rune, i, end int) int {
	if end-i >= 4 && p.japanese.HasRunes(rs[i:i+2]) && p.japaneseEnds.HasRunes(rs[i+3:i+4]) && (i+4 == end || !p.japaneseEnds.HasRunes(rs[i+4:i+5])) {
		return 4 // 议员高桥一郎|出席: a given name of two a Japanese one's last character ends, though a Chinese surname begins the family name (not one more such character after it)
	}
	if end-i < 3 || !p.japanese.HasRunes(rs[i:i+2]) || p.surname(rs[i:end]) > 0 {
		return 0 // (one a Chinese surname begins is read as a Chinese name: 高田|出席)
	}
	for n := min(4, end-i); n >= 3; n-- {
		if p.nameEndsAt(rs, i+n, end) {
			return n
		}
	}
	return 0
}

// minorityPart: an element of a Tibetan, Mongolian or Uyghur name is in rs
// (其美|多吉, whose characters are a transliteration's too).
func (p *person) minorityPart(rs []rune) bool {
	for i := 0; i+2 <= len(rs); i++ {
		for _, lex := range []*rules.Lexicon{p.tibetan, p.mongolian, p.uyghur} {
			if lex.LongestPrefix(rs[i:]) > 0 {
				return true
			}
		}
	}
	return false
}

// tibetanName is the length of a Tibetan name of two elements that rs
// begins with (白玛央金, 罗布次仁, 多布杰平措), or 0.
func (p *person) tibetanName(rs []rune) int {
	first := p.tibetan.LongestPrefix(rs)
	if first == 0 {
		return 0
	}
	if second := p.tibetan.LongestPrefix(rs[first:]); second > 0 {
		return first + second
	}
	return 0
}

// minorityName is the length of a Mongolian name of one to three common
// elements that rs begins with (其其格, 额尔敦巴雅尔), of a Uyghur or Kazakh
// name of one or two (买买提, 阿不都热合曼), or of a Tibetan name's one
// element (格桑; tibetanName reads two), or 0.
func (p *person) minorityName(rs []rune) int {
	return max(elements(p.mongolian, rs, 3), elements(p.uyghur, rs, 2), elements(p.tibetan, rs, 1))
}

// minorityWhole: the runes are a minority's name whole, Tibetan,
// Mongolian or Uyghur (乌兰其其格, 白玛央金), or a Mongolian name whose
// first element of two the lexicon lacks before one it has (某某其其格):
// a list's item, where the 、 around it bound it.
func (p *person) minorityWhole(rs []rune) bool {
	if p.tibetanName(rs) == len(rs) || p.minorityName(rs) == len(rs) {
		return true
	}
	return len(rs) >= 5 && text.HanCount(rs) == len(rs) && elements(p.mongolian, rs[2:], 2) == len(rs)-2 && !p.ordinary(rs[:2]) && p.titles.LongestPrefix(rs) == 0
}

// elements is the length of the run of up to most entries of lex that rs
// begins with.
func elements(lex *rules.Lexicon, rs []rune, most int) int {
	n := 0
	for k := 0; k < most; k++ {
		e := lex.LongestPrefix(rs[n:])
		if e == 0 {
			break
		}
		n += e
	}
	return n
}

// surnameWord: a word of two characters may begin a name of three: a
// noun that opens with a common surname (王国|华, 黄金|明; not 高兴|地).
func (p *person) surnameWord(w string) bool {
	tag, _ := p.cut.Word(w)
	return strings.HasPrefix(tag, "n") && tag != "nr" && p.common.HasRunes([]rune(w)[:1]) // 谢谢, which gse tags nr, is no surname's noun
}

// nameEndsAt: a name must end at k, the Han characters ending at end: at
// end, or before a joining word or a verb.
func (p *person) nameEndsAt(rs []rune, k, end int) bool {
	if k == end || k < end && p.stops.HasRunes(rs[k:k+1]) || k+2 <= end && p.speech.HasRunes(rs[k:k+2]) {
		return true
	}
	tag, _ := p.cut.Word(string(rs[k:min(k+2, end)]))
	return tag == "v" // 书记王|明亮|主持
}

// prepositionAt: a preposition of two characters begins at k (关于, 对于).
func (p *person) prepositionAt(rs []rune, k int) bool {
	tag, _ := p.cut.Word(string(rs[k:min(k+2, len(rs))]))
	return tag == "p"
}

// endsName: t, a character gse leaves single n characters after a name's
// start at i, ends the name rather than goes on with it: a joining word
// after two characters (江成|与), a fourth character after a common single
// surname or one that begins a word (张振宇|谈, 任有斌|致辞: a fourth is a
// name's only where the surname is of two, 欧阳, or there is none, 格桑东珠),
// a fifth; in a name without a surname, any joining word (均|由雒某).
func (p *person) endsName(rs []rune, i, n int, t string) bool {
	switch {
	case n == 2 && t == "中" && i+3 < len(rs) && rs[i+3] != '的' && (p.personNext(rs, i+3, min(len(rs), i+8)) || p.prepositionAt(rs, i+3)):
		return false // 处长吴德|中|应邀出席, 院长赵建|中|关于…: the name's last character, what a person does or a preposition after it (not 在会议|中|…)
	case n == 2 && (t == "太" || t == "很") && i+3 < len(rs) && strings.ContainsRune("对与和在向为就", rs[i+3]) && p.common.HasRunes(rs[i:i+1]):
		return false // 主席吴德|太|对…: an adverb of degree before a preposition modifies nothing; the name's last character
	case n == 2 && (strings.Contains("和与及同", t) || t == "之") && (i+3 == len(rs) || strings.ContainsRune(",、。;", rs[i+3]) || p.actsAt(rs, i+3)):
		// 董事长某光|和|,, 副主席某德|和|一行, 部长孙某|之|,: a joining word that joins
		// nothing, before a mark or what its holder did, is the name's last character
		// (之家, 之声 are words of their own)
		return false
	case n == 2 && p.subjectNext.LongestPrefix(rs[i+2:min(len(rs), i+8)]) >= 4:
		return true // 主席吴某|全票当选: what a subject does, a phrase of four or more, ends a name of two before it
	case n == 2 && p.actsAt(rs, i+2) && p.wordAt(rs, i+2):
		return true // 院长吴荣|随同视察: what a subject does, a word the dictionary knows but the cut does not load (it read 随 alone), ends a name of two before it
	case n >= 2 && (p.stops.Has(t) || n == 4):
		return true
	case n == 3 && i+4 <= len(rs) && (p.tibetan.HasRunes(rs[i:i+2]) || p.tibetan.HasRunes(rs[i+2:i+4])) && p.personNext(rs, i+4, min(len(rs), i+9)):
		return false // 秘书长索朗达|杰|出席, 副主席马松多|吉|主持: a Tibetan name of four, one element known, before what a person does
	case n == 3 && p.surname(rs[i:i+3]) == 1:
		return p.common.HasRunes(rs[i:i+1]) || p.wordAt(rs, i+3) || p.knownName(rs[i:i+3]) // (a rarer surname's name gse knows whole: 俞某某|高票当选)
	case n >= 1 && p.surname(rs[i:]) == 0:
		return p.stops.Has(t)
	}
	return false
}

// personNext: what begins at k is what follows a person's name: the
// clause's end, a joining word, a title, a list's mark, or what a person
// says or does (SPEECH_VERBS, SUBJECT_NEXT: 汪洋|主持, 向东|表示). It is
// nameEndsAt made strict for words that are names as seldom as words: any
// verb ends a name there (玉米|种植 would pass), a person's verb here.
func (p *person) personNext(rs []rune, k, end int) bool {
	if k >= end || !text.IsHan(rs[k]) || p.stops.HasRunes(rs[k:k+1]) && !p.wordAt(rs, k) && !p.wordOfThree(rs, k, end) && !strings.ContainsRune("了着过", rs[k]) { // (陈述|了: a verb's; 关怀|下一代: a word's)
		return true
	}
	after := rs[k:end]
	verb := func(l *rules.Lexicon) bool { // (光荣|称号: a verb of one character that opens a word of two is the word's)
		n := l.LongestPrefix(after)
		return n > 1 || n == 1 && !p.wordAt(rs, k)
	}
	return verb(p.speech) || verb(p.subjectNext) || p.titles.LongestPrefix(after) > 0 || p.after.LongestPrefix(after) > 0
}

// knownEnding is the name of a person the article named before that ends
// the window, after its start or a joining word, or an empty range.
func knownEnding(c *Context, w text.Range) text.Range {
	rs := c.View.Runes
	for _, e := range c.found["person"] {
		name, _ := e.Get("name").(string)
		name = text.Simplified(name)
		k := utf8.RuneCountInString(name)
		if s := w.End - k; k >= 2 && s >= w.Start && string(rs[s:w.End]) == name && (s == w.Start || strings.ContainsRune("和与及、", rs[s-1])) {
			return text.Range{Start: s, End: w.End}
		}
	}
	return text.Range{}
}

// plainWordAt: an ordinary word of two characters, neither of them a
// transliteration's, begins at k (座谈, 交流): no syllable of a name runs
// into it, though gse cuts it into characters (it cuts by common words
// only).
func (p *person) plainWordAt(rs []rune, k int) bool {
	return k+2 <= len(rs) && p.ordinary(rs[k:k+2]) && !p.translit.HasRunes(rs[k:k+1]) && !p.translit.HasRunes(rs[k+1:k+2])
}

// subjectWordAt: a word of two characters or more that follows a subject
// begins at k (一行, 带领; not 在 alone, which ends many words).
func (p *person) subjectWordAt(rs []rune, k int) bool {
	return k < len(rs) && p.subjectNext.LongestPrefix(rs[k:]) >= 2
}

// wordOfThree: a word of three characters of the dictionary begins at k
// (下一代).
func (p *person) wordOfThree(rs []rune, k, end int) bool {
	if k+3 > end {
		return false
	}
	_, ok := p.cut.Word(string(rs[k : k+3]))
	return ok
}

// wordAt: a word of the dictionary, one too rare for gse to cut by,
// begins at k (致辞, 周四).
func (p *person) wordAt(rs []rune, k int) bool {
	if k+2 > len(rs) {
		return false
	}
	_, ok := p.cut.Word(string(rs[k : k+2]))
	return ok
}

// wordInto: a word of the dictionary of three or four characters begins
// between from and start and runs on over two characters or more after
// start (统战部 over 战部 of 统战部王), so that no name begins at start.
func (p *person) wordInto(rs []rune, from, start, end int) bool {
	for a := from; a < start; a++ {
		for n := 4; n >= 3; n-- {
			if b := a + n; b >= start+2 && b <= end {
				if _, ok := p.cut.Word(string(rs[a:b])); ok {
					return true
				}
			}
		}
	}
	return false
}

// wordRunsOn: a word of the dictionary of three or four characters begins
// at k (长江流域), so that the character there is no word's end.
func (p *person) wordRunsOn(rs []rune, k int) bool {
	for n := 4; n >= 3; n-- {
		if k+n <= len(rs) {
			if _, ok := p.cut.Word(string(rs[k : k+n])); ok {
				return true
			}
		}
	}
	return false
}

// insideWords: the title's first character ends a word and its last begins
// one, words of no name or place (加班|长达, 老师|长期, 经营|长效; not
// 政局|长江): words that hold a title's characters, no title.
func (p *person) insideWords(rs []rune, t text.Range) bool {
	return t.Start > 0 && t.End < len(rs) && p.ordinary(rs[t.Start-1:t.Start+1]) && p.ordinary(rs[t.End-1:t.End+1])
}

// endsWord: a word of WORDS_ENDING_IN_TITLES ends with the title (天|主教).
func (p *person) endsWord(rs []rune, t text.Range) bool {
	for n := 1; n <= 2 && t.Start-n >= 0; n++ {
		if p.titleWords.HasRunes(rs[t.Start-n : t.End]) {
			return true
		}
	}
	return false
}

// titleRunsOn: another title begins on the title's last character and
// runs past it (党总支书记: 支书 is no title there, 书记 is), where a name
// may follow that one or none this one (秘书长官某某: a rarer surname
// after 秘书长, no 长官 whose name would begin with no surname).
func (p *person) titleRunsOn(rs []rune, t text.Range) bool {
	for e := min(len(rs), t.End-1+4); e > t.End; e-- {
		if p.titles.HasRunes(rs[t.End-1 : e]) {
			return p.surname(rs[e:]) > 0 || p.surname(rs[t.End:]) == 0
		}
	}
	return false
}

// predicateAt: a verb, an adjective or an adverb of the dictionary begins
// at k (有幸), which no transliterated name runs into.
func (p *person) predicateAt(rs []rune, k int) bool {
	if k+2 > len(rs) {
		return false
	}
	switch tag, _ := p.cut.Word(string(rs[k : k+2])); tag {
	case "v", "a", "d", "ad", "vd":
		return true
	}
	return false
}

// verbAt: the runes [i, end) begin with a word gse tags a verb (采访了).
func (p *person) verbAt(rs []rune, i, end int) bool {
	if end-i < 2 {
		return false
	}
	toks := p.cut.Tokens(string(rs[i:min(end, i+4)]))
	tag, _ := p.cut.Word(toks[0])
	return tag == "v"
}

// verbIn: a verb of two characters, or one with its aspect's 着, stands
// in rs[i:end] (某某|接见|某国, 某某拉着|区政协): a clause, not a body's name.
func (p *person) verbIn(rs []rune, i, end int) bool {
	for k := i; k+2 <= end; k++ {
		if rs[k+1] == '着' && text.IsHan(rs[k]) {
			return true
		}
		if tag, ok := p.cut.Word(string(rs[k : k+2])); ok && tag == "v" {
			return true
		}
		if p.subjectNext.LongestPrefix(rs[k:end]) >= 2 {
			return true // 区长昨日|会见|…会长: what a person does, though gse tags it a noun
		}
	}
	return false
}

// speaksFor: the title t is a 代表 of the people named right before it
// (群众代表, 提案者代表), who speaks for them and holds no post.
func (p *person) speaksFor(rs []rune, t text.Range) bool {
	if string(rs[t.Start:t.End]) != "代表" {
		return false
	}
	for n := 2; n <= 4 && t.Start-n >= 0; n++ {
		if p.groups.HasRunes(rs[t.Start-n : t.Start]) {
			return true
		}
	}
	return false
}

// tailOfTitle: the title t ends a longer one (书记 of 总书记).
func (p *person) tailOfTitle(rs []rune, t text.Range) bool {
	for start := max(0, t.Start-3); start < t.Start; start++ {
		if p.titles.HasRunes(rs[start:t.End]) || p.after.HasRunes(rs[start:t.End]) {
			return true
		}
	}
	return false
}

// holdsTitle: a title stands in the runes.
func (p *person) holdsTitle(rs []rune) bool { return holds(p.titles, rs) }

// holds: a word of the lexicon, two to five characters, stands in the runes.
func holds(lex *rules.Lexicon, rs []rune) bool {
	for end := len(rs); end >= 2; end-- {
		for start := max(0, end-5); start < end-1; start++ {
			if lex.HasRunes(rs[start:end]) {
				return true
			}
		}
	}
	return false
}

// foreignBefore is a transliterated name the window ends with: a run of
// transliteration characters after no Han character but a joining word
// (马尔特森|议长, 与|马尔科夫|总理), no country (斯里兰卡总统) and no
// common surname first unless it is longer than a Chinese name of it;
// empty for none.
func (p *person) foreignBefore(rs []rune, w text.Range) text.Range {
	start := w.End
	for start > w.Start && w.End-start < 8 && p.translit.HasRunes(rs[start-1:start]) {
		start--
	}
	r := text.Range{Start: start, End: w.End}
	if r.Len() < 2 || start > 0 && text.IsHan(rs[start-1]) && !p.stops.HasRunes(rs[start-1:start]) || r.Len() < 4 && p.common.HasRunes(rs[start:start+1]) ||
		p.countries.HasRunes(rs[start:w.End]) || p.cities.HasRunes(rs[start:w.End]) || p.gaz != nil && p.gaz.Lookup(string(rs[start:w.End])) != nil {
		return text.Range{}
	}
	return r
}

// translitRun is how many runes rs begins with that are transliteration
// characters.
func (p *person) translitRun(rs []rune) int {
	n := 0
	for n < len(rs) && p.translit.HasRunes(rs[n:n+1]) {
		n++
	}
	return n
}

// clauseOpensWith: the clause the runes at i are in opens with r (在…时).
func clauseOpensWith(rs []rune, i int, r rune) bool {
	for k := i - 1; k >= 0 && i-k <= 30; k-- {
		if strings.ContainsRune(",,。;!?\n", rs[k]) {
			return k+1 < i && rs[k+1] == r
		}
	}
	return i-30 < 0 && len(rs) > 0 && rs[0] == r
}

// foreign is the length of a transliterated name that rs begins with (卡尔森|赞成,
// 诺尔|公布): two to twelve characters of the transliteration set (a given
// name and surname may run on undotted: 瓦西里斯捷潘诺维奇), the first no
// common surname unless they are more than a Chinese name of it holds
// (马尔科维奇, 马蒂卡), and no place; 0 for none.
func (p *person) foreign(rs []rune) int {
	if len(rs) < 2 {
		return 0
	}
	n := p.translitRun(rs)
	if n >= 2 && n+1 < len(rs) && rs[n] == '-' {
		if m := p.translitRun(rs[n+1:]); m >= 2 {
			n += 1 + m // 某某雷斯-芬森: a surname of two joined by a hyphen
		}
	}
	if n >= 3 && n < len(rs) && p.ordinary(rs[n-1:n+1]) {
		n-- // 朔尔茨|通电话: its last character begins the word after it
	}
	if n < 2 || n > 12 || n < 4 && p.common.HasRunes(rs[:1]) || p.cities.HasRunes(rs[:n]) || p.gaz != nil && p.gaz.Lookup(string(rs[:n])) != nil {
		return 0
	}
	return n
}

// mayBegin: a name may begin the runes (the checks of isName that need no
// cut: a surname, or four characters after a title; no word of news after a
// title, 履职; for a rare surname, no joining word and no ordinary word).
func (p *person) mayBegin(rs []rune, anchored bool) bool {
	if p.surname(rs) == 0 && (!anchored || p.wordSurnames.HasRunes(rs[:1])) {
		return false // (医师|仅占卫技人员: a name with no surname opens on no function word)
	}
	if p.notNames.HasRunes(rs[:2]) {
		return false
	}
	if !p.common.HasRunes(rs[:1]) && p.surname(rs) < 2 && (p.stops.HasRunes(rs[:1]) || p.ordinary(rs[:2])) {
		return len(rs) >= 3 && (p.known(rs[:3]) || !p.stops.HasRunes(rs[:1]) && p.rareWordOpens(rs, anchored)) // 温家宝, whose 温家 is a word (not 上官, a compound surname)
	}
	return true
}

// listed: the name at i is an item of a list of names (某某、|卜文化), where
// a rarer surname's given name may be a word as a common one's may; not a
// level word's, which opens a body's name (、|区监委).
func listed(rs []rune, i int) bool {
	return i > 0 && rs[i-1] == '、' && !strings.ContainsRune("省市县区州旗盟镇乡村", rs[i])
}

// adjectiveName: the runes open with a surname of one character and a
// word gse tags an adjective (严明), and a mark ends them there.
func (p *person) adjectiveName(rs []rune) bool {
	if p.surname(rs) != 1 || !strings.ContainsRune(",、。;", rs[2]) || p.notNames.HasRunes(rs[:2]) || rs[0] == '不' {
		return false // (候选人|不满|。: 不 negates the adjective, no surname)
	}
	tag, _ := p.cut.Word(string(rs[:2]))
	return tag == "a"
}

// commonWord: the runes are one of the common words gse cuts by (委员).
func (p *person) commonWord(rs []rune) bool {
	return len(p.cut.Tokens(string(rs))) == 1
}

// known: gse's dictionary holds the runes as a person's name (温家宝).
func (p *person) known(rs []rune) bool {
	tag, _ := p.cut.Word(string(rs))
	return tag == "nr"
}

// givenName: a word of this tag may be a given name (建国 is a place's,
// ns; 会上, t, is none).
func givenName(tag string) bool { return tag == "nr" || tag == "ns" || tag == "nz" }

// dotted is the length of a minority name with a middle dot at the start
// of rs (尔肯江·吐拉洪), or 0.
func dotted(rs []rune) int {
	for k, r := range rs {
		if r == '·' && k > 0 && k+1 < len(rs) && text.IsHan(rs[k+1]) {
			n := k + 1
			for n < len(rs) && (text.IsHan(rs[n]) || (rs[n] == '·' || rs[n] == '-') && n+1 < len(rs) && text.IsHan(rs[n+1])) {
				n++ // and the parts after a second dot or a hyphen (安娜·玛丽亚·罗西, 伊莱·巴尔-托夫)
			}
			return n
		}
	}
	return 0
}

// dottedBefore is the name with a middle dot that ends at end (热合曼·吐尔逊
// |委员, 约翰·史密斯|议员): its parts back over each dot, the first opening
// after a word of the dictionary, a joining word or a noun's last character
// of people (人, 者) before the dot (代表|热合曼·…, 的发行人|汉斯·…), or where
// the characters do; none where a
// part is under two characters or over eight.
func (p *person) dottedBefore(rs []rune, end int) text.Range {
	i, dots := end, 0
	for {
		k := i
		for k > 0 && text.IsHan(rs[k-1]) && i-k < 16 {
			k--
		}
		if k > 0 && rs[k-1] == '·' && i-k >= 2 && i-k <= 8 {
			i, dots = k-1, dots+1 // a part after a dot
			continue
		}
		if dots == 0 {
			return text.Range{}
		}
		s := i - p.firstPart(rs[k:i]) // the first part: gse's pieces back from the dot to a word of the dictionary or a joining word
		if i-s < 2 || i-s > 8 {
			return text.Range{}
		}
		return text.Range{Start: s, End: end}
	}
}

// firstPart is the length of the first part of a name with a middle dot
// that ends rs, where rs runs to the dot: gse's pieces back to a word of the
// dictionary, a joining word or a noun's last character of people.
func (p *person) firstPart(rs []rune) int {
	n := 0
	toks := p.cut.Tokens(string(rs))
	for t := len(toks) - 1; t >= 0; t-- {
		tl := utf8.RuneCountInString(toks[t])
		tag, word := p.cut.Word(toks[t])
		if tl == 1 && (p.stops.Has(toks[t]) || strings.Contains("人者员家", toks[t])) || tl > 1 && word && !strings.HasPrefix(tag, "nr") || p.titles.Has(toks[t]) {
			break
		}
		if toks[t] == "世" && t > 0 && strings.ContainsAny(toks[t-1], "一二三四五六七八九十") {
			break // 十一世|某某·某某: a reincarnation's ordinal before the name
		}
		n += tl
	}
	return n
}

// clauseWords: the runes are words of the dictionary that name no one and
// stops only (是从, 见到了), no syllables of a name.
func (p *person) clauseWords(rs []rune) bool {
	for _, t := range p.cut.Tokens(string(rs)) {
		tag, word := p.cut.Word(t)
		if !(utf8.RuneCountInString(t) == 1 && p.stops.Has(t) || utf8.RuneCountInString(t) > 1 && word && !strings.HasPrefix(tag, "nr")) {
			return false
		}
	}
	return true
}

// endsBody: the window before a title ends as a body's or a place's name
// does, and a person's does not.
func endsBody(rs []rune, w text.Range) bool {
	return w.Len() > 0 && strings.ContainsRune("副界委会县市省局旗盟镇乡村办室处部厅司所站社团队组联协支侨澳寺庙庵院校馆", rs[w.End-1])
}

// nameBefore reads back a name that ends where the window does (习近平 of
// 深入学习习近平|总书记): the characters gse leaves single at its end, a
// name gse knows, or a surname and a given name that is a word. Before a
// title (titled), a name of two that gse's dictionary holds as a name is
// one (李鹏|委员长), as a word before a verb (高峰|说) is not.
func (p *person) nameBefore(rs []rune, w text.Range, titled bool) text.Range {
	for k := min(6, w.Len()); k >= 4; k-- { // (the longest first)
		if p.tibetanName(rs[w.End-k:w.End]) == k {
			return text.Range{Start: w.End - k, End: w.End} // 某县的|格桑拉姆|委员: a Tibetan name of two elements, whole (not 格|桑拉姆)
		}
	}
	if titled && endsBody(rs, w) {
		// 丹东市副|市长: the title is 副市长; 侨联界|委员, 港澳台侨|委员: a sector's; 杭锦旗旗委|常委,
		// 崇礼县|副县长, 党办|主任, 经团联|副秘书长, 党支|书记, 书协|主席, 枫林小镇|市长, 法院|院长:
		// a body's or a place's, whose names end so and a person's do not
		return text.Range{}
	}
	for k := min(6, w.Len()); titled && k >= 3; k-- {
		if s := w.End - k; (s == 0 || !text.IsHan(rs[s-1])) && p.minorityName(rs[s:w.End]) == k {
			return text.Range{Start: s, End: w.End} // ;|乌仁其木格|委员: a Mongolian or Uyghur name of its elements, whole after a mark (not 乌|仁其木格)
		}
	}
	if titled && w.Len() == 3 && (w.Start == 0 || !text.IsHan(rs[w.Start-1])) && p.wholeBeforeTitle(rs[w.Start:w.End]) {
		return w // ,|瞿高峰|委员, ,|曾志强|主任: alone between a mark and the title, a name whole
	}
	isName := func(x []rune) bool {
		if titled && w.End < len(rs) && p.gaz != nil && p.gaz.Lookup(string(x)+string(rs[w.End])) != nil {
			return false // 唐山|市长: the place's head, not a name gse also knows
		}
		if len(x) == 2 && w.End < len(rs) && strings.ContainsRune(townshipUnitStarts, rs[w.End]) && p.townshipUnit(append(x[:2:2], rs[w.End:min(len(rs), w.End+6)]...)) {
			return false // 碧莲|委员联络站: a township's, named before the unit
		}
		if titled && len(x) == 2 && unitHeadAt(rs, w.End) && w.End >= 3 && strings.ContainsRune(orgLastRunes, rs[w.End-3]) && !p.common.HasRunes(x[:1]) {
			return false // 部队|训保|科长: a unit's name after its organisation's, its head's title (科|长) after it; no rarer surname's name
		}
		if len(x) == 2 && p.surnames.HasRunes(x) {
			return false // 欧阳|先生: a compound surname alone
		}
		if titled && len(x) == 2 && p.surname(x) > 0 {
			tag, ok := p.cut.Word(string(x))
			if ok && (tag == "nr" || tag == "nrfg") && !p.titles.HasRunes(x) && !p.notNames.HasRunes(x) {
				return true
			}
			if ok && tag == "ns" && (p.gaz == nil || p.gaz.Lookup(string(x)) == nil) && !p.cities.HasRunes(x) && !p.countries.HasRunes(x) {
				return true // 普京|总统: a name gse takes for a place no gazetteer holds
			}
		}
		return p.isName(x, false)
	}
	if x := rs[w.Start:w.End]; titled && p.joiningSurnamed(x) && !p.common.HasRunes(x[1:]) && !p.stops.HasRunes(x[1:]) && !p.countries.HasRunes(x) && !p.placeStart(x) {
		if _, word := p.cut.Word(string(x)); !word {
			return w // ,|曾某|主任: a joining word's surname and one character alone between a mark and the title (not 由|王主任, 中国|副主席, 将|按|委员来信)
		}
	}
	// What gse cuts must then be a name, so gse need not cut where no end
	// of two to four characters could be one (a surname two to four
	// characters back, no title or word in it …).
	possible := false
	for n := 2; n <= 4 && n <= w.Len() && !possible; n++ {
		possible = isName(rs[w.End-n : w.End])
	}
	if !possible {
		return text.Range{}
	}
	toks := p.cut.Tokens(string(rs[w.Start:w.End]))
	n, k, given := 0, len(toks)-1, false
	for ; k >= 0; k-- {
		t := toks[k]
		tl := utf8.RuneCountInString(t)
		if tl == 1 && !p.stops.Has(t) && n < 4 && text.IsHan([]rune(t)[0]) {
			n++
			continue
		}
		if tl > 1 && n == 0 {
			if tag, _ := p.cut.Word(t); tag == "nr" && tl == 2 && k > 0 && p.common.Has(toks[k-1]) && !p.stops.Has(toks[k-1]) && isName([]rune(toks[k-1]+t)) {
				n = 3 // 孙|高峰|同志: a common surname the cut left alone before a name of two it knows (高峰, a rarer surname's) begins it
			} else if tag == "nr" {
				n = tl
			} else if k > 0 && tl == 2 && givenName(tag) && utf8.RuneCountInString(toks[k-1]) == 1 && p.surname([]rune(toks[k-1]+t)) > 0 {
				n = 3
			} else if k > 0 && tl == 2 && givenName(tag) {
				k, n, given = k-1, 2, true // 司马|文静: a compound surname's token may come before it (below)
			}
		} else if tl == 2 && n == 1 && p.surnameWord(t) {
			n = 3 // 王国|华: a common surname and a noun's second character begin the name
		} else if titled && tl == 2 && n == 1 && p.common.HasRunes([]rune(t)[:1]) && p.stops.HasRunes([]rune(t)[1:]) && isName(rs[w.End-3:w.End]) {
			n = 3 // 吴为|立|委员: a common surname and a stop the cut read as a word (何为, 吴为) begin the name
		} else if titled && tl == 1 && n >= 1 && n <= 2 && k > 0 && p.common.Has(toks[k-1]) && p.isName([]rune(toks[k-1]+t+string(rs[w.End-n:w.End])), true) {
			n += 2 // 何|作|安|局长: a stop of one character after a common surname is its given name's
		}
		break
	}
	if k >= 0 && n > 0 && n <= 2 && utf8.RuneCountInString(toks[k]) == 2 && p.surnames.Has(toks[k]) {
		n += 2 // 司马|光, 司马|文静: a compound surname the cut left a token of its own
	} else if given {
		n = 0 // (文静 alone, a word, is no name)
	}
	if n == 4 && p.surname(rs[w.End-4:w.End]) != 2 {
		n = 3 // read back, four single characters are a word's end and a name (习|习近平)
	}
	r := text.Range{Start: w.End - n, End: w.End}
	if n == 3 && r.Start > w.Start && organLast(rs[r.Start]) && (!isName(rs[r.Start:r.End]) || !p.common.HasRunes(rs[r.Start:r.Start+1]) && p.common.HasRunes(rs[r.Start+1:r.Start+2])) && isName(rs[r.Start+1:r.End]) {
		r.Start, n = r.Start+1, 2 // 市委|会|何|晴|主委, 文史委|黄健|主任: the cut left a body's last character alone before a name of two (a rare surname's before a common one's)
	} else if n == 3 && r.Start > w.Start && !p.common.HasRunes(rs[r.Start:r.Start+1]) && p.common.HasRunes(rs[r.Start+1:r.Start+2]) && p.ordinary(rs[r.Start-1:r.Start+1]) && isName(rs[r.Start+1:r.End]) {
		r.Start, n = r.Start+1, 2 // 推介|张燕|委员: a rarer surname that ends a word before a common one's name of two is the word's
	}
	if n > 0 && r.Start > 0 {
		// A name does not begin after a number (60余件), nor inside a word
		// the window's edge cut (委员|会委员), nor inside a common word gse
		// cut wrong (县委|员|会: 委员); where the window shows a rare word
		// before it (学习|习近平, not 习习), gse has cut there.
		before := rs[r.Start-1]
		if before >= '0' && before <= '9' {
			return text.Range{}
		}
		if _, ok := p.cut.Word(string(rs[r.Start-1 : r.Start+1])); ok && (r.Start == w.Start || p.commonWord(rs[r.Start-1:r.Start+1])) {
			return text.Range{}
		}
		if p.wordInto(rs, max(w.Start, r.Start-2), r.Start, r.End) {
			return text.Range{} // 统战部|王: two of its characters a word's before it, no name's (战部王)
		}
		for k := 1; k <= 4 && r.Start-k >= 0; k++ {
			if p.titles.HasRunes(rs[r.Start-k : r.Start+1]) {
				return text.Range{} // 社员|胡斌: a name does not begin inside a title
			}
		}
	}
	if n == 0 || !isName(rs[r.Start:r.End]) {
		return p.nameAfterTitle(rs, w, isName)
	}
	if titled && n == 2 && !p.common.HasRunes(rs[r.Start:r.Start+1]) && p.common.HasRunes(rs[r.Start+1:r.End]) {
		return text.Range{} // 前年王|主任: a surname with its title (GUIDELINES: no person)
	}
	return r
}

// nameAfterTitle is the name of three or two characters that ends the
// window right after a title or a credit (提案人|马振川|委员), where the cut
// read a word across the two (人马) and found none; empty where none is.
func (p *person) nameAfterTitle(rs []rune, w text.Range, isName func([]rune) bool) text.Range {
	for n := 3; n >= 2; n-- {
		s := w.End - n
		if s-w.Start < 2 {
			continue
		}
		before := rs[w.Start:s]
		_, across := p.cut.Word(string(rs[s-1 : s+1]))
		if across && max(p.titles.LongestSuffix(before), p.credits.LongestSuffix(before)) >= 2 && isName(rs[s:w.End]) { // (not a credit of one character, 文, that ends a name)
			return text.Range{Start: s, End: w.End}
		}
	}
	return text.Range{}
}

// joinsNames: the 和 or 及 at i joins a name of a list read whole to the
// one before it (某某、某某和某某, 某某和某某、某某等), not a name's own
// character (张和平).
func (p *person) joinsNames(rs []rune, start, i, end int) bool {
	if rs[i] != '和' && rs[i] != '及' {
		return false
	}
	if k := slices.Index(rs[i+1:end], '、'); k >= 0 {
		end = i + 1 + k // 某某和某某、某某: the name it joins ends at the next mark
	}
	return p.isName(rs[start:i], true) && p.isName(rs[i+1:end], true)
}

// isName: the runes are a person's name: two to four characters with a
// surname (or, anchored by a title before it, four without one: 扎西顿珠),
// no common word (高峰 only where a title anchors it) and no place.
func (p *person) isName(rs []rune, anchored bool) bool {
	if d := dotted(rs); d == len(rs) && d > 0 {
		return true
	}
	if len(rs) < 2 || len(rs) > 4 || strings.ContainsAny(string(rs[1:]), "的了着最") {
		return false // 居民守着老屋: a particle is in no name, nor a superlative (当选委员|时最想…: when one was a member)
	}
	if len(rs) == 2 && strings.ContainsRune("一二三四五六七八九十两百千万", rs[0]) && strings.ContainsRune("人名位个余多", rs[1]) {
		return false // 副秘书长|九人: a numeral surname and a counter are a count (九人, 万名), no name
	}
	if len(rs) == 3 && rs[0] == rs[2] {
		return false // 杨某|边走边介绍: a word around a verb, doubled (边…边, 越…越), names no one
	}
	if len(rs) == 3 && p.stops.HasRunes(rs[:1]) && strings.ContainsRune("前后上下内外间时", rs[2]) {
		return false // 秘书长|于会前|出席: a preposition's object, a time or a place, no name of a surname that is a joining word
	}
	if rs[1] == '某' && strings.ContainsRune(orgLastRunes, rs[0]) {
		return false // 本局|某处长: an organisation's last character before 某, an unnamed holder's, no surname (局, 处)
	}
	if p.takesPostAt(rs) {
		return false // 吴荣任|市委副书记: a name of two and the verb of the post, no name of three (荣任, 继任 take posts)
	}
	if _, word := p.cut.Word(string(rs[:2])); len(rs) == 3 && rs[2] == '地' && word && (p.commonWord(rs[:2]) || !p.common.HasRunes(rs[:1])) {
		return false // 市长|安静地|听取, 委员|耿直地: a word and 地 make an adverb, a rarer word too after a rarer surname (not 王大地)
	}
	if len(rs) == 3 && strings.ContainsRune("化性式", rs[2]) && p.ordinary(rs[:2]) {
		return false // 委员|常态化|履职: a word and the suffix that makes it a manner or a kind (常态|化, 规范|化), no name
	}
	if len(rs) == 3 && rs[1] == '得' && strings.ContainsRune("住好到起上下出进来去动清见稳牢准开完成实", rs[2]) {
		return false // 让乡村医生|留得住、用得好: a verb and its complement, as slogans pair them
	}
	if strings.ContainsRune("局厅处驻网網", rs[len(rs)-1]) {
		return false // 市民|宗局: an organ's last character ends no name, nor a site's (作者:某某网); 某国驻|某地总领事: 驻 opens a post abroad
	}
	if len(rs) == 3 && p.subjectNext.HasRunes(rs[1:]) && p.verbWord(rs[1:]) {
		return false // 委员王|主持: a surname alone before what its bearer did, no given name
	}
	if len(rs) >= 3 && strings.ContainsRune("该本此这那各全每", rs[1]) && strings.ContainsRune("省市县区州旗镇乡村", rs[2]) {
		return false // 委员|向该县…, 向全县…: a place pointed at after a preposition that is a surname, no given name
	}
	if len(rs) == 4 && p.surname(rs) != 2 && p.namesInText.HasRunes(rs[:2]) && p.wordAt(rs, 2) {
		return false // 委员|荣获表彰, 齐声合唱: two words, the first one gse tags a name though text uses it as a word
	}
	if len(rs) == 3 && rs[1] == '家' && strings.ContainsRune("村庄湾寨屯堡沟岗坪营", rs[2]) {
		return false // 委员|冯家村|调研: a village named after a clan, though gse tags some a name (李家庄)
	}
	if (rs[0] == '老' || rs[0] == '小') && (len(rs) == 2 && p.surnames.HasRunes(rs[1:]) || len(rs) == 3 && p.common.HasRunes(rs[1:2])) {
		return false // 村民老李, 小王, 老刘|拉着: a surname called familiarly, as 王主席 is by a title, no full name
	}
	if len(rs) == 2 && (rs[1] == '总' || rs[1] == '董') && p.surnames.HasRunes(rs[:1]) {
		return false // 吴总|表示, 王董: a surname and a head's title cut short (总经理, 董事长), as 王主席 is no name
	}
	if len(rs) == 3 && p.surname(rs) == 1 && p.after.HasRunes(rs[1:]) && p.after.Value(string(rs[1:])) == "" {
		return false // 居民王阿姨, 王先生: a surname and how one addresses its bearer
	}
	if len(rs) == 2 && p.surnames.HasRunes(rs) {
		return false // 欧阳|先生, 司马|主任: a compound surname alone, as 王主席's surname is no name
	}
	if len(rs) == 4 && p.after.HasRunes(rs[2:]) && p.after.Value(string(rs[2:])) == "" && p.surname(rs) == 1 {
		return false // 某某先生、某某女士: a name of two and how one addresses its bearer, no name of four
	}
	s := string(rs)
	for k := 0; k+1 < len(rs); k++ {
		for l := k + 2; l <= len(rs); l++ {
			if p.titles.HasRunes(rs[k:l]) {
				return false // 和委员, 副主委王: a title, not a name
			}
		}
		if strings.ContainsRune("一二三四五六七八九十两百千", rs[k]) && strings.ContainsRune("版次届个名位件点项条年月日", rs[k+1]) {
			return false // 接一版, 六点: a number and its measure
		}
		if strings.ContainsRune("二三四五两", rs[k]) && strings.ContainsRune("长院家委办", rs[k+1]) {
			return false // 法、检|两长|某某, 两院, 两委: bodies' heads or bodies counted short, no name
		}
	}
	if ps := p.lookupPlace(s); len(ps) > 0 && !(anchored && len(rs) == 2 && p.common.HasRunes(rs[:1]) && shortFormsOnly(ps, s)) || p.cities.Has(s) || p.countries.Has(s) {
		return false // a place, even one gse tags a name (张家港), a foreign city (莫斯科) or a country (老挝); after a title a county's short form of two is a name (副主席黄平)
	}
	if len(rs) == 3 && strings.ContainsRune("台网报", rs[2]) && len(p.lookupPlace(string(rs[:2]))) > 0 {
		return false // 江门|台 2022年…: a place's station, site or paper, no name
	}
	if anchored && p.minorityName(rs) == len(rs) {
		return true // a Tibetan name's one element, a Mongolian name, which a title or a credit anchors (记者 格桑, 其其格)
	}
	tag, word := p.cut.Word(s)
	if word && tag == "nr" && len(rs) >= 3 {
		return true // a name gse knows (温家宝)
	}
	// After a title, a word gse tags as a name, a given name (马成), a
	// place no gazetteer knows (罗干) or another proper noun (金正日) may be one.
	if word && (!anchored && !(tag == "nr" && p.common.HasRunes(rs[:1]) && !p.namesInText.HasRunes(rs)) || anchored && tag != "nr" && tag != "nrfg" && (tag != "ns" && tag != "nz" || p.surname(rs) == 0)) {
		return false // (with no title, a word gse tags a name is one after a common surname, unless text uses it as a word: 李明:, not 高峰)
	}
	if p.notNames.HasRunes(rs[:2]) {
		return false // 履职, 线上: the start of a word news writes after 委员
	}
	if len(rs) == 3 && (p.stops.HasRunes(rs[:1]) || !anchored) && slices.ContainsFunc(p.lookupPlace(string(rs[1:])), func(pl *places.Place) bool { return pl.Level == places.Province }) {
		return false // 曾任|吉林副省长: a verb's character before a province's name, no surname; nor, with no title before, a name that ends in one (住桂|广西委员)
	}
	if !p.common.HasRunes(rs[:1]) && !(len(rs) == 4 && p.surname(rs) == 2) {
		// A rare surname: the name is no word's start or end (编组下沉,
		// 合调研) and no joining word's (在水口村, 和各组, 府|等), unless
		// its given name is one gse knows as a name (席子|奇: 子奇).
		if len(rs) == 2 && word && tag == "nz" {
			return false // 教师|家教|行为: a rare surname's word of two gse knows is that word, no name
		}
		if p.stops.HasRunes(rs[:1]) || p.ordinary(rs[:2]) && !(len(rs) == 3 && (p.known(rs[1:]) || p.rareWordOpens(rs, anchored))) || len(rs) >= 3 && p.ordinary(rs[1:3]) && !p.wordGivenAfterTitle(rs, anchored) || len(rs) == 2 && p.stops.HasRunes(rs[1:2]) {
			return false
		}
	}
	if p.surname(rs) == 0 && !(anchored && len(rs) == 4 && !p.holdsWord(rs) && !p.placeStart(rs) && (p.minorityPart(rs) || p.foreign(rs) == 4)) {
		return false // a name of four without a surname (扎西顿珠) holds no word (联谊会理) and opens with no place (杭锦旗|旗)
	}
	if len(rs) == 4 && p.surname(rs) == 1 && (!p.common.HasRunes(rs[:1]) || p.stops.HasRunes(rs[:1])) && p.common.HasRunes(rs[1:2]) {
		return false // 委|员王海涛: a rare surname before a common one is the end of a word; so is a joining word's (并|向某某某、…)
	}
	if len(rs) == 4 && p.surname(rs) == 1 && !p.common.HasRunes(rs[:1]) && p.ordinary(rs[2:4]) {
		return false // 代表|满怀豪情: a rare surname's given name of three that ends in a word is an idiom's end
	}
	if len(rs) == 2 && strings.ContainsRune("县市省乡镇村区旗盟办局委部厅", rs[1]) || len(rs) >= 3 && strings.ContainsRune("办局委部处厅所站队协", rs[len(rs)-1]) {
		return false // 庆|乡, 强基办, 某某政协, 市发|改委: the end of a place's or a body's name
	}
	if len(rs) >= 3 && (strings.HasSuffix(s, "嘎查") || strings.HasSuffix(s, "苏木") || strings.HasSuffix(s, "社区")) {
		return false // 委员进|嘎查: a village's, a township's or a community's name ends it (Inner Mongolia's 嘎查, 苏木)
	}
	if len(rs) == 4 && p.gaz != nil && p.gaz.Lookup(string(rs[:3])) != nil {
		return false // 杭锦旗|旗委: a place of three begins it
	}
	if len(rs) >= 3 && strings.ContainsRune("县区市旗镇乡村", rs[len(rs)-1]) &&
		(p.surname(rs) == 0 || !p.common.HasRunes(rs[:1]) && !(rs[len(rs)-1] == '旗' && p.knownGiven(rs)) || p.gaz != nil && p.gaz.Lookup(string(rs[len(rs)-3:])) != nil) {
		return false // 赴|卡若区: a place by its full name ends it; 赴某某县, 禾田镇:…: one the gazetteer lacks, where no common surname opens it (nor a given name gse knows a name follows the rarer one: 樊|红旗)
	}
	return true
}

// knownGiven: the runes are a surname of one character and a given name of
// two that gse tags a name (樊|红旗).
func (p *person) knownGiven(rs []rune) bool {
	if len(rs) != 3 || p.surname(rs) != 1 {
		return false
	}
	tag, _ := p.cut.Word(string(rs[1:]))
	return tag == "nr"
}

// rareWordOpens: after a title, a name of three may open with a word too
// rare for gse to cut by (委员文家|某: 文家), where its given name ends in no
// word (not 委员|文化人).
func (p *person) rareWordOpens(rs []rune, anchored bool) bool {
	return anchored && len(rs) >= 3 && !p.commonWord(rs[:2]) && !p.ordinary(rs[1:3]) && !p.stops.HasRunes(rs[2:3]) &&
		!organLast(rs[1]) && !strings.ContainsRune("署馆团厂", rs[1]) && p.titles.LongestPrefix(rs[2:]) == 0 // (公署|特派员: an office's name, a title after it)
}

// holdsWord: an ordinary word of two characters stands in the runes.
func (p *person) holdsWord(rs []rune) bool {
	for k := 0; k+2 <= len(rs); k++ {
		if p.ordinary(rs[k : k+2]) {
			return true
		}
	}
	return false
}

// wholeBeforeTitle: three characters alone between a mark and a title are
// a name whole though the cut reads them otherwise: a surname and a given
// name that is a word (瞿|高峰, 常|建中), or a common surname that is also a
// joining word and a given name gse knows or two characters of no word
// (于|海燕, 曾|志强).
func (p *person) wholeBeforeTitle(x []rune) bool {
	if p.titles.HasRunes(x[1:]) {
		return false
	}
	if p.plainSurname(x) {
		return !p.stops.HasRunes(x[1:2]) && !p.stops.HasRunes(x[2:3]) && x[0] != x[1] && !p.ordinary(x[:2]) && p.cut.Freq(string(x[1:])) < rareVerb &&
			(p.isName(x, true) || p.rareGiven(x[1:])) && p.lookupPlace(string(x)) == nil
	}
	return p.common.HasRunes(x[:1]) && p.surname(x) == 1 &&
		(p.knownGiven(x) || !p.ordinary(x[1:]) && !p.stops.HasRunes(x[1:2]) && !p.stops.HasRunes(x[2:3]))
}

// rareVerbGiven: a name of three opens at i, a surname of one and a given
// name that is a verb or an adverb rare enough to name someone (常|建中,
// 施|跃进, 某|立新; not 组织), where what its holder did follows (出席,
// 主持, 说, 在), not a mark (席|就座|。), unless it ends an item of a list
// of titled names (…、副主席|常建中|。).
func (p *person) rareVerbGiven(rs []rune, i int) bool {
	if i+3 > len(rs) || text.HanCount(rs[i:i+3]) != 3 || !p.plainSurname(rs[i:i+3]) || !(i+5 <= len(rs) && p.followsName(rs, i+3) || p.endsTitledItem(rs, i)) {
		return false
	}
	return p.rareGiven(rs[i+1 : i+3])
}

// endsTitledItem: the three characters at i, right after a title, end a
// clause or a list's item (a mark or the text's end after them:
// 、副主席|某某某|。, 研究室主任|某某某|,): no verb of the title's holder
// stands there, so a given name that is a rare verb is a name.
func (p *person) endsTitledItem(rs []rune, i int) bool {
	if i+3 < len(rs) && !strings.ContainsRune("、,。;", rs[i+3]) {
		return false
	}
	return p.titles.LongestSuffix(rs[max(0, i-8):i]) > 0
}

// nounGivenAfterStop: after a title, a common surname that is also an
// adverb or a verb (曾, 任) and a given name of two that is a proper noun
// (建国, 和平, 红旗), before what its holder did (出席, 主持, 说): a
// name, where the adverb would make no sense; not a time, a count or an
// adverb (曾|多次|强调, 曾|积极|…), nor after a preposition mostly a word
// of its own (向|群众|介绍, 于|现场|指导: WORD_SURNAMES), whose object a
// noun is.
func (p *person) nounGivenAfterStop(rs []rune, i int) bool {
	if i+5 > len(rs) || text.HanCount(rs[i:i+3]) != 3 || !p.common.HasRunes(rs[i:i+1]) || !p.stops.HasRunes(rs[i:i+1]) || p.wordSurnames.HasRunes(rs[i:i+1]) || !p.actsAt(rs, i+3) {
		return false
	}
	given := rs[i+1 : i+3]
	if p.stops.HasRunes(given[:1]) || p.titles.HasRunes(given) || p.subjectNext.HasRunes(given) {
		return false
	}
	switch tag, _ := p.cut.Word(string(given)); tag {
	case "nr", "nz", "ns":
		return true // (not a common noun: 曾|实地|考察, 曾|专门|主持)
	}
	return false
}

// plainSurname: the runes open with a surname of one character that is
// neither a joining word (于, 任) nor mostly a word of its own (有, 来).
func (p *person) plainSurname(x []rune) bool {
	return p.surname(x) == 1 && !p.stops.HasRunes(x[:1]) && !p.wordSurnames.HasRunes(x[:1])
}

// rareGiven: the runes are a verb or an adverb rare enough to be a given
// name (建中, 立新), and none that follows a name (强调, 出席).
func (p *person) rareGiven(rs []rune) bool {
	given := string(rs)
	tag, _ := p.cut.Word(given)
	return (tag == "v" && p.cut.Freq(given) < rareVerb || tag == "d" && p.cut.Freq(given) < rareAdverb) && !p.subjectNext.Has(given) && !p.speech.Has(given)
}

// rareVerb and rareAdverb bound how often gse's dictionary counts a verb or
// an adverb that a given name may be (建中 56, 跃进 128, 前进 2957, 解放
// 4855, 立新 51; not 组织 26922, 参加 15000, nor 正在, 再次, 当场): a title
// and a surname alone name no one, so where what its holder did follows,
// the word is a given name's.
const rareVerb, rareAdverb = 5000, 1000

// wordGivenAfterTitle: after a title, a rarer surname's given name of two
// may be a word, a noun's, a time's, a verbal noun's or an adjective's, as
// given names are (主任尤|海波, 代表阚|国庆), but not after a surname mostly
// a word (委员|进社区) nor a verb's or an adverb's (时|表示, 居民|户及早;
// rareVerbGiven takes a rare verb's where what its holder did follows).
func (p *person) wordGivenAfterTitle(rs []rune, anchored bool) bool {
	if !anchored || len(rs) != 3 || p.wordSurnames.HasRunes(rs[:1]) {
		return false
	}
	tag, _ := p.cut.Word(string(rs[1:3]))
	return tag == "n" || tag == "t" || tag == "vn" || tag == "a"
}

// leftFrom is where 从 or 由 opens the post a transfer's verb (调任, 升任,
// 转任, 改任) leaves, between a name and the verb at at (某某|从|县财政局
// 局长|调任…), in the clause; -1 for none.
func leftFrom(rs []rune, sentence, at int, verb string) int {
	if !strings.HasSuffix(verb, "调任") && !strings.HasSuffix(verb, "升任") && !strings.HasSuffix(verb, "转任") && !strings.HasSuffix(verb, "改任") {
		return -1
	}
	for k := at - 1; k > sentence && k >= at-30 && !isClauseMark(rs[k]); k-- {
		if (rs[k] == '从' || rs[k] == '由') && text.IsHan(rs[k-1]) {
			return k
		}
	}
	return -1
}

// takesPost: the verb 任 of one character takes a post in rs[from:to]
// (某某|任|秘书长), not as a title's last character (主任) or a word's (责任,
// 信任, 任务, 任何: the words subject-posts' pattern keeps apart too).
func (p *person) takesPost(rs []rune, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if rs[k] == '任' && p.titles.LongestSuffix(rs[max(from, k-5):k+1]) == 0 && !strings.ContainsRune("主责信", rs[k-1]) && !(k+1 < to && strings.ContainsRune("务何期命职意性教用免", rs[k+1])) {
			return true
		}
	}
	return false
}

// postsOwnClause ends posts where, after a 、, another person is named with
// posts of their own (某某现任A主席、|某某为B主席): the clause is theirs.
func (p *person) postsOwnClause(rs []rune, r text.Range) text.Range {
	for k := r.Start; k < r.End; k++ {
		if rs[k] != '、' {
			continue
		}
		if l := p.nameAt(rs, k+1, false); l > 0 && k+1+l < r.End && (rs[k+1+l] == '为' || p.postVerbs.LongestPrefix(rs[k+1+l:r.End]) > 0) {
			return text.Range{Start: r.Start, End: k}
		}
		for j := k + 2; j < r.End && rs[j] != '、'; j++ { // 任组长、|副主席某某任副组长: a title and a name before their own verb
			if p.titles.LongestSuffix(rs[k+1:j]) == 0 {
				continue
			}
			if l := p.nameAt(rs, j, true); l > 0 && j+l < r.End && (rs[j+l] == '为' || p.postVerbs.LongestPrefix(rs[j+l:r.End]) > 0) {
				return text.Range{Start: r.Start, End: k}
			}
		}
	}
	return r
}

// verbWord: the runes are a verb of the dictionary (光临).
// timeWord: the runes are a common word of time (白天, 今天; not 生在,
// which the dictionary lists as one, rarely seen).
func (p *person) timeWord(rs []rune) bool {
	tag, _ := p.cut.Word(string(rs))
	return tag == "t" && p.commonWord(rs)
}

func (p *person) verbWord(rs []rune) bool {
	tag, _ := p.cut.Word(string(rs))
	return tag == "v"
}

// adverbWord: the runes are a word gse tags an adverb (逐一, 仔细).
func (p *person) adverbWord(rs []rune) bool {
	tag, _ := p.cut.Word(string(rs))
	return tag == "d" || tag == "ad"
}

// ordinary: the runes are a word that is no name (牵头, 编组; not 高峰, a
// word gse tags as a name, nor 永平, a place's name, as given names are).
func (p *person) ordinary(rs []rune) bool {
	tag, ok := p.cut.Word(string(rs))
	return ok && !strings.HasPrefix(tag, "nr") && tag != "ns" && tag != "nz"
}

// surname is the length of the surname a name begins with (欧阳: 2), or 0.
func (p *person) surname(rs []rune) int {
	if len(rs) > 2 && (p.surnames.HasRunes(rs[:2]) || p.more.HasRunes(rs[:2])) {
		return 2 // 欧阳, and a Yi clan's name (沙马|拉毅)
	}
	if len(rs) > 1 && (p.surnames.HasRunes(rs[:1]) || p.more.HasRunes(rs[:1])) {
		return 1
	}
	return 0
}

// creditPrefix is the length of the longest credit rs begins with and does
// not end with (通讯员|卢洋), or 0.
func (p *person) creditPrefix(rs []rune) int {
	for n := min(5, len(rs)-1); n >= 2; n-- {
		if p.credits.HasRunes(rs[:n]) {
			return n
		}
	}
	return 0
}

// creditRoles: the roles are a credit's (记者, 通讯员), whose names a page may
// run together.
func (p *person) creditRoles(roles []role) bool {
	return len(roles) > 0 && slices.ContainsFunc(roles, func(r role) bool { return p.credits.Has(r.title) })
}

// namesRunOn: the name n runs on into more names with no mark between
// (记者孙某某|赵某某|张某某报道), up to a verb of reporting or the part's end.
func (p *person) namesRunOn(rs []rune, n text.Range, end int) bool {
	run := n.End
	for run < end && text.IsHan(rs[run]) {
		run++
	}
	if run-2 > n.End && (string(rs[run-2:run]) == "报道" || string(rs[run-2:run]) == "报导") {
		run -= 2
	}
	return run > n.End+1 && p.nameThenMore(rs[n.Start:run]) == n.Len()
}

// unitBefore is the length of a unit's name a credited run begins with,
// a word ending in a unit's character (宣传科, 办公室, 新闻中心), before a
// name of two or three (编辑:宣传科|某某某), or 0.
func (p *person) unitBefore(rs []rune) int {
	if unitEnd(rs) {
		return 0 // 供稿:县委办|公室: the run is a unit's name whole
	}
	for k := min(4, len(rs)-2); k >= 2; k-- {
		if !unitEnd(rs[:k]) || len(rs)-k > 3 || !p.isName(rs[k:], true) {
			continue
		}
		if _, word := p.cut.Word(string(rs[:k])); word || p.ordinary(rs[:k-1]) && !p.isName(rs[:k], false) {
			return k
		}
	}
	return 0
}

// unitEnd: the runes, two or more, end as a unit's name does (宣传科,
// 办公室, 融媒体中心), the credited one's unit before their name, run
// together (编辑:宣传科某某) or a space between (供稿:县政协办公室 某某).
func unitEnd(rs []rune) bool {
	n := len(rs)
	return n >= 2 && (strings.ContainsRune("科室处部办组股站局委", rs[n-1]) || n > 2 && rs[n-2] == '中' && rs[n-1] == '心')
}

// twoNamesRun: a run of four is two names of two run together (记者
// 吕某张某): a surname of one, then a common one, each with a given name of
// one (a name of four with a surname of one is rare).
func (p *person) twoNamesRun(x []rune) bool {
	return len(x) == 4 && p.surname(x) == 1 && p.common.HasRunes(x[2:3]) && p.isName(x[:2], true) && p.isName(x[2:], true)
}

// nameThenMore is the length of the name a run of a byline begins with
// where a credit follows it (邱颖谊|通讯员卢洋, 崔志坚|摄) or a whole name
// of a common surname that holds no word (何晴川|孙薇; not 周德|武报道), or 0.
func (p *person) nameThenMore(rs []rune) int {
	for _, n := range []int{3, 2, 4} {
		if n >= len(rs) || !p.isName(rs[:n], false) {
			continue
		}
		rest := rs[n:]
		if p.creditPrefix(rest) > 0 || p.credits.HasRunes(rest) || len(rest) > 1 && p.stops.HasRunes(rest[:1]) && p.creditPrefix(rest[1:]) > 0 || // (某某|对|本报记者说)
			len(rest) <= 3 && (p.common.HasRunes(rest[:1]) || n == 3 && len(rest) == 3 && p.surname(rest) == 1 && !p.stops.HasRunes(rest[:1])) && !p.holdsWord(rest) && p.isName(rest, false) || // (a second of three after one of three may open with a rarer surname: 何长春|左清扬)
			len(rest) >= 4 && len(rest) <= 6 && p.common.HasRunes(rest[:1]) && p.nameThenMore(rest) > 0 || // (三名: 记者某某某|某某某某某某)
			len(rest) == 3 && p.common.HasRunes(rest[:1]) && !p.ordinary(rest[:2]) && p.nounGiven(rest[1:]) && p.isName(rest, true) {
			return n // (a second name whose given name is a noun: 吴德海|刘海军)
		}
	}
	if len(rs) == 5 && p.isName(rs[:2], false) && p.surname(rs[2:]) == 1 && !p.holdsWord(rs[2:]) && p.isName(rs[2:], false) {
		return 2 // 记者吴某|盛某某: two names run together, the second of three opening with a rarer surname
	}
	return 0
}

// syllablesOnly: the tokens open with a few characters, to their end, a
// word of the dictionary or a joining word, each of no word and most of them
// characters transliterations use (TRANSLIT_CHARS): the syllables of a
// transliterated name (阿布都|热西提|发言, 阿不都|热合曼|及).
func (p *person) syllablesOnly(tokens []string) bool {
	n, translit := 0, 0
	for _, t := range tokens {
		if utf8.RuneCountInString(t) > 1 || p.stops.Has(t) {
			break
		}
		if p.translit.Has(t) {
			translit++
		}
		n++
	}
	return n >= 1 && n <= 5 && 2*translit > n
}

// dottedEnd is the end of a name written with a middle dot whose first
// part is rs[i:j] (阿依古丽·买买提), each part two to eight characters, or
// one where the father's name is cut to its first as bylines write it at the
// credit's end (某某古丽·吾); or j. The caller asks that it begin with no
// place and hold no title or credit (not 某某日报·某某在线记者).
func dottedEnd(rs []rune, i, j, end int) int {
	if j-i < 2 || j-i > 8 || j+1 >= end || rs[j] != '·' {
		return j
	}
	k := j + 1
	for k < end && text.IsHan(rs[k]) {
		k++
	}
	if k-j-1 < 1 || k-j-1 > 8 || k-j-1 == 1 && (k < len(rs) && rs[k] != ')' || k != end) {
		return j
	}
	return k
}

// credited makes the people of a byline: names parted by spaces or 、,
// with credits between them (记者 郑亚晖 通讯员 董慈); a name of one
// character and one after it are one name (祁 蓉). A credit written
// (written) anchors its names as a title does; one a rule sets does not.
func (p *person) credited(c *Context, m *engine.Match, g text.Range, credit string, written bool) []*record.Entry {
	rs := c.View.Runes
	if p.media.HasRunes(rs[g.Start:g.End]) {
		return nil // (中新社): the outlet alone credits the story, no one by name
	}
	var out []*record.Entry
	// A credit of one character after names is theirs, those since the
	// credit before (记者 某某 某某 文 某某 图: the first two wrote, the third
	// took the photographs; 记者 某某 文/图: both); before names it is theirs
	// (文/图 某某).
	var names []named
	since := 0
	crAt, creditWritten := m.Group("credit")
	assumed := !creditWritten && m.Rule.Set["credit"] != "" // (an author's in brackets: the rule's 作者)
	// A credit written right after an outlet's name (新华社|记者 某某摄, 某某日报|记者 某某)
	// is a post of the outlet, as the credit written to the name is (新华社记者某某).
	var outlet text.Range
	if creditWritten && crAt.Start > 0 && strings.ContainsRune(outletLast, rs[crAt.Start-1]) {
		outlet = crAt
	}
	i := g.Start
	for i < g.End {
		for i < g.End && (unicode.IsSpace(rs[i]) || rs[i] == '、' || rs[i] == ',') {
			i++ // (the rule lets a comma part names only where names alone follow it to the line's end)
		}
		if i < g.End && rs[i] == '(' && len(names) > 0 && names[len(names)-1].at.End == i {
			if k := slices.Index(rs[i:g.End], ')'); k > 0 {
				i += k + 1 // 提案人:某某(民盟) 某某: a note on the name before, no name
				continue
			}
		}
		j := i
		for j < g.End && text.IsHan(rs[j]) {
			j++
		}
		if j == i {
			break
		}
		short := j-i == 1
		if short && j+1 < g.End && rs[j] == '/' && p.credits.HasRunes(rs[i:j+2]) {
			j += 2 // 文/图 after names, as one
		}
		word := c.ViewText(text.Range{Start: i, End: j})
		if len(names) == 0 && j < g.End && unicode.IsSpace(rs[j]) && ((max(p.orgEnds.LongestSuffix(rs[i:j]), p.outlets.LongestSuffix(rs[i:j])) > 0 || p.media.HasRunes(rs[i:j]) || j-i >= 3 && unitEnd(rs[i:j])) && written && !p.isName(rs[i:j], false) ||
			j-i >= 3 && strings.ContainsRune(outletLast, rs[j-1]) && (p.countries.LongestPrefix(rs[i:j]) > 0 || runesAt(rs, i, "中国") || p.placeStart(rs[i:j]))) {
			i = j // 采写 | 某某融媒体中心 某某, 中国网 某某 摄, 新华网 某某 摄: the outlet, then the names
			continue
		}
		if j-i >= 3 && strings.ContainsRune("委办局网網", rs[j-1]) && !p.credits.Has(word) {
			i = j // 供稿:某科委, 供稿:县委办, 作者:某某网: a unit or a site credited, its short name ending as no name does
			continue
		}
		if p.credits.Has(word) {
			if short && len(names) > since {
				for k := since; k < len(names); k++ {
					if !written || assumed {
						names[k].roles = nil // □某某 摄, (某社 某某摄): the credit written, not the one the rule assumes (作者)
					}
					for _, t := range strings.Split(p.credits.Value(word), "、") {
						names[k].roles = append(names[k].roles, role{title: t, none: true})
					}
				}
			} else {
				credit, outlet = p.credits.Value(word), text.Range{}
			}
			since, i = len(names), j
			continue
		}
		if k := p.unitBefore(rs[i:j]); k > 0 {
			i += k // 编辑:宣传科|某某某: the credited one's unit, then the name
			continue
		}
		// Names and credits written together (记者邱颖谊通讯员卢洋,
		// 记者何晴川孙薇, 崔志坚摄): in a run that is no name whole, or ends
		// with 摄, which ends no name, a credit the run begins with, or a
		// name that a credit or another name follows, is read on its own.
		two := p.twoNamesRun(rs[i:j])
		if j-i > 2 && (rs[j-1] == '摄' || !p.isName(rs[i:j], false) || two) && !(written && !two && p.spacedGiven(rs, g, i, j)) {
			if k := p.creditPrefix(rs[i:j]); k > 0 {
				credit, i, outlet = p.credits.Value(string(rs[i:i+k])), i+k, text.Range{}
				continue
			}
			if n := p.nameThenMore(rs[i:j]); n > 0 {
				j = i + n
			} else if rs[j-1] == '摄' && j-i <= 4 && p.isName(rs[i:j-1], true) {
				j-- // 记者某某摄: the name the credit anchors, then the photograph's credit
			}
		}
		last := false
		if j-i > 2 && rs[j-1] == '等' {
			j, last = j-1, true // 提案人:某某等5位委员: the names end at 等
		}
		if w := string(rs[max(i, j-2):j]); j-i > 3 && (w == "报道" || w == "报导" || w == "供稿") {
			j, last = j-2, true // 记者某某 某某报道, 图:某某供稿: the names end at the verb of reporting
		} else if j-i >= 3 && saysAt(rs, j-1) {
			j, last = j-1, true // 记者某某|说,: a credit run into the sentence, the quote's verb after the name
		}
		if j-i >= 4 && (runesAt(rs, j, "报道") || runesAt(rs, j, "报导")) {
			if s := p.placeBefore(rs, i, j); s > 0 {
				j = s // 通讯员某某|上海|报道: where the report is filed from, after the name
			}
		}
		photo := false
		if j-i == 1 { // 祁 蓉
			k := j
			for k < g.End && unicode.IsSpace(rs[k]) {
				k++
			}
			l := k
			for l < g.End && text.IsHan(rs[l]) {
				l++
			}
			if k > j && l-k == 2 && rs[l-1] == '摄' {
				j, photo = l-1, true // 记者 裴 某摄: the photograph's credit written to the spaced name
			} else if k > j && l-k == 1 || l-k == 2 {
				j = l
			}
		}
		n := text.Range{Start: i, End: j}
		if d := dottedEnd(rs, i, j, g.End); d > j && !p.placeStart(rs[i:j]) && !p.holdsTitle(rs[i:d]) && !holds(p.credits, rs[j+1:d]) {
			if d-j-1 > 2 && photoCreditAt(rs, d-1) {
				d, photo = d-1, true // 记者 某某·某某摄: the photograph's credit written to the name
			}
			n, j = text.Range{Start: i, End: d}, d // 记者 阿依古丽·买买提: a minority name whole, which the credit anchors
		} else if x := []rune(nameOf(c.ViewText(n))); !p.isName(x, written) && !(written && (j == g.End || unicode.IsSpace(rs[j]) || rs[j] == '、') && (p.wordGiven(x) && !p.predicateAt(x, 1) || (len(names) == since || unicode.IsSpace(rs[i-1]) && !strings.ContainsRune(creditJoins, rs[i])) && p.stopSurnamed(x) || p.spacedGiven(rs, g, i, j) || p.creditLineName(rs, g, i, j))) {
			break // a credit written anchors it, as a title does (编辑 朱倩, a name gse knows), and where the name ends a word given stays (审核:葛|新民; not 会见记者|时|表示)
		}
		var roles []role
		for _, t := range strings.Split(credit, "、") { // 文/图: 作者、摄影, the words and the pictures theirs
			switch {
			case t == "":
			case outlet.Len() > 0:
				roles = append(roles, role{title: t, at: outlet, from: max(c.Sentence.Start, outlet.Start-16)})
			default:
				roles = append(roles, role{title: t, none: true})
			}
		}
		if photo {
			j++ // (its role: entry, as for every name 摄 ends)
		}
		if j+1 < len(rs) && rs[j] == '/' && p.credits.HasRunes(rs[j+1:j+2]) && (j+2 == len(rs) || rs[j+2] != ':') {
			// 记者 黎琦/图: the credit after the name is a role too (not
			// 文:某某/图:某某, the next credit, its names after it)
			roles = append(roles, role{title: p.credits.Value(string(rs[j+1 : j+2])), none: true})
		}
		names = append(names, named{n, roles})
		i = j
		if last {
			break
		}
	}
	if cr, ok := m.Group("credit"); ok && len(names) == 1 && p.guests.HasRunes(rs[cr.Start:cr.End]) {
		// 嘉宾:某某,市政协委员、…: the posts the box gives after its guest's name,
		// up to another label (撰稿:某某 编辑:某某, 嘉宾:某某 主持人:某某: the other's)
		posts := postsAfter(rs, names[0].at.End)
		for k := posts.Start; k < posts.End; k++ {
			if l := max(p.credits.LongestPrefix(rs[k:posts.End]), p.titles.LongestPrefix(rs[k:posts.End])); l > 0 && k+l < posts.End && rs[k+l] == ':' {
				posts.End = k
			}
		}
		names[0].roles = append(names[0].roles, p.noteRoles(c, posts)...)
	}
	for _, x := range names {
		out = append(out, p.entry(c, m, x.at, x.roles))
	}
	return out
}

// outletLast are the last characters of an outlet's name (某某网, 某某日报,
// 新华社, 某某电视台), which a credit's names or its title may follow.
const outletLast = "网报社台"

// creditJoins are the words that join a credit's names (记者 某某 |和某某):
// no surname of the name after them.
const creditJoins = "和与及同跟并暨"

// creditLineName: the name in [i, j) is one of a credit's names that ends
// its line or its brackets ((记者 常立新)), or one a space parts from the
// next name of the line (通讯员 施跃进 何晴), after the label's colon or a
// space, three characters with a surname and no word, credit or title
// whole, no join opening them (三审:常立新; not 记者 某某 |和某某): what a
// line of credits holds there is a name, though its surname is a joining
// word and its given name a word.
func (p *person) creditLineName(rs []rune, g text.Range, i, j int) bool {
	ends := j == g.End && (j == len(rs) || rs[j] == '\n' || rs[j] == ')')
	if !ends && !p.nameNextInLine(rs, g, j) || j-i != 3 || i == 0 || rs[i-1] != ':' && !unicode.IsSpace(rs[i-1]) {
		return false
	}
	x := rs[i:j]
	return text.HanCount(x) == 3 && p.surname(x) == 1 && !strings.ContainsRune(creditJoins, x[0]) && !p.ordinary(x) && !p.ordinary(x[:2]) && !p.credits.HasRunes(x) && !p.holdsTitle(x) && !p.placeStart(x)
}

// nameNextInLine: spaces follow j inside the credit's names, and a name
// or a credit after them (as a credit's are written: 施跃进 何晴, 施跃进 报道).
func (p *person) nameNextInLine(rs []rune, g text.Range, j int) bool {
	k := j
	for k < g.End && unicode.IsSpace(rs[k]) && rs[k] != '\n' {
		k++
	}
	l := k
	for l < g.End && text.IsHan(rs[l]) {
		l++
	}
	if k == j || l == k || l < g.End && !unicode.IsSpace(rs[l]) {
		return false
	}
	return l-k >= 2 && l-k <= 3 && p.isName(rs[k:l], true) || p.credits.HasRunes(rs[k:l])
}

// spacedGiven: a run of two to four characters with no surname (many a
// Tibetan's, Uyghur's or Mongol's name is written so) is a name in a
// credit whose runs are all two to four characters parted by spaces, one
// of them a name with a surname or a minority's known name (记者 某某 吴某
// 某某): the spaces part names, as no sentence does. Not a word of its own
// (供稿, 摄影), a place, a title, or one a joining word opens (和某某: the
// next name's join).
func (p *person) spacedGiven(rs []rune, g text.Range, i, j int) bool {
	if j-i < 2 || j-i > 4 || i > g.Start && !unicode.IsSpace(rs[i-1]) || j < g.End && !unicode.IsSpace(rs[j]) {
		return false
	}
	if x := rs[i:j]; p.ordinary(x) || p.credits.HasRunes(x) || p.stops.HasRunes(x[:1]) || p.titles.LongestPrefix(x) > 0 || p.placeStart(x) || len(x) > 2 && (p.ordinary(x[:2]) || p.ordinary(x[len(x)-2:]) || strings.ContainsAny(string(x), "摄电讯发社报网台")) {
		return false // (of three or four, no word opens or ends it, nor an outlet's or a credit's character is in it: 现场|直击, 综合|报道, 新华社电, 某某摄)
	}
	named := false
	for _, f := range strings.Fields(string(rs[g.Start:g.End])) {
		r := []rune(f)
		if len(r) < 2 || len(r) > 4 || text.HanCount(r) != len(r) {
			return false
		}
		named = named || p.surname(r) > 0 && p.isName(r, true) || p.minorityWhole(r)
	}
	return named
}

// postsAfter is the rest of the line or sentence after a name and the comma
// or spaces after it (某某|,市政协委员、某某医院副院长), or nothing.
func postsAfter(rs []rune, k int) text.Range {
	start := k
	for start < len(rs) && (rs[start] == ',' || rs[start] == ' ' || rs[start] == '\u3000') {
		start++
	}
	if start == k {
		return text.Range{}
	}
	end := start
	for end < len(rs) && rs[end] != '\n' && rs[end] != '。' {
		end++
	}
	return text.Range{Start: start, End: end}
}

// parted is the range r of rs parted at every sep, the empty parts left out.
func parted(rs []rune, r text.Range, sep rune) []text.Range {
	var out []text.Range
	start := r.Start
	for i := r.Start; i <= r.End; i++ {
		if i == r.End || rs[i] == sep {
			if i > start {
				out = append(out, text.Range{Start: start, End: i})
			}
			start = i + 1
		}
	}
	return out
}
