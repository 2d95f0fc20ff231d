// Package timex is the date code: a calendar expression's parts as news
// writes them, their TIMEX3-style value (2023-07-19, XXXX-10-12, 2022-H1,
// START/END), the year they take from a publication date, and the reading
// of a stamp's date. Every stage that reads a date reads it here: the date
// kind, the layout stage's stamps, and dates given on the command line or in
// an input's fields.
package timex

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/zxtract/zxtract/extract/number"
)

// Point is one end of a date expression as written.
type Point struct {
	Year     int    // 0: not written
	Rel      int    // year offset of 今年 (0), 去年 (-1) …
	HasRel   bool   // the year is relative
	Month    int    // 0: none
	Day      int    // 0: none
	Part     string // a part of the year or month: H1, Q3, SU …
	YearLess bool   // a date without any year: resolve like 今年
	OfYear   bool   // the month is a part of the year (年底): it is this year's
}

// Expr is a date expression: a point, or a range of two.
type Expr struct {
	From, To Point
	IsRange  bool
}

// Value writes the expression with the year given (useYear false: XXXX
// where the text gives none).
func (d *Expr) Value(year int, useYear bool) string {
	v := d.From.format(year, useYear)
	if d.IsRange {
		v += "/" + d.To.format(year, useYear)
	}
	return v
}

func (p Point) format(anchor int, useAnchor bool) string {
	y := "XXXX"
	switch {
	case p.Year != 0:
		y = strconv.Itoa(p.Year)
	case useAnchor:
		y = strconv.Itoa(anchor + p.Rel)
	}
	switch {
	case p.Part != "":
		return y + "-" + p.Part
	case p.Month == 0 && p.Day != 0:
		return y + "-XX-" + two(p.Day)
	case p.Month == 0:
		return y
	case p.Day == 0:
		return y + "-" + two(p.Month)
	}
	return y + "-" + two(p.Month) + "-" + two(p.Day)
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// Number reads a year, month or day as written, in digits (with leading
// zeros) or Chinese numerals.
func Number(s string) (int, bool) {
	v, ok := number.ParseNumber(strings.TrimLeft(s, "0"))
	if s != "" && strings.Trim(s, "0") == "" {
		return 0, true
	}
	return int(v), ok && v == float64(int(v))
}

// Parts reads a year, a month and a day as written into a point; false when
// one of them is no such number.
func Parts(year, month, day string) (Point, bool) {
	var p Point
	var ok bool
	if year != "" {
		if p.Year, ok = Number(year); !ok || p.Year < 1000 {
			return p, false
		}
	}
	if month != "" {
		if p.Month, ok = Number(month); !ok || p.Month < 1 || p.Month > 12 {
			return p, false
		}
	}
	if day != "" {
		if p.Day, ok = Number(day); !ok || p.Day < 1 || p.Day > 31 {
			return p, false
		}
	}
	return p, true
}

// Calendar is the YYYY-MM-DD of a full date written as its three parts
// (a stamp's), or "" when they are not one.
func Calendar(year, month, day string) string {
	p, ok := Parts(year, month, day)
	if !ok || p.Year < 1900 || p.Month == 0 || p.Day == 0 {
		return ""
	}
	return Format(p.Year, p.Month, p.Day)
}

// Format writes a calendar date as TIMEX3 does, YYYY-MM-DD.
func Format(y, m, d int) string { return strconv.Itoa(y) + "-" + two(m) + "-" + two(d) }

// standalone is a date given on its own: 2024-03-05, 2024/3/5, 2024.03.05,
// 2024年3月5日, with a time after it or not.
var standalone = regexp.MustCompile(`^\s*([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?(?:$|[\sT])`)

// Parse reads a date given on its own (an input's date field, a date on the
// command line) as YYYY-MM-DD; "" when it is none.
func Parse(s string) string {
	m := standalone.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return Calendar(m[1], m[2], m[3])
}

// ParseTime is Parse as a time, for arithmetic.
func ParseTime(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}
