package layout

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// Classes a layout rule gives the lines it matches (rules/layout.yaml).
const (
	classFurniture = "furniture" // site furniture: navigation, share buttons, copyright
	classDateline  = "dateline"  // a publication stamp; its year, month and day groups are the date
	classByline    = "byline"    // 本报记者 朱原, □孙志宏: an article's author line
	classLead      = "lead"      // 本报讯, 新华社北京电: the paragraph that opens an article
	classDateLead  = "datelead"  // 3月5日上午,…: may open an article, or a section
	classCredit    = "credit"    // (韩桥), 方显全 摄, (作者系…): the line that closes an article
	classRelated   = "related"   // 相关新闻: what follows is other articles
	classNote      = "note"      // 编者按, 核心提示: an editor's note, not an article
	classOrigTitle = "original"  // 原标题: its `title` group names the article
	classPrefix    = "prefix"    // [图], 【聚焦…】, 快讯丨 before a headline: dropped from it
	classDateNote  = "datenote"  // (2020年1月14日) under a title: the day a report was given
	classText      = "text"      // 图为…, a roster's names, 某某 县政协主席: body text as short as a heading
)

var classes = []string{classFurniture, classDateline, classByline, classLead, classDateLead, classCredit,
	classRelated, classNote, classOrigTitle, classPrefix, classDateNote, classText}

// groups are the named groups a layout rule may have.
var groups = []string{"text", "year", "month", "day", "title"}

// Check reports what a layout rule cannot have: a class the splitter does
// not know, or a group it does not read.
func Check(r *rules.Rule) []string {
	var msgs []string
	if !slices.Contains(classes, r.Class) {
		msgs = append(msgs, fmt.Sprintf("class %q: a layout rule's class is one of %v", r.Class, classes))
	}
	for _, g := range r.Groups {
		if !slices.Contains(groups, g) {
			msgs = append(msgs, fmt.Sprintf("group %q: layout rules take %v", g, groups))
		}
	}
	return msgs
}

// maxLayoutLine is the longest line layout rules look at.
const maxLayoutLine = 1000

// line is one non-blank line of the view, trimmed, with what layout rules
// and its shape say of it.
type line struct {
	text.Line
	class string
	match *engine.Match // the layout match that set class
	title bool          // shaped like a heading: short, no sentence punctuation
	text  bool          // body text, though shaped like a heading (class text, which the line then drops)
	table bool          // a table's row: no heading, however shaped
	// caption: a credit that closes a photo's caption (▲委员们在调研。某某 摄),
	// which the article's text goes on after: no end of the article
	caption bool
	// event, deck: a heading names an event (EVENT_WORDS: …开幕); a heading
	// says who did what there, phrase by phrase (DECK_ENDS: 某某主持), or
	// what it did (DECK_OPENS: 审议通过了…), as the decks under an event's
	// headline do; closed: it ends with the event's
	// word (…会议召开), a clause whole, which no wrapped line goes on with
	event, deck, closed bool
	// bulleted: a bullet opened the line (■县政协召开主席会议), or it is a
	// label in brackets alone (【某某县】), as a digest's items are headed
	bulleted bool
	// role: what a label before a colon makes the line in its heading
	// block (引题:, 主标题:, 副题:): roleKicker, roleHeadline or roleSubtitle;
	// no line around a labelled one joins it
	role byte
	// source: the outlet or office a line of page metadata names as the
	// article's source (来源:|某县融媒体中心), after a label of SOURCE_LABELS
	source text.Range
	// owner: the line is a footer's that names who owns or runs the site
	// (版权所有, 主办单位: OWNER_LABELS)
	owner bool
}

// The roles a heading line's label gives it.
const (
	roleKicker = 1 + iota
	roleHeadline
	roleSubtitle
)

