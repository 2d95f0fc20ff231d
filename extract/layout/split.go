// Package layout is the layout stage: layout rules classify a document's
// lines (page furniture, stamps, bylines, leads, credits, editor's notes),
// and the splitter cuts the page into articles, finds each headline (the
// main title, not the kicker above it or the —— subtitle below) and the
// page's publication date, read from its stamp by the date code.
package layout

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/extract/timex"
)

// Article is one article found in a document, in view positions.
type Article struct {
	text.Range        // from its first heading line to its last content line
	Headline   string // as written in the original; "" when it has none
	Subtitle   string
	Kickers    []string     // the lines of its headline block above the headline (a page's h1 above its h3 subtitle)
	Published  string       // its own stamp, under its headline (YYYY-MM-DD); "" when it has none
	Body       []text.Range // its content lines, headings included: what rules run on
	// Affiliations are lines of Body that say where its authors work (a
	// paper's (某某大学某学院,某市 100000)): their places are no place the
	// article is about.
	Affiliations []text.Range
	confirmed    bool // a byline, dateline or lead followed the headline
	stamped      bool // a dateline did (a page's clock may stand under a site's menu)
	hasBody      bool
	prose        bool // a line of its body other than a byline was read
	tableRows    int  // lines of its body that are a table's rows (cells parted by tabs: a label and its value)
	untitled     bool // it began without a heading
	original     string
	heading      []text.Range // the lines of its headline block
	credited     bool         // it closed with a credit or a related-news label
	// Source is the outlet or office the page names as its source
	// (来源:|某县融媒体中心), furniture that says where it was written.
	Source text.Range
	// Owner is the page's footer line that names who owns or runs the site
	// (版权所有:某市政协办公室), every article's of the page.
	Owner text.Range
}

// splitter walks the classified lines and cuts them into articles.
type splitter struct {
	text.Original
	lines    []line
	articles []*Article
	cur      *Article
	ended    bool         // the current article closed with a credit or a related-news label
	listing  bool         // a related-news label: what follows lists other articles, their dates no stamp of this one
	skipping bool         // inside an editor's note
	pending  []text.Range // datelines seen before the article they stamp
	// pendingDate: the first of their dates, an untitled later article's own
	pendingDate string
	source      text.Range // a source named before the article it is of
	header      *Article   // the last heading block no body followed
	// stampTitle: the headline a stamp's line gave before its date, for
	// a first article that has none of its own
	stampTitle string
	stamps     [3]string // the first article's own stamp, a stamp before it, one after its body
	// blurbDue: a heading opened the current article; whether the one
	// before was a site's blurb is judged once body text follows it (a
	// notice's signature and date open no article)
	blurbDue bool
	signed   bool           // an official document's signature was read: the date under it is the document's
	annexed  bool           // and what follows, its annexes, however wide a gap: a new article opens only as a heading's next lines say
	items    map[string]int // a contents list's items (1.某某召开…) by their text: the line of the first
	labels   int            // lines that open with a short label in brackets before a day (【某某县】3月4日,…)
}

// split finds the articles of a document and its publication date (the
// first dateline before any article's body).
func split(orig text.Original, lines []line) ([]*Article, string) {
	sp := &splitter{Original: orig, lines: lines, items: map[string]int{}}
	for i := range lines {
		l := &lines[i]
		rs := sp.View.Runes[l.Start:l.End]
		if n := text.ListNumber(rs); n > 0 || l.bulleted {
			if item := strings.TrimSpace(string(rs[n:])); sp.items[item] == 0 {
				sp.items[item] = i + 1
			}
		}
		if m := l.match; l.class == classPrefix && m != nil && sp.View.Runes[m.Start] == '【' && datedLead(sp.View.Runes[m.End:l.End]) {
			sp.labels++
		}
	}
	for i := 0; i < len(lines); {
		l := &lines[i]
		if l.Blanks >= 3 && sp.cur != nil && sp.cur.hasBody && !sp.annexed && !sp.signature(i) && (l.title || l.class == classDateline || sp.cur.untitled || sp.cur.Published == "") {
			// A wide gap parts articles on a newspaper page (not an official
			// document from its signature on: its annexes). An article a web
			// page stamped under its headline goes on over a gap before
			// untitled text, no stamp of its own: the empty lines of a
			// picture taken out.
			sp.close()
		}
		if l.title {
			j := i + 1
			for j < len(lines) && lines[j].title && lines[j].Blanks < 3 && !sp.contentsItem(j, i) {
				j++
			}
			sp.titleBlock(i, j)
			i = j
			continue
		}
		sp.other(l)
		i++
	}
	if a := sp.cur; a != nil && !a.hasBody && len(sp.articles) > 0 && !sp.articles[len(sp.articles)-1].credited {
		// Heading-like lines and a stamp after the last article's body,
		// with no body of their own (a notice's list, its signature and
		// date), are that article's end, not an article: they stay with it.
		last := sp.articles[len(sp.articles)-1]
		last.Body = append(last.Body, a.Body...)
		last.End = a.End
		sp.cur = nil
	}
	sp.close()
	if len(sp.articles) == 0 {
		if a := sp.whole(); a != nil {
			sp.articles = append(sp.articles, a)
		}
	}
	if i := slices.IndexFunc(lines, func(l line) bool { return l.owner }); i >= 0 {
		for _, a := range sp.articles {
			a.Owner = lines[i].Range
		}
	}
	return sp.articles, sp.publishedDate()
}

