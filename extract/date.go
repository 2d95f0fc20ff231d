package extract

import (
	"strconv"
	"strings"
	"time"
)

// date: a calendar expression, normalised to a TIMEX3-style value
// (2023-07-19, 2023-07, 2023, XXXX-10-12, 2022-H1, 2024-Q1, 2023-SU, and
// START/END for ranges). Groups:
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
// (see resolveDates).
var date = register(&Kind{
	Name:   "date",
	Groups: []string{"text", "year", "month", "day", "year2", "month2", "day2", "rel", "part", "part2"},
	Sets:   []string{"part"},
	List:   "dates",
	Key:    []string{"value"},
	Build:  buildDate,
})

// datePoint is one end of a date expression as written.
type datePoint struct {
	year     int  // 0: not written
	rel      int  // year offset of 今年 (0), 去年 (-1) …
	hasRel   bool // the year is relative
	month    int  // 0: none
	day      int  // 0: none
	part     string
	yearLess bool // a date without any year: resolve like 今年
	ofYear   bool // the month is a part of the year (年底): it is this year's
}

type dateInfo struct {
	from, to datePoint
	isRange  bool
}

func buildDate(c *Context, m *Match) []*Entry {
	parts := c.engine.Lexicon("DATE_PARTS")
	from, ok := c.datePoint(m, "year", "month", "day", "part", parts)
	if !ok {
		return nil
	}
	if rel := c.capture(m, "rel"); rel != "" {
		n, err := strconv.Atoi(c.engine.Lexicon("YEAR_REFS").Value(rel))
		if err != nil {
			return nil
		}
		from.rel, from.hasRel = n, true
	}
	if p := m.Rule.Set["part"]; p != "" && from.part == "" && from.month == 0 {
		from.part = p
	}
	from.yearLess = from.year == 0 && !from.hasRel
	info := &dateInfo{from: from}
	if hasAny(m, "year2", "month2", "day2", "part2") {
		to, ok := c.datePoint(m, "year2", "month2", "day2", "part2", parts)
		if !ok {
			return nil
		}
		// The end takes what it does not write from the start.
		if to.year == 0 {
			to.year, to.rel, to.hasRel, to.yearLess = from.year, from.rel, from.hasRel, from.yearLess
			if to.month == 0 && to.day != 0 {
				to.month = from.month
			}
		}
		info.to, info.isRange = to, true
	}
	e := c.newEntry(m)
	e.Set("value", info.value(0, false))
	e.Set("resolved", nil)
	e.date = info
	return []*Entry{e}
}

func hasAny(m *Match, groups ...string) bool {
	for _, g := range groups {
		if _, ok := m.Group(g); ok {
			return true
		}
	}
	return false
}

// datePoint reads the year, month, day and part groups of one end.
func (c *Context) datePoint(m *Match, y, mo, d, part string, parts interface{ Value(string) string }) (datePoint, bool) {
	var p datePoint
	var ok bool
	if s := c.capture(m, y); s != "" {
		if p.year, ok = dateNumber(s); !ok || p.year < 1000 {
			return p, false
		}
	}
	if s := c.capture(m, mo); s != "" {
		if p.month, ok = dateNumber(s); !ok || p.month < 1 || p.month > 12 {
			return p, false
		}
	}
	if s := c.capture(m, d); s != "" {
		if p.day, ok = dateNumber(s); !ok || p.day < 1 || p.day > 31 {
			return p, false
		}
	}
	if s := c.capture(m, part); s != "" {
		v := parts.Value(s)
		if v == "" {
			return p, false
		}
		// A part of a month (月底, 上旬) keeps the month; 年底 is December.
		if n, err := strconv.Atoi(v); err == nil {
			if p.month == 0 {
				p.month, p.ofYear = n, true
			}
		} else if v != "month" {
			p.part = v
		}
	}
	return p, true
}

func dateNumber(s string) (int, bool) {
	v, ok := ParseNumber(strings.TrimLeft(s, "0"))
	if s != "" && strings.Trim(s, "0") == "" {
		return 0, true
	}
	return int(v), ok && v == float64(int(v))
}

// value writes the expression with the year given (0: XXXX).
func (d *dateInfo) value(year int, useYear bool) string {
	v := d.from.format(year, useYear)
	if d.isRange {
		v += "/" + d.to.format(year, useYear)
	}
	return v
}

func (p datePoint) format(anchor int, useAnchor bool) string {
	y := "XXXX"
	switch {
	case p.year != 0:
		y = strconv.Itoa(p.year)
	case useAnchor:
		y = strconv.Itoa(anchor + p.rel)
	}
	switch {
	case p.part != "":
		return y + "-" + p.part
	case p.month == 0 && p.day != 0:
		return y + "-XX-" + two(p.day)
	case p.month == 0:
		return y
	case p.day == 0:
		return y + "-" + two(p.month)
	}
	return y + "-" + two(p.month) + "-" + two(p.day)
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func init() { articleFinishers = append(articleFinishers, resolveDates) }

// resolveDates gives a year to dates that do not write one:
//
//   - with a publication date: its year, plus the offset of 去年, 明年 …; a
//     month or day more than two months after the publication date belongs
//     to the year before (12月28日 published 2024-01-05 is 2023-12-28), but
//     a date just ahead of it is an announcement (将于1月11日召开);
//   - else, for 今年 and dates without any year, the latest year the article
//     states (今年 in an article about 2022 is 2022); 去年 and the like need
//     the publication date and stay XXXX;
//   - else XXXX. `resolved` says which: "text", "published" or null.
func resolveDates(c *Context, entries []*Entry) {
	stated := 0
	for _, e := range entries {
		if e.date != nil {
			for _, p := range []datePoint{e.date.from, e.date.to} {
				if p.year > stated {
					stated = p.year
				}
			}
		}
	}
	pub, hasPub := time.Time{}, false
	if c.published != "" {
		if t, err := time.Parse("2006-01-02", c.published); err == nil {
			pub, hasPub = t, true
		}
	}
	for _, e := range entries {
		d := e.date
		if d == nil {
			continue
		}
		needs := d.from.year == 0 || d.isRange && d.to.year == 0
		switch {
		case !needs:
			e.Set("resolved", "text")
		case hasPub:
			if d.from.day != 0 && d.from.month == 0 {
				d.from.month = int(pub.Month()) // 9日 in a paper of 2020-01-09
				if d.isRange && d.to.month == 0 {
					d.to.month = d.from.month
				}
			}
			year := pub.Year()
			if d.from.yearLess && d.from.month != 0 && !d.from.ofYear && laterThanPublication(year, d.from, pub) {
				year--
			}
			e.Set("value", d.value(year, true))
			e.Set("resolved", "published")
		case stated != 0 && (d.from.yearLess || d.from.hasRel && d.from.rel == 0):
			e.Set("value", d.value(stated, true))
			e.Set("resolved", "text")
		}
	}
}

// laterThanPublication: the month-day, in the publication's year, falls more
// than two months after the publication date.
func laterThanPublication(year int, p datePoint, pub time.Time) bool {
	day := p.day
	if day == 0 {
		day = 1
	}
	t := time.Date(year, time.Month(p.month), day, 0, 0, 0, 0, time.UTC)
	return t.Sub(pub) > 62*24*time.Hour
}