// headingRole is the role a prefix that ends with a label and a colon
// gives its line (副题: roleSubtitle), or 0.
func headingRole(prefix string, kickers, subtitles *rules.Lexicon) byte {
	label, labelled := strings.CutSuffix(strings.TrimSpace(prefix), ":")
	label = strings.TrimSpace(label)
	switch {
	case !labelled:
		return 0
	case kickers != nil && kickers.Has(label):
		return roleKicker
	case subtitles != nil && subtitles.Has(label):
		return roleSubtitle
	}
	return roleHeadline
}

// holdsAny says whether a word of the lexicon occurs in the runes.
func holdsAny(lex *rules.Lexicon, rs []rune) bool {
	for i := range rs {
		if lex.LongestPrefix(rs[i:]) > 0 {
			return true
		}
	}
	return false
}

// deckLine: every phrase of the line, parted by spaces, ends with a word of
// the lexicon (某某主持 某某作工作报告), as a headline's decks say who did what;
// a phrase may list many leaders' names, run together, before its word
// (某某某某…某某到会祝贺), as long as a heading's line may be.
// It reads the phrases from the line's end, where most lines fail at once.
func deckLine(ends *rules.Lexicon, rs []rune) bool {
	found := false
	for end := len(rs); ends != nil; {
		for end > 0 && unicode.IsSpace(rs[end-1]) {
			end--
		}
		if end == 0 {
			return found
		}
		start := end
		for start > 0 && !unicode.IsSpace(rs[start-1]) {
			start--
		}
		if ends.LongestSuffix(rs[start:end]) == 0 || end-start > 64 {
			return false
		}
		found, end = true, start
	}
	return false
}

// Split finds the articles of a document and its publication date: layout
// rules classify its lines, and the splitter cuts them into articles. With
// trace set, it collects every line match, winners and losers (for
// explain and rule examples).
func Split(e *engine.Engine, orig text.Original, warn engine.Warn, trace *[]*engine.Match) ([]*Article, string) {
	lines := classify(e, orig.View, warn, trace)
	return split(orig, lines)
}

