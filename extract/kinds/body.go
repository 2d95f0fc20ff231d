package kinds

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/names"
	"github.com/zxtract/zxtract/extract/places"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// body: a specific organisation. Rules find one by its organ, with groups:
//
//	level   a level word before the organ: 市, 县, 自治区, 我市 (BODY_LEVELS)
//	organ   the organ: 政协, 人大, 委, 政府, 科协, or a national body
//	sub     an organ of it: 常委会, 党组 (CPPCC_ORGANS, CONGRESS_ORGANS), 统战部
//	place   a place named inside it (政协某某县委员会, 民盟某市委); discipline
//	        makes a party's committee so named its discipline commission
//	        (中共某县纪律检查委员会)
//	party   a democratic party (DEMOCRATIC_PARTIES); unit its unit (PARTY_UNITS),
//	        central its central committee (民建中央)
//	dept    a government's department (县人力资源和社会保障局)
//	bare    an organ named alone (大会主席团, 提案委员会), of the 政协 or 人大
//	        the article names nearest before it
//	partydept  a party department a level word names directly (县政法委)
//	dunit   a democratic party's committee by its level and unit alone (省委会), of
//	        the party the article names nearest
//	dsub    a democratic party's department named alone (组织部), of that party's
//	        committee named nearest before it
//	ministry   a ministry of the State Council (MINISTRIES)
//	country    a country (COUNTRIES) whose government or ministry it is
//	agency     a government agency named after its place (某市住房保障办)
//	named   a school, company or newspaper by its name, taken as written
//	street  a street (街道) whose party committee a chain names before its office (街道党工委副书记、|办事处主任)
//	zone    a development zone or new area (经开区); zname its name, where the
//	        zone stands before the match (某某高新区党工委、|管委会: the zone's)
//
// The builder reads the places named before the organ from the gazetteer
// (天津市政协, 湖南省怀化市通道县政协, 渝中政协); the article step finds the
// article's place (body_place.go) and resolves level words against it
// (市政协 in a Tianjin article: 天津市政协), and writes each body's canonical
// name, kind, level and place (GUIDELINES.md).
type body struct {
	levels, cppccOrgans, congressOrgans, parties, marks, units, national, ministries, media, branches, partyDepts, heads *rules.Lexicon
	posts                                                                                                                *rules.Lexicon   // the titles of posts (TITLES): a 、 after one parts one person's posts, 某市妇联干事、|市委党校讲师
	orgVerbs                                                                                                             *rules.Lexicon   // verbs a name may follow (历任|华为…)
	held                                                                                                                 *rules.Lexicon   // what a meeting does where it is held (在广州|开幕)
	halls                                                                                                                *rules.Lexicon   // buildings a meeting is held in (VENUES: 在某地|某某会堂|召开)
	visits                                                                                                               *rules.Lexicon   // what a body goes to a place to do (到某某街道|调研)
	travels                                                                                                              *rules.Lexicon   // verbs of going to a place, right before it (赴, 走访了)
	homes                                                                                                                *rules.Lexicon   // the kinds of organisation a word points back to (校 of 校党委)
	placeKinds                                                                                                           *rules.Lexicon   // kinds of city a level word ends (设区市, 县级市)
	stations                                                                                                             *rules.Lexicon   // a government's stations in a township (城关司法所)
	committees                                                                                                           *rules.Lexicon   // the party and the Youth League by their full and short names: the short name their committees take (中共, 共青团)
	abroad                                                                                                               []*rules.Lexicon // places abroad whose names end in a Chinese place's (佛罗里|达州)
	surnames                                                                                                             *rules.Lexicon   // common surnames: a place's short name after one, after a title, is a person's (秘书长刘|长春)
	datelineMedia                                                                                                        *rules.Lexicon   // 新闻网, 融媒: how a place's own medium ends its name in a dateline
	outlets                                                                                                              *rules.Lexicon   // 人民日报, 文汇报: media by their names (MEDIA)
	schools                                                                                                              *rules.Lexicon   // 职教中心: how a vocational school's name ends, as an agency's would
	massShort                                                                                                            *rules.Lexicon   // 妇女联合会: 妇联, the one name of a people's organisation
	gaz                                                                                                                  *places.Gazetteer
	words                                                                                                                *names.Cutter
}

var bodySpec = Spec{
	Name: "body",
	List: "bodies",
	Groups: []string{"level", "organ", "sub", "place", "party", "unit", "implied", "dept", "bare", "ofcppcc", "named", "former",
		"partydept", "dunit", "dparty", "dsub", "ministry", "country", "agency", "leader", "foreign", "central", "placed", "zone", "zname", "street", "owner", "vhead", "discipline", "numbered", "branch", "institute", "home", "bureau", "self", "division"},
	Lexicons: []string{"GOV_STATIONS", "COMMITTEE_PREFIXES", "BODY_LEVELS", "CPPCC_ORGANS", "CONGRESS_ORGANS", "DEMOCRATIC_PARTIES", "PARTY_MARKS", "PARTY_UNITS",
		"NATIONAL_BODIES", "MINISTRIES", "MEDIA_ENDS", "PARTY_BRANCH_ENDS", "PARTY_GOV_DEPARTMENTS", "BODY_HEADS", "TITLES", "ORG_VERB_WORDS", "MEETING_HELD", "VENUES", "PLACE_VISITS", "PLACE_TRAVELS", "HOMES", "PLACE_KINDS", "FOREIGN_REGIONS", "FOREIGN_CITIES", "COMMON_SURNAMES", "DATELINE_MEDIA_ENDS", "MEDIA", "SCHOOL_CENTRES", "MASS_ORG_SHORT"},
	Key:    []string{"canonical"},
	Fields: []string{"text", "canonical", "kind", "level", "place"},
}

func (*body) Spec() *Spec { return &bodySpec }

func (b *body) Bind(lex func(string) *rules.Lexicon) {
	b.levels, b.cppccOrgans, b.congressOrgans = lex("BODY_LEVELS"), lex("CPPCC_ORGANS"), lex("CONGRESS_ORGANS")
	b.parties, b.marks, b.units, b.national = lex("DEMOCRATIC_PARTIES"), lex("PARTY_MARKS"), lex("PARTY_UNITS"), lex("NATIONAL_BODIES")
	b.ministries, b.media, b.branches = lex("MINISTRIES"), lex("MEDIA_ENDS"), lex("PARTY_BRANCH_ENDS")
	b.stations, b.committees = lex("GOV_STATIONS"), lex("COMMITTEE_PREFIXES")
	b.partyDepts, b.heads, b.orgVerbs, b.held, b.halls = lex("PARTY_GOV_DEPARTMENTS"), lex("BODY_HEADS"), lex("ORG_VERB_WORDS"), lex("MEETING_HELD"), lex("VENUES")
	b.posts = lex("TITLES")
	b.visits, b.travels = lex("PLACE_VISITS"), lex("PLACE_TRAVELS")
	b.homes, b.placeKinds = lex("HOMES"), lex("PLACE_KINDS")
	b.abroad = []*rules.Lexicon{lex("FOREIGN_REGIONS"), lex("FOREIGN_CITIES")}
	b.surnames, b.datelineMedia, b.outlets, b.schools = lex("COMMON_SURNAMES"), lex("DATELINE_MEDIA_ENDS"), lex("MEDIA"), lex("SCHOOL_CENTRES")
	b.massShort = lex("MASS_ORG_SHORT")
	b.gaz, _ = places.Default() // an error shows when the tests load the gazetteer
	b.words, _ = names.Default()
}

// bodyDetail is what the body kind keeps of an entry: its parts, for the
// article step to name it once the article's place is known. A canonical
// name is prefix, place, organ and sub: 中共 天津市 委 统战部.
type bodyDetail struct {
	kind    string          // cppcc, party, government, congress, democratic_party, other
	places  []*places.Place // what its named places may be
	level   string          // a level word alone (市, 县) the article's place resolves
	prefix  string          // before the place: 中共, 共青团, a democratic party's short name
	organ   string          // after the place: 政协, 人大, 委, 政府, 科协, a department
	sub     string          // an organ of the body: 常委会, 党组, 统战部, 办公室
	fixed   string          // a canonical name the text gives whole (全国政协, 育英里小学)
	nation  bool            // a national body
	written string          // the places as the text names them (黑龙江省佳木斯市)
	bare    bool            // an organ named alone: it belongs to a 政协 or 人大 named before
	// self: the body a text says 本会 of, its own: the association or
	// democratic party's committee the article names most; or the company
	// one holds a post in, named 公司 alone: the company it names most
	self    bool
	local   bool   // a department named alone (教育局, 司法所): of the article's place
	station bool   // and a station (派出所, 司法所): a township's, of the article's only where that is a township
	short   bool   // its place is named by a short form (渝中政协)
	home    string // the canonical name of the body itself, without its sub-organ
	outside bool   // outside the territorial hierarchy (县融媒体中心): no level, though it takes a place
	region  bool   // 区党委: an autonomous region's committee (a district's is 区委)
	homeOf  string // 校 of 校党委: an organ of the one school the article names
	// division: a department's division named alone in a list of its
	// people (统战部副部长某某、|党派处处长): of the body named before it there
	division bool
	// uncertain: its name where its place is not certain, written apart from
	// it (某某街道党工委副书记、|办事处: 某某街道办事处)
	uncertain string
}