func (sp *splitter) close() {
	if a := sp.cur; a != nil && a.hasBody {
		if a.original != "" && (a.Headline == "" || a.untitled) {
			a.Headline = a.original // better than a section heading
		}
		if a.Headline == "" && a.untitled && len(sp.articles) == 0 {
			a.Headline = sp.stampTitle
		}
		a.credited = sp.ended
		sp.articles = append(sp.articles, a)
	} else if a != nil {
		sp.header = a
	}
	sp.cur, sp.ended, sp.listing, sp.signed, sp.annexed = nil, false, false, false, false
}

// blurb takes the headline from the article just closed when nothing
// confirmed it and it heads one short paragraph, the first thing on the
// page: a site's name and blurb above the articles, not an article's title.
//
// Such a paragraph, or one with no heading at all, that names no number
// is then no article when a headline follows (a public account's blurb:
// 生活在这座城市,与你共同成长。): it is the page's.
func (sp *splitter) blurb(titled bool) {
	if len(sp.articles) != 1 {
		return
	}
	a := sp.articles[0]
	content := withoutLines(a.Body, a.heading)
	if !a.confirmed && !a.untitled && len(content) == 1 && content[0].Len() < 80 && !sp.textAt(content[0]) {
		a.Headline, a.Subtitle, a.Kickers = "", "", nil // (a roster's heading over its one line of names stays)
	}
	if titled && a.Headline == "" && !a.credited && len(content) == 1 && content[0].Len() < 100 &&
		!slices.ContainsFunc(sp.View.Runes[content[0].Start:content[0].End], unicode.IsDigit) {
		sp.articles = sp.articles[:0]
	}
}

// textAt: the line of that range is body text shaped like a heading (a
// roster's names).
func (sp *splitter) textAt(r text.Range) bool {
	for _, l := range sp.lines {
		if l.Range == r {
			return l.text
		}
	}
	return false
}

// whole is the article of a document in which no heading was followed by
// body text (a headline alone, a caption, a short sentence): every line
// no layout rule took for furniture, under the last heading seen, if any.
func (sp *splitter) whole() *Article {
	a := &Article{}
	if sp.header != nil {
		a.Headline, a.Subtitle = sp.header.Headline, sp.header.Subtitle
	}
	for _, l := range sp.lines {
		if l.class == classFurniture && l.match != nil {
			continue
		}
		if len(a.Body) == 0 {
			a.Start = l.Start
		}
		a.End = l.End
		a.Body = append(a.Body, l.Range)
	}
	if len(a.Body) == 0 {
		return nil
	}
	return a
}

func (sp *splitter) open(at int, untitled bool) {
	sp.close()
	if sp.blurbDue = !untitled; untitled {
		sp.blurb(false)
	}
	sp.cur = &Article{Range: text.Range{Start: at, End: at}, untitled: untitled, Body: sp.pending, Source: sp.source}
	if untitled && len(sp.articles) > 0 {
		sp.cur.Published = sp.pendingDate // a listing's later item, under a stamp of its own and no heading
	}
	sp.pending, sp.pendingDate, sp.source = nil, "", text.Range{}
	sp.skipping = false
}

// next returns the first line after the block that is not furniture.
func (sp *splitter) next(j int) *line {
	for ; j < len(sp.lines); j++ {
		if sp.lines[j].class != classFurniture {
			return &sp.lines[j]
		}
	}
	return nil
}

func (sp *splitter) titleBlock(i, j int) {
	after := (*line)(nil)
	if j < len(sp.lines) {
		after = &sp.lines[j]
	}
	confirms := after != nil && (after.class == classByline || after.class == classDateline || after.class == classLead ||
		after.class == classDateLead || after.class == classDateNote || after.metaCredits())
	nextContent := sp.next(j)
	// After body, a heading opens a new article when what follows it opens
	// one (a byline, a lead, a stamp, a date note: (某年某月某日…通过); a
	// dated lead under a bulleted heading, a digest's item), when it carries a column's label
	// (快讯丨…), or when the paragraph under it repeats it (a news lead
	// restates its headline: 某县政协召开… / 1月28日,某县政协召开…).
	opensArticle := nextContent != nil && (nextContent.class == classByline || nextContent.class == classLead ||
		nextContent.class == classDateline || nextContent.class == classDateNote ||
		sp.lines[i].bulleted && nextContent.class == classDateLead) || sp.lines[i].class == classPrefix || sp.echoed(j-1, nextContent)
	if !opensArticle && j-i == 1 && decked(sp.viewLine(i)) {
		opensArticle = true // 某县政协创新议事机制见成效 乡村面貌焕新 百姓得实惠: a headline and its deck on a line, a page's next article
	}
	if opensArticle && sp.namesNamed(i, j) {
		opensArticle = false // (a photo set's names under its pictures, no headline and its author)
	}
	listed := sp.contentsItem(i, 0) // (a bulletin's item under its contents: an article, whatever came before)
	a := sp.cur
	if a != nil && a.hasBody && sp.repeatsHeadline(a, i, j) {
		// a page's title again above its text, after its source and
		// credits and the share buttons under it: the same article
		opensArticle, sp.ended = false, false
	}
	if a != nil && a.hasBody && after != nil && after.class == classDateline && official(a.Headline) {
		// An official document's annexes' list and signature, its date
		// under them (附件:… / 某县人民政府办公室 / 2026年2月10日), and what
		// follows (the annex itself) are the document's own.
		opensArticle, sp.signed, sp.annexed = false, true, true
	}
	switch {
	case a == nil, a.hasBody && (sp.ended || opensArticle), listed:
		sp.open(sp.lines[i].Start, false)
		sp.setHeadline(i, j, confirms)
	case !a.hasBody && j-i == 1 && a.Subtitle == "" && quotedWhole(sp.viewLine(i)) && asksOrExclaims([]rune(a.Headline)):
		// A quote alone under a headline that asks or exclaims, a blank
		// line between: its subtitle, no headline that replaces it.
		a.Subtitle = sp.joinLines([]int{i})
		sp.addLines(i, j)
	case !a.hasBody:
		// Still in the article's header: a later heading before the body
		// replaces one that nothing confirmed (a site name above the title).
		if !a.confirmed || a.stamped && after != nil && after.class == classDateline && !sp.repeatsHeadline(a, i, j) {
			// (a heading its own stamp confirms replaces one a stamp did: a
			// site's menu above its clock's date, the page's title and its
			// stamp under them: the title nearest the body is the
			// article's, and so is its stamp; the headline again under its
			// stamp, a document's date under it, keeps the page's)
			if a.confirmed {
				sp.unstamp(a)
			}
			a.Start, a.Body = sp.lines[i].Start, withoutLines(a.Body, a.heading)
			sp.setHeadline(i, j, confirms)
		} else {
			sp.addLines(i, j) // (under a confirmed heading, still read: a contact line under a notice's date)
			a.End = max(a.End, sp.lines[j-1].End)
		}
	default:
		// A section heading. An article that began without a heading takes
		// its first section heading as headline, a line alone (not a run
		// of two lines or more after its body: a photo set's captions), near
		// its start (not a list's line after paragraphs: 正在解决的302件 / 占45.4%;
		// a table's rows of the page's metadata above it count none: 发布机构: and
		// its value a tab apart).
		if a.untitled && a.Headline == "" && len(a.Body)-a.tableRows <= 2 && !sp.reported(a, i) && nextContent != nil && !nextContent.title && nextContent.class == "" && j-i < 2 && !sp.leadsIn(j-1) && !sp.bracketed(i, j) &&
			!listNumbered(sp.View.Runes[sp.lines[i].Start:sp.lines[i].End]) { // (nor a list's numbered item: 1、关于…的建议)
			sp.setHeadline(i, j, false)
		} else {
			sp.addLines(i, j)
		}
		a.End = sp.lines[j-1].End
	}
}