// classify sets each line's class from the winning layout match on it, and
// its shape. A line without Han characters is furniture (a "|", a hash).
func classify(e *engine.Engine, v *text.View, warn engine.Warn, trace *[]*engine.Match) []line {
	var lines []line
	for _, whole := range text.Lines(v) {
		for _, l := range headOff(v.Runes, unflatten(v.Runes, whole)) {
			t := trimMarks(v, l)
			lines = append(lines, line{Line: t, bulleted: t.Start > l.Start && v.Runes[l.Start] != '*' || labelAlone(v.Runes[t.Start:t.End])})
		}
	}
	units := make([]text.Range, len(lines))
	for i, l := range lines {
		units[i] = l.Range
		if l.Len() > maxLayoutLine {
			units[i].End = l.Start // a paragraph this long is no heading, byline or furniture
		}
	}
	sources := e.Set.Lexicon("SOURCE_LABELS") // (nil without the default rules: no source is read)
	owners := e.Set.Lexicon("OWNER_LABELS")
	kickers, subtitles := e.Set.Lexicon("KICKER_LABELS"), e.Set.Lexicon("SUBTITLE_LABELS")
	events, deckEnds, deckOpens := e.Set.Lexicon("EVENT_WORDS"), e.Set.Lexicon("DECK_ENDS"), e.Set.Lexicon("DECK_OPENS")
	e.MatchUnits(rules.ScopeLine, v, units, warn, trace, nil, func(i int, won []*engine.Match) {
		l := &lines[i]
		var stamp *engine.Match
		opensText := false // body text opens the line (a caption: ▲委员们在调研, 图为…)
		for _, m := range won {
			if l.match == nil || engine.Beats(m, l.match) {
				l.match, l.class = m, m.Rule.Class
			}
			if m.Rule.Class == classDateline && stamp == nil {
				stamp = m
			}
			opensText = opensText || m.Rule.Class == classText && m.Start == l.Start
		}
		l.caption = l.class == classCredit && (opensText || photoCaption(v.Runes, l.Range, l.match)) && l.match.Start > l.Start
		if l.class == classByline && stamp != nil {
			l.match, l.class = stamp, classDateline // 作者:某某 来源:… 发布时间:2024-05-17: a page's line of metadata, its stamp the publication's
		}
		rs := v.Runes[l.Start:l.End]
		if l.class == "" && (text.HanCount(rs) == 0 || text.HanCount(rs) < 2 && len(rs) <= 8 && !slices.Contains(rs, '%') || titlesRun(rs)) {
			l.class = classFurniture // a "|", a hash, a volume's 2018卷, an e-paper's contents run together (not a share, 占38.8%, a list's figure on its line)
		}
		if l.class == classFurniture || l.class == classDateline {
			l.source = sourceNamed(sources, v.Runes, l.Range)
		}
		l.owner = l.class == classFurniture && holdsAny(owners, rs)
		if l.class == classDateline && l.source.Len() == 0 {
			l.source = paperNamed(v.Runes, l.Range) // 《 某某日报 》( 2025年02月14日 第 04 版 ): the paper its stamp is of
		}
		switch l.class {
		case "":
			if l.title = isTitleShaped(rs); l.title { // (headings alone: most lines are text)
				l.event, l.deck = holdsAny(events, rs), deckLine(deckEnds, rs) || deckOpens != nil && deckOpens.LongestPrefix(rs) > 0
				l.closed = events != nil && events.LongestSuffix(rs) > 0
			}
		case classText:
			l.class, l.text = "", true // read as body text
		case classPrefix:
			l.title = isTitleShaped(v.Runes[l.match.End:l.End])
			l.role = headingRole(string(v.Runes[l.match.Start:l.match.End]), kickers, subtitles)
		}
	})
	// Two listing lines or more in a row (某某召开常委会议 2024-06-12) list
	// other articles: their dates are no stamp of the article below them.
	listed := make([]bool, len(lines))
	for i := range lines {
		listed[i] = listing(v, &lines[i])
	}
	for i := range lines {
		if listed[i] && (i > 0 && listed[i-1] || i+1 < len(lines) && listed[i+1]) {
			lines[i].class = classFurniture
		}
	}
	// A page's title may part its clauses with commas (…闭幕,某某出席,某某主持):
	// a line of them, no sentence's end in it, between a blank line or
	// furniture and the stamp under it, is shaped as a heading is.
	for i := range lines {
		l := &lines[i]
		if l.class == "" && !l.title && !l.text && i+1 < len(lines) && lines[i+1].class == classDateline && lines[i+1].Blanks == 0 &&
			(i == 0 || l.Blanks > 0 || lines[i-1].class == classFurniture) && clausedTitle(v.Runes[l.Start:l.End]) {
			l.title = true
		}
	}
	// A table's rows are no headings: a line of cells with a number, and
	// the row of labels over one (指标  单位  绝对数).
	for i := len(lines) - 1; i >= 0; i-- {
		rs := v.Runes[lines[i].Start:lines[i].End]
		if tableRow(rs) && (slices.ContainsFunc(rs, isDigit) || i+1 < len(lines) && lines[i+1].Blanks == 0 && lines[i+1].table) {
			lines[i].title, lines[i].table = false, true
		}
	}
	// A heading that repeats the last item of the navigation above it
	// (首页 > 专委会工作 > 提案委, then 提案委) is the section's name, no
	// line of the headline under it.
	section := ""
	for i := range lines {
		l := &lines[i]
		switch {
		case l.match != nil && l.match.Rule.ID == "layout.breadcrumb":
			section = lastCrumb(v.Runes[l.Start:l.End])
		case l.title && section != "" && string(v.Runes[l.Start:l.End]) == section:
			l.class, l.title = classFurniture, false
		case l.class == "" && !l.title:
			section = "" // (body text between: the name stands in the article)
		}
	}
	// A name alone under a report's date note is its speaker, with their
	// post before it: 姚某某, 某某市人民政府市长 姚某某; and a name of a
	// few characters right above an author's affiliation in brackets (某 某 /
	// (某某大学某学院,某市 100000)) is the author's.
	for i := 1; i < len(lines); i++ {
		if l := &lines[i]; lines[i-1].class == classDateNote && l.title && (l.Len() <= 8 || l.Len() <= 30 && spaced(v.Runes[l.Start:l.End])) {
			l.class, l.title = classByline, false
		}
	}
	for i := 0; i+1 < len(lines); i++ {
		if l, next := &lines[i], &lines[i+1]; l.title && next.Blanks == 0 && next.affiliation() &&
			text.HanCount(v.Runes[l.Start:l.End]) <= 4 && l.Len() <= 8 {
			l.class, l.title = classByline, false
		}
	}
	return lines
}