func (b *body) Build(c *Context, m *engine.Match) []*record.Entry {
	d := &bodyDetail{}
	start := m.Start
	organ := c.Capture(m, "organ")
	level := c.Capture(m, "level")
	sub := c.Capture(m, "sub")
	if _, implied := m.Group("implied"); implied && organ == "" && c.Capture(m, "party") == "" {
		organ = "政协" // 省|文史委: an organ only a 政协 has, its 政协 implied
	}
	if (level == "镇" || level == "乡") && (strings.HasPrefix(c.Capture(m, "agency"), "街道") || strings.HasPrefix(c.Capture(m, "dept"), "街道")) {
		return nil // 某镇|街道办: a street's office named after a town, 镇 its name's, no level before a street's
	}
	switch {
	case c.Capture(m, "vhead") != "": // 国家税务总局泸州市税务局: a national administration's office in a place
		d.kind, d.fixed, d.level = "government", c.ViewText(m.Range), level
		return b.entry(c, m, m.Range, d)
	case c.Capture(m, "zone") != "": // 某某经开区: a zone's committee, a government's
		d.kind, d.fixed = "government", c.ViewText(m.Range)
		if z, _ := m.Group("zone"); z.End <= m.Start {
			// 某某高新区党工委、|管委会: the zone named before it, with its name
			if n, ok := m.Group("zname"); ok && n.Len() > 0 {
				z.Start = n.Start
			}
			d.fixed = c.ViewText(z) + d.fixed
		} else if c.ViewText(z) == "新区" && b.gaz.Lookup(c.ViewText(text.Range{Start: m.Start, End: z.End})) != nil {
			return nil // 浦东新区, 滨海新区: a district the gazetteer has, a place
		}
		switch {
		case strings.Contains(d.fixed, "政协"):
			d.kind = "cppcc" // 某某开发区政协工委: the 政协's committee for the zone
		case strings.HasSuffix(d.fixed, "工委"):
			d.kind = "party" // 某某高新区党工委 (工委): the zone's party committee
		}
		return b.entry(c, m, m.Range, d)
	case c.Capture(m, "home") != "": // 校党委: the school's, which the article names
		d.kind, d.fixed, d.homeOf = "other", c.ViewText(m.Range), c.Capture(m, "home")
		if endsWithOne(d.fixed, b.branches) {
			d.kind = "party"
		}
		return b.entry(c, m, m.Range, d)
	case c.Capture(m, "named") != "":
		r, _ := m.Group("named")
		if m.Start < r.Start { // the name before the kind of organisation (育英里 of 育英里小学)
			r = m.Range
		}
		r.Start = b.nameOpening(c.View.Runes, r.Start)
		if b.generic(c, m, r.Start) {
			return nil // 各地的|佛教协会, 有关|公司: a class, no one body
		}
		if rs := c.View.Runes; r.Start > 0 && r.Len() > 3 && (rs[r.Start] == '现' || rs[r.Start] == '原') && rs[r.Start-1] == '(' {
			r.Start++ // 某学院(|现|某大学): its name now (or before), in brackets after another
		}
		d.kind, d.fixed = "other", withoutTerm(c.ViewText(r)) // (某镇第九届妇女联合会: its term no part of its name)
		if f, ok := m.Group("former"); ok && f.Start > r.Start {
			d.fixed = withoutTerm(c.ViewText(text.Range{Start: r.Start, End: f.Start}) + c.ViewText(text.Range{Start: f.End, End: r.End})) // 某村|原|党支部: a former post's, 原 no part of its name
		}
		if owner := c.Capture(m, "owner"); owner != "" {
			// 某村党支部书记、村委会主任: the village's committee; 在某村,村党支部: its
			// branch, the village's word written once
			if unit := villageUnit(owner); unit != "" && strings.HasPrefix(d.fixed, unit+"党") {
				d.fixed = strings.TrimPrefix(d.fixed, unit)
			}
			d.fixed = owner + d.fixed
		}
		if endsWithOne(d.fixed, b.branches) {
			d.kind = "party" // 某某村党支部, 某公司纪委: the party's own organs
		}
		if endsWithOne(d.fixed, b.stations) {
			d.kind = "government" // 城关司法所: a station named by its township, the government's
		}
		if strings.HasPrefix(d.fixed, "中共") || strings.HasPrefix(d.fixed, "中国共产党") {
			if strings.HasSuffix(d.fixed, "委员会") || strings.HasSuffix(d.fixed, "党委") || strings.HasSuffix(d.fixed, "纪委") {
				d.kind, d.fixed = "party", withoutTerm(d.fixed) // 中共某某大学委员会: the party's, its term no part of its name
			} else if next := c.View.Runes[r.End:min(len(c.View.Runes), r.End+12)]; len(next) > 0 && next[0] == '第' && strings.Contains(string(next), "代表大会") {
				return nil // 中国共产党某某大学|第三次代表大会: the party's congress of a school, no body
			}
		}
		d.level, d.nation = level, c.Capture(m, "central") != "" // (县纪委监委驻…纪检监察组: the county's)
		if lv := string(c.View.Runes[r.Start : r.Start+1]); level == "" && !d.nation && d.kind == "other" && r.End == m.End && r.Len() >= 3 &&
			c.Capture(m, "owner") == "" && b.levels.Has(lv) && !b.startsWord(c.View.Runes[r.Start:r.Start+2]) {
			// 县人民医院, 县第一中学: a place's own by its level word alone, of
			// the article's place as a bare agency is, outside the hierarchy
			// (not a word's first character: 乡村|就业工厂)
			d.fixed, d.organ, d.outside, level, start = "", d.fixed[len(lv):], true, lv, r.Start
			break
		}
		return b.entry(c, m, r, d)
	case c.Capture(m, "bare") != "":
		bare := c.Capture(m, "bare")
		d.bare, d.kind, d.sub = true, "cppcc", b.cppccOrgans.Value(bare)
		if _, of := m.Group("ofcppcc"); of && !b.cppccOrgans.Has(bare) {
			d.sub = bare // a 政协's committee named by its fields, as written
		} else if !b.cppccOrgans.Has(bare) {
			d.kind, d.sub = "congress", b.congressOrgans.Value(bare)
		} else if b.congressOrgans.Has(bare) {
			d.kind = "" // either's
		}
		return b.entry(c, m, m.Range, d)
	case c.Capture(m, "dunit") != "": // 省委会: a democratic party's committee by its unit alone, the article's party's (ResolveArticle)
		d.bare, d.kind, d.organ = true, "democratic_party", b.units.Value(c.Capture(m, "dunit"))
		d.prefix = b.marks.Value(c.Capture(m, "dparty")) // 盟市委: 民盟's
		pr, _ := m.Group("place")
		if !b.readPlace(c, pr, d) {
			return nil // 某某基层委员会: no place the gazetteer holds
		}
		if d.prefix != "" && pr.Len() > 1 && len(d.places) > 0 {
			d.bare = false // 社某市委: the marked party's committee of the place named, whichever the article names
		}
		return b.entry(c, m, m.Range, d)
	case c.Capture(m, "self") != "": // 本会: the association's or the party committee's own (ResolveArticle)
		d.kind, d.fixed, d.self = "other", c.Capture(m, "self"), true
		return b.entry(c, m, m.Range, d)
	case c.Capture(m, "division") != "": // 统战部副部长某某、|党派处处长: the division of the body before it (ResolveArticle)
		d.kind, d.fixed, d.sub, d.division = "other", c.Capture(m, "division"), c.Capture(m, "division"), true
		return b.entry(c, m, m.Range, d)
	case c.Capture(m, "dsub") != "": // 民进中央宣传部部长某某、|组织部…: that committee's (ResolveArticle)
		d.bare, d.kind, d.sub = true, "democratic_party", c.Capture(m, "dsub")
		return b.entry(c, m, m.Range, d)
	case c.Capture(m, "leader") != "": // 克林顿政府: as written, but 拉萨政府 is a city's
		if b.gaz.Lookup(c.Capture(m, "leader")) != nil {
			return nil
		}
		d.kind, d.fixed = "government", c.ViewText(m.Range)
		return b.entry(c, m, m.Range, d)
	case c.Capture(m, "foreign") != "": // 参议院, 美联储: a foreign organ by its own name, as written
		d.kind, d.fixed = "government", c.ViewText(m.Range)
		return b.entry(c, m, m.Range, d)
	case c.Capture(m, "country") != "": // 美国政府: as written
		if g, _ := m.Group("country"); b.placeEndsOver(c.View.Runes, g.Start, g.End) {
			return nil // 内|蒙古政府: the country's name ends a province's (内蒙古), whose organ it is
		}
		d.kind, d.fixed = "government", c.ViewText(m.Range)
		d.nation = slices.Contains([]string{"中国", "中华人民共和国", "我", "我国"}, c.Capture(m, "country")) // (我驻某国使馆: China's)
		return b.entry(c, m, m.Range, d)
	case c.Capture(m, "ministry") != "":
		d.kind, d.fixed, d.nation = "government", b.ministries.Value(c.Capture(m, "ministry")), true
		if nationalKind(d.fixed) == "party" {
			d.kind = "party" // 中央台办, 中央外宣办: the party centre's offices, though named with the State Council's
		}
		if inst := c.Capture(m, "institute"); inst != "" {
			d.kind, d.fixed, d.nation = "other", d.fixed+inst, false // 国家发改委宏观经济研究院: the ministry's institute, of no level
		}
		d.fixed += c.Capture(m, "bureau") // 教育部基础教育司: its department
		return b.entry(c, m, m.Range, d)
	case c.Capture(m, "placed") != "": // 杭州商务委员会: an agency after a place's short name
		r, ok := b.placeOpens(c, m, d)
		if placed := c.Capture(m, "placed"); !ok && (placed == "办公室" || placed == "局") && nationalNamed(c.View.Runes[m.Start:m.End]) {
			// 中国某某工程办公室: the country's own office or bureau, named whole,
			// as written (a 委员会 so named is most often a society's: body.commission)
			d.kind, d.fixed, d.nation = "government", c.ViewText(m.Range), true
			return b.entry(c, m, m.Range, d)
		}
		if !ok {
			return nil
		}
		return b.entry(c, m, r, d)
	case c.Capture(m, "agency") != "":
		agency := c.Capture(m, "agency")
		if level == "" { // 国家体彩中心
			d.kind, d.fixed, d.nation = "government", c.ViewText(m.Range), true
			return b.entry(c, m, m.Range, d)
		}
		if !agencyName(agency) {
			return nil
		}
		d.kind, d.organ = "government", agency
		if endsWithOne(agency, b.media) || endsWithOne(agency, b.schools) {
			d.kind, d.outside = "other", true // 县融媒体中心, 县职教中心: media and schools, as GUIDELINES count them
		}
	case c.Capture(m, "partydept") != "":
		d.kind, d.prefix, d.organ, d.sub = "party", "中共", "委", c.Capture(m, "partydept")
		if strings.HasPrefix(d.sub, "直") {
			d.organ = "" // 省直机关工委: the level word's 直 (the province's own organs), no 省委's department
		}
		if level == "" { // 市委常委、统战部: of the committee named before it
			d.bare, d.prefix, d.organ = true, "", ""
			return b.entry(c, m, m.Range, d)
		}
	case b.committees.Has(organ) && c.Capture(m, "place") != "": // 中国共产党某县第十五届委员会, 共青团某县委员会
		d.kind, d.prefix, d.organ = "party", b.committees.Value(organ), "委"
		if d.prefix != "中共" {
			d.kind = "other" // the Youth League's, a mass organisation as GUIDELINES count it
		}
		if c.Capture(m, "discipline") != "" {
			d.organ = "纪委" // 中共某县纪律检查委员会
		}
		pr, _ := m.Group("place")
		if !b.readPlace(c, pr, d) {
			if !b.unknownPlace(c.View.Runes[pr.Start:pr.End]) {
				return nil
			}
			d.fixed = d.prefix + c.ViewText(pr) + "委"                         // a place the gazetteer lacks: as written,
			d.level = b.levels.Value(string(c.View.Runes[pr.End-1 : pr.End])) // of the level its name ends with
		}
		return b.entry(c, m, m.Range, d)
	case b.national.Has(organ) && level == "":
		d.fixed, d.nation = b.national.Value(organ), true
		d.kind = nationalKind(d.fixed)
		d.fixed += c.Capture(m, "bureau") // 最高人民检察院第三检察厅: its department
		if strings.HasSuffix(d.fixed, "人大常委会") {
			d.sub = "常委会" // (its meetings are the congress's: 全国人大)
		}
	case c.Capture(m, "party") != "":
		if p, _ := m.Group("party"); c.Capture(m, "unit") == "" && c.Capture(m, "central") == "" && b.inWords(c, p) {
			// 人|民进|行, 居|民建|议; a place and a unit after it make it
			// the party's (为|民盟某市委会)
			return nil
		}
		d.kind, d.prefix = "democratic_party", b.parties.Value(c.Capture(m, "party"))
		if c.Capture(m, "central") != "" { // 民建中央: the party's central committee
			d.fixed, d.nation, d.sub = d.prefix+"中央"+sub, true, sub
			break
		}
		u := c.Capture(m, "unit")
		if c.Capture(m, "numbered") != "" || c.Capture(m, "branch") != "" {
			d.fixed = c.ViewText(m.Range) // 民革第一支部, 民盟某某大学支部: a branch by its number or its institution, as written
			if br, ok := m.Group("branch"); ok && br.Len() > 0 && br.Start == m.Start {
				d.fixed = d.prefix + c.ViewText(br) + c.Capture(m, "unit") // 某中学民盟支部: named as 民盟某中学支部 is
			}
			break
		}
		pr, _ := m.Group("place")
		if _, implied := m.Group("implied"); implied {
			u = "委" // 民进某市|主委, 民盟某市|第八次代表大会: the committee its head's 委 or its congress names
		}
		if k := m.Start - 1; u == "" && pr.Len() == 0 && k >= 0 && b.levels.HasRunes(c.View.Runes[k:m.Start]) && levelAlone(c.View.Runes, k) {
			// 代表|市|民革: a level word alone before the party names its
			// committee of that level's place (as 民革市委 does)
			d.organ, level, start = b.units.Value("委"), string(c.View.Runes[k]), k
			break
		}
		if u == "" {
			// 民盟、民建、九三学社|县委会: the unit the list's last names is each's
			if pr, u = b.sharedUnit(c, m.End); u == "" {
				d.fixed, d.nation = d.prefix, true
				break
			}
		}
		d.organ, d.sub = b.units.Value(u), sub
		if !b.readPlace(c, pr, d) {
			if !b.unknownPlace(c.View.Runes[pr.Start:pr.End]) {
				// No place before the unit (民建|会员参加市委): the party alone.
				party, _ := m.Group("party")
				*d = bodyDetail{kind: "democratic_party", prefix: d.prefix, fixed: d.prefix, nation: true}
				return b.entry(c, m, party, d)
			}
			if d.organ == "委" && pr.Len() > 0 {
				// a place the gazetteer lacks: its unit as written, as a known place's is named (某某市委会: 某某市委)
				d.fixed = d.prefix + c.ViewText(pr) + d.organ + d.sub
				d.level = b.levels.Value(string(c.View.Runes[pr.End-1 : pr.End]))
				return b.entry(c, m, m.Range, d)
			}
		}
		if len(d.places) > 0 {
			d.written = c.ViewText(pr)
		}
	case organ == "政协":
		d.kind, d.organ, d.sub = "cppcc", "政协", organName(b.cppccOrgans, sub)
		if level == "" && sub == "" {
			if out, ok := b.chained(c, m, d); ok {
				return out
			}
		}
		if n := b.abbreviationsBefore(c.View.Runes, m.Start); level == "" && n >= 2 {
			// 川渝政协, 京津冀政协: the 政协 of several provinces together, as written, of no one level
			r := text.Range{Start: m.Start - n, End: m.Range.End}
			d.fixed = c.ViewText(r)
			return b.entry(c, m, r, d)
		}
		if level == "" && (sub != "" || c.Capture(m, "before") != "" || b.headedAfter(c, m)) && !b.placesNamedBefore(c, m.Start) {
			if b.generic(c, m, m.Start) {
				return nil // 各县(市、区)政协主席
			}
			if p := b.unitPlace(sub); p != nil {
				d.places = []*places.Place{p.Parent} // 政协某镇工委: a working committee the county's 政协 has in one of its towns
				return b.entry(c, m, m.Range, d)
			}
			d.bare = true // 政协党组, 十一届政协: of the article's 政协
			return b.entry(c, m, m.Range, d)
		}
	case c.Capture(m, "place") != "": // 政协某县委员会
		d.kind, d.organ, d.sub = "cppcc", "政协", organName(b.cppccOrgans, sub)
		pr, _ := m.Group("place")
		if !b.readPlace(c, pr, d) {
			if !b.unknownPlace(c.View.Runes[pr.Start:pr.End]) {
				return nil
			}
			// a place the gazetteer lacks (one renamed since): as written, of the level its name ends with
			d.fixed = c.ViewText(pr) + "政协" + d.sub
			d.level = b.levels.Value(string(c.View.Runes[pr.End-1 : pr.End]))
		}
		return b.entry(c, m, m.Range, d)
	case strings.HasPrefix(organ, "人大") || strings.HasPrefix(organ, "人民代表大会"):
		d.kind, d.organ = "congress", "人大"
		if strings.HasSuffix(organ, "常委会") || strings.HasSuffix(organ, "常务委员会") || organ == "人大常委" {
			d.sub = "常委会" // (人大常委|主任: the standing committee's short name before its posts)
		}
		d.sub += organName(b.congressOrgans, sub)
		if level == "" && sub == "" {
			if out, ok := b.chained(c, m, d); ok {
				return out
			}
		}
		if d.sub == "主席团" && strings.Contains(c.ViewText(m.Range), "次会议") {
			d.sub = "大会主席团" // 市某届人大某次会议主席团: a session's presidium, as 大会主席团 names it alone (not a township's 人大主席团, an organ of its own)
		}
		if level == "" && (organ == "人大" || organ == "人大常委会") && (sub == "" && b.headedAfter(c, m) || d.sub != "") && !b.placesNamedBefore(c, m.Start) {
			if b.generic(c, m, m.Start) {
				return nil
			}
			d.bare, d.kind = true, "congress" // 人大副主任某某, 人大办公室: the article's
			return b.entry(c, m, m.Range, d)
		}
	case organ == "立法会": // Hong Kong's or Macao's: named alone, the article's
		d.kind, d.organ, d.sub = "congress", organ, b.congressOrgans.Value(sub)
		if d.sub == "" {
			d.sub = sub // a committee of its own (财经事务委员会)
		}
		if level == "" {
			d.level = "特别行政区"
		}
	case organ == "地委" || organ == "行署" || organ == "行政公署": // a 地区's party committee and its administrative office
		d.kind, d.prefix, d.organ, d.sub = "party", "中共", "委", sub // (地委宣传部)
		if organ != "地委" {
			d.kind, d.prefix, d.organ = "government", "", organ
		}
		d.level = "地区" // (of the article's 地区, where no place is written before it)
	case organ == "党中央" || organ == "中央":
		d.kind, d.fixed, d.nation = "party", "中共中央"+sub, true
	case organ == "委" || organ == "党委":
		d.kind, d.prefix, d.organ, d.sub = "party", "中共", "委", sub
		d.region = organ == "党委" && level == "区"
	case organ == "党工委": // a street's or a zone's party working committee
		d.kind, d.prefix, d.organ, d.sub = "party", "中共", "党工委", sub
	case organ == "团": // 团区委: the Youth League's committee of a place
		d.kind, d.prefix, d.organ = "other", "共青团", "委"
	case strings.HasSuffix(organ, "政府"):
		d.kind, d.organ, d.sub = "government", "政府", sub
		rs := c.View.Runes
		if level == "" {
			if out, ok := b.chained(c, m, d); ok {
				return out
			}
		}
		if lv := headOfGovernment(rs, m.End); level == "" && lv != "" && b.levels.Has(lv) {
			d.level = b.levels.Value(lv) // 旗委副书记、政府旗长: the government its head's title names the level of
		}
		if k := m.Start - 4; level == "区" && k >= 0 && string(rs[k:k+3]) == "区党委" && strings.ContainsRune("、和与", rs[k+3]) {
			d.region = true // 区党委、区政府: the autonomous region's, as its committee is
		}
	case c.Capture(m, "dept") != "":
		d.kind, d.organ, d.sub = "government", c.Capture(m, "dept"), sub // (sub: 县公安局|漳江派出所, its station)
		if st, ok := m.Group("street"); ok {
			// 某某街道党工委副书记、|办事处主任: the office of the street named before
			d.organ = "街道" + d.organ
			b.placesBefore(c, m, st.Start, "", d)
			// where the street's place is not certain: its name as written, up to four characters
			k := st.Start
			for k > 0 && st.Start-k < 4 && text.IsHan(c.View.Runes[k-1]) && !strings.ContainsRune(clauseWords, c.View.Runes[k-1]) {
				k--
			}
			d.uncertain = c.ViewText(text.Range{Start: k, End: st.End}) + "办事处"
			if len(d.places) == 0 {
				d.level = "街道"
				if k < st.Start {
					d.fixed = d.uncertain // (a bare 街道 is the article's street, as its 街道党工委 is)
				}
			}
			return b.entry(c, m, m.Range, d)
		}
		if b.partyDepts.Has(d.organ) {
			d.kind = "party" // 县纪委
			if d.organ == "纪委" || d.organ == "纪工委" {
				d.prefix = "中共" // the party's commission, as 中共某县纪律检查委员会 is named
			}
		}
	default: // a mass organisation
		if o, _ := m.Group("organ"); level == "" && b.inWords(c, o) && !b.placesNamedBefore(c, o.Start) {
			return nil // 工|作协|商, 平|台联|动 (but 北京|房协)
		}
		d.kind, d.organ = "other", organ
		if short := b.massShort.Value(organ); short != "" {
			d.organ = short // 某县妇女联合会: 某县妇联, one name whichever is written
		}
		d.outside = b.outlets.Has(organ) // 文汇报: a medium, outside the hierarchy
		if o, _ := m.Group("organ"); level == "" && !d.outside {
			d.level = b.levels.Value(scopeOfList(c.View.Runes, o.Start)) // 本县各党派、侨联…: the county's
		}
	}
	if b.partyOrgan(d.sub) {
		d.kind = "party"
	}
	if lv, ok := m.Group("level"); ok && level == "区" && lv.Start > 0 && strings.ContainsRune("社小园片辖景矿营", c.View.Runes[lv.Start-1]) && !b.placeEndsOver(c.View.Runes, lv.End-2, lv.End) {
		return nil // 民主村社区|党委, 某某小区|党支部: the 区 of a word, no district's (but 东营区|委 is one)
	}
	if !d.nation {
		if level != "" {
			d.level = b.levels.Value(level)
			if d.level == "" {
				d.level = level // 地区 of 地区政协, which only body.cppcc reads
			}
		}
		start = b.placesBefore(c, m, start, level, d)
		if d.prefix == "中共" && d.organ == "委" && d.sub == "" && len(d.places) > 0 && b.markBefore(c.View.Runes, start) {
			// 代表|社|中山市委: a democratic party's mark before a place's committee makes it that party's
			d.kind, d.prefix = "democratic_party", b.marks.Value(string(c.View.Runes[start-1:start]))
			start--
		}
		if b.outlets.Has(organ) && len(d.places) > 0 {
			d.fixed = text.Simplified(c.ViewText(text.Range{Start: start, End: m.End})) // 香港文汇报: a medium's name as written, its place in it
		}
		if len(d.places) == 0 && start > 0 && c.View.Runes[start-1] == '等' {
			if each := b.listedBefore(c, m, start-1, level, d); len(each) > 0 {
				return each // 宁波、温州、湖州等市政协: the 政协 of each city listed, none alone
			}
		}
		if level == "地区" && len(d.places) == 0 && start > 0 && text.IsHan(c.View.Runes[start-1]) {
			return nil // 长三角|地区政协…: a region, where no 地区 of the gazetteer is named
		}
		if len(d.places) == 0 && b.levelInWord(c, start, level) {
			return nil // (before a place the clause names: 北京、上海等直辖市|政协)
		}
		if d.level != "" && len(d.places) == 0 {
			d.places = b.namedInClause(c, start, d.level)
		}
		if d.level == "" && len(d.places) == 0 && d.kind != "other" && inTitle(c.View.Runes, start, m.End) {
			return nil // 《人民法院组织法》: a law's or a document's words name a kind of body, no one body
		}
		if d.level == "" && len(d.places) == 0 && d.sub == "" && d.kind != "other" && (d.prefix == "" || c.Capture(m, "dept") != "") {
			if c.Capture(m, "dept") == "" {
				return nil // 政协, 人大 alone name no body
			}
			d.local, d.station = true, b.stations.Has(d.organ)
		}
		if b.generic(c, m, start) {
			return nil
		}
	}
	return append(b.entry(c, m, text.Range{Start: start, End: m.End}, d), b.coordinated(c, m, start, d)...)
}