// reported: a line of the article's body so far is a news report's
// paragraph, a lead (本报讯…, 5日上午,…) or sentences whole, three or more,
// or a speech's greeting (各位代表:). A heading after it heads a section of
// the text, no headline of it (a corpus's text without its title, its
// sections' headings kept). A newspaper page may print an article's
// introduction, a sentence or two, above its headline: that heading stays
// the headline. The article's lines are the ones before the heading at
// line i, back to its start (not every line of a big file's). Two
// paragraphs that end their sentences are a report's too: a page's
// introduction above a headline is one.
func (sp *splitter) reported(a *Article, i int) bool {
	paragraphs := 0 // lines of the body that end a sentence
	for k := i - 1; k >= 0 && sp.lines[k].Start >= a.Start; k-- {
		l := &sp.lines[k]
		if l.End > a.End || !slices.Contains(a.Body, l.Range) {
			continue
		}
		if l.class == classLead || l.class == classDateLead || l.salutation() || strings.Count(string(sp.View.Runes[l.Start:l.End]), "。") >= 3 {
			return true
		}
		if rs := sp.viewLine(k); len(rs) >= 20 && rs[len(rs)-1] == '。' {
			paragraphs++
		}
	}
	return paragraphs >= 2 // (two paragraphs of a report, no page's introduction to the article under them)
}

// decked: the line is a headline and its deck, three parts or more that
// spaces part, the first a clause of ten characters or more (a body and
// what it did), the whole some thirty: longer than the phrases of a section's
// heading (凝心聚力 共谋发展), as a newspaper page sets its next article's;
// a numbered section's heading (一、…) is none.
func decked(rs []rune) bool {
	parts := strings.Fields(string(rs))
	if len(parts) < 3 || text.HanCount(rs) < 24 || listNumbered(rs) {
		return false
	}
	return text.HanCount([]rune(parts[0])) >= 10
}

// bracketed: every line of [i, j) is wholly in round brackets, a
// picture's caption ((委员们在某村察看…)), no heading of the text.
func (sp *splitter) bracketed(i, j int) bool {
	for k := i; k < j; k++ {
		if rs := sp.viewLine(k); len(rs) < 2 || rs[0] != '(' || rs[len(rs)-1] != ')' {
			return false
		}
	}
	return true
}

// leadsIn: line k ends in a colon, leading into what follows (以下为文字实录:),
// no title of it.
func (sp *splitter) leadsIn(k int) bool {
	rs := sp.viewLine(k)
	return len(rs) > 0 && rs[len(rs)-1] == ':'
}

// viewLine is line k as the view writes it (marks normalised), less the
// spaces around it.
func (sp *splitter) viewLine(k int) []rune {
	l := sp.lines[k]
	return []rune(strings.TrimSpace(string(sp.View.Runes[l.Start:l.End])))
}

// repeatsHeadline: a line of the heading block [i, j) is the article's
// headline again, as written.
func (sp *splitter) repeatsHeadline(a *Article, i, j int) bool {
	if a.Headline == "" {
		return false
	}
	for k := i; k < j; k++ {
		if sp.joinLines([]int{k}) == a.Headline {
			return true
		}
	}
	return false
}

// signature: line i is an official document's issuer, its date under it
// (某市人大常委会办公厅 / 2018年11月12日), however far below its body.
func (sp *splitter) signature(i int) bool {
	return sp.lines[i].title && i+1 < len(sp.lines) && sp.lines[i+1].class == classDateline && sp.cur != nil && official(sp.cur.Headline)
}