// lastCrumb is the last item of a navigation line (首页 > 要闻 > 提案委:
// 提案委), or "" where none stands after a separator.
func lastCrumb(rs []rune) string {
	i := len(rs) - 1
	for i >= 0 && !strings.ContainsRune(">›»→", rs[i]) {
		i--
	}
	if i < 0 {
		return ""
	}
	return strings.TrimSpace(string(rs[i+1:]))
}

// listing: the line is a title and the date it ends with, a listing's item
// (县政协召开十届十二次常委会议 2024-06-05).
func listing(v *text.View, l *line) bool {
	if l.class != classDateline {
		return false
	}
	y, ok := l.match.Group("year")
	if !ok || y.Start <= l.Start || l.match.End < l.End-1 {
		return false
	}
	rs := v.Runes[l.Start:y.Start]
	return text.HanCount(rs) >= 8 && isTitleShaped(rs)
}

// flatStamp is a page's publication stamp, a date and a time of day
// (2021-03-03 15:28, 2021年03月03日 15:28), as a page flattened into one
// line keeps it between its head and its text.
var flatStamp = regexp.MustCompile(`(?:19|20)[0-9]{2}(?:[-/.][0-9]{1,2}[-/.][0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?`)

// unflatten cuts a page that lost its line breaks (navigation, headline,
// source and stamp, then the text, on one line with spaces between them)
// into the lines it had: its head, before the stamp's end and before any
// sentence ends (a headline's ! before any comma ends none), at its
// spaces, and the text after the stamp. Any other
// line is left whole.
func unflatten(rs []rune, l text.Line) []text.Line {
	head := rs[l.Start:min(l.End, l.Start+300)]
	for i, r := range head {
		// a sentence's end; a headline may exclaim or ask inside (…明天开幕!日程看这里), before any comma
		if r == '。' || (r == '!' || r == '?') && slices.Contains(head[:i], ',') {
			head = head[:i]
			break
		}
	}
	if !hasClock(head) {
		return []text.Line{l} // (most lines: the regexp need not run)
	}
	loc := flatStamp.FindStringIndex(string(head))
	if loc == nil {
		return []text.Line{l}
	}
	from := l.Start + utf8.RuneCountInString(string(head)[:loc[0]])
	end := l.Start + utf8.RuneCountInString(string(head)[:loc[1]])
	if end >= l.End || !text.IsSpace(rs[end]) || !slices.ContainsFunc(rs[l.Start:from], text.IsSpace) || text.HanCount(rs[end:l.End]) < 20 {
		return []text.Line{l} // a stamp that ends a line of metadata (…2024-03-05 18:00 发表于河北), or no head of parts before it
	}
	var out []text.Line
	start := l.Start
	for i := l.Start; i <= end; i++ {
		if i < end && (i >= from || !text.IsSpace(rs[i])) {
			continue // (the stamp's date and time are one part)
		}
		if i > start {
			blanks := 1 // (a part of the page's head stood apart)
			if len(out) == 0 {
				blanks = l.Blanks
			}
			out = append(out, text.Line{Range: text.Range{Start: start, End: i}, Blanks: blanks})
		}
		start = i + 1
	}
	for start < l.End && text.IsSpace(rs[start]) {
		start++
	}
	return append(out, text.Line{Range: text.Range{Start: start, End: l.End}, Blanks: 1})
}

