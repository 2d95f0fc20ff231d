package kinds

import (
	"strconv"
	"time"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/timex"
	"github.com/zxtract/zxtract/rules"
)

// date: a calendar expression, normalised to a TIMEX3-style value
// (2023-07-19, 2023-07, 2023, XXXX-10-12, 2022-H1, 2024-Q1, 2023-SU, and
// START/END for ranges) by the date code (package timex). Groups:
//
//	year, month, day     the date, in digits or Chinese numerals
//	year2, month2, day2  the end of a range; missing parts come from the start
//	rel                  a year reference: 今年, 去年, 明年, 前年, 后年
//	part, part2          a part of a year or month: 上半年, 一季度, 年底, 月初,
//	                     上旬, 夏天 (the DATE_PARTS lexicon maps them)
//
// `set: {part: Q1}` gives the start a part the text implies (前三季度 starts
// with the first quarter).
// A date whose year is not written takes it, once the whole article is
// read, from the publication date, else from the year the article states
// (see ResolveArticle).
type date struct {
	parts, yearRefs *rules.Lexicon
}

var dateSpec = Spec{
	Name:     "date",
	List:     "dates",
	Groups:   []string{"text", "year", "month", "day", "year2", "month2", "day2", "rel", "part", "part2"},
	Sets:     []string{"part"},
	Lexicons: []string{"DATE_PARTS", "YEAR_REFS"},
	Key:      []string{"value"},
}

func (*date) Spec() *Spec { return &dateSpec }

func (d *date) Bind(lex func(string) *rules.Lexicon) {
	d.parts, d.yearRefs = lex("DATE_PARTS"), lex("YEAR_REFS")
}

func (d *date) Build(c *Context, m *engine.Match) []*record.Entry {
	from, ok := d.point(c, m, "year", "month", "day", "part")
	if !ok {
		return nil
	}
	if rel := c.Capture(m, "rel"); rel != "" {
		n, err := strconv.Atoi(d.yearRefs.Value(rel))
		if err != nil {
			return nil
		}
		from.Rel, from.HasRel = n, true
	}
	if p := m.Rule.Set["part"]; p != "" && from.Part == "" && from.Month == 0 {
		from.Part = p
	}
	from.YearLess = from.Year == 0 && !from.HasRel
	expr := &timex.Expr{From: from}
	if hasAny(m, "year2", "month2", "day2", "part2") {
		to, ok := d.point(c, m, "year2", "month2", "day2", "part2")
		if !ok {
			return nil
		}
		// The end takes what it does not write from the start.
		if to.Year == 0 {
			to.Year, to.Rel, to.HasRel, to.YearLess = from.Year, from.Rel, from.HasRel, from.YearLess
			if to.Month == 0 && to.Day != 0 {
				to.Month = from.Month
			}
		}
		expr.To, expr.IsRange = to, true
	}
	e := c.NewEntry(m)
	e.Set("value", expr.Value(0, false))
	e.Set("resolved", nil)
	e.Detail = expr
	return []*record.Entry{e}
}

func hasAny(m *engine.Match, groups ...string) bool {
	for _, g := range groups {
		if _, ok := m.Group(g); ok {
			return true
		}
	}
	return false
}

// point reads the year, month, day and part groups of one end.
func (d *date) point(c *Context, m *engine.Match, y, mo, day, part string) (timex.Point, bool) {
	p, ok := timex.Parts(c.Capture(m, y), c.Capture(m, mo), c.Capture(m, day))
	if !ok {
		return p, false
	}
	if s := c.Capture(m, part); s != "" {
		v := d.parts.Value(s)
		if v == "" {
			return p, false
		}
		// A part of a month (月底, 上旬) keeps the month; 年底 is December.
		if n, err := strconv.Atoi(v); err == nil {
			if p.Month == 0 {
				p.Month, p.OfYear = n, true
			}
		} else if v != "month" {
			p.Part = v
		}
	}
	return p, true
}

// ResolveArticle gives a year to dates that do not write one:
//
//   - with a publication date: its year, plus the offset of 去年, 明年 …; a
//     month or day more than two months after the publication date belongs
//     to the year before (12月28日 published 2024-01-05 is 2023-12-28), but
//     a date just ahead of it is an announcement (将于1月11日召开);
//   - else, for 今年 and dates without any year, the latest year the article
//     states (今年 in an article about 2022 is 2022); 去年 and the like need
//     the publication date and stay XXXX;
//   - else XXXX. `resolved` says which: "text", "published" or null.
func (*date) ResolveArticle(a *Article, own []*record.Entry) {
	stated := 0
	for _, e := range own {
		d := e.Detail.(*timex.Expr)
		for _, p := range []timex.Point{d.From, d.To} {
			if p.Year > stated {
				stated = p.Year
			}
		}
	}
	pub, hasPub := timex.ParseTime(a.Published)
	for _, e := range own {
		d := e.Detail.(*timex.Expr)
		needs := d.From.Year == 0 || d.IsRange && d.To.Year == 0
		switch {
		case !needs:
			e.Set("resolved", "text")
		case hasPub:
			if d.From.Day != 0 && d.From.Month == 0 {
				d.From.Month = int(pub.Month()) // 9日 in a paper of 2020-01-09
				if d.IsRange && d.To.Month == 0 {
					d.To.Month = d.From.Month
				}
			}
			year := pub.Year()
			if d.From.YearLess && d.From.Month != 0 && !d.From.OfYear && laterThanPublication(year, d.From, pub) {
				year--
			}
			e.Set("value", d.Value(year, true))
			e.Set("resolved", "published")
		case stated != 0 && (d.From.YearLess || d.From.HasRel && d.From.Rel == 0):
			e.Set("value", d.Value(stated, true))
			e.Set("resolved", "text")
		}
	}
}

// laterThanPublication: the month-day, in the publication's year, falls more
// than two months after the publication date.
func laterThanPublication(year int, p timex.Point, pub time.Time) bool {
	day := p.Day
	if day == 0 {
		day = 1
	}
	t := time.Date(year, time.Month(p.Month), day, 0, 0, 0, 0, time.UTC)
	return t.Sub(pub) > 62*24*time.Hour
}