// official: a headline names an official document by its kind (…的通知,
// …的决定), which its issuer signs and dates before any annex.
func official(headline string) bool {
	if i := strings.LastIndexAny(headline, "(（"); i > 0 && strings.HasSuffix(strings.TrimRight(headline, ")）"), "号") {
		headline = headline[:i] // …的通知(某办发〔2017〕2号): its number after it
	}
	for _, kind := range []string{"通知", "通报", "公告", "通告", "决定", "意见", "方案", "办法", "批复", "答复", "公示", "决议", "函", "请示", "倡议书", "一封信", "公开信"} {
		if strings.HasSuffix(headline, kind) {
			return true
		}
	}
	return false
}

// contentsItem says whether heading line k repeats an item of a contents
// list (1.县政协召开常委会议, ■…) on the lines from `from` up to it: a
// bulletin's or a page's article, under the list of them it opens with.
func (sp *splitter) contentsItem(k, from int) bool {
	h := sp.lines[k]
	if h.bulleted || text.ListNumber(sp.View.Runes[h.Start:h.End]) > 0 || text.HanCount(sp.View.Runes[h.Start:h.End]) < 6 {
		return false
	}
	i := sp.items[string(sp.View.Runes[h.Start:h.End])] - 1
	return i >= from && i < k
}

// echoed says whether the paragraph after a heading line repeats a stretch
// of it long enough to be its lead restating it.
func (sp *splitter) echoed(heading int, next *line) bool {
	if next == nil || next.class != classDateLead && next.class != classCredit {
		return false // a section's paragraph may well repeat its heading
	}
	h := sp.View.Runes[sp.lines[heading].Start:sp.lines[heading].End]
	p := sp.View.Runes[next.Start:min(next.End, next.Start+80)]
	return commonRun(h, p) >= echo
}

// namesNamed: the heading, a line of a few characters, and the byline under
// it are named again in the paragraph after the bylines' lines: the names
// a photo set prints under its pictures, then the text that names them
// (…代表某某、某某先后发言), no headline and its author.
func (sp *splitter) namesNamed(i, j int) bool {
	h := sp.viewLine(i)
	if j-i != 1 || j >= len(sp.lines) || len(h) < 2 || len(h) > 4 {
		return false
	}
	k := j
	for k < len(sp.lines) && (sp.lines[k].class == classByline || sp.lines[k].class == classFurniture) {
		k++
	}
	if k == len(sp.lines) {
		return false
	}
	para := string(sp.viewLine(k))
	return strings.Contains(para, string(h)) && strings.Contains(para, string(sp.viewLine(j)))
}

// echo is how many characters a lead repeats of its headline (县政协召开,
// a body and its verb, is five).
const echo = 5

// commonRun is the length of the longest run of characters a and b share.
func commonRun(a, b []rune) int {
	best := 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
				best = max(best, cur[j+1])
			} else {
				cur[j+1] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// hasNavMark: the line holds the marks that part a site's navigation
// (中新社某分社 • 正文), so it is no part of a title wrapped under it.
func hasNavMark(rs []rune) bool {
	for _, r := range rs {
		switch r {
		case '•', '|', '>', '›', '»':
			return true
		}
	}
	return false
}

// siteName: the line names a site or a channel (某某县人民政府门户网站, 某某
// 客户端, 某网某某站), above or under a page's title and no part of it.
func siteName(rs []rune) bool {
	s := string(rs)
	for _, end := range []string{"网站", "门户", "官网", "客户端", "频道"} {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return len(rs) <= 10 && strings.HasSuffix(s, "站") && strings.Contains(s, "网") // a site's local station (某网某某站)
}

// sourceAboveStamp: line k, the heading block's last (it ends at j), is a
// few characters right above the stamp under a headline of a clause or
// more (某某新变化 / 青禾说 / 2022-05-16): the account or outlet the article
// is from, not the headline's end wrapped.
func (sp *splitter) sourceAboveStamp(k, j int) bool {
	l := sp.lines[k]
	return k == j-1 && j < len(sp.lines) && sp.lines[j].class == classDateline && l.Len() <= 4 && sp.lines[k-1].Len() >= 3*l.Len()
}

// kicker: a line above the headline that says what it is about
// (践行全过程人民民主 / 县政协“协商在基层”活动全面铺开), not the first part of a
// headline wrapped: a wrapped line is the fuller of the two, a kicker the
// shorter by a quarter or more, or a couplet; or a column's label of a few
// characters that the headline names again (某地 / 政协某地市…闭幕), which
// a wrapped headline would not repeat.
func kicker(line, next []rune) bool {
	return len(line) >= 6 && 4*len(line) <= 3*len(next) || couplet(line) || columnOfNews(line) ||
		len(line) >= 2 && len(line) <= 4 && text.HanCount(line) == len(line) && strings.Contains(string(next), string(line))
}

// columnOfNews: the line is a column's name of what goes on (基层动态,
// 委员动态), which heads its articles and is never a headline's first part;
// alone above a list of them it stays the page's heading.
func columnOfNews(line []rune) bool {
	return len(line) >= 4 && len(line) <= 6 && text.HanCount(line) == len(line) && strings.HasSuffix(string(line), "动态")
}

// couplet: the line is two phrases of one length parted by a space
// (凝心聚力谋发展 履职尽责展作为, 聚焦“两个健康” 服务民营经济: quotation
// marks aside), whole as a kicker above a headline is, never a headline's
// first part wrapped.
func couplet(rs []rune) bool {
	parts := strings.Fields(string(rs))
	if len(parts) != 2 {
		return false
	}
	a, b := phrase(parts[0]), phrase(parts[1])
	return a >= 4 && a == b
}

// phrase is the length of a phrase of Han characters and quotation marks,
// the marks not counted; 0 where anything else is in it.
func phrase(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case text.IsHan(r):
			n++
		case !strings.ContainsRune("“”‘’《》「」", r):
			return 0
		}
	}
	return n
}

