package extract

import (
	"strings"
	"unicode"
)

// Layout classes, set by rules of kind layout (rules/layout.yaml) on lines.
const (
	classFurniture = "furniture" // site furniture: navigation, share buttons, copyright
	classDateline  = "dateline"  // a publication stamp; its `date` group is the date
	classByline    = "byline"    // 本报记者 张原, □王志宏: an article's author line
	classLead      = "lead"      // 本报讯, 新华社北京电: the paragraph that opens an article
	classDateLead  = "datelead"  // 3月5日上午,…: may open an article, or a section
	classCredit    = "credit"    // (郭桥), 谭显全 摄, (作者系…): the line that closes an article
	classRelated   = "related"   // 相关新闻: what follows is other articles
	classNote      = "note"      // 编者按, 核心提示: an editor's note, not an article
	classOrigTitle = "original"  // 原标题: its `title` group names the article
	classPrefix    = "prefix"    // [图], 【聚焦…】 before a headline: dropped from it
)

// maxLayoutLine is the longest line layout rules look at.
const maxLayoutLine = 1000

var layout = register(&Kind{
	Name:     "layout",
	Groups:   []string{"text", "date", "title"},
	Required: nil,
	Sets:     []string{"class"},
})

// line is one non-blank line of the view, trimmed, with what layout rules
// and its shape say of it.
type line struct {
	s, e   int // trimmed view range
	blanks int // blank lines before it
	class  string
	match  *Match // the layout match that set class
	title  bool   // shaped like a heading: short, no sentence punctuation
}

// splitLines cuts the view into trimmed non-blank lines.
func splitLines(v *View) []line {
	var out []line
	blanks, start := 0, 0
	for i := 0; i <= len(v.Runes); i++ {
		if i < len(v.Runes) && v.Runes[i] != '\n' {
			continue
		}
		s, e := start, i
		for s < e && unicode.IsSpace(v.Runes[s]) {
			s++
		}
		for e > s && unicode.IsSpace(v.Runes[e-1]) {
			e--
		}
		if s < e {
			out = append(out, line{s: s, e: e, blanks: blanks})
			blanks = 0
		} else if start < len(v.Runes) || i > start {
			blanks++
		}
		start = i + 1
	}
	return out
}

// classify sets each line's class from the winning layout match on it, and
// its shape. A line without Han characters is furniture (a "|", a hash).
func (e *Engine) classify(v *View, lines []line, warn func(Warning), trace *[]*Match) {
	units := make([][2]int, len(lines))
	for i, l := range lines {
		units[i] = [2]int{l.s, l.e}
		if l.e-l.s > maxLayoutLine {
			units[i][1] = l.s // a paragraph this long is no heading, byline or furniture
		}
	}
	e.matchUnits("line", v, units, warn, trace, func(i int, won []*Match) {
		l := &lines[i]
		for _, m := range won {
			if m.Rule.Kind == layout.Name && (l.match == nil || beats(m, l.match)) {
				l.match, l.class = m, m.Rule.Set["class"]
			}
		}
		text := v.Runes[l.s:l.e]
		if l.class == "" && hanCount(text) == 0 {
			l.class = classFurniture
		}
		switch l.class {
		case "":
			l.title = isTitleShaped(text)
		case classPrefix:
			l.title = isTitleShaped(v.Runes[l.match.End:l.e])
		}
	})
}

func hanCount(rs []rune) int {
	n := 0
	for _, r := range rs {
		if isHan(r) {
			n++
		}
	}
	return n
}

// isHan is unicode.Is(unicode.Han, r), answered without a table search for
// the common case: the main CJK block, and everything below the radicals.
func isHan(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	case r < 0x2E80:
		return false
	}
	return unicode.Is(unicode.Han, r)
}

// isTitleShaped: a heading is short, has at least two characters, no
// sentence punctuation, and does not stop on a comma.
func isTitleShaped(rs []rune) bool {
	if len(rs) > 50 || hanCount(rs) < 2 {
		return false
	}
	commas := 0
	for _, r := range rs {
		switch r {
		case '。', '!', '?', ';':
			return false
		case ',':
			commas++
		}
	}
	switch rs[len(rs)-1] {
	case ',', '、':
		return false
	}
	return commas <= 1
}