// chainedOrgans are the organs a list after a place's party committee
// names without its place again: its leading bodies.
var chainedOrgans = []string{"人大常委会", "人民政府", "人大", "政府", "政协"}

// chained builds a bare organ listed after a place's party committee, and
// after more such organs (达拉特旗旗委、政府; 省委、人大、政府、政协), as an
// organ of the committee's place; ok is false where no such committee
// heads the list.
func (b *body) chained(c *Context, m *engine.Match, d *bodyDetail) (out []*record.Entry, ok bool) {
	rs := c.View.Runes
	k := m.Start
	for k > 0 && rs[k-1] == '、' {
		k--
		if k >= 2 && rs[k-1] == '委' && b.levels.HasRunes(rs[k-2:k-1]) {
			k -= 2
		} else if k >= 3 && string(rs[k-2:k]) == "党委" && b.levels.HasRunes(rs[k-3:k-2]) {
			k -= 3
			d.region = rs[k] == '区' // 区党委: the autonomous region's
		} else {
			i := slices.IndexFunc(chainedOrgans, func(o string) bool { n := utf8.RuneCountInString(o); return k >= n && runesAt(rs, k-n, o) })
			if i < 0 {
				return nil, false
			}
			k -= utf8.RuneCountInString(chainedOrgans[i])
			continue
		}
		j := k
		for j > 0 && b.levels.HasRunes(rs[j-1:j]) {
			j--
		}
		if b.generic(c, m, j) {
			return nil, true // 各县市区委、人民政府: every one's
		}
		lv := string(rs[k : k+1])
		d.level = b.levels.Value(lv)
		b.placesBefore(c, m, k, lv, d)
		return b.entry(c, m, m.Range, d), true
	}
	return nil, false
}

// markBefore: a democratic party's mark (社, 盟) stands alone right before
// start, after a clause's start, a mark or a word that comes before a body
// (由, 向, 代表), not as a word's last character (合作社, 联盟).
func (b *body) markBefore(rs []rune, start int) bool {
	if start < 1 || !b.marks.HasRunes(rs[start-1:start]) {
		return false
	}
	k := start - 1
	if k == 0 || !text.IsHan(rs[k-1]) {
		return true
	}
	return strings.ContainsRune("在由向与和及的为对经任了暨", rs[k-1]) || k >= 2 && (runesAt(rs, k-2, "代表") || runesAt(rs, k-2, "召开") || runesAt(rs, k-2, "举行"))
}

// headOfGovernment is the level word of the head's title (县长, 副旗长,
// 代市长) written at k, right after a government's name, or "": the tier
// governmentTier reads of the title.
func headOfGovernment(rs []rune, k int) string {
	for end := k + 2; end <= min(len(rs), k+5); end++ {
		if tier := governmentTier(string(rs[k:end])); tier != "" {
			return tier
		}
	}
	return ""
}

// namedInClause is the one place of a level word's level that the
// sentence names before a body by that word alone, with only a comma
// between (在王爱召镇,镇党委书记…: that town's; 到阳新县调研,县委…), as the
// places it may be; nil where it names none or two.
func (b *body) namedInClause(c *Context, start int, level string) []*places.Place {
	rs := c.View.Runes
	from := start
	n := min(len([]rune(level))+2, c.Sentence.End-start) // (the level word and an organ's two characters: 市政协)
	for commas := 0; from > c.Sentence.Start; from-- {
		if r := rs[from-1]; r == ',' {
			if from < start && from+n <= c.Sentence.End && slices.Equal(rs[from:from+n], rs[start:start+n]) {
				continue // 某市政协主席某某,市政协副主席某某,|市政协秘书长…: a list's items, each of the body the first names
			}
			if commas++; commas > 1 {
				break
			}
		} else if strings.ContainsRune(";:。", r) || r == '、' && b.posts.LongestSuffix(rs[max(c.Sentence.Start, from-6):from-1]) == 0 {
			break // (but a 、 after a title parts the posts of one person, 省人大常委会副主任、|省工商联主席, 某市妇联干事、|市委党校讲师: the clause goes on)
		}
	}
	var found []*places.Place
	name := ""
	for _, n := range b.gaz.FullNames(rs[from:start]) { // (no short form: 县长田|兴国,县人大)
		if b.personName(rs, places.Name{Start: from + n.Start, End: from + n.End, Places: n.Places}) {
			continue // (某某、方|桂林,市政府: a person's given name)
		}
		var of []*places.Place
		for _, p := range n.Places {
			if levelAbove(p, level) == p {
				of = append(of, p)
			}
		}
		if len(of) == 0 {
			continue
		}
		w := string(rs[from+n.Start : from+n.End])
		if name != "" && w != name {
			return nil // two of them: which is not certain
		}
		name, found = w, of
	}
	return found
}

// organName is an organ's short form from its lexicon, or, where none
// lists it (a committee named by its words: 农村农业委员会), as written.
func organName(lex *rules.Lexicon, sub string) string {
	if v := lex.Value(sub); v != "" {
		return v
	}
	if organ, ok := strings.CutSuffix(sub, "办公室"); ok && lex.Value(organ) != "" {
		return lex.Value(organ) + "办公室" // an organ's own office, named by the organ's short name (法工委|办公室)
	}
	if strings.HasSuffix(sub, "委") {
		if v := lex.Value(sub + "员会"); v != "" {
			return v // 经济科技委: the committee the lexicon names in full (经济科技委员会)
		}
	}
	return sub
}

// partyOrgan: a body's organ is the party's own (市政协党组, 政协机关党委,
// 政协机关党支部: PARTY_BRANCH_ENDS).
func (b *body) partyOrgan(sub string) bool {
	return strings.Contains(sub, "党组") || endsWithOne(sub, b.branches)
}

// headedAfter: a title of the body's leaders follows it (政协副主席某某,
// 人大副主任某某): a 政协 or 人大 named bare so is the article's, not the
// institution at large (政协委员, 人大代表 name none).
func (b *body) headedAfter(c *Context, m *engine.Match) bool {
	rs := c.View.Runes
	if m.Start > 0 && rs[m.Start-1] == '委' {
		return false // 某区委|政协主席: a committee's words run on
	}
	return b.heads.LongestPrefix(rs[m.End:min(m.End+6, c.Sentence.End)]) > 0
}

// placeOpens reads an agency's match, a clause read back from its ending:
// the agency begins at the first short name of a province or a city in it
// (委员们走访|杭州|商务委员会; not 杭州市, whose level word is body.agency's)
// that two characters or more of the agency's name follow (海关, 商务委).
func (b *body) placeOpens(c *Context, m *engine.Match, d *bodyDetail) (text.Range, bool) {
	rs := c.View.Runes
	for s := m.Start; s+4 <= m.End; s++ {
		var name places.Name
		for e := s + 2; e <= min(s+4, m.End-2); e++ {
			for _, n := range b.gaz.Ending(rs, e) {
				if n.Start == s {
					name = n
				}
			}
		}
		if len(name.Places) == 0 || fullName(rs, name) || !cityOrAbove(name.Places) || b.wordRunsOn(rs, name) {
			continue
		}
		if s > 0 && rs[s-1] == '驻' {
			break // 驻澳门联络办公室: an office stationed there, no agency of the place's
		}
		agency := c.ViewText(text.Range{Start: name.End, End: m.End})
		if !agencyName(agency) {
			break
		}
		d.kind, d.organ, d.places, d.short = "government", agency, name.Places, true
		return text.Range{Start: s, End: m.End}, true
	}
	return text.Range{}, false
}

// nationalNamed: an agency's name opens with the country's (中国, 国家)
// and names its work in two characters or more before its organ's word.
func nationalNamed(rs []rune) bool {
	return len(rs) >= 7 && (runesAt(rs, 0, "中国") || runesAt(rs, 0, "国家")) && !runesAt(rs, 2, "共产党")
}

// fullName: the name is a place's full name, with its level word (杭州市,
// not 杭州, whose 州 is part of the name).
func fullName(rs []rune, n places.Name) bool {
	s := string(rs[n.Start:n.End])
	for _, p := range n.Places {
		if p.Name == s && places.LevelWord(rs, n.End-1) > 0 {
			return true
		}
	}
	return false
}

// wordRunsOn: a word of the dictionary begins with the name and runs on
// past it (中山公园, 上海滩): no place there.
func (b *body) wordRunsOn(rs []rune, n places.Name) bool {
	for e := n.End + 1; e <= min(n.End+2, len(rs)); e++ {
		if _, ok := b.words.Word(string(rs[n.Start:e])); ok {
			return true
		}
	}
	return false
}

// cityOrAbove: every place is a province or a prefecture (a county's short
// name may be a word: 中山 of a street, 和平).
func cityOrAbove(ps []*places.Place) bool {
	for _, p := range ps {
		if p.Level > places.Prefecture {
			return false
		}
	}
	return true
}

// coordinated are the bodies of the places listed before a body's own
// (铜梁、潼南、綦江政协: the 政协 of each), each named by its place alone,
// or of a level word listed before its own (市、县科协).
func (b *body) coordinated(c *Context, m *engine.Match, start int, d *bodyDetail) []*record.Entry {
	rs := c.View.Runes
	var out []*record.Entry
	// A level word listed before the body's own (市、县科协: 市科协, its
	// text the list's): the article's place of that level resolves it.
	if d.level != "" && len(d.places) == 0 && start > 1 && rs[start-1] == '、' {
		if lv := b.levels.Value(string(rs[start-2 : start-1])); lv != "" && !b.endsWord(rs, start-2) && levelAlone(rs, start-2) {
			each := *d
			each.level = lv
			return b.entry(c, m, text.Range{Start: start - 2, End: m.End}, &each)
		}
	}
	for len(d.places) > 0 && start > 0 && rs[start-1] == '、' {
		names := b.gaz.Ending(rs, start-1)
		if len(names) == 0 || b.gaz.WordEnd(rs, names[0]) {
			break
		}
		if k := names[0].Start; k > 0 && titleLast(rs[k-1]) {
			break // 某市委新闻发言人|吴堡、…: a name after a title, though a county's short form
		}
		if below(names[0].Places, d.places) {
			break // 某县政府、某镇、某县环保局: a township listed before a county's bureau is no peer of it
		}
		n := names[0] // the longest
		each := *d
		each.places, each.written, each.short = n.Places, "", b.gaz.ShortForm(rs, n)
		out = append(out, b.entry(c, m, text.Range{Start: n.Start, End: n.End}, &each)...)
		start = n.Start
	}
	return out
}

// below: every place a name may be is of a lower tier than every one the
// other may be.
func below(ps, than []*places.Place) bool {
	for _, p := range ps {
		for _, q := range than {
			if p.Level <= q.Level {
				return false
			}
		}
	}
	return true
}

// ownPaired: the text (a view's runes, simplified) pairs the writer's own
// unit with another (我校与某学院, 某学院和我校): the one it names is the
// other, not the writer's.
func ownPaired(rs []rune, unit string) bool {
	u := []rune(unit)
	for i := 0; i+1+len(u) <= len(rs); i++ {
		if rs[i] != '我' || !slices.Equal(rs[i+1:i+1+len(u)], u) {
			continue
		}
		if j := i + 1 + len(u); i > 0 && strings.ContainsRune("与和同", rs[i-1]) || j < len(rs) && strings.ContainsRune("与和同", rs[j]) {
			return true
		}
	}
	return false
}