// inlineHead is a digest's item written on one line after its bullet
// (isBullet): its headline, a space, then its lead opening with the day of
// the event (●县政协召开党组会议 6月3日,县政协党组…); a headline may quote a
// name (●县政协开展“三服务”活动 …), not open with a quotation.
var inlineHead = regexp.MustCompile(`^\s*[^\s,。;:!?“”][^\s,。;:!?]{3,29}[ \t　]+(?:[0-9]{1,2}月[0-9]{1,2}日|近日|日前)`)

// headOff cuts such an item into the two lines it stands for, its headline
// and its lead; other lines are left whole.
func headOff(rs []rune, lines []text.Line) []text.Line {
	var out []text.Line // nil while no line is cut: most come back as they came
	for k, l := range lines {
		if l.Len() < 8 || !isBullet(rs[l.Start]) || !inlineHead.MatchString(string(rs[l.Start+1:min(l.End, l.Start+48)])) {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(out, lines[:k]...)
		}
		i := l.Start + 1
		for i < l.End && text.IsSpace(rs[i]) {
			i++
		}
		for i < l.End && !text.IsSpace(rs[i]) {
			i++ // the headline's end
		}
		j := i
		for j < l.End && text.IsSpace(rs[j]) {
			j++
		}
		out = append(out, text.Line{Range: text.Range{Start: l.Start, End: i}, Blanks: l.Blanks},
			text.Line{Range: text.Range{Start: j, End: l.End}})
	}
	if out == nil {
		return lines
	}
	return out
}

// hasClock: a time of day's colon stands among the runes, a digit on
// either side of it.
func hasClock(rs []rune) bool {
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] == ':' && isDigit(rs[i-1]) && isDigit(rs[i+1]) {
			return true
		}
	}
	return false
}

// spaced: a space parts the runes, as it parts a speaker's post and name.
func spaced(rs []rune) bool { return slices.ContainsFunc(rs, text.IsSpace) }

// labelAlone: the line is a short label in brackets and nothing else
// (【某某县】), a digest's item's head.
func labelAlone(rs []rune) bool {
	return len(rs) >= 4 && len(rs) <= 14 && rs[0] == '【' && rs[len(rs)-1] == '】' && !slices.Contains(rs[1:len(rs)-1], '】')
}

// trimMarks drops the bullets before a line (• 发布时间:…) and the table
// rules after it (… | ||||), which are no part of what the line says.
func trimMarks(v *text.View, l text.Line) text.Line {
	r := l.Range
	for r.Start < r.End && isBullet(v.Runes[r.Start]) {
		r.Start++
		for r.Start < r.End && text.IsSpace(v.Runes[r.Start]) {
			r.Start++
		}
	}
	for r.End > r.Start && (v.Runes[r.End-1] == '|' || text.IsSpace(v.Runes[r.End-1])) {
		r.End--
	}
	if r.Start < r.End {
		l.Range = r
	}
	return l
}

// photoCaption: a line that describes a photograph in a sentence of its
// own, its photographer's credit after it (某某委员抵达驻地。 记者 某某 摄):
// the caption of a picture inside an article, which goes on under it.
func photoCaption(rs []rune, l text.Range, m *engine.Match) bool {
	before := strings.TrimSpace(string(rs[l.Start:m.Start]))
	if rs[m.End-1] != '摄' {
		return false
	}
	if strings.HasSuffix(before, "。") || rs[m.Start] == '。' {
		return true
	}
	if b := []rune(before); text.HanCount(b) >= 12 && !strings.ContainsAny(before, ":::") && !strings.ContainsRune("网社报台", b[len(b)-1]) {
		return true // 某某委员在小组讨论会上就某事发言 记者 某某 摄: a sentence's words without its stop, no outlet's or label's
	}
	// …采访。 某某日报-某某网记者 某某摄: the outlet and the reporter's
	// credit between the caption's full stop and the name, or the outlets
	// alone (…。某某网/某某网 某某 摄)
	k := strings.LastIndex(before, "。")
	tail := []rune(strings.TrimSpace(before[max(k, 0):]))
	return k >= 0 && len(tail) <= 24 && (strings.HasSuffix(string(tail), "记者") || strings.HasSuffix(string(tail), "通讯员") || strings.ContainsRune("网社报台", tail[len(tail)-1])) && !strings.ContainsAny(string(tail[1:]), ",;:!?")
}