// issuers: the line is two or more names of bodies parted by spaces (市统计局
// 某某调查队), those who issue a bulletin under its title, not a title.
func issuers(rs []rune) bool {
	parts := strings.Fields(string(rs))
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		r := []rune(p)
		if len(r) < 3 || text.HanCount(r) != len(r) || !isOrgan(r[len(r)-1]) && !strings.ContainsRune("队处所办社院部", r[len(r)-1]) {
			return false
		}
	}
	return true
}

// spacedPhrases: the line is phrases parted by spaces (收到提案12件 立案10件),
// as a deck under a headline is; a headline that ends with its event's word
// (…会议召开) goes on with no such line.
func spacedPhrases(rs []rune) bool {
	return len(strings.Fields(strings.TrimSpace(string(rs)))) >= 2
}

// isOrgan: a short line ending so names a body (民乐县政协, 某某县委), the
// subject of a title broken after it, even across a blank line.
func isOrgan(r rune) bool {
	return strings.ContainsRune("协大府委会局厅县市区镇乡村州旗", r)
}

// setHeadline reads a block of heading lines: a line starting with a dash
// is the subtitle; the last other line is the headline, the lines above it
// kickers. A line wrapped into the next (no blank line between, no
// navigation marks in it, no site's name, not a kicker), cut short (ending in a colon), or naming the
// title's subject alone (民乐县政协) is joined to the next; a place the next
// line names again (某州 / 某州市某县政协召开…) is its label, a kicker.
func (sp *splitter) setHeadline(i, j int, confirmed bool) {
	a := sp.cur
	var parts [][]int // groups of line indexes forming one heading each
	for k := i; k < j; k++ {
		l := sp.lines[k]
		if k > i && len(parts) > 0 && unfinishedOccasion(sp.View.Runes[sp.lines[parts[len(parts)-1][0]].Start:sp.lines[k-1].End]) && slices.Contains(sp.View.Runes[l.Start:l.End], '上') {
			// A speech's or a report's occasion under its title, its lines
			// parted by blank ones (——某年某月某日在某县某届人民代表大会 /
			// 第N次会议上): one subtitle, whatever parts them.
			parts[len(parts)-1] = append(parts[len(parts)-1], k)
			continue
		}
		if k > i && len(parts) > 0 && !isSubtitle(sp.View.Runes[l.Start:l.End]) && l.role == 0 && sp.lines[k-1].role == 0 {
			prev := sp.lines[k-1]
			pr := sp.View.Runes[prev.Start:prev.End]
			if l.Blanks == 0 && !hasNavMark(pr) && !asksOrExclaims(pr) && !siteName(pr) && !siteName(sp.View.Runes[l.Start:l.End]) && !kicker(pr, sp.View.Runes[l.Start:l.End]) && !sp.sourceAboveStamp(k, j) && !(prev.closed && (l.deck || spacedPhrases(sp.View.Runes[l.Start:l.End]))) && !nearRepeat(pr, sp.View.Runes[l.Start:l.End]) || pr[len(pr)-1] == ':' || len(pr) <= 5 && isOrgan(pr[len(pr)-1]) && !kicker(pr, sp.View.Runes[l.Start:l.End]) {
				parts[len(parts)-1] = append(parts[len(parts)-1], k)
				continue
			}
		}
		parts = append(parts, []int{k})
	}
	a.Headline, a.Subtitle, a.Kickers = "", "", nil
	listed := false     // a list's items under the headline came: what follows is the content too
	headEvent := false  // the headline names an event (…开幕): decks may follow it
	headClosed := false // it ends with the event's word (…召开)
	for _, p := range parts {
		first := sp.lines[p[0]]
		text := sp.joinLines(p)
		if rs := []rune(text); labelAlone(rs) {
			text = string(rs[1 : len(rs)-1]) // 【某某县】: a digest's item, headed by its label
		}
		switch {
		case first.role == roleKicker:
			a.Kickers = append(a.Kickers, text) // 引题:…, above the headline
		case isSubtitle(sp.View.Runes[first.Start:first.End]) || first.role == roleSubtitle:
			if a.Headline != "" && a.Subtitle == "" {
				a.Subtitle = undashed(text)
			}
		case a.Headline != "" && sp.View.Runes[sp.lines[p[len(p)-1]].End-1] == ':':
			// Lines ending in a colon under a headline address the
			// readers or lead into the body (各区县人民政府: / 经研究决定:).
		case listed || a.Headline != "" && listNumbered(sp.View.Runes[first.Start:first.End]):
			// A list's numbered items under a headline (1.关于…的建议) are
			// its content, no headline of their own, and so is a line
			// shaped like a heading after them ((共收到提案126件,…)): the
			// article has a body.
			listed, a.hasBody = true, true
		case a.Headline != "" && len(p) == 1 && issuers(sp.View.Runes[first.Start:first.End]):
			// The bodies that issue it (某某局　某某调查队), under its title.
		case a.Headline != "" && a.Subtitle == "" && quotedWhole([]rune(text)) && asksOrExclaims([]rune(a.Headline)):
			// A quote alone under a headline that asks or exclaims (…?/ “…!”):
			// its subtitle, a voice the story gives.
			a.Subtitle = text
		case a.Headline != "" && a.Subtitle == "" && short(text) && !short(a.Headline):
			// A short line under a headline is its subtitle (某某主持).
			a.Subtitle = text
		case a.Headline != "" && (headEvent && first.deck || headClosed && spacedPhrases([]rune(text))):
			// Under a headline that names the event, the decks that say who
			// spoke or presided (某某主持 某某作工作报告) are no headline, nor,
			// under one that ends with its word, phrases a space parts
			// (…会议召开 / 收到提案12件 立案10件).
			if a.Subtitle == "" {
				a.Subtitle = text
			}
		case a.Headline != "" && headlineAgain([]rune(text), []rune(a.Headline)):
			// The headline again, maybe with a word or two more at its end or
			// in it (…会见某某一行, …茶话会在京召开): a picture's caption or a
			// page's second copy, no headline of its own.
		case len(p) == 1 && labelLine([]rune(text)):
			// A column's label alone on its line (热点:, 快讯:) heads no
			// article: a kicker, whatever comes under it.
			a.Kickers = append(a.Kickers, text)
		default:
			if a.Headline != "" {
				a.Kickers = append(a.Kickers, a.Headline)
			}
			a.Headline, a.Subtitle = text, ""
			// (a headline under a kicker that names the event, 某某会议举行大会发言 /
			// 奏响…“协奏曲”, has decks under it as the kicker would)
			headEvent = headEvent || slices.ContainsFunc(p, func(k int) bool { return sp.lines[k].event })
			headClosed = sp.lines[p[len(p)-1]].closed
		}
	}
	a.confirmed = confirmed
	a.stamped = confirmed && j < len(sp.lines) && sp.lines[j].class == classDateline
	a.End = max(a.End, sp.lines[j-1].End)
	a.heading = nil
	for k := i; k < j; k++ {
		a.heading = append(a.heading, sp.lines[k].Range)
	}
	sp.addLines(i, j)
}