// listedBefore are the bodies of the places listed before 等 and a body's
// level word (宁波、温州、湖州等|市政协: 宁波市政协, 温州市政协, 湖州市政协),
// each named by its place alone: the last, of the level word's tier, ends
// at 等 (end), and those before it are read as coordinated reads them.
func (b *body) listedBefore(c *Context, m *engine.Match, end int, level string, d *bodyDetail) []*record.Entry {
	rs := c.View.Runes
	for _, n := range b.gaz.Ending(rs, end) { // longest first
		if ofLevelWord(n.Places, level) && !b.gaz.WordEnd(rs, n) && !b.personName(rs, n) { // (not 主席顾|卫东|等区政协: a person's given name)
			each := *d
			each.places, each.written, each.short = n.Places, "", b.gaz.ShortForm(rs, n)
			return append(b.entry(c, m, text.Range{Start: n.Start, End: n.End}, &each), b.coordinated(c, m, n.Start, &each)...)
		}
	}
	return nil
}

func nationalKind(name string) string {
	switch {
	case strings.Contains(name, "政协"):
		return "cppcc"
	case strings.Contains(name, "人大"):
		return "congress"
	case strings.HasPrefix(name, "国务院") || strings.HasPrefix(name, "最高") || strings.HasSuffix(name, "政府") || name == "国家监委" || name == "中央文史研究馆":
		return "government" // (中央文史研究馆: the State Council's, though named 中央)
	case strings.HasPrefix(name, "中共") || name == "中国共产党" || strings.HasPrefix(name, "中央") && name != "中央军委":
		return "party" // 中央纪委, 中央党校, 中央外办: the party's
	}
	return "other"
}

// placesBefore reads the place names that end where the body's text begins
// (or just after, where a name ends with the level word: 天津市 of 市政协,
// 广西壮族自治区 of 自治区政协),
// back to the first: 湖南省怀化市通道县 of 县政协. It returns where the
// body's text begins then.
func (b *body) placesBefore(c *Context, m *engine.Match, start int, level string, d *bodyDetail) int {
	rs := c.View.Runes
	if level == "全国" {
		// A place before a national body's organ names an association of
		// its members there (澳门全国政协委员联谊会), whole; no place's 政协.
		if names := b.gaz.Ending(rs, start); len(names) > 0 && d.sub != "" && !b.gaz.WordEnd(rs, names[0]) {
			d.kind, d.level = "other", ""
			d.fixed = text.Simplified(c.ViewText(text.Range{Start: names[0].Start, End: m.End}))
			return names[0].Start
		}
		return start
	}
	if b.formerAfterPlace(rs, start) {
		start-- // 某县|原|政协主席, 某省|原|省委常委: a former post's body, its place named before 原
	}
	end := start
	// A township's level word ends its name (东城街道党工委, 长泾镇党委):
	// the name before it alone is no place of its own (东城 is not 东城区).
	township := level == "街道" || level == "镇" || level == "乡"
	if level == "" && strings.HasPrefix(d.organ, "街道") {
		township, level = true, "街道" // 东城街道办事处: the agency's name begins with it
	}
	if n := utf8.RuneCountInString(level); n == 1 || township || strings.HasPrefix(level, "自治") || level == "地区" {
		end = start + n // a name may end with the level word (天津市, 广西壮族自治区, 东城街道, 和田地区)
	}
	if township && end == start+1 && start > 0 && rs[start-1] == rs[start] && b.reachesFurther(rs, start, end) {
		end = start // 鉴江镇|镇政府: the organ repeats the level word the name ends with (no 江镇镇, another town, read across them)
	}
	var chain []places.Name   // right to left
	fellBack := false         // the name does not end with the level word: it must be of its level
	var elsewhere places.Name // the one county or city a township is named after, none it lies in
	for {
		names := b.gaz.Ending(rs, end)
		if len(names) == 0 && end != start && !(township && len(chain) == 0) {
			end, fellBack = start, len(chain) == 0
			continue
		}
		picked := false
		for _, n := range names { // longest first
			if len(chain) > 0 && places.Within(chain[len(chain)-1].Places, n.Places) == nil {
				continue // a name before is a place around the one after
			}
			if fellBack && len(chain) == 0 && !ofLevelWord(n.Places, level) {
				continue // 芜湖|县政协: 芜湖县 is no place now, and 芜湖 a city, no county
			}
			chain = append(chain, n)
			end, picked = n.Start, true
			break
		}
		if !picked {
			if township && len(chain) == 1 && end == chain[0].Start && len(names) > 0 && len(names[0].Places) == 1 && !places.Townships(names[0].Places) && !b.gaz.WordEnd(rs, names[0]) {
				elsewhere = names[0]
			}
			break
		}
	}
	if elsewhere.Places != nil {
		// 某市某区|某某镇人大, where the gazetteer's 某某镇 lies in another
		// county (renamed, merged or made a street since): the township
		// the text places there, as written, of that place
		organ := strings.TrimPrefix(d.organ, level)
		if d.prefix == "中共" && organ == "党委" {
			organ = "委"
		}
		d.fixed = d.prefix + elsewhere.Places[0].BodyName() + c.ViewText(text.Range{Start: chain[0].Start, End: chain[0].End}) + organ + d.sub
		return elsewhere.Start
	}
	// A name of one character and its level word after another character
	// (形成县委, 和县政协) is the end of a word, unless a place comes before.
	if k := len(chain) - 1; k >= 0 && (b.gaz.WordEnd(rs, chain[k]) || b.gaz.JoinedAfterOrgan(rs, chain[k]) || b.joinAfterWord(rs, chain[k])) {
		chain = chain[:k]
	}
	// Nor a township alone whose first character ends a word (部|分乡镇: 部分,
	// no 分乡镇); of the thousands of townships' names some are read across
	// words, as the few counties' and cities' rarely are (年|长春, 在|建宁县).
	if len(chain) == 1 && township && places.Townships(chain[0].Places) && b.inWords(c, text.Range{Start: chain[0].Start, End: chain[0].End}) {
		chain = nil
	}
	// A township's station (派出所, 司法所) is named after its township or
	// street, not after a county's short form (南城派出所 is no 南城县's): its
	// name is as written.
	if k := len(chain) - 1; k == 0 && d.kind == "government" && strings.HasSuffix(d.organ, "所") && b.gaz.ShortForm(rs, chain[0]) {
		d.fixed = c.ViewText(text.Range{Start: chain[0].Start, End: m.End})
		return chain[0].Start
	}
	if len(chain) == 0 && township {
		if s, ok := b.townshipUnknown(c, start, level, d); ok {
			return s
		}
	}
	if len(chain) == 0 {
		return b.partyPlaceUnknown(c, start, level, d)
	}
	d.places = chain[0].Places
	for _, n := range chain[1:] {
		d.places = places.Within(d.places, n.Places)
	}
	if chain[0].End > start {
		d.places = ofLevelOnly(d.places, level) // 城区政协: the districts, not the townships named 城区
	}
	for _, n := range chain {
		d.short = d.short || b.gaz.ShortForm(rs, n)
	}
	first := chain[len(chain)-1].Start
	d.level = "" // the named places say where the body is
	d.written = c.ViewText(text.Range{Start: first, End: start})
	if d.prefix == "中共" && strings.HasSuffix(c.ViewText(text.Range{Start: max(0, first-2), End: first}), "中共") {
		first -= 2
	} else if d.prefix == "中共" && d.organ == "委" && d.sub == "" && strings.HasSuffix(c.ViewText(text.Range{Start: max(0, first-3), End: first}), "共青团") {
		d.kind, d.prefix = "other", "共青团" // 共青团某市委: the Youth League's committee, as 团市委 is
		first -= 3
	}
	return first
}

// unitPlace is the one township or region a 政协's unit there is named by
// (康店镇工委, 和田地区工作委员会), or nil: the unit is the 政协's of the place
// above it.
func (b *body) unitPlace(sub string) *places.Place {
	for _, unit := range []string{"工作委员会", "工委", "委员联络组", "联络组", "委员工作组", "工作组", "委员工作站"} {
		if name, ok := strings.CutSuffix(sub, unit); ok {
			if ps := b.gaz.Lookup(name); len(ps) == 1 && ps[0].Parent != nil && (ps[0].Level == places.Township || strings.HasSuffix(name, "地区")) {
				return ps[0]
			}
			return nil
		}
	}
	return nil
}

// partyPlaceUnknown reads a party committee named by 中共 and a level word
// alone (中共县委), or by 中共 and a place the gazetteer lacks (中共青禾县委: a place's new or misspelt name), and its
// organ after it (中共青禾县委宣传部), as written,
// of the level its level word names, and returns where its text begins;
// else start.
func (b *body) partyPlaceUnknown(c *Context, start int, level string, d *bodyDetail) int {
	rs := c.View.Runes
	if d.prefix != "中共" || d.organ != "委" || utf8.RuneCountInString(level) != 1 {
		return start
	}
	if start >= 2 && string(rs[start-2:start]) == "中共" {
		return start - 2 // 中共市委: its level word's, 中共 part of its text
	}
	for k := 2; k <= 3 && start-k-2 >= 0; k++ {
		if string(rs[start-k-2:start-k]) == "中共" && b.unknownPlace(rs[start-k:start+1]) {
			d.fixed = "中共" + string(rs[start-k:start+1]) + "委" + d.sub // (and its department or working committee)
			d.level = b.levels.Value(level)
			return start - k - 2
		}
	}
	return start
}

// townshipUnknown reads a township the gazetteer lacks (one renamed or
// merged since: 新昌县|澄潭|镇党委) after the county it is in: two or three
// characters no verb holds, between a county's name and the level word. The
// body is named as written, after the county's name (中共新昌县澄潭镇委); it
// returns where the county's name begins (or the township's, named alone).
func (b *body) townshipUnknown(c *Context, start int, level string, d *bodyDetail) (int, bool) {
	rs := c.View.Runes
	n := utf8.RuneCountInString(level)
	organ := d.organ
	if d.prefix == "中共" && organ == "党委" {
		organ = "委"
	}
	organ = strings.TrimPrefix(organ, level)
	for k := 2; k <= 3 && start-k > 0; k++ {
		own := rs[start-k : start]
		if start+n > len(rs) || !b.placeLike(rs[start-k:start+n]) || strings.ContainsAny(string(own), notTownshipName) {
			continue // (新昌县|各镇政府: every one)
		}
		for _, name := range b.gaz.Ending(rs, start-k) {
			if len(name.Places) != 1 || name.Places[0].Level != places.County || b.gaz.WordEnd(rs, name) || b.gaz.ShortForm(rs, name) {
				continue
			}
			d.fixed = d.prefix + name.Places[0].BodyName() + string(rs[start-k:start+n]) + organ + d.sub
			return name.Start, true
		}
	}
	// With no county before it, a name of two that opens its clause and no
	// word of gse's but a place's (当选为|大划|镇妇联主席), nor a verb and its
	// aspect (带着|镇党委的关怀): as written; after a verb of posts too
	// (现任|某某镇党委…); an ethnic township's with its people's between
	// (某某瑶族乡, 某某土家族乡).
	for _, e := range []int{0, 2, 3} {
		s := start - e - 2
		if s < 0 || start+n > len(rs) || e > 0 && rs[start-1] != '族' {
			continue
		}
		own := rs[s : s+2]
		if b.placeLike(rs[s:start+n]) && !strings.ContainsAny(string(own), notTownshipName+"着了") && (s == 0 || strings.ContainsRune(townshipOpeners, rs[s-1])) {
			if tag, ok := b.words.Word(string(own)); !ok || tag == "ns" {
				d.fixed = d.prefix + string(rs[s:start+n]) + organ + d.sub
				return s, true
			}
		}
	}
	return start, false
}

// townshipOpeners are what a township's name the gazetteer lacks may
// follow: a mark, or a word that opens a clause's object or place; and
// notTownshipName what none holds: a level word, a word of every one or of
// which (各, 所辖, 该), a list's 等.
const (
	townshipOpeners = " \n,。、;:“”()为在到由和与及暨任"
	notTownshipName = "省市县区州旗盟乡镇村各所辖属全该本每其以等"
)

// ofLevelWord: one of the places is of the level a level word names (市: a
// city of any tier).
func ofLevelWord(ps []*places.Place, word string) bool {
	want := levelOfWord(word)
	for _, p := range ps {
		if want == "" && (word != "市" || p.Level < places.Township) || p.Level.String() == want {
			return true // (市 is a province's, a prefecture's or a county's, no township's: 某街道|市人大)
		}
	}
	return false
}

// ofLevelOnly is those of the places of the level a word names, or all of
// them where none is.
func ofLevelOnly(ps []*places.Place, word string) []*places.Place {
	want := levelOfWord(word)
	kept := slices.DeleteFunc(slices.Clone(ps), func(p *places.Place) bool { return p.Level.String() != want })
	if want == "" || len(kept) == 0 {
		return ps
	}
	return kept
}

// placesNamedBefore says whether a place name ends where a body begins
// (渝中政协党组 is no bare organ).
// abbreviationsBefore is how many provinces' one-character abbreviations
// run right before start (京津冀, 川渝).
func (b *body) abbreviationsBefore(rs []rune, start int) int {
	n := 0
	for k := start - 1; k >= 0 && b.gaz.Abbreviation(rs[k]) != nil; k-- {
		n++
	}
	return n
}

func (b *body) placesNamedBefore(c *Context, start int) bool {
	return len(b.gaz.Ending(c.View.Runes, start)) > 0 || b.formerAfterPlace(c.View.Runes, start)
}

// formerAfterPlace: 原 before start follows a place's name and its level
// word (某县|原|政协主席): a former post's body, named with its place.
func (b *body) formerAfterPlace(rs []rune, start int) bool {
	return start >= 3 && rs[start-1] == '原' && places.LevelWord(rs, start-2) > 0 && len(b.gaz.Ending(rs, start-1)) > 0
}

// readPlace reads a place named inside a body (政协某县委员会, 民盟某市委):
// places of the gazetteer one after another, or a level word.
func (b *body) readPlace(c *Context, r text.Range, d *bodyDetail) bool {
	rs := c.View.Runes[r.Start:r.End]
	if lv := b.levels.Value(string(rs)); lv != "" {
		d.level = lv
		if lv == "全国" {
			d.nation, d.fixed = true, "全国"+d.organ+d.sub
		}
		return true
	}
	names := b.gaz.Mentions(rs)
	if len(names) != 1 || names[0].Start != 0 || names[0].End != len(rs) {
		return false // something else than places
	}
	d.places, d.short = names[0].Places, names[0].Short
	return true
}

// sharedUnit is the place and the unit after the last of a list of
// democratic parties that follows a party's name at i (民盟|、民建、九三学社
// 县委会: 县, 委会), which every party of the list holds; "" where the list
// names none so.
func (b *body) sharedUnit(c *Context, i int) (text.Range, string) {
	rs := c.View.Runes
	listed := false
	for i < len(rs) && strings.ContainsRune("、和及", rs[i]) {
		w := b.parties.LongestPrefix(rs[i+1:])
		if w == 0 {
			break
		}
		i, listed = i+1+w, true
	}
	if !listed {
		return text.Range{}, ""
	}
	for j := i + 1; j < len(rs) && j <= i+10; j++ { // (a place's name or its level word before the unit: 桃源县, 县)
		if w := b.units.LongestPrefix(rs[j:]); w > 0 && b.readPlace(c, text.Range{Start: i, End: j}, &bodyDetail{}) {
			return text.Range{Start: i, End: j}, string(rs[j : j+w])
		}
	}
	return text.Range{}, ""
}

