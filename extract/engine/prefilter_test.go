package engine

import (
	"slices"
	"testing"

	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// TestPrefilterSelectivity measures how many rule runs the keyword
// prefilter allows per line and per sentence on every text the tests reach.
// Keywords read from regexp2's syntax tree allow 0.98 per line and 1.83 per
// sentence on the project's and the shared texts; the hand-written parser
// they replaced allowed 1.02 and 1.85. The body rules added 1.15 per
// sentence (2.98): 政协 is in almost every other sentence of these texts,
// and body.cppcc rightly runs on each; the people rules 1.5 more (4.49), as
// titles (委员, 主席) and verbs of speech (说) are in most sentences, and a
// guest list's line (person.guest, matched at a title) and more bodies 0.4
// (4.91), a sentence's subject (person.subject: 在, 是, 曾 … after the name
// that opens it) 0.5 (5.45); such a run fails at the sentence's start, a
// microsecond (zxtract rules profile); a clause's subject (matched at its
// comma) and the posts a name holds (任, 当选) 0.6 (6.07); a name before its
// posts (person.subject-posts), an agency after a place's short name
// (body.place-agency: 局, 委员会 …) and a committee's department named
// alone 0.2 (6.26); a profile's clauses of posts and ranks (person.profile-posts),
// the items of a list of appointments (person.appointed, matched at 为) and a
// roster's lines (keyword: a space) 0.2 (6.40); posts in brackets after a name
// (person.bracket-post, keyword: a bracket) and the like 0.14 (6.54); a
// portrait's subject with its posts after a comma (person.apposition,
// keywords: a title's last character before a mark) and the like 0.09 (6.63); a
// deputy before 代表, posts given in turn (分别), a council by its level word
// (镇议事会) and the like 0.02 (6.69); a resume's lines of years (dashes,
// 年至), courts by their short names, the State Council's meetings and the
// like 0.03 (6.72); leaders, dotted runs, WeChat's credits and the like
// 0.07 (6.79); one named for a counted group (person.named-for-group: 等 and
// a number, a title and 名 or 位) 0.01 (6.80); a day that recurs (每年的3月12日,
// exclude.recurring-day) 0.01 (6.81); the titles in 《》 whose numerals name
// them (exclude.title, keyword 《) 0.05 (6.86); the rules since, and a year
// and a month in digits as resumes write them (date.numeric: 1990.08, whose
// keywords a decimal after a year's digits holds) 0.04 (6.90); ordinals
// that share one 第 (exclude.ordinal-list: 第, a joining mark and a digit)
// 0.02 (6.92); the rules since 0.08 (7.00), the last a quote's speaker
// after a colon (person.quote-colon, keyword :“), three runs on the 749
// sentences; names counted before their title by any number to nine
// (person.list-counted: 5位, 七位) 0.01 (7.06); those since 0.02 (7.08), the
// last a resignation's list ended by 以及 (person.removed: …委员以及…辞去),
// two runs more (7.09); names listed before a speech, with no title
// (person.speakers: 发言 and 、), seven runs more (7.10); a post a group
// is formed under (person.formed-under: 以, 为 and a title), two more
// (7.1001, over the bound of 7.10 by a hair: 7.11); a rule's own keywords
// gating it with those of its pattern, 6.96, and the rules since, 6.98; a
// name alone on its line of a rarer surname too (person.name-line, which
// then has no keyword: it runs on units of two to four characters), 25 runs
// (7.01); a zone's working committee written 工委 (body.zone), six (7.02); a
// clock's time no figure counts (exclude.clock-time, keywords a digit and a
// colon), nine (7.03). Lines:
// names parted by spaces, a roster's or a table row's (layout.spaced-names,
// keyword: a space), 0.24 more per line (1.23), each run an anchored pattern
// that fails at the line's first characters; an author's name alone on a
// line (layout.byline-name), run on lines of at most nine characters, 0.04
// (1.30); page tools, WeChat's marks and the like 0.05 (1.35); a guest's
// posts and name on a line of their own (layout.name-card, keywords: a
// title's last words, on lines of at most 32 characters) 0.04 (1.39); the
// project's page of public information (testdata/html), whose rows of
// fields are lines of metadata each several layout rules read, 0.03 (1.45:
// the texts changed, not a rule's selectivity); a template's empty label of
// an author or an editor (layout.meta-label: 作者:, 来自:, whose words lines
// of text hold too) 0.03 (1.48); a bare 时间 whose figures run into the
// next label (layout.meta-label: 时间:03-15人气:12, keyword 时间) 0.01 (1.50);
// a picture's scene named alone (layout.caption-scene: 会议现场, on lines of
// at most eight characters), run on three lines, two of them its own, 0.01
// (1.51); a caption run into its credit in brackets that ends in /图
// (layout.caption), one run more (1.511); a credit's label and names on a
// line of their own (layout.byline-credit: 记者:某某, run on short lines
// with a credit's label) 0.007 (1.518); a feature's makers credited as its
// editors are (策划, 剪辑: layout.editors, person.byline), two runs (1.522,
// and one a sentence, 7.031); a 政协's special committee named whole after a
// name in its chain (body.organ: its committee words), one run a sentence
// (7.032); a news site's name alone on its line (layout.masthead: 新闻网,
// 政协网, words of source lines too), two runs (1.527); one given or
// invited before what is given or asked of them (person.object: 向某某颁发,
// 特邀某某作…), eleven runs a sentence (7.047); one met (person.met:
// 与某某座谈, whose verbs name meetings too), ten runs (7.060); a column's
// tag alone on its line, bare (layout.column-tag: 其他, 要闻, on lines of
// at most a tag's length), three runs a line (1.535); a government
// site's versions of itself among page tools (layout.page-tools: 无障碍,
// 长辈版), one run (1.537); a journal's authors on a line of their own,
// parted by commas (layout.byline-names, person.author-line: keyword a
// comma, on lines and sentences of at most four names), five runs a line
// (1.549) and ten a sentence (7.073); a person and the organisations they
// are from on a line of their own (person.table-row-unit: a space and an
// organisation's ending, on units of at most some sixty characters: the
// project's pages print sources so), 29 runs a sentence (7.112); a special
// committee's name with a word in brackets (港澳台侨(外事)委员会: a bracket
// among its keywords), two runs (7.115); a profile whose name a former
// name or a native place and a date of birth follow (person.profile:
// keywords of its own, as the native place hides the pattern's), one run
// (7.117); a name with its posts after a comma whose first title ends in
// 人 (person.apposition: 召集人, 负责人), three runs (7.120); a place's
// institution by its kind alone after a verb of working with it
// (body.institution-bare: 联合融媒体中心), one run (7.122); a paper in
// title marks by any name ending in 报 (body.media: keyword 报》), two runs
// (7.124); a site whose report opens a lead (body.media: keyword 网讯),
// one run (7.126); the body a text calls 本会 (body.self: keyword 本会),
// four runs (7.131); a transcript's speaker in brackets (person.speaker:
// keywords [ and 【), one run (7.132); people recommended to a post
// (person.elected: keyword 推荐), two runs (7.135); a budget's year with
// its end year's two digits (date.year-span-short), one run (7.136); one
// whose speech a meeting studied (person.speech-of: keywords 讲话 after
// 传达, 学习 …), five runs (7.143); 围绕, 聚焦, 针对 among what a name's
// holder does (SUBJECT_NEXT, the subjects' keywords), four runs (7.148); the
// Youth League's plenums by its full name (meeting.party-plenary: keyword
// 共青团), one run (7.150); a document's pager (exclude.page-counter:
// keyword 页), one run (7.152); a roster's names parted by 、 under a
// label's line (person.roster-listed: keyword 、, the only mark such a line
// must hold; its pattern anchors at the unit's start, so a run on a
// sentence of prose fails at once), 250 runs (7.48); a day written with
// 号 before the time of day (date.day: keyword 号), five runs (7.49); names
// alone before 出席 (person.attending: keywords 出席, 列席, read back from
// them), 14 runs (7.505); an outlet and its author's label on a line
// (layout.byline-outlet: 作者:), one run a line (1.551); a column's name of
// news bare on its line (layout.column-tag: 新闻, 要闻, where short lines
// hold 新闻发布会), nine runs (1.572); a stamp with its month spaced from
// its year (layout.dateline-spaced: a year and /, on lines of 39
// characters at most, where stamps written with slashes stand), two runs
// (1.577); a deputy named before a clause's end (person.deputy-after:
// 代表, and 代表。, which news writes after deputies' names and lists of
// them), two runs (7.508); a team's members named after it (person.group-named:
// 调研组, 视察组, where the texts name teams), one run (7.509); names
// before a report's credit (person.credit-after: 报道, which the texts
// write where they cite reports), two runs (7.512); an author's name
// after the unit's on a line (person.unit-line: an organisation's last
// character and a space, which the texts' spaced headlines and stamps
// hold), nine runs (7.524); a party commission's numbered meeting
// (meeting.commission-nth: 委员会 and 市委, which a 政协's full name,
// 某市委员会第N次会议, holds too), four runs (7.529); the author's
// line after a township's or a village's name too (UNIT_ENDS), one run
// (7.530); a sentence's subject before 列席, 莅临, 到会 or 参会
// (person.subject, as before 出席: the texts' meetings have guests
// attend so), two runs (7.532); a journal's author line opened by a rarer
// surname where the name of two is padded with a space (person.author-line:
// its matches may begin at any surname, not only a common one), ten runs
// (7.545); a sentence's or a clause's subject before a year (person.subject,
// person.clause-subject: 某某2012年任…, keyword 年), five runs (7.552); a
// line of a page's counters alone (layout.counters: a counter's word and a
// digit, which lines of prose that cite readings hold; its pattern anchors
// at the line's start), four runs (1.587); a line that labels a page's
// account's code (layout.wechat: 某某微信, keyword 微信, which prose about
// the accounts holds), five runs (1.598); a measure word counted after a
// Chinese numeral of two characters (figure.count-cn: 顶, 面, whose
// keywords are then the words alone), two runs (7.572); a 政协's own
// organ after a level word alone (body.cppcc-implied: 文史委, 提案委, which
// the texts name after their 政协 too), four runs (7.577). A rule
// that requires another's match (figure.range, after a count) is not
// counted: it runs only where that one matched. The bounds catch a
// derivation that loses its selectivity. In a clone without ../shared the
// texts are the project's alone, denser in what the rules look for: 1.72
// per line (1.58 before the name cards, whose titles the project's short
// lines hold often; 1.68 before the page of public information; 1.75 now)
// and 6.61 per sentence, 6.69 since a name alone on its line may have any
// surname but a word's (person.name-line, no keyword: the project's texts
// have twelve units of two to four characters), 6.712 with a zone's 工委 and
// a clock's time (four runs), which have bounds of their own; 1.758 per
// line with a credit's label on its line (layout.byline-credit, one run:
// the project's texts print bylines so); 1.773 with a news site's masthead
// (layout.masthead, two runs: the project's source lines name sites);
// 1.796 with a column's bare tag (layout.column-tag, three runs); 1.804
// with a site's versions among page tools (layout.page-tools, one run);
// 1.834 a line and 6.74 a sentence with a journal's authors parted by
// commas (four runs each: the project's short lines of lists hold commas);
// 6.83 a sentence with a person and the organisations they are from on a
// line (thirteen runs: the project's texts' short spaced lines); 6.95 with
// a roster's names parted by 、 under a label's line (person.roster-listed,
// keyword 、) and a day written with 号 (date.day), seventeen runs; 6.97
// with names alone before 出席 (person.attending), two runs; 7.01 with an
// author after the unit's name on a line (person.unit-line), six runs: the
// project's texts set units and names on short spaced lines; 1.872 a line
// with a column's name of news bare (layout.column-tag), five runs: the
// project's pages' short lines hold 相关新闻; 1.879 with a stamp with its
// month spaced from its year (layout.dateline-spaced), one run; 7.03 a
// sentence with a journal's author line opened by a padded name of any
// surname (person.author-line), three runs; 7.04 with a subject before a
// year (person.clause-subject), one run; 1.887 a line with a page's
// counters alone (layout.counters), one run; 7.045 a sentence with a 政协's
// own organ after a level word (body.cppcc-implied), one run. 7.058 (and
// 7.581 with the shared texts) a sentence with one a decision sends
// somewhere to a post, named right after 决定 or 同意 (person.moved), two
// runs (three).
func TestPrefilterSelectivity(t *testing.T) {
	e := defaultEngine(t)
	runs := map[string]int{}
	units := map[string]int{}
	for _, d := range corpusDocs(t) {
		v := text.Normalise([]rune(d.Text), d.HTML)
		var lines []text.Range
		for _, l := range text.Lines(v) {
			lines = append(lines, l.Range)
		}
		for scope, us := range map[string][]text.Range{rules.ScopeLine: lines, rules.ScopeSentence: text.Sentences(v, lines)} {
			pick := e.scopes[scope].picker()
			for _, u := range us {
				for _, r := range pick.candidates(v.Runes[u.Start:u.End]) {
					if len(r.Requires) == 0 { // one that requires another runs only where that one matched
						runs[scope]++
					}
				}
				units[scope]++
			}
		}
	}
	bound := map[string]float64{rules.ScopeLine: 1.598, rules.ScopeSentence: 7.581}
	if testkit.SharedDir() == "" {
		bound = map[string]float64{rules.ScopeLine: 1.887, rules.ScopeSentence: 7.058}
	}
	for _, scope := range []string{rules.ScopeLine, rules.ScopeSentence} {
		per := float64(runs[scope]) / float64(units[scope])
		t.Logf("%s: %d runs on %d units, %.2f per unit", scope, runs[scope], units[scope], per)
		if per > bound[scope] {
			t.Errorf("%s: %.2f rule runs per unit, more than %.2f", scope, per, bound[scope])
		}
	}
}

// TestCandidatesAgree: on every unit the tests reach, the prefilter picks
// the rules that hold a keyword of each of their sets (and fit the unit),
// and gives each rule with Starts every place one begins, as a search for
// every keyword in turn finds them: a keyword found twice in a unit (政协
// … 政协) gates once, but begins a match at each place.
func TestCandidatesAgree(t *testing.T) {
	e := defaultEngine(t)
	units := 0
	eachUnit(t, func(rs []rune, _ text.Range) {
		units++
		for scope, x := range e.scopes {
			p := x.picker()
			got := map[*rules.Rule][]int32{}
			for i, r := range p.candidates(rs) {
				got[r] = p.at[i]
			}
			p.done()
			for ri, r := range x.rules {
				want := fits(r, rs)
				for _, set := range r.KeywordSets {
					want = want && slices.ContainsFunc(set, func(k string) bool { return occurs(rs, k) })
				}
				var at []int32
				for i := range rs {
					if slices.ContainsFunc(r.Starts, func(s string) bool { return hasPrefixRunes(rs[i:], s) }) {
						at = append(at, int32(i))
					}
				}
				if x.starts[ri] != 0 {
					want = want && at != nil
				} else {
					at = nil
				}
				if atGot, ok := got[r]; ok != want || ok && !slices.Equal(atGot, at) {
					t.Fatalf("%s (%s) on %q: picked %v at %v, want %v at %v", r.ID, scope, string(rs), ok, atGot, want, at)
				}
			}
		}
	})
	if units == 0 {
		t.Fatal("no units read")
	}
}

func occurs(rs []rune, k string) bool {
	for i := range rs {
		if hasPrefixRunes(rs[i:], k) {
			return true
		}
	}
	return false
}