// nearRepeat: one line is the other again with a word or two more written
// into it (某某茶话会召开 / 某某茶话会在京召开: a page's title and its
// heading), no wrapped line of one title: the shorter's characters all
// come, in order, in the longer, which is at most four longer; or the
// shorter, of eight or more, is written whole in the longer (某报:|标题
// 副题 / 标题: a page's heading over its title).
func nearRepeat(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) >= 8 && strings.Contains(string(b), string(a)) {
		return true
	}
	if len(a) < 6 || len(b)-len(a) > 4 {
		return false
	}
	i := 0
	for _, r := range b {
		if i < len(a) && a[i] == r {
			i++
		}
	}
	return i == len(a)
}

// headlineAgain: text is the headline again, maybe with up to four
// characters more at its end or written into it.
func headlineAgain(text, headline []rune) bool {
	extra := len(text) - len(headline)
	return extra >= 0 && extra <= 4 && (slices.Equal(text[:len(headline)], headline) || nearRepeat(text, headline))
}

// labelLine: the line is a label of a few characters and its colon.
func labelLine(rs []rune) bool {
	return len(rs) >= 2 && len(rs) <= 6 && (rs[len(rs)-1] == ':' || rs[len(rs)-1] == '：') && text.HanCount(rs) == len(rs)-1
}

// withoutLines is lines less those in drop.
func withoutLines(lines, drop []text.Range) []text.Range {
	var out []text.Range
	for _, l := range lines {
		keep := true
		for _, d := range drop {
			if l == d {
				keep = false
			}
		}
		if keep {
			out = append(out, l)
		}
	}
	return out
}

// addLines makes lines [i, j) part of the current article's content, which
// rules run on.
func (sp *splitter) addLines(i, j int) {
	for k := i; k < j; k++ {
		sp.cur.Body = append(sp.cur.Body, sp.lines[k].Range)
	}
}

// short is a line too short for a headline under another: 某某主持.
func short(s string) bool { return utf8.RuneCountInString(s) <= 8 }

// quotedWhole: the line is a quotation in marks, whole (“…”).
func quotedWhole(rs []rune) bool {
	return len(rs) > 2 && rs[0] == '“' && rs[len(rs)-1] == '”' && !slices.Contains(rs[1:len(rs)-1], '“')
}

// asksOrExclaims: the line ends in a question or an exclamation mark.
func asksOrExclaims(rs []rune) bool {
	return len(rs) > 0 && strings.ContainsRune("?!？！", rs[len(rs)-1])
}

// unfinishedOccasion: a subtitle that says where a speech or a report was
// given has not yet said it: 在 with no 上 after it (——在某某会议 /
// 上的讲话).
func unfinishedOccasion(rs []rune) bool {
	k := slices.Index(rs, '在')
	return isSubtitle(rs) && k > 0 && !slices.Contains(rs[k:], '上')
}

// undashed is a subtitle less the dash that opens it (——在某会上的讲话).
func undashed(s string) string { return strings.TrimLeft(s, "—-― ") }

func isSubtitle(rs []rune) bool {
	return len(rs) > 0 && (rs[0] == '—' || rs[0] == '―' || rs[0] == '-')
}

// joinLines is the original text of the lines, joined without their breaks,
// less any headline prefix a layout rule marked.
func (sp *splitter) joinLines(idx []int) string {
	var b strings.Builder
	for _, k := range idx {
		l := sp.lines[k]
		r := l.Range
		if l.match != nil && l.class == classPrefix {
			r.Start = l.match.End
		}
		b.WriteString(strings.TrimSpace(sp.Readable(r)))
	}
	return b.String()
}