// unknownPlace: the runes may name a place the gazetteer does not hold (a
// county renamed since, 民进某某县委): two or three Han characters and a
// level's word, no verb among them (not 民建|会员参加市|委). A democratic
// party has committees only by place, so what stands between its name and
// its unit is one; the body keeps its name as written.
func (b *body) unknownPlace(rs []rune) bool {
	if len(rs) > 0 && strings.ContainsRune("各全本该每其此", rs[0]) {
		return false // 各市州: every one, no place
	}
	return len(rs) >= 3 && len(rs) <= 4 && places.LevelWord(rs, len(rs)-1) > 0 && b.placeLike(rs)
}

// placeLike: the runes are Han characters no verb nor joining word holds,
// as a place's name and its level word are.
func (b *body) placeLike(rs []rune) bool {
	if text.HanCount(rs) != len(rs) {
		return false
	}
	for k := 0; k+2 <= len(rs) && b.words != nil; k++ {
		if tag, _ := b.words.Word(string(rs[k : k+2])); tag == "v" || strings.ContainsRune("的和与及在到对为是了员由并被把将就", rs[k]) {
			return false
		}
	}
	return true
}

// withoutTerm is a name less the term written inside it (中国共产党某某集团
// 第三届委员会: 中国共产党某某集团委员会), as GUIDELINES drops terms.
func withoutTerm(name string) string {
	rs := []rune(name)
	for i, r := range rs {
		if r != '第' {
			continue
		}
		for j := i + 1; j < len(rs) && j <= i+4; j++ {
			if rs[j] == '届' {
				return string(rs[:i]) + string(rs[j+1:])
			}
		}
	}
	return name
}

// endsWithOne: the name ends with a word of the lexicon (MEDIA_ENDS: 融媒体中心;
// PARTY_BRANCH_ENDS: 党支部).
func endsWithOne(name string, ends *rules.Lexicon) bool {
	for _, end := range ends.Entries {
		if strings.HasSuffix(name, end) {
			return true
		}
	}
	return false
}

// agencyName: an agency's name after its level word names no body the
// other rules read (市政协和市政府办公室 is two of them, 县人社局和县财政局 too).
func agencyName(organ string) bool {
	if first, _ := utf8.DecodeRuneInString(organ); strings.ContainsRune("一二三四五六七八九十", first) { // 一镇一事商量办: a slogan
		return false
	}
	if strings.Contains(organ, "政协") || strings.Contains(organ, "人大") || strings.Contains(organ, "党委") ||
		strings.Contains(organ, "政府") {
		return false
	}
	for _, lv := range "省市县区乡镇街" {
		if strings.Contains(organ, "和"+string(lv)) {
			return false
		}
	}
	return true
}

// peopleOf: what follows a body names its people (委员, 代表, 领导): 部分|市委|委员
// are some of one body's, 部分省、市|政协|委员 some of a class of bodies'.
func peopleOf(after string) bool {
	return slices.Contains([]string{"委员", "代表", "常委", "成员", "会员", "盟员", "领导", "干部"}, after)
}

// generic: the words before the body make it a class, not a body: 各级政协,
// 有关部门, 全市政协, 地方政协, 部分政协委员联络站 (not 部分|市委|委员: peopleOf), 基层侨联组织, 三县政协, and two level words (市县政协, 乡镇政协, 苏木镇党委, 省、市政协).
func (b *body) generic(c *Context, m *engine.Match, start int) bool {
	rs := c.View.Runes
	if o := b.levelsInBrackets(rs, start); o >= 0 {
		start = o // 各县(市、区)政协: the levels in brackets are more of the level word's
	}
	before := c.ViewText(text.Range{Start: max(0, start-2), End: start})
	after := string(rs[m.End:min(len(rs), m.End+2)])
	if strings.HasSuffix(before, "各") || strings.HasSuffix(before, "各级") || strings.HasSuffix(before, "有关") || before == "地方" || before == "部分" && !peopleOf(after) || strings.HasSuffix(before, "全") || before == "基层" {
		return true
	}
	if before == "党派" {
		return true // 各民主党派|市委: each party's committee of the place, a class
	}
	if j := start; j > 0 {
		if rs[j-1] == '的' {
			j--
		}
		if j >= 2 && rs[j-1] == '地' && strings.ContainsRune("等各", rs[j-2]) {
			return true // 某州、某市等地的|佛教协会, 各地|佛教协会: the places' bodies of that kind, a class
		}
		if j >= 2 && (runesAt(rs, j-2, "级市") || runesAt(rs, j-2, "地市") || runesAt(rs, j-2, "级别")) {
			return true // 地级市的|政协, 县级市|政协, 某某级别的|政协: the bodies of a kind of city or of a rank, a class
		}
	}
	if b := []rune(before); len(b) == 2 && b[1] == '级' && strings.ContainsRune("两二三四五同本上下省市县区乡镇", b[0]) {
		// 市县两级|政协, 省市县三级|政协: the bodies of several levels; 同级|人大常委会,
		// 上级|政府, 省级|政协: the body of a tier, named by its tier alone: a class
		return true
	}
	next := string(rs[m.End:min(len(rs), m.End+3)])
	if lv := c.Capture(m, "level"); (lv == "镇" || lv == "乡" || lv == "街道") && c.Capture(m, "organ") == "政协" &&
		strings.HasPrefix(next, "委员") && !strings.HasPrefix(next, "委员会") {
		return true // 驻街道政协委员, 长泾镇政协委员: members who live there; no township has a 政协 of its own
	}
	if start > 1 && rs[start-1] == '、' && (m.End == len(rs) || strings.ContainsRune(",、:;。", rs[m.End])) && listedAfterEvery(rs, start-1) {
		return true // 各乡镇人民政府、|街道办事处: every one, as the first (an item of the list whole)
	}
	if before == "苏木" && strings.ContainsRune("镇乡", rs[start]) {
		return true // 苏木镇党委: the sumu's and the towns', a class (乡镇, in Inner Mongolia)
	}
	const levels = "省市县区乡镇州盟"
	if start > 0 && (strings.ContainsRune(levels, rs[start]) || runesAt(rs, start, "自治")) {
		k, counts := start-1, "两三四五六七八九十0123456789"
		if rs[k] == '个' && k > 0 {
			k, counts = k-1, counts+"一百多几数" // 8个县政协, 多个区政协: counted with 个
		}
		if strings.ContainsRune(counts, rs[k]) {
			return true // 三县政协, 两区政协, 五自治县政协: several places', a class
		}
		if rs[k] == '一' && k >= 2 && strings.ContainsRune(levels, rs[k-1]) && strings.ContainsRune(counts, rs[k-2]) {
			return true // 两县一区政协, 三镇一乡政协: places counted by their tiers, a class
		}
	}
	if start+1 < len(rs) && strings.ContainsRune(levels, rs[start]) && strings.ContainsRune(levels, rs[start+1]) && !organAt(m, start+1) {
		return true // (not 市|市场监督管理局, whose second 市 begins its name)
	}
	k := start - 1
	if k > 0 && rs[k] == '、' {
		k--
	}
	// A level word alone before it (not the end of a word: 开发区、市高新区
	// 管委会) lists levels: every place's after 各 or 全 (各市、县政协), or
	// a class of people (部分省、市政协委员); else a body of each (与市、县
	// 科协对接).
	if k < 0 || !strings.ContainsRune(levels, rs[k]) || b.endsWord(rs, k) {
		return false
	}
	if k == start-1 {
		// 8个市州政协, 县市区政协: levels run together, a class; but a
		// place's name ends with its level word (鼓楼区|城关街道办事处),
		// one level twice is no list (该县|县委: the county's), nor is where
		// its members live (住县|省政协委员)
		return rs[k] != rs[start] && !b.placesNamedBefore(c, start) && !(k >= 1 && strings.ContainsRune("住驻", rs[k-1]))
	}
	every := k >= 1 && strings.ContainsRune("各全", rs[k-1]) || k >= 2 && strings.ContainsRune("省市州", rs[k-1]) && strings.ContainsRune("各全", rs[k-2]) // (全省|市、县政协: every one in the province)
	tiers := k >= 2 && rs[k-1] == '、' && strings.ContainsRune(levels, rs[k-2]) && !b.endsWord(rs, k-2)                                              // (省、市、县委: the three tiers' committees, a class)
	return every || tiers || peopleOf(after)
}

// listedAfterEvery: the list item that ends before the 、 at k names
// organisations and its list opens with 各 (各乡镇人民政府、…).
func listedAfterEvery(rs []rune, k int) bool {
	item := string(rs[max(0, k-3):k])
	if !strings.HasSuffix(item, "政府") && !strings.HasSuffix(item, "办事处") && !strings.HasSuffix(item, "党委") &&
		!strings.HasSuffix(item, "部门") && !strings.HasSuffix(item, "单位") && !strings.HasSuffix(item, "委员会") {
		return false
	}
	j := k - 1
	for j >= 0 && j > k-40 && !strings.ContainsRune(",。;:!?()“”\n ", rs[j]) {
		j--
	}
	return j+1 < k && rs[j+1] == '各'
}

// levelsInBrackets is where a bracket of level words that ends at start
// opens (县|(市、区)|政协, 乡镇|(街道)|侨联), or -1.
func (b *body) levelsInBrackets(rs []rune, start int) int {
	if start < 3 || rs[start-1] != ')' {
		return -1
	}
	for i := start - 2; i >= 0 && i >= start-8; i-- {
		switch r := rs[i]; {
		case r == '(':
			return i
		case i > 0 && b.levels.HasRunes(rs[i-1:i+1]):
			i-- // (街道)
		case r != '、' && !b.levels.HasRunes(rs[i:i+1]):
			return -1
		}
	}
	return -1
}

// endsWord: a word of the dictionary, two or three characters, ends at
// the level word at k (开发区, 社区; not 全市, 各县, which refer, nor 省市,
// a list of levels).
func (b *body) endsWord(rs []rune, k int) bool {
	for n := 3; n >= 2; n-- {
		if s := k - n + 1; s >= 0 && b.words != nil && !strings.ContainsRune("全各本该我省市县区乡镇", rs[s]) {
			if _, ok := b.words.Word(string(rs[s : k+1])); ok && !b.endsVerb(rs, s) {
				return true
			}
		}
	}
	return false
}

// placeEndsOver: a name of a place the gazetteer holds ends at end and
// begins before start, so runs on over what [start, end) holds (蒙古 of
// 内蒙古; 营区, a word, of 东营区).
func (b *body) placeEndsOver(rs []rune, start, end int) bool {
	for _, n := range b.gaz.Ending(rs, end) {
		if n.Start < start {
			return true
		}
	}
	return false
}

// endsVerb: a verb of two characters ends at s, so no word begins there
// (召开|市县政协: 开市 is read inside 召开, no word of its own).
func (b *body) endsVerb(rs []rune, s int) bool {
	if s < 1 {
		return false
	}
	tag, ok := b.words.Word(string(rs[s-1 : s+1]))
	return ok && strings.HasPrefix(tag, "v")
}

// levelAlone: the level word at k stands alone, not the end of a zone's
// name that the dictionary may lack (县经开|区、县政协, 园区、县…: the zone's
// 区, no district's).
func levelAlone(rs []rune, k int) bool {
	if k > 0 && rs[k] == '盟' && text.IsHan(rs[k-1]) && !strings.ContainsRune("各全", rs[k-1]) {
		return false // (某宗盟、|区政协副主席: a name's end; a league rarely goes by its word alone)
	}
	return !(rs[k] == '区' && k > 0 && strings.ContainsRune("开新园城社景辖片山牧矿范验护贸港", rs[k-1]))
}

// organAt: the organ or department the match names begins at i.
func organAt(m *engine.Match, i int) bool {
	for _, g := range []string{"dept", "organ", "agency"} {
		if r, ok := m.Group(g); ok && r.Start == i {
			return true
		}
	}
	return false
}

// levelInWord: the level word a body begins with, no place before it,
// ends a word with the character before (城市|发展与环境研究中心, 园区|管委会)
// that is no end of a word before it (召开市政协: 召开|市); one that refers
// (本市, 该县) names the article's place.
func (b *body) levelInWord(c *Context, start int, level string) bool {
	rs := c.View.Runes
	if utf8.RuneCountInString(level) != 1 || start < 1 || start+1 > len(rs) || string(rs[start]) != level || strings.ContainsRune("本该我", rs[start-1]) {
		return false
	}
	for k := max(0, start-4); k < start; k++ {
		if b.placeKinds.HasRunes(rs[k : start+1]) {
			return true // 设区市|政协: a kind of city (PLACE_KINDS)
		}
	}
	if start >= 2 {
		if w := rs[start-2 : start+1]; b.gaz.Lookup(string(w)) == nil && b.startsWord(w) {
			return true // 直辖市|政协, 县级市: a kind of place, no level of one
		}
		if _, ok := b.words.Word(string(rs[start-2 : start])); ok {
			return false // 召开|市政协: the character before ends a word of its own
		}
	}
	w := string(rs[start-1 : start+1])
	tag, ok := b.words.Word(w)
	return ok && tag != "r" && b.gaz.Lookup(w) == nil // 和县, 成县: places, which WordEnd reads
}

// joinAfterWord: a name whose first character ends a word with the ones
// before it and whose second joins (召集人|和镇人大: 召集人 和 镇人大, no
// 人和镇) is no place there.
func (b *body) joinAfterWord(rs []rune, n places.Name) bool {
	if n.Start < 1 || n.End-n.Start < 3 || !strings.ContainsRune("和与及或", rs[n.Start+1]) {
		return false
	}
	return b.startsWord(rs[n.Start-1:n.Start+1]) || n.Start >= 2 && b.startsWord(rs[n.Start-2:n.Start+1])
}

// startsWord: the runes are a word of the dictionary.
func (b *body) startsWord(rs []rune) bool {
	if b.words == nil {
		return false
	}
	_, ok := b.words.Word(string(rs))
	return ok
}

func (b *body) entry(c *Context, m *engine.Match, r text.Range, d *bodyDetail) []*record.Entry {
	if countFollows(c.View.Runes, r.End) {
		return nil // 建成扶贫产业园区|15个: a kind of body counted, no one body
	}
	e := c.EntryAt(m, r)
	e.Detail = d
	b.setName(e, d, nil)
	return []*record.Entry{e}
}

// countFollows: a count of things follows at, a number and its measure word
// that end the clause's item (…园区|128个、, 十余家。).
func countFollows(rs []rune, at int) bool {
	i := at
	for i < len(rs) && (isDigit(rs[i]) || rs[i] == '.' && i > at || strings.ContainsRune("〇零一二两三四五六七八九十百千万", rs[i])) {
		i++
	}
	if i > at && i < len(rs) && strings.ContainsRune("余多", rs[i]) {
		i++
	}
	return i > at && i < len(rs) && strings.ContainsRune("个家所座处条", rs[i]) &&
		(i+1 == len(rs) || strings.ContainsRune(",。、;和及 \n", rs[i+1])) // (not 县政协|3个专委会)
}

