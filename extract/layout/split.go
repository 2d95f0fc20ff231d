// Package layout is the layout stage: layout rules classify a document's
// lines (page furniture, stamps, bylines, leads, credits, editor's notes),
// and the splitter cuts the page into articles, finds each headline (the
// main title, not the kicker above it or the —— subtitle below) and the
// page's publication date, read from its stamp by the date code.
package layout

import (
	"strings"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/extract/timex"
)

// Article is one article found in a document, in view positions.
type Article struct {
	text.Range        // from its first heading line to its last content line
	Headline   string // as written in the original; "" when it has none
	Subtitle   string
	Body       []text.Range // its content lines, headings included: what rules run on
	confirmed  bool         // a byline, dateline or lead followed the headline
	hasBody    bool
	untitled   bool // it began without a heading
	original   string
	heading    []text.Range // the lines of its headline block
}

// splitter walks the classified lines and cuts them into articles.
type splitter struct {
	text.Original
	lines     []line
	articles  []*Article
	cur       *Article
	ended     bool // the current article closed with a credit or a related-news label
	skipping  bool // inside an editor's note
	published string
	pending   []text.Range // datelines seen before the article they stamp
	header    *Article     // the last heading block no body followed
}

// split finds the articles of a document and its publication date (the
// first dateline before any article's body).
func split(orig text.Original, lines []line) ([]*Article, string) {
	sp := &splitter{Original: orig, lines: lines}
	for i := 0; i < len(lines); {
		l := &lines[i]
		if l.Blanks >= 3 && sp.cur != nil && sp.cur.hasBody {
			sp.close() // a wide gap parts articles on a newspaper page
		}
		if l.title {
			j := i + 1
			for j < len(lines) && lines[j].title && lines[j].Blanks < 3 {
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
	if len(sp.articles) == 0 {
		if a := sp.whole(); a != nil {
			sp.articles = append(sp.articles, a)
		}
	}
	return sp.articles, sp.published
}

func (sp *splitter) close() {
	if a := sp.cur; a != nil && a.hasBody {
		if a.original != "" && (a.Headline == "" || a.untitled) {
			a.Headline = a.original // better than a section heading
		}
		sp.articles = append(sp.articles, a)
	} else if a != nil {
		sp.header = a
	}
	sp.cur, sp.ended = nil, false
}

// whole is the article of a document in which no heading was followed by
// body text (a headline alone, a caption, a short sentence): every line
// that is not furniture, under the last heading seen, if any.
func (sp *splitter) whole() *Article {
	a := &Article{}
	if sp.header != nil {
		a.Headline, a.Subtitle = sp.header.Headline, sp.header.Subtitle
	}
	for _, l := range sp.lines {
		if l.class == classFurniture {
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
	sp.cur = &Article{Range: text.Range{Start: at, End: at}, untitled: untitled, Body: sp.pending}
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
		sp.open(sp.lines[i].Start, false)
		sp.setHeadline(i, j, confirms)
	case !a.hasBody:
		// Still in the article's header: a later heading before the body
		// replaces one that nothing confirmed (a site name above the title).
		if !a.confirmed {
			a.Start, a.Body = sp.lines[i].Start, withoutLines(a.Body, a.heading)
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
		a.End = sp.lines[j-1].End
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
		if k > i && len(parts) > 0 && !isSubtitle(sp.View.Runes[l.Start:l.End]) {
			prev := sp.lines[k-1]
			pr := sp.View.Runes[prev.Start:prev.End]
			if l.Blanks == 0 || pr[len(pr)-1] == ':' || len(pr) <= 5 {
				parts[len(parts)-1] = append(parts[len(parts)-1], k)
				continue
			}
		}
		parts = append(parts, []int{k})
	}
	a.Headline, a.Subtitle = "", ""
	for _, p := range parts {
		first := sp.lines[p[0]]
		if isSubtitle(sp.View.Runes[first.Start:first.End]) {
			if a.Headline != "" && a.Subtitle == "" {
				a.Subtitle = strings.TrimLeft(sp.joinLines(p), "—-― ")
			}
			continue
		}
		a.Headline = sp.joinLines(p)
	}
	a.confirmed = confirmed
	a.End = max(a.End, sp.lines[j-1].End)
	a.heading = nil
	for k := i; k < j; k++ {
		a.heading = append(a.heading, sp.lines[k].Range)
	}
	sp.addLines(i, j)
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
		b.WriteString(strings.TrimSpace(sp.At(r)))
	}
	return b.String()
}

func (sp *splitter) other(l *line) {
	switch l.class {
	case classFurniture:
		return
	case classDateline:
		if sp.published == "" && !sp.anyBody() {
			sp.published = stampDate(sp.View, l.match)
		}
		// The stamp is the article's own: its date is one of the article's.
		if sp.cur != nil && !sp.cur.hasBody {
			sp.cur.Body = append(sp.cur.Body, l.Range)
		} else if sp.cur == nil {
			sp.pending = append(sp.pending, l.Range)
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
				sp.cur.original = strings.TrimSpace(sp.At(c))
			}
		}
		return
	}
	if sp.skipping {
		return
	}
	if sp.cur == nil {
		sp.open(l.Start, true)
	}
	a := sp.cur
	a.hasBody = true
	a.End = l.End
	a.Body = append(a.Body, l.Range)
	if l.class == classCredit {
		sp.ended = true
	}
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