// isBullet: a mark that decorates a line's start (not ▲, which points at the
// picture above a caption: layout.caption reads it).
func isBullet(r rune) bool {
	if r >= 0x1F300 && unicode.Is(unicode.So, r) {
		return true // an emoji that points or decorates (👉, 🔥)
	}
	switch r {
	case '•', '·', '▪', '■', '●', '◆', '◇', '►', '▶', '★', '☆', '○', '◎', '※', '*':
		return true
	}
	return false
}

// isTitleShaped: a heading is short, has at least two characters, no
// sentence punctuation, and does not stop on a comma.
func isTitleShaped(rs []rune) bool {
	if len(rs) > 64 || text.HanCount(rs) < 2 {
		return false
	}
	commas := 0
	for i, r := range rs {
		switch r {
		case '。', ';':
			return false
		case '!', '?':
			if i == len(rs)-1 && (commas > 0 || rs[0] == '“' || len(rs) > 32 || asked(rs)) {
				return false // a headline may end exclaiming or asking (两会时间表来了!, 现场:…如何开会?), not a clause's sentence, a quote or an interview's question (记者:…?)
			}
		case ',':
			if i == 0 || i == len(rs)-1 || !isDigit(rs[i-1]) || !isDigit(rs[i+1]) {
				commas++ // 7,869 is one number
			}
		}
	}
	switch rs[len(rs)-1] {
	case ',', '、':
		return false
	case ':':
		return commas == 0 && len(rs) <= 8 // a lead-in to what follows (…予以表彰:), not a heading; a column's label may end so (快讯:)
	}
	return commas <= 1
}