// setName writes a body's canonical name, kind, level and place, read
// where the article is (nil: unknown).
func (b *body) setName(e *record.Entry, d *bodyDetail, w *whereabouts) {
	canonical, level, place := d.name(w, text.Simplified(e.Text())) // (normalised fields are simplified: 新華社 is 新华社)
	if d.outside {
		level = ""
	}
	e.Set("canonical", canonical)
	e.Set("kind", orNil(d.kind))
	e.Set("level", orNil(level))
	e.Set("place", orNil(place))
}

// name is a body's canonical name, level and place, read against where the
// article is (nil: unknown); it also keeps the body's own name, without its
// sub-organ, in home.
func (d *bodyDetail) name(w *whereabouts, written string) (canonical, level, place string) {
	if d.fixed != "" {
		d.home = strings.TrimSuffix(d.fixed, d.sub)
		if d.nation {
			return d.fixed, "national", ""
		}
		return d.fixed, levelOfWord(d.level), ""
	}
	p := d.resolve(w)
	if p == nil && d.uncertain != "" {
		if lv := sharedLevel(d.places); lv != "" || len(d.places) > 0 {
			return d.uncertain, lv, ""
		}
		return d.uncertain, levelOfWord(d.level), "" // (街道办事处: a street's, whichever)
	}
	if p == nil {
		// The place is not certain: the body keeps what is written, less
		// term numbers (十届省政协 is 省政协), and its level word's level.
		d.home = ""
		if d.level == "地区" && !strings.Contains(written, d.level) {
			return written, levelOfWord(d.level), "" // 行署, 地委: a level their names imply, as written
		}
		if n := w.unsettledName(); n != "" && d.level != "" && d.organ != "" && (len(d.places) == 0 || sharedName(d.places) == n) && strings.HasSuffix(n, d.level) {
			// 区政协 in an article whose headline names a 鼓楼区 the text does not
			// settle: that 鼓楼区's, by its name, as 政协鼓楼区委员会 would be
			// (镇党委 there: 中共东坝镇委, as a township the text settles gives;
			// and where the 政协 named before is that 鼓楼区's, whichever)
			d.home = d.prefix + n + d.organ
			lv := sharedLevel(w.unsettled)
			if lv == "" {
				lv = levelOfWord(d.level) // (places of that name of more than one level: the level word's, as 区政协 says)
			}
			return d.home + d.sub, lv, ""
		}
		if d.level != "" && (d.organ != "" || d.sub != "") { // (省|直机关工委: no organ between)
			d.home = d.prefix + d.level + d.organ
			if d.prefix == "中共" && !strings.HasPrefix(written, "中共") {
				d.home = d.level + d.organ // (中共县委 stays as written, GUIDELINES.md: the place unsettled, what is written)
				if d.organ == "委" && strings.Contains(written, d.level+"党委") {
					d.home = d.level + "党委" // 镇党委 stays as written: 镇委 is no one's
				}
			}
			return d.home + d.sub, levelOfWord(d.level), ""
		}
		if d.local && provincialOrgan(d.organ) {
			return written, "provincial", ""
		}
		if n := sharedName(d.places); n != "" && (d.organ == "政协" || d.organ == "人大" || d.organ == "政府" || d.prefix == "中共" && d.organ == "委") {
			// 政协西湖区第十届委员会, of a 西湖区 the text does not settle: 西湖区政协, its name as a
			// place's short one would be written, less its term (某区人民政府: 某区政府, as a settled
			// place's government is named; 新华镇党委: 中共新华镇委)
			return d.prefix + n + d.organ + d.sub, sharedLevel(d.places), ""
		}
		return written, sharedLevel(d.places), ""
	}
	base := p.BodyName()
	if d.kind == "democratic_party" && len(d.written) > len(base) && strings.HasSuffix(d.written, base) {
		base = d.written // a party's unit keeps a longer name as written (民盟黑龙江省佳木斯市委)
	}
	if d.kind == "other" && d.prefix == "" && d.level == "" && len(d.places) == 0 {
		return written, "", "" // 工商联: no place of its own
	}
	organ := d.organ
	if strings.HasSuffix(base, "街道") {
		organ = strings.TrimPrefix(organ, "街道") // 劝业场街道 + 街道办事处
	}
	d.home = d.prefix + base + organ
	name := d.home + d.sub
	if organ == "政协" && p.Level == places.Township && p.Parent != nil {
		d.home = d.prefix + p.Parent.BodyName() + organ // 某街道政协委员工作站: a township has no 政协; its members' is the county's
	}
	return name, p.Level.String(), p.FullName()
}

// placedAt is the body of a kind, no organ's, named with the place given
// (绍兴市政协 of an article about 绍兴市), or nil (nil for no place).
func placedAt(own []*record.Entry, kind string, p *places.Place) *record.Entry {
	if p == nil {
		return nil
	}
	for _, e := range own {
		if d := e.Detail.(*bodyDetail); !d.bare && d.sub == "" && e.Get("kind") == kind && e.Get("place") == p.FullName() {
			return e
		}
	}
	return nil
}

// articleHost is the body of the kind at the article's place, or where
// the place is not known, the first named whole that hosts the kind (the
// one 政协 it names, as written), or nil.
func articleHost(bodies []*record.Entry, kind string, place *places.Place) *record.Entry {
	if place != nil {
		if h := placedAt(bodies, kind, place); h != nil || kind != "cppcc" || !strings.HasSuffix(place.Name, "特别行政区") {
			return h
		} // (a special administrative region has no 政协 of its own: a Hong Kong article's is the one it names)
	}
	for _, b := range bodies {
		if hd := b.Detail.(*bodyDetail); hosts(hd, kind) && !hd.bare && hd.sub == "" {
			return b
		}
	}
	return nil
}

// sharedName is the name the places all bear (西湖区 of 杭州市 and of 南昌市), or "".
func sharedName(ps []*places.Place) string {
	n, _ := shared(ps, func(p *places.Place) string { return p.Name })
	return n
}

// shared is what the places all have alike (a name, a level), and whether
// they have.
func shared[T comparable](ps []*places.Place, of func(*places.Place) T) (T, bool) {
	var none T
	if len(ps) == 0 {
		return none, false
	}
	for _, p := range ps[1:] {
		if of(p) != of(ps[0]) {
			return none, false
		}
	}
	return of(ps[0]), true
}

// namesParent: the places written name the one above p too (巩义市|康店镇),
// not inside p's own name (东城|街道 names no 东城区).
func namesParent(written string, p *places.Place) bool {
	q := p.Parent
	rest := strings.Replace(written, p.Name, "", 1)
	if strings.HasPrefix(p.Name, written) {
		rest = "" // (the township's name alone, maybe short: 东城 of 东城街道)
	}
	return q != nil && (strings.Contains(rest, q.Name) || q.Short != "" && strings.Contains(rest, q.Short))
}

// resolve is the body's place: the one its named places leave (with the
// article's place to choose between names several places bear), or the
// one its level word finds around the article's place, or below it where
// the article names one place of that level.
func (d *bodyDetail) resolve(w *whereabouts) *places.Place {
	if len(d.places) == 1 {
		if p := d.places[0]; p.Level == places.Township && w != nil && w.place != nil && !p.In(w.place) && !w.place.In(p) && !namesParent(d.written, p) {
			return nil // a street or town named alone, of that name only outside the article's place: some other one, not certain
		}
		return d.places[0]
	}
	if d.level == "特别行政区" && len(d.places) == 0 && w != nil {
		if sar := w.onlyRegion(); sar != nil {
			return sar // 特区政府 where the article names one of the two regions, whatever other places it names
		}
	}
	if w == nil || w.place == nil {
		return nil
	}
	if len(d.places) > 1 {
		named := w.distinctNamed()
		for _, p := range d.places {
			if slices.Contains(named, p) {
				return p // 某镇 after 某市某镇: the one the article names in full, not another of its place's of that name
			}
		}
		for _, p := range d.places {
			if w.place.In(p) || p.In(w.place) || p.Parent != nil && w.place.In(p.Parent) {
				return p
			}
		}
		return nil
	}
	if d.level == "" {
		if d.local && provincialOrgan(d.organ) {
			if p := w.place.Up(places.Province); p != nil && !strings.HasSuffix(p.Name, "市") {
				return p // 财政厅 in a county's article: its province's (a municipality has 局)
			}
			return nil
		}
		if d.station && w.place.Level != places.Township {
			return nil // 派出所 in a city's article: some township's, which is not said
		}
		if d.local || d.bare && (d.organ == "政协" || d.organ == "人大") {
			return w.place // 教育局, and 政协党组, 人大常委会主任 with no 政协 or 人大 named before: the article's
		}
		return nil
	}
	if p := w.place.Up(places.Province); d.region && p != nil && strings.HasSuffix(p.Name, "自治区") {
		return p // 区党委 in an autonomous region's article: the region's, whatever district it names
	}
	if p := w.levelAbove(w.place, d.level); p != nil {
		return p
	}
	if d.level == "地区" {
		if p := w.place.Up(places.Prefecture); p != nil {
			return p // 地委 in a resume of a city that was a 地区 (岳阳地委…, 地委副书记)
		}
	}
	below, several := w.onlyOfLevel(w.distinctNamed(), d.level)
	if several {
		return nil // two of them: which is not certain
	}
	if below == nil {
		// 省政协调研组到某县调研,县政协主席…: the one place of its level the
		// article's people went to
		if below, several = w.onlyOfLevel(distinct(settle(w.visited, nil)), d.level); several {
			return nil
		}
	}
	if below == nil {
		// 某省…会议在某市召开,州政协主席…: the place of the level word that
		// holds the one place the article's people went to
		var ups []*places.Place
		for _, p := range distinct(settle(w.visited, nil)) {
			if up := w.levelAbove(p, d.level); up != nil && up != p && up.In(w.place) {
				ups = append(ups, up)
			}
		}
		if ups = distinct(ups); len(ups) == 1 {
			below = ups[0]
		}
	}
	if below == nil {
		// 市人大代表、某镇人大副主席…县人大代表: the one place of the level word
		// that holds the places below it the article names
		var ups []*places.Place
		for _, p := range w.distinctNamed() {
			if up := w.levelAbove(p, d.level); up != nil && up != p && up.In(w.place) && up != w.place {
				ups = append(ups, up)
			}
		}
		if ups = distinct(ups); len(ups) == 1 {
			below = ups[0]
		}
	}
	if below == nil && d.level == "区" && w.place.Level == places.Province && strings.HasSuffix(w.place.Name, "自治区") {
		return w.place // 区党委, 区政协 in an autonomous region's article that names no district: the region's
	}
	return below
}

// onlyRegion is the one special administrative region the article names,
// or nil (none, or both).
func (w *whereabouts) onlyRegion() *places.Place {
	var only *places.Place
	for _, p := range w.distinctNamed() {
		if r := p.Up(places.Province); r != nil && strings.HasSuffix(r.Name, "特别行政区") {
			if only != nil && only != r {
				return nil
			}
			only = r
		}
	}
	return only
}

// onlyOfLevel is the one place of ps in the article's place of the level
// a word names, if one; several says there are more.
func (w *whereabouts) onlyOfLevel(ps []*places.Place, word string) (only *places.Place, several bool) {
	for _, p := range ps {
		if p.In(w.place) && w.levelAbove(p, word) == p {
			if only != nil && only != p {
				return nil, true
			}
			only = p
		}
	}
	return only, false
}

// provincialOrgan: a department whose word is a province's (厅: 财政厅,
// 教育厅), not a general office's (办公厅 serves bodies of every tier).
func provincialOrgan(organ string) bool {
	return strings.HasSuffix(organ, "厅") && !strings.HasSuffix(organ, "办公厅")
}

// sharedLevel is the level of places a name may be, where all have one
// (东城街道 is a township wherever it is), else "".
func sharedLevel(ps []*places.Place) string {
	if l, ok := shared(ps, func(p *places.Place) places.Level { return p.Level }); ok {
		return l.String()
	}
	return ""
}

// villageUnit is the word a village's or a neighbourhood's name ends with
// (村, 社区, 嘎查), or "".
func villageUnit(name string) string {
	for _, u := range []string{"社区", "嘎查", "村"} {
		if strings.HasSuffix(name, u) {
			return u
		}
	}
	return ""
}

// levelAbove is the division the level word names around a place: 市 is
// the nearest city (天津市 for its districts, 靖江市 for itself), 县 the
// county, 省 the province …
func levelAbove(p *places.Place, word string) *places.Place {
	for x := p; x != nil; x = x.Parent {
		if strings.HasSuffix(x.Name, word) && !(word == "区" && x.Level == places.Province) {
			return x
		}
	}
	return nil
}

func levelOfWord(word string) string {
	switch word {
	case "全国":
		return "national"
	case "省", "自治区", "特别行政区":
		return "provincial"
	case "州", "盟", "地区":
		return "prefectural"
	case "县", "区", "旗":
		return "county"
	case "镇", "乡", "街道":
		return "township"
	}
	return "" // 市 may be any of three
}

// Merge keeps each mention of an organ named alone (党组, 办公室) an entry
// of its own until the article's step has found its host: two chains may
// name it after two bodies (某省政协副主席、党组副书记 … 某市政协副主席、
// 党组副书记). Those that turn out the same body merge again then.
func (b *body) Merge(first, again *record.Entry) bool {
	if first.Detail.(*bodyDetail).bare {
		return false
	}
	first.Mentions = append(first.Mentions, again.Span)
	return true
}