// Article is one article found in a document, in view positions.
type Article struct {
	Start, End int    // view range from its first heading line to its last content line
	Headline   string // as written in the original; "" when it has none
	Subtitle   string
	confirmed  bool // a byline, dateline or lead followed the headline
	hasBody    bool
	untitled   bool // it began without a heading
	original   string
	body       [][2]int // view ranges of its content lines, headings included
	heading    [][2]int // the lines of its headline block
}

// splitter walks the classified lines and cuts them into articles.
type splitter struct {
	v         *View
	raw       []rune
	lines     []line
	articles  []*Article
	cur       *Article
	ended     bool // the current article closed with a credit or a related-news label
	skipping  bool // inside an editor's note
	published string
	pending   [][2]int // datelines seen before the article they stamp
}

// splitArticles finds the articles of a document and its publication date
// (the first dateline before any article's body).
func splitArticles(v *View, raw []rune, lines []line) ([]*Article, string) {
	sp := &splitter{v: v, raw: raw, lines: lines}
	for i := 0; i < len(lines); {
		l := &lines[i]
		if l.blanks >= 3 && sp.cur != nil && sp.cur.hasBody {
			sp.close() // a wide gap parts articles on a newspaper page
		}
		if l.title {
			j := i + 1
			for j < len(lines) && lines[j].title && lines[j].blanks < 3 {
				j++
			}
			sp.titleBlock(i, j)
			i = j
			continue
		}
		sp.other(l)
		i++
	}
	sp.close()
	return sp.articles, sp.published
}

func (sp *splitter) close() {
	if a := sp.cur; a != nil && a.hasBody {
		if a.original != "" && (a.Headline == "" || a.untitled) {
			a.Headline = a.original // better than a section heading
		}
		sp.articles = append(sp.articles, a)
	}
	sp.cur, sp.ended = nil, false
}

func (sp *splitter) open(at int, untitled bool) {
	sp.close()
	sp.cur = &Article{Start: at, End: at, untitled: untitled, body: sp.pending}
	sp.pending = nil
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
	confirms := after != nil && (after.class == classByline || after.class == classDateline || after.class == classLead || after.class == classDateLead)
	nextContent := sp.next(j)
	opensArticle := nextContent != nil && (nextContent.class == classByline || nextContent.class == classLead)
	a := sp.cur
	switch {
	case a == nil, a.hasBody && (sp.ended || opensArticle):
		sp.open(sp.lines[i].s, false)
		sp.setHeadline(i, j, confirms)
	case !a.hasBody:
		// Still in the article's header: a later heading before the body
		// replaces one that nothing confirmed (a site name above the title).
		if !a.confirmed {
			a.Start, a.body = sp.lines[i].s, withoutLines(a.body, a.heading)
			sp.setHeadline(i, j, confirms)
		}
	default:
		// A section heading. An article that began without a heading takes
		// its first section heading as headline.
		if a.untitled && a.Headline == "" && nextContent != nil && !nextContent.title && nextContent.class == "" {
			sp.setHeadline(i, j, false)
		} else {
			sp.addLines(i, j)
		}
		a.End = sp.lines[j-1].e
	}
}