// clausedTitle: the line is a title of three or four clauses that commas
// part, ten Han characters or more and forty runes at most, with no mark
// that ends a sentence.
func clausedTitle(rs []rune) bool {
	commas := strings.Count(string(rs), ",")
	return commas >= 2 && commas <= 3 && len(rs) <= 40 && text.HanCount(rs) >= 10 && rs[len(rs)-1] != ',' && !slices.ContainsFunc(rs, func(r rune) bool { return strings.ContainsRune("。;!?:", r) })
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// asked: the line is an interview's question, its asker labelled before a
// colon (记者:, 主持人:, 问:, Q:); another label opens a headline (现场:…?).
func asked(rs []rune) bool {
	label, _, ok := strings.Cut(string(rs), ":")
	label = strings.TrimSpace(label)
	return ok && (strings.HasSuffix(label, "记者") || strings.HasSuffix(label, "記者") || strings.HasSuffix(label, "主持人") || label == "问" || label == "問" || label == "Q")
}

// tableRow: the line is shaped as a table's row, its cells parted by tabs,
// or three or more parted by runs of spaces (a bulletin's text laid out in
// columns).
func tableRow(rs []rune) bool {
	gaps := text.ColumnGaps(rs)
	return gaps >= 2 || gaps == 1 && slices.Contains(rs, '\t')
}

// titlesRun: a hundred characters or more with no mark of a sentence, a
// page's titles scraped into one line (某会议开幕某名单某报告…), no
// text an article holds.
func titlesRun(rs []rune) bool {
	return len(rs) >= 100 && !slices.ContainsFunc(rs, func(r rune) bool { return strings.ContainsRune(",。;:!?、", r) })
}

// Entries are the winning line matches as entries, with the class each
// gives and what the splitter reads of it (a dateline's date, an original
// title): what layout rules' examples are held to.
func Entries(v *text.View, ms []*engine.Match) []*record.Entry {
	var out []*record.Entry
	for _, m := range ms {
		if m.Lost() != "" || m.Rule.Scope != rules.ScopeLine {
			continue
		}
		en := &record.Entry{Rule: m.Rule.ID, Fields: []record.Field{{Key: "text", Value: v.String(m.Range)}}}
		en.Set("class", m.Rule.Class)
		if d := stampDate(v, m); d != "" || m.Rule.Class == classDateline {
			en.Set("date", d)
		}
		if c, ok := m.Group("title"); ok {
			en.Set("title", v.String(c))
		}
		out = append(out, en)
	}
	return out
}

// paperNamed is the name of a paper in title marks that opens a stamp's
// line (《 某某日报 》( 2025年02月14日 第 04 版 )), spaces trimmed, or an
// empty range.
func paperNamed(rs []rune, l text.Range) text.Range {
	i := l.Start
	for i < l.End && unicode.IsSpace(rs[i]) {
		i++
	}
	if i == l.End || rs[i] != '《' {
		return text.Range{}
	}
	j := i + 1
	for j < l.End && j-i <= 20 && rs[j] != '》' {
		j++
	}
	if j == l.End || rs[j] != '》' {
		return text.Range{}
	}
	for i++; i < j && unicode.IsSpace(rs[i]); i++ {
	}
	for j > i && unicode.IsSpace(rs[j-1]) {
		j--
	}
	if j-i < 3 || !strings.ContainsRune("报刊", rs[j-1]) {
		return text.Range{}
	}
	return text.Range{Start: i, End: j}
}

// sourceNamed is the outlet or office a line of page metadata names after
// a source's label and its colon or bar (来源:某县融媒体中心 发布时间:…), up
// to a space or a bar; empty where the line opens with no such label.
func sourceNamed(labels *rules.Lexicon, rs []rune, l text.Range) text.Range {
	if labels == nil {
		return text.Range{}
	}
	i := l.Start
	for i < l.End && (unicode.IsSpace(rs[i]) || rs[i] == '|') {
		i++
	}
	n := 0
	for k := min(l.End-i, labels.Longest()); k > 0 && n == 0; k-- {
		if labels.HasRunes(rs[i : i+k]) {
			n = k
		}
	}
	if n == 0 {
		return text.Range{}
	}
	for i += n; i < l.End && unicode.IsSpace(rs[i]); i++ {
	}
	if i == l.End || !strings.ContainsRune(":丨|｜", rs[i]) {
		return text.Range{}
	}
	for i++; i < l.End && unicode.IsSpace(rs[i]); i++ {
	}
	end := i
	for end < l.End && !unicode.IsSpace(rs[end]) && !strings.ContainsRune("丨|｜", rs[end]) {
		end++
	}
	return text.Range{Start: i, End: end}
}

// affiliation: the line is an author's affiliation in brackets, a paper's
// (某某大学某学院,某市 100000).
func (l *line) affiliation() bool {
	return l.match != nil && l.match.Rule.ID == "layout.credit-affiliation"
}

// metaCredits: the line is a page's metadata that credits (来源:某报 责任编辑:某某),
// which a page prints under its headline as often as after the text.
func (l *line) metaCredits() bool {
	return l.match != nil && l.match.Rule.ID == "layout.meta-credits"
}

// tableRow: the line is a table's row, its cells parted by tabs.
func (l *line) tableRow() bool {
	return l.match != nil && l.match.Rule.ID == "layout.table-cells"
}

// salutation: the line is a speech's or a letter's greeting (各位代表:).
func (l *line) salutation() bool {
	return l.match != nil && l.match.Rule.ID == "layout.salutation"
}