func (sp *splitter) other(l *line) {
	if l.source.Len() > 0 {
		if sp.cur == nil {
			sp.source = l.source
		} else if sp.cur.Source.Len() == 0 {
			sp.cur.Source = l.source
		}
	}
	switch l.class {
	case classFurniture:
		return
	case classDateline:
		date := stampDate(sp.View, l.match)
		sp.stamp(date)
		if sp.cur == nil && len(sp.articles) == 0 && sp.stampTitle == "" {
			sp.stampTitle = sp.titleBeforeStamp(l) // 某某召开常委会议 2024-03-05: a listing's title and date
		}
		// The stamp is the article's own: its date is one of the article's
		// (under its byline too: 某报记者 某某 / 来源:… | 2025-11-25).
		if sp.cur != nil && (!sp.cur.prose || sp.signed) {
			sp.cur.Body = append(sp.cur.Body, l.Range) // (and a signature's date, the document's own)
			sp.cur.End = max(sp.cur.End, l.End)
			sp.signed = false
		} else if sp.cur == nil {
			sp.pending = append(sp.pending, l.Range)
			if sp.pendingDate == "" {
				sp.pendingDate = date
			}
		}
		return
	case classDateNote:
		if sp.cur != nil {
			if a := sp.cur; !a.hasBody && a.Headline != "" && a.Subtitle == "" && isSubtitle(sp.View.Runes[l.Start:l.End]) {
				// ——某年某月某日在某大会上 under a report's title: its occasion, the subtitle
				a.Subtitle = undashed(strings.TrimSpace(sp.Readable(l.Range)))
			}
			sp.cur.Body = append(sp.cur.Body, l.Range)
		} else {
			sp.pending = append(sp.pending, l.Range)
		}
		return
	case classRelated:
		sp.ended, sp.listing = true, true
		// After an article's body, what the label lists (other articles'
		// titles, a teaser's paragraph) is none of it, up to the next heading.
		sp.skipping = sp.cur != nil && sp.cur.hasBody
		return
	case classNote:
		// An editor's note under a headline a dateline or byline confirmed
		// is the article's own (a web page's interview); elsewhere the
		// heading above it and the note itself are the page's, not an
		// article.
		if sp.cur != nil && sp.cur.confirmed && !sp.cur.hasBody {
			break
		}
		if sp.cur != nil && !sp.cur.hasBody {
			sp.cur = nil
		}
		sp.close()
		sp.skipping = true
		return
	case classOrigTitle:
		if sp.cur != nil {
			if c, ok := l.match.Group("title"); ok {
				sp.cur.original = strings.TrimSpace(sp.Readable(c))
			}
		}
		return
	}
	if sp.skipping {
		return
	}
	if sp.cur == nil && len(sp.articles) > 0 && l.class == classCredit && !l.caption && l.match != nil && l.match.Rule.ID == "layout.editors" {
		// Editors' credits after a wide gap below the last article (编辑:某某)
		// close that article; they open none of their own.
		last := sp.articles[len(sp.articles)-1]
		last.Body, last.End = append(last.Body, l.Range), l.End
		return
	}
	if sp.cur == nil && len(sp.articles) == 0 && (l.class == classCredit && (l.caption || l.match.Start == l.Start) || l.class == classByline) {
		// A caption's credit above the first headline (图为…。某某 摄) is
		// the article's below it, not an article of its own (a paragraph
		// that ends in its authors' names is one); so is an author's line
		// among the page's metadata above it (时间:… / 作者:某某 / 来源:…).
		sp.pending = append(sp.pending, l.Range)
		return
	}
	if sp.cur != nil && !sp.cur.hasBody && sp.cur.Headline != "" && l.metaCredits() {
		// The page's metadata under the headline (来源:某报 发布时间:… 责任编辑:某某):
		// its credits are the article's, its stamp dates it; the header
		// goes on (a deck under it is no article of its own).
		sp.cur.Body, sp.cur.End = append(sp.cur.Body, l.Range), l.End
		if d := stampDate(sp.View, l.match); d != "" {
			sp.stamp(d)
		}
		return
	}
	if t := sp.bracketTitle(l); t != "" {
		// 【县政协召开主席会议】3月2日,…: a digest's item, its title in
		// brackets before its paragraph
		sp.open(l.Start, false)
		sp.cur.Headline, sp.cur.confirmed = t, true
	} else if sp.cur == nil {
		sp.open(l.Start, true)
	}
	a := sp.cur
	if sp.blurbDue {
		sp.blurbDue = false
		sp.blurb(true)
	}
	a.hasBody, a.prose = true, a.prose || l.class != classByline
	a.End = l.End
	a.Body = append(a.Body, l.Range)
	if l.tableRow() {
		a.tableRows++
	}
	if l.affiliation() {
		a.Affiliations = append(a.Affiliations, l.Range)
	}
	if l.class == classCredit {
		if d := stampDate(sp.View, l.match); d != "" {
			sp.stamp(d) // 来源:… 作者:… 发布时间:…: page metadata that credits and dates
		}
		sp.ended = sp.ended || !l.caption
	}
}

// bracketTitle is the title in brackets a paragraph opens with, a
// digest's item's (【县政协召开主席会议】3月2日,…): eight characters or more
// shaped like a heading, where a column's label is short (【两会声音】); else "".
func (sp *splitter) bracketTitle(l *line) string {
	if l.class != classPrefix || l.title || l.match == nil || sp.View.Runes[l.match.Start] != '【' {
		return ""
	}
	end := l.match.Start + 1
	for end < l.match.End && sp.View.Runes[end] != '】' {
		end++
	}
	rs := sp.View.Runes[l.match.Start+1 : end]
	if end >= l.match.End || !isTitleShaped(rs) || text.HanCount(rs) < 8 && !sp.digestItem(l) {
		return ""
	}
	return sp.Readable(text.Range{Start: l.match.Start + 1, End: end})
}