// ResolveArticle finds where the article is, names every body against it,
// then every organ named alone after the body it belongs to.
func (b *body) ResolveArticle(a *Article, own []*record.Entry) {
	w := b.whereabouts(a, own)
	a.Place = w.place
	for _, e := range own {
		if d := e.Detail.(*bodyDetail); !d.bare {
			b.setName(e, d, w)
		}
	}
	b.namedWithPlaces(own)
	b.listedAfterNamed(a.Raw, own, w)
	if w.place != nil {
		if short, sar := strings.CutSuffix(w.place.Name, "特别行政区"); sar {
			for _, e := range own {
				if name := short + string(text.Fold([]rune(e.Text()))); b.ministries.HasRunes([]rune(name)) {
					e.Set("canonical", b.ministries.Value(name)) // 中联办 in a Hong Kong article: the lexicon's 香港中联办, the region's office (not Macao's, named too)
				}
			}
		}
	}
	for _, e := range own {
		if d := e.Detail.(*bodyDetail); w.place == nil && d.organ != "" && d.fixed == "" && d.level == "" && d.kind == "other" && len(d.places) == 0 && e.Get("place") == nil {
			if same := levelledBefore(e, d, own); same != nil {
				sameName(e, same) // 市妇联…妇联主席: the organisation named before with its level word, where the article's place is not known
			}
		}
	}
	for _, e := range own {
		if d := e.Detail.(*bodyDetail); d.homeOf != "" && !(e.Mentions[0][0] > 0 && a.Raw[e.Mentions[0][0]-1] == '我' && ownPaired(a.View.Runes, d.homeOf)) { // (我|校党委, where 我校 is paired with another)
			if home, _ := homeOf(b.homes.Value(d.homeOf), own); home != "" {
				e.Set("canonical", home+strings.TrimPrefix(d.fixed, d.homeOf))
			}
		}
	}
	for _, e := range own {
		if d := e.Detail.(*bodyDetail); d.division {
			if host := listedBefore(a.Raw, e, own); host != nil {
				sameName(e, host)
				e.Set("canonical", host.Get("canonical").(string)+d.sub)
			}
		}
	}
	for _, e := range own {
		d := e.Detail.(*bodyDetail)
		t := text.Simplified(e.Text())
		if t != "纪委" && !(d.bare && d.kind == "party" && d.sub != "") || d.nation {
			continue
		}
		// 某大学党委副书记、|纪委书记, 某大学党委常务副书记、|组织部部长: the
		// commission or the department of the organisation whose party
		// committee the chain names, no place's
		if host := listedBefore(a.Raw, e, own); host != nil && host.Get("place") == nil {
			if hc, _ := host.Get("canonical").(string); strings.HasSuffix(hc, "党委") && hc != "党委" {
				if t == "纪委" {
					e.Set("canonical", strings.TrimSuffix(hc, "党委")+"纪委")
				} else {
					e.Set("canonical", hc+d.sub)
				}
				e.Set("kind", "party")
				e.Set("level", nil)
				e.Set("place", nil)
				d.bare = false
			}
		}
	}
	var orphans []*record.Entry // 常委、统战部 with no committee named: whose is not certain
	for _, e := range own {
		d := e.Detail.(*bodyDetail)
		if !d.bare {
			continue
		}
		at := e.Mentions[0][0]
		hosts := own
		if d.kind == "democratic_party" && d.prefix != "" { // 社市委: a committee of 九三学社, which the article names
			hosts = slices.DeleteFunc(slices.Clone(own), func(h *record.Entry) bool { return h.Detail.(*bodyDetail).prefix != d.prefix })
		}
		if d.kind == "" && congressBefore(a.Raw, at) {
			d.kind = "other" // 共青团某县第N次代表大会…大会主席团: the congress's presidium, no 政协's or 人大's
			b.setName(e, d, w)
			continue
		}
		if d.kind == "cppcc" && d.sub == "常委会" && congressBefore(a.Raw, at) {
			if party := hostBefore(at, "democratic_party", hosts); party != nil {
				// 某党某市第五次代表大会…选出常务委员会: the standing
				// committee the party's congress elects, no 政协's or 人大's named before
				e.Set("canonical", party.Get("canonical").(string)+"常委会")
				e.Set("kind", "democratic_party")
				e.Set("level", party.Get("level"))
				e.Set("place", party.Get("place"))
				continue
			}
		}
		host := hostAt(at, d.kind, hosts)
		if home := homeHost(a.Raw, at, d.kind, host, hosts, w.place); home != nil {
			host = home // …响应省政协部署。(政协办供稿): the article's own 政协's office, not the province's named sentences before
		}
		if subj := convener(a.Raw, at, d, own); subj != nil {
			host = subj // 县委召开常委会: the committee that convenes it
		} else if same := sameOrganBefore(e, d, own); same != nil && (host == nil || !nearer(a.Raw, mentionBefore(host, at), mentionBefore(same, at), at) && !(d.kind == "party" && closerInSentence(a.Raw, mentionBefore(host, at), mentionBefore(same, at), at)) || within(same, host) || ownNamed(same)) {
			// 澳门特区政协委员联谊会…联谊会: the organ named before, whole
			// (unless a 政协 or 人大 is named in its sentence, and the organ
			// before it is not: 省人大常委会…。政协某省委员会…常务委员会)
			sameName(e, same)
			continue
		}
		if host == nil && d.kind == "democratic_party" && d.prefix != "" && headedByChair(a.Raw, e.Mentions[0][1]) {
			d.bare = false // 社市委主委 with no 九三学社 named: the party its mark names, of the article's place (not 盟|市委书记, a league's)
			b.setName(e, d, w)
			continue
		}
		if host == nil && (d.kind == "party" || d.kind == "democratic_party") {
			orphans = append(orphans, e)
			continue
		}
		if host == nil && strings.HasSuffix(d.sub, "主席团") {
			if assoc := lastNamedBefore(own, at, association); assoc != nil {
				e.Set("canonical", assoc.Get("canonical").(string)+"主席团") // 某县作家协会…主席团: the association's presidium, no 政协's
				e.Set("kind", "other")
				e.Set("level", assoc.Get("level"))
				e.Set("place", assoc.Get("place"))
				continue
			}
		}
		if host == nil {
			if d.kind == "" {
				d.kind = "cppcc" // 大会主席团 with no 政协 or 人大 named: most often a 政协's
			}
			b.setName(e, d, w)
			continue
		}
		hd := host.Detail.(*bodyDetail)
		if d.kind == "democratic_party" && d.sub != "" {
			hc, _ := host.Get("canonical").(string)
			e.Set("canonical", strings.TrimSuffix(hc, hd.sub)+d.sub) // 民进中央宣传部…、|组织部: the committee's whose department was named
			e.Set("level", host.Get("level"))
			e.Set("place", host.Get("place"))
			continue
		}
		if d.kind == "democratic_party" { // 省委会 after 民建某省委会: that party's, at its own level
			if hc, _ := host.Get("canonical").(string); strings.HasSuffix(hc, d.level+d.organ) {
				sameName(e, host) // the committee named before itself
				continue
			}
			d.prefix, d.bare = hd.prefix, false
			b.setName(e, d, w)
			continue
		}
		if d.kind == "" || d.kind == "cppcc" && hd.kind != "cppcc" && hd.kind != "congress" {
			d.kind = hd.kind
			if hd.organ == "政协" {
				d.kind = "cppcc"
			}
		}
		if b.partyOrgan(d.sub) {
			d.kind = "party"
		}
		home := hd.home
		if hc, _ := host.Get("canonical").(string); strings.HasSuffix(d.sub, "工作委员会") && strings.Contains(hc, "常委会") {
			home = hc[:strings.Index(hc, "常委会")+len("常委会")] // a 人大's working committees are its standing committee's (常委会法制工作委员会), whichever organ of it hosts them
		} else if d.sub != "" {
			home = strings.TrimSuffix(home, "常委会") // its special committees the 人大's (全国人大常委会秘书长、法律委员会…)
		}
		e.Set("canonical", home+d.sub)
		e.Set("kind", d.kind)
		e.Set("level", host.Get("level"))
		e.Set("place", host.Get("place"))
	}
	for _, e := range own {
		if d := e.Detail.(*bodyDetail); d.kind == "other" && d.level == "" && len(d.places) == 0 && d.organ != "" && e.Get("canonical") == d.organ {
			if of := onlyPlaced(own, e, d.organ, a.Place); of != nil {
				sameName(e, of) // 侨联 in a headline of an article about 某市侨联: that one
			}
		}
	}
	for _, e := range own {
		if d := e.Detail.(*bodyDetail); d.self {
			company := d.fixed != "本会" && d.fixed != "本會"
			kind := namedAssociation
			if company {
				kind = namedCompany
			}
			if name, host := mostNamed(own, kind); host != nil {
				sameName(e, host) // 本会会员: the association's, or the party committee's, whose text it is; 任公司董事: the company's
				e.Set("canonical", name)
			} else if !company {
				orphans = append(orphans, e) // whose is not said (but a company one holds posts in is one, as written)
			}
		}
	}
	for _, e := range own {
		if d := e.Detail.(*bodyDetail); d.kind == "government" && d.level == "" && d.fixed == "" && !d.nation && len(d.places) == 0 && e.Get("place") == nil && d.local && (strings.HasSuffix(d.organ, "法院") || strings.HasSuffix(d.organ, "检察院")) {
			orphans = append(orphans, e) // 到法院调查, 督促检察院: a court named alone, of no place the article makes certain, is any
		}
	}
	for _, e := range own {
		if placed := placedWhole(own, e); placed != nil {
			sameName(e, placed) // 召开新的社会阶层人士联谊会成立大会…某县新的社会阶层人士联谊会: the one the article places
		}
	}
	for _, e := range orphans {
		a.drop(e) // after the loops: dropping changes own
	}
}

// placedWhole is the body the article names with its place whose name ends
// with the whole of an organisation's name the text gives without one (a
// name of four characters or more, read by body.named), or nil.
func placedWhole(own []*record.Entry, e *record.Entry) *record.Entry {
	d := e.Detail.(*bodyDetail)
	name := text.Simplified(e.Text())
	if e.Rule != "body.named" || e.Get("place") != nil || d.level != "" || len(d.places) > 0 || utf8.RuneCountInString(name) < 4 {
		return nil
	}
	for _, o := range own {
		if o != e && o.Get("place") != nil && o.Get("kind") == e.Get("kind") && strings.HasSuffix(text.Simplified(o.Text()), name) {
			return o
		}
	}
	return nil
}

// headedByChair: a democratic party's chair or vice-chair is named at at
// (主委, 副主委), titles no other organisation has.
func headedByChair(raw []rune, at int) bool {
	rest := string(raw[at:min(len(raw), at+3)])
	return strings.HasPrefix(rest, "主委") || strings.HasPrefix(rest, "副主委")
}

// onlyPlaced is the one body other than e of the article's place whose
// canonical name ends with the organ (某市侨联 for 侨联), or nil where none or
// several are.
func onlyPlaced(own []*record.Entry, e *record.Entry, organ string, place *places.Place) *record.Entry {
	if place == nil {
		return nil
	}
	var of *record.Entry
	for _, h := range own {
		if c, _ := h.Get("canonical").(string); h != e && h.Get("place") == place.FullName() && strings.HasSuffix(c, organ) && c != organ {
			if of != nil && of.Get("canonical") != c {
				return nil
			}
			of = h
		}
	}
	return of
}

// sameName gives a body named alone the name of the body it is.
func sameName(e, of *record.Entry) {
	for _, k := range []string{"canonical", "kind", "level", "place"} {
		e.Set(k, of.Get(k))
	}
	e.Detail.(*bodyDetail).home = of.Detail.(*bodyDetail).home // (and the body its organs belong to: a meeting's holder)
}

// namedAssociation: the body is a democratic party's committee or an
// association (某某协会, 某某商会, 某某联谊会), whose 本会 a text may say.
func namedAssociation(d *bodyDetail, name string) bool {
	return d.kind == "democratic_party" || d.kind == "other" && association(name)
}

// namedCompany: the body is a company or a group, not a branch of one,
// whose 公司 a text may say.
func namedCompany(d *bodyDetail, name string) bool {
	return d.kind == "other" && (strings.HasSuffix(name, "公司") && !strings.HasSuffix(name, "分公司") || strings.HasSuffix(name, "集团"))
}

// mostNamed is the body of the kind given (namedAssociation, namedCompany)
// the article names most often, itself or by its organs (民建某市委会办公室:
// 民建某市委), as its name and the entry that names it; "" where it names
// none, or two as often.
func mostNamed(own []*record.Entry, kind func(d *bodyDetail, name string) bool) (string, *record.Entry) {
	count := map[string]int{}
	of := map[string]*record.Entry{}
	for _, e := range own {
		d := e.Detail.(*bodyDetail)
		name, _ := e.Get("canonical").(string)
		if d.sub != "" && d.home != "" {
			name = d.home
		}
		if d.self || !kind(d, name) {
			continue
		}
		count[name] += len(e.Mentions)
		if of[name] == nil || d.sub == "" {
			of[name] = e
		}
	}
	best, tied := "", false
	for name, n := range count {
		switch {
		case best == "" || n > count[best]:
			best, tied = name, false
		case n == count[best]:
			tied = true
		}
	}
	if tied {
		return "", nil
	}
	return best, of[best]
}

// within: a body's name holds its host's (港区全国政协委员联谊会 holds 全国政协):
// an organ it shares a last word with is it, though its host is named nearer.
func within(same, host *record.Entry) bool {
	sc, _ := same.Get("canonical").(string)
	hc, _ := host.Get("canonical").(string)
	return hc != "" && sc != hc && strings.Contains(sc, hc)
}

// scopeOfList is the level word of the place whose own a list names, where
// the list opens its clause with the place as its speaker's (我市, 本县) or
// as a whole (全区) and runs, by 、 and the like, to the organisation at i:
// 全区各党派、|侨联 is the district's federation; "" for none.
func scopeOfList(rs []rune, i int) string {
	for k := i - 1; k >= 1 && i-k <= 40; k-- {
		switch r := rs[k]; {
		case strings.ContainsRune("市县区州旗省", r) && strings.ContainsRune("我本全", rs[k-1]):
			return string(r)
		case !text.IsHan(r) && r != '、':
			return ""
		}
	}
	return ""
}

// levelledBefore is the body of the same organ named nearest before a mass
// organisation named alone (妇联), with a level word (市妇联), or nil.
func levelledBefore(e *record.Entry, d *bodyDetail, bodies []*record.Entry) *record.Entry {
	return namedBefore(e.Mentions[0][0], bodies, func(o *record.Entry) bool {
		od := o.Detail.(*bodyDetail)
		return o != e && od.organ == d.organ && (od.level != "" || len(od.places) > 0) && od.sub == d.sub
	})
}

// namedBefore is the body named nearest before offset at of those ok
// takes, or nil.
func namedBefore(at int, bodies []*record.Entry, ok func(*record.Entry) bool) *record.Entry {
	var best *record.Entry
	bestAt := -1
	for _, o := range bodies {
		if !ok(o) {
			continue
		}
		for _, m := range o.Mentions {
			if m[0] < at && m[0] > bestAt {
				best, bestAt = o, m[0]
			}
		}
	}
	return best
}

// sameOrganBefore is the body named nearest before an organ named alone
// that is that organ of its own 政协 or 人大 (联谊会 after 某某政协委员联谊会),
// or whose own name ends with it, or nil.
func sameOrganBefore(e *record.Entry, d *bodyDetail, bodies []*record.Entry) *record.Entry {
	return namedBefore(e.Mentions[0][0], bodies, func(o *record.Entry) bool {
		od := o.Detail.(*bodyDetail)
		// (an association by its own name: 港区全国政协委员联谊会…联谊会;
		// but a 政协's organ is no party's: 某街道党工委…政协工委)
		return !od.bare && d.sub != "" && (strings.HasSuffix(od.sub, d.sub) || od.sub == "" && strings.HasSuffix(o.Get("canonical").(string), d.sub)) && !(d.kind == "cppcc" && o.Get("kind") == "party")
	})
}

// ownNamed: the body is an association named by a name of its own (某市政协
// 历届某地委员联谊会), whose word alone (联谊会) is that one wherever a
// 政协 is named nearer: its own organ of the word would have been named
// with it (区政协联谊会).
func ownNamed(o *record.Entry) bool {
	od := o.Detail.(*bodyDetail)
	return od.sub == "" && o.Get("kind") == "other"
}

// nearer: a mention at i lies in the sentence that ends at at, and one at j
// does not.
func nearer(raw []rune, i, j, at int) bool {
	return i >= 0 && !sentenceEnds(raw, i, at) && (j < 0 || sentenceEnds(raw, j, at))
}