// setHeadline reads a block of heading lines: a line starting with a dash
// is the subtitle; the last other line is the headline, the lines above it
// kickers. A line cut short (ending in a colon, or of five characters or
// fewer) or wrapped without a blank line is joined to the next.
func (sp *splitter) setHeadline(i, j int, confirmed bool) {
	a := sp.cur
	var parts [][]int // groups of line indexes forming one heading each
	for k := i; k < j; k++ {
		l := sp.lines[k]
		if k > i && len(parts) > 0 && !isSubtitle(sp.v.Runes[l.s:l.e]) {
			prev := sp.lines[k-1]
			pr := sp.v.Runes[prev.s:prev.e]
			if l.blanks == 0 || pr[len(pr)-1] == ':' || len(pr) <= 5 {
				parts[len(parts)-1] = append(parts[len(parts)-1], k)
				continue
			}
		}
		parts = append(parts, []int{k})
	}
	a.Headline, a.Subtitle = "", ""
	for _, p := range parts {
		first := sp.lines[p[0]]
		if isSubtitle(sp.v.Runes[first.s:first.e]) {
			if a.Headline != "" && a.Subtitle == "" {
				a.Subtitle = strings.TrimLeft(sp.joinLines(p), "—-― ")
			}
			continue
		}
		a.Headline = sp.joinLines(p)
	}
	a.confirmed = confirmed
	a.End = max(a.End, sp.lines[j-1].e)
	a.heading = nil
	for k := i; k < j; k++ {
		a.heading = append(a.heading, [2]int{sp.lines[k].s, sp.lines[k].e})
	}
	sp.addLines(i, j)
}

// withoutLines is lines less those in drop.
func withoutLines(lines, drop [][2]int) [][2]int {
	var out [][2]int
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
		sp.cur.body = append(sp.cur.body, [2]int{sp.lines[k].s, sp.lines[k].e})
	}
}

func isSubtitle(rs []rune) bool {
	return len(rs) > 0 && (rs[0] == '—' || rs[0] == '―' || rs[0] == '-')
}

// joinLines is the original text of the lines, joined without their breaks,
// less any headline prefix a layout rule marked.
func (sp *splitter) joinLines(idx []int) string {
	var b strings.Builder
	for _, k := range idx {
		l := sp.lines[k]
		s := l.s
		if l.match != nil && l.class == classPrefix {
			s = l.match.End
		}
		b.WriteString(strings.TrimSpace(sp.original(s, l.e)))
	}
	return b.String()
}

func (sp *splitter) original(s, e int) string {
	span := sp.v.Orig(s, e)
	return string(sp.raw[span[0]:span[1]])
}

func (sp *splitter) other(l *line) {
	switch l.class {
	case classFurniture:
		return
	case classDateline:
		if sp.published == "" && !sp.anyBody() {
			if c, ok := l.match.Group("date"); ok {
				sp.published = isoDate(string(sp.v.Runes[c.Start:c.End]))
			}
		}
		// The stamp is the article's own: its date is one of the article's.
		if sp.cur != nil && !sp.cur.hasBody {
			sp.cur.body = append(sp.cur.body, [2]int{l.s, l.e})
		} else if sp.cur == nil {
			sp.pending = append(sp.pending, [2]int{l.s, l.e})
		}
		return
	case classRelated:
		sp.ended = true
		return
	case classNote:
		// An editor's note: the heading above it and the note itself are
		// the page's, not an article.
		if sp.cur != nil && !sp.cur.hasBody {
			sp.cur = nil
		}
		sp.close()
		sp.skipping = true
		return
	case classOrigTitle:
		if sp.cur != nil {
			if c, ok := l.match.Group("title"); ok {
				sp.cur.original = strings.TrimSpace(sp.original(c.Start, c.End))
			}
		}
		return
	}
	if sp.skipping {
		return
	}
	if sp.cur == nil {
		sp.open(l.s, true)
	}
	a := sp.cur
	a.hasBody = true
	a.End = l.e
	a.body = append(a.body, [2]int{l.s, l.e})
	if l.class == classCredit {
		sp.ended = true
	}
}

func (sp *splitter) anyBody() bool {
	return len(sp.articles) > 0 || sp.cur != nil && sp.cur.hasBody
}

// isoDate turns 2012-02-12, 2015/7/8 or 2012年09月5日 into YYYY-MM-DD.
func isoDate(s string) string {
	var parts []int
	n, in := 0, false
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
			in = true
			continue
		}
		if in {
			parts = append(parts, n)
			n, in = 0, false
		}
	}
	if in {
		parts = append(parts, n)
	}
	if len(parts) < 3 || parts[0] < 1900 || parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > 31 {
		return ""
	}
	return fmtDate(parts[0], parts[1], parts[2])
}