// digestItem: a line opens with a short label in brackets before the day
// of its event (【某某县】3月4日,…), as another line of the page does too: a
// digest's item, headed by its label (not a column's tag on the lead of
// the heading above it: 【关注】3月4日,…).
func (sp *splitter) digestItem(l *line) bool {
	if sp.labels < 2 || !datedLead(sp.View.Runes[l.match.End:l.End]) {
		return false
	}
	// A lead that restates the heading above it is that heading's article's.
	a := sp.cur
	return a == nil || a.hasBody || commonRun([]rune(a.Headline), sp.View.Runes[l.match.End:min(l.End, l.match.End+80)]) < echo
}

// datedLead: the runes open with the day of an event (3月4日, 近日, 日前).
func datedLead(rs []rune) bool {
	i := 0
	for i < len(rs) && isDigit(rs[i]) {
		i++
	}
	if i > 0 && i <= 2 && i < len(rs) && rs[i] == '月' {
		return true
	}
	s := string(rs[:min(len(rs), 2)])
	return s == "近日" || s == "日前"
}

// titleBeforeStamp is the headline a stamp's line gives before its date,
// as a listing writes a title and its day on one line: shaped like a
// heading, eight characters or more, no site's or outlet's name, no
// navigation and no organ's name alone; else "".
func (sp *splitter) titleBeforeStamp(l *line) string {
	y, ok := l.match.Group("year")
	if !ok || y.Start <= l.Start {
		return ""
	}
	rs := withoutAddress(trimEnd(sp.View.Runes[l.Start:y.Start]))
	if len(rs) == 0 || text.HanCount(rs) < 8 || !isTitleShaped(rs) || hasNavMark(rs) || siteName(rs) ||
		isOrgan(rs[len(rs)-1]) || strings.ContainsRune("报网刊台", rs[len(rs)-1]) || slices.ContainsFunc(rs, text.IsSpace) {
		return ""
	}
	return strings.TrimSpace(sp.Readable(text.Range{Start: l.Start, End: l.Start + len(rs)}))
}

// trimEnd is rs without the spaces and the opening bracket that end it.
func trimEnd(rs []rune) []rune {
	for len(rs) > 0 && (text.IsSpace(rs[len(rs)-1]) || rs[len(rs)-1] == '(') {
		rs = rs[:len(rs)-1]
	}
	return rs
}

// withoutAddress is rs without the site's address that ends it (a title,
// then http://www.example.cn, then the stamp: a portal's line).
func withoutAddress(rs []rune) []rune {
	i := len(rs)
	for i > 0 && rs[i-1] > ' ' && rs[i-1] <= '~' {
		i-- // the run of printable ASCII that ends it
	}
	if tail := string(rs[i:]); strings.HasPrefix(tail, "http") || strings.HasPrefix(tail, "www.") {
		return trimEnd(rs[:i])
	}
	return rs
}

// stamp notes a stamp's date. The page's publication date is the first
// article's own stamp (under its headline), else the first stamp before any
// article, else the first stamp after the first article's body, before any
// list of other articles.
func (sp *splitter) stamp(date string) {
	if date != "" && sp.cur != nil && !sp.cur.hasBody && !sp.cur.untitled && sp.cur.Published == "" {
		sp.cur.Published = date // the article's own, where a page holds several each stamped
	}
	var at int
	switch {
	case date == "":
		return
	case sp.cur != nil && !sp.cur.hasBody && !sp.cur.untitled && len(sp.articles) == 0:
		at = 0
	case sp.cur != nil && !sp.cur.hasBody && !sp.cur.untitled:
		if len(sp.articles) > 1 {
			return
		}
		at = 2 // a later heading's stamp (a notice's signature and date) is one after the first article's body
	case !sp.anyBody():
		at = 1
	case len(sp.articles) == 0 && !sp.listing: // (after its body or the credit that ends it)
		at = 2
	default:
		return
	}
	if sp.stamps[at] == "" {
		sp.stamps[at] = date
	}
}

// unstamp takes back the stamp under a heading a later one replaces: a
// stamp before the article, no longer its own.
func (sp *splitter) unstamp(a *Article) {
	if a.Published != "" && len(sp.articles) == 0 && sp.stamps[0] == a.Published {
		sp.stamps[0] = ""
		if sp.stamps[1] == "" {
			sp.stamps[1] = a.Published
		}
	}
	a.Published = ""
}

// publishedDate is the best of the stamps seen.
func (sp *splitter) publishedDate() string {
	for _, d := range sp.stamps {
		if d != "" {
			return d
		}
	}
	return ""
}

func (sp *splitter) anyBody() bool {
	return len(sp.articles) > 0 || sp.cur != nil && sp.cur.hasBody
}

// stampDate is the date a dateline's match stamps, YYYY-MM-DD, read by the
// date code from its year, month and day groups; "" when it is no date.
func stampDate(v *text.View, m *engine.Match) string {
	group := func(name string) string {
		if c, ok := m.Group(name); ok {
			return v.String(c)
		}
		return ""
	}
	return timex.Calendar(group("year"), group("month"), group("day"))
}

// listNumbered: the line opens with a list's number (1., 2、, (3)).
func listNumbered(rs []rune) bool { return text.ListNumber(rs) > 0 }