// closerInSentence: the mention at i comes after the one at j, both in
// at's sentence (市委统战部…,县委常委、|统战部长: a party committee's
// department is the committee's named last; a 政协's organ named whole
// before stays that one: 市人大常委会…,市政协…,常委会机关).
func closerInSentence(raw []rune, i, j, at int) bool {
	return i > j && j >= 0 && !sentenceEnds(raw, j, at)
}

// sentenceEnds: a sentence ends between from and at.
func sentenceEnds(raw []rune, from, at int) bool {
	return strings.ContainsAny(string(raw[from:at]), "。!?\n")
}

// mentionBefore is where the entry's last mention before at begins, or -1.
func mentionBefore(e *record.Entry, at int) int {
	last := -1
	for _, m := range e.Mentions {
		if m[0] < at && m[0] > last {
			last = m[0]
		}
	}
	return last
}

// listedAfterNamed gives a body named by a level word alone, right after
// a 、 that a body naming a place of that level ends at, that place (民乐县委、
// 县政府: 民乐县政府), where the article names places enough that its own
// place does not settle it; and a department or a party organ named alone
// after a body of its kind of one place, right before the 、 or with a
// title and a name between (某市财政局局长某某、审计局局长某某; 某乡党委委员、
// 纪委书记), that place, whatever the article's; so a mass organisation
// named alone after a body of a place and its posts (某盟政协副主席、工商联主席).
func (b *body) listedAfterNamed(raw []rune, own []*record.Entry, w *whereabouts) {
	for _, e := range own {
		d := e.Detail.(*bodyDetail)
		alone := d.level == "" && (d.kind == "government" || d.kind == "party") && d.fixed == "" && !d.nation // (审计局, 纪委: a department or an organ by its name alone)
		mass := d.level == "" && d.kind == "other" && d.organ != "" && d.fixed == "" && !d.outside            // (工商联, 妇联: a mass organisation by its name alone)
		if d.bare || d.level == "" && !alone && !mass || len(d.places) > 0 || e.Get("place") != nil && !alone && !mass {
			continue
		}
		if o := b.listedAfter(raw, own, e, d, alone, mass); o != nil {
			each := *d
			each.places = o.Detail.(*bodyDetail).places
			e.Detail = &each
			b.setName(e, &each, w)
		}
	}
}

// listedAfter is the body of one place that a mention of e follows as
// listedAfterNamed says, or nil: the first mention, or any of a mass
// organisation's (whose first may be a list's of every kind: 各民主党派、工商联).
func (b *body) listedAfter(raw []rune, own []*record.Entry, e *record.Entry, d *bodyDetail, alone, mass bool) *record.Entry {
	for i, mention := range e.Mentions {
		at := mention[0]
		if i > 0 && !mass {
			break
		}
		if at < 2 || raw[at-1] != '、' {
			continue
		}
		for _, o := range own {
			od := o.Detail.(*bodyDetail)
			if o == e || len(od.places) != 1 || d.level != "" && !ofLevelWord(od.places, d.level) && !regionShort(od.places[0], d.level) || alone && strings.HasSuffix(e.Text(), "厅") && od.places[0].Level != places.Province {
				continue // (县财政局、财政厅: a 厅 is a province's)
			}
			if slices.ContainsFunc(o.Mentions, func(m text.Span) bool {
				// right before the mark; or, for an organ named alone, a title and a
				// name between (某市财政局局长某某、|审计局局长某某)
				return m[1] == at-1 || alone && od.kind == d.kind && m[1] < at-1 && at-1-m[1] <= 8 && text.HanCount(raw[m[1]:at-1]) == at-1-m[1] ||
					(d.level != "" || mass) && m[1] < at-1 && at-1-m[1] <= 12 && chainPosts(raw[m[1]:at-1]) // (a chain's posts between: 某市委常委、|市纪委书记; 某自治区党委常委、统战部部长、|区政协…; 某盟政协副主席、|工商联主席)
			}) {
				return o
			}
		}
	}
	return nil
}

// regionShort: the level word is 区, which an autonomous region's news
// writes for 自治区 (某自治区党委常委、区政协副主席).
func regionShort(p *places.Place, word string) bool {
	return word == "区" && p.Level == places.Province && strings.HasSuffix(p.Name, "自治区")
}

// chainPosts: the runes are posts of a chain, Han characters a 、 may
// part, none more than six long (常委、统战部部长).
func chainPosts(rs []rune) bool {
	n := 0
	for _, r := range rs {
		switch {
		case r == '、' && n > 0:
			n = 0
		case text.IsHan(r) && n < 6:
			n++
		default:
			return false
		}
	}
	return n > 0
}

// namedWithPlaces names an organisation the text names by its own name
// alone (某某村党总支) as the article names it whole elsewhere, after its
// places (绍兴市柯桥区某某村党总支): one body.
func (b *body) namedWithPlaces(own []*record.Entry) {
	for _, e := range own {
		d := e.Detail.(*bodyDetail)
		name, _ := e.Get("canonical").(string)
		if d.fixed == "" || d.bare || d.nation || len(d.places) > 0 || d.level != "" || name != d.fixed {
			continue
		}
		for _, o := range own {
			whole, _ := o.Get("canonical").(string)
			if od := o.Detail.(*bodyDetail); o == e || od.fixed == "" || !strings.HasSuffix(whole, name) || whole == name {
				continue
			}
			if b.allPlaces([]rune(strings.TrimSuffix(whole, name))) {
				e.Set("canonical", whole)
				break
			}
		}
	}
}

// allPlaces: the runes are names of places and nothing else, each within
// the one before it (绍兴市柯桥区).
func (b *body) allPlaces(rs []rune) bool {
	var within []*places.Place
	for end := len(rs); end > 0; {
		names := b.gaz.Ending(rs, end)
		if len(names) == 0 {
			return false
		}
		n := names[0] // (the longest)
		if within != nil && places.Within(within, n.Places) == nil {
			return false
		}
		within, end = n.Places, n.Start
	}
	return len(rs) > 0
}

// convener is the body that convenes or holds an organ named alone right
// after it (县委召开常委会, 市人大举行主席团会议): the organ's, whoever else the
// article names; nil where no body is written so.
func convener(raw []rune, at int, d *bodyDetail, bodies []*record.Entry) *record.Entry {
	if at < 2 || !slices.Contains([]string{"召开", "召開", "举行", "舉行"}, string(raw[at-2:at])) {
		return nil
	}
	for _, h := range bodies {
		hd := h.Detail.(*bodyDetail)
		if !slices.ContainsFunc(h.Mentions, func(m text.Span) bool { return m[1] == at-2 }) {
			continue
		}
		if hosts(hd, d.kind) || d.sub == "常委会" && (hosts(hd, "party") || hd.fixed != "" && !hd.bare) {
			return h // (中共某某大学委员会召开常委会, 某某商会召开常委会: their own)
		}
	}
	return nil
}

// hostAt is the 政协 or 人大 (kind cppcc, congress, or "" or "any" for either; other
// kinds as hosts says) that an organ or a meeting named alone at a position
// belongs to: the one named nearest before it (大会主席团 after 县政协十届一次
// 会议), else after it.
func hostAt(at int, kind string, bodies []*record.Entry) *record.Entry {
	if h := hostBefore(at, kind, bodies); h != nil {
		return h
	}
	return nearestHost(at, kind, bodies, false)
}

// congressBefore: the text before at names a congress of delegates (共青团
// 某县第N次代表大会, 党代会, 妇代会), not a people's congress, and no session
// (…次会议) after it: an organ named alone there (大会主席团, 代表资格审查
// 委员会) is that congress's, no 政协's or 人大's.
func congressBefore(raw []rune, at int) bool {
	s := text.Simplified(string(raw[:at]))
	last := -1
	for _, w := range []string{"代表大会", "党代会", "团代会", "妇代会"} {
		for i := strings.LastIndex(s, w); i >= 0; i = strings.LastIndex(s[:i], w) {
			if !strings.HasSuffix(s[:i], "人民") {
				last = max(last, i)
				break
			}
		}
	}
	return last >= 0 && !strings.Contains(s[last:], "次会议")
}

// homeHost is the body of the kind of the article's own place, where the
// nearest host named before at is another place's, named once in passing
// and in no sentence of at's: a bare organ far from any host is the
// article's place's (a county's article ending (政协办供稿) after a
// sentence on the province's 政协). It is nil where no such body is named,
// or the host is named more often (a digest of the national 政协's news)
// or in at's sentence, unless the home place's bodies were named after it
// (homeListedBetween).
func homeHost(raw []rune, at int, kind string, host *record.Entry, bodies []*record.Entry, place *places.Place) *record.Entry {
	if host == nil || place == nil {
		return nil
	}
	home := place.FullName()
	p, _ := host.Get("place").(string)
	if p == home || (len(host.Mentions) > 1 || !sentenceEnds(raw, max(0, mentionBefore(host, at)), at)) && !homeListedBetween(host, at, home, bodies) {
		return nil
	}
	for _, h := range bodies {
		if p, _ := h.Get("place").(string); p == home && hosts(h.Detail.(*bodyDetail), kind) {
			return h
		}
	}
	return nil
}

// homeListedBetween: the host is of a place around the article's own (a
// city's 政协 in a county's article), and a body of the article's own place
// is named after it and before at (市政协常委、旗委副书记某某,旗政府旗长某某、
// |政协主席某某): the list has turned to the home place's leaders, whose
// 政协 the bare one is.
func homeListedBetween(host *record.Entry, at int, home string, bodies []*record.Entry) bool {
	p, _ := host.Get("place").(string)
	if p == "" || !strings.HasPrefix(home, p) {
		return false
	}
	from := mentionBefore(host, at)
	for _, b := range bodies {
		if bp, _ := b.Get("place").(string); bp != home {
			continue
		}
		for _, m := range b.Mentions {
			if m[0] > from && m[1] <= at {
				return true
			}
		}
	}
	return false
}

// hostBefore is the body of the kind given named nearest before offset at,
// or nil.
func hostBefore(at int, kind string, bodies []*record.Entry) *record.Entry {
	return nearestHost(at, kind, bodies, true)
}

// nearestHost is the body of the kind given named nearest before offset at
// (or after it), or nil.
func nearestHost(at int, kind string, bodies []*record.Entry, before bool) *record.Entry {
	var best *record.Entry
	bestAt := 0
	for _, h := range bodies {
		if !hosts(h.Detail.(*bodyDetail), kind) {
			continue
		}
		for _, m := range h.Mentions {
			if before && m[0] < at && (best == nil || m[0] > bestAt) || !before && m[0] > at && (best == nil || m[0] < bestAt) {
				best, bestAt = h, m[0]
			}
		}
	}
	return best
}

// hosts: the body is one a title of the kind of body given belongs to where
// the text names no body before it: a 政协 (cppcc), a 人大 (congress), a
// democratic party's committee (democratic_party: 主委, 会员 of 民建某市委), a
// legislative council (legco: 议员 of 澳门特别行政区立法会), a
// party committee (party: 统战部 of 市委常委、统战部部长).
func hosts(hd *bodyDetail, kind string) bool {
	if hd.bare {
		return false
	}
	if kind == "party" { // a party committee, named itself or by one of its departments (县委组织部、|宣传部)
		return hd.kind == kind && hd.organ == "委" && hd.home != ""
	}
	if kind == "democratic_party" {
		return hd.kind == kind // (a unit of a place the text leaves uncertain too: 民建某某区工委, by its name as written)
	}
	if kind == "legco" { // Hong Kong's or Macao's legislative council, whose members are 议员
		return hd.organ == "立法会" && hd.home != ""
	}
	named := strings.TrimSuffix(hd.fixed, "常委会") // 全国人大常委会 hosts the 人大's organs too
	if hd.home == "" || hd.organ != "政协" && hd.organ != "人大" && !strings.HasSuffix(named, "政协") && !strings.HasSuffix(named, "人大") {
		return false
	}
	return !(kind == "cppcc" && !strings.Contains(hd.home, "政协") || kind == "congress" && !strings.Contains(hd.home, "人大"))
}

// clauseWords are the words of one character a clause may put right
// before a name (在, 到, 与, 的, 为 …), no part of it.
const clauseWords = "在到赴向与和及的为是由把对从了而据"

// nameOpening is where a name that begins at start really begins: before
// the word that a joining character ending it belongs to, where that word
// is a name or a noun and opens the clause (、华为|技术有限公司: 为 ends 华为,
// not a clause; but 作为|某某公司, 因为|…: a verb's or a conjunction's).
func (b *body) nameOpening(rs []rune, start int) int {
	if b.words == nil || start < 2 || !strings.ContainsRune(clauseWords, rs[start-1]) {
		return start
	}
	k := start - 2
	if k > 0 && !boundary(rs[k-1]) && b.orgVerbs.LongestSuffix(rs[max(0, k-4):k]) == 0 {
		return start // (but 历任|华为技术有限公司: a verb opens the name)
	}
	switch tag, _ := b.words.Word(string(rs[k:start])); tag {
	case "n", "nr", "nz", "nt", "ns", "j":
		return k
	}
	return start
}

// inWords: a short name is read across words (人|民进|行, 工|作协|商): its
// first character ends a word of the dictionary, and after a level word
// (市民盟, the city's) its last begins one too (市民建|言).
func (b *body) inWords(c *Context, r text.Range) bool {
	rs := c.View.Runes
	return b.midWord(rs, r.Start) && (r.Start < 1 || !b.levels.HasRunes(rs[r.Start-1:r.Start]) || b.midWord(rs, r.End))
}

// midWord: the character at k and the one before it are a common word of
// the dictionary (人民, 居民), so no name begins at k.
func (b *body) midWord(rs []rune, k int) bool {
	if b.words == nil || k < 1 || k+1 > len(rs) {
		return false
	}
	_, ok := b.words.Word(string(rs[k-1 : k+1]))
	return ok
}

// reachesFurther: the longest place name that ends at short begins before
// the longest that ends at long.
func (b *body) reachesFurther(rs []rune, short, long int) bool {
	a, z := b.gaz.Ending(rs, short), b.gaz.Ending(rs, long)
	return len(a) > 0 && (len(z) == 0 || a[0].Start < z[0].Start)
}

// inTitle: the runes from start to end lie inside a title in 《》.
func inTitle(rs []rune, start, end int) bool {
	open := false
	for i := start - 1; i >= max(0, start-60); i-- {
		if rs[i] == '》' || rs[i] == '\n' {
			break
		}
		if rs[i] == '《' {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for i := end; i < min(len(rs), end+60); i++ {
		switch rs[i] {
		case '》':
			return true
		case '《', '\n':
			return false
		}
	}
	return false
}

// listedBefore is the body named last before e in its list: no mark but a
// 、 between them (统战部副部长某某、|党派处: 统战部), or nil.
func listedBefore(raw []rune, e *record.Entry, own []*record.Entry) *record.Entry {
	at := e.Mentions[0][0]
	host := namedBefore(at, own, func(o *record.Entry) bool { return o != e && !o.Detail.(*bodyDetail).division })
	if host == nil {
		return nil
	}
	from := mentionBefore(host, at)
	for _, m := range host.Mentions {
		if m[0] == from && m[1] <= at && !strings.ContainsAny(string(raw[m[1]:at]), ",,。;;::!!??\n") {
			return host
		}
	}
	return nil
}
