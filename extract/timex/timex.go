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

	"github.com/6tail/lunar-go/calendar"
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
	FromText bool   // Rel counts from the year its sentence gave (同年, 次年), where it gives one
	OfYear   bool   // the month is a part of the year (年底): it is this year's
	Lunar    bool   // Month and Day are of the Chinese calendar (春节 is its 1-1, 除夕 its 1-0, the day before): the year's Gregorian date is written
	Term     string // a solar term (清明, 冬至): its day in the year is written
}

// Relative is a date counted from the day of publication: 昨天 (Days -1),
// 上周一 (Weeks -1, Weekday 1), 本周 (Weeks 0), 下个月 (Months 1), 两年前
// (Years -2), 近三年 (Back 3 years).
type Relative struct {
	Unit    byte // 'D' days, 'W' weeks, 'M' months, 'Q' quarters, 'Y' years, 'B' a span back (BackUnit)
	N       int  // the offset (D, W, M) or the span's length (B)
	Weekday int  // 1 Monday … 7 Sunday; 8 its weekend (本周末); 0 the whole week
	Day     int  // a day of the month counted (M): 本月15日; 0 the whole month
	Day2    int  // the last day of a range of its days (本月18日至20日); 0 none
	Back    byte // a span back: 'Y' years or 'M' months
}

// Expr is a date expression: a point, a range of two, or a date relative
// to the day of publication.
type Expr struct {
	From, To Point
	IsRange  bool
	Rel      *Relative
}

// Value writes the expression with the year given (useYear false: XXXX
// where the text gives none).
func (d *Expr) Value(year int, useYear bool) string {
	if d.Rel != nil {
		return d.Rel.unanchored()
	}
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
	if p.Term != "" {
		if y == "XXXX" {
			return y // which day a solar term falls on depends on its year
		}
		n, _ := strconv.Atoi(y)
		p.Month, p.Day = solarTerm(n, p.Term)
	}
	if p.Lunar {
		if y == "XXXX" {
			return y // which day a festival falls on depends on its year
		}
		n, _ := strconv.Atoi(y)
		n, p.Month, p.Day = gregorian(n, p.Month, p.Day)
		y = strconv.Itoa(n) // (腊月 of a year falls in the next one's January or February)
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

// Tense is what a date's sentence says of when its event is: still to come
// (将于, 定于), done (通过了, 已), or neither.
type Tense int

const (
	Untold Tense = iota
	ToCome
	Done
)

// Anchored is the expression's value read against a publication date.
// Dates that write no year take the publication's year (plus the offset of
// 去年, 明年 …); a month or day later than the publication date belongs to
// the year (or month) before, unless the text announces it as still to come
// or, telling neither, dates a month-day within a month after it (soonAfter).
// Dates relative to the day of publication count from it. It is false
// where the year so found lacks the day written (2月29日 in a common year).
func (d *Expr) Anchored(pub time.Time, tense Tense) (string, bool) {
	announced := tense == ToCome
	if d.Rel != nil {
		return d.Rel.anchored(pub), true
	}
	from := d.From
	if from.Day != 0 && from.Month == 0 {
		// 9日 in a paper of 2020-01-09; 28日 in one of 2020-02-05 is January's;
		// 31日 in one of 2020-05-05 is March's, April having no 31st
		y, m := pub.Year(), pub.Month()
		step := 0
		if from.Day > pub.Day() && !announced {
			step = -1
		}
		if step != 0 {
			y, m = addMonths(y, m, step)
		}
		for i := 0; from.Day > lastDay(y, int(m)) && i < 2; i++ {
			if step == 0 {
				step = 1 // a day announced that this month lacks is the next month's
			}
			y, m = addMonths(y, m, step)
		}
		e := *d
		e.From.Month, e.From.Year = int(m), y
		if e.IsRange && e.To.Month == 0 {
			e.To.Month, e.To.Year = int(m), y
		}
		return e.Value(y, true), true
	}
	year := pub.Year()
	if from.YearLess && from.Month != 0 && !from.OfYear && !announced && laterThan(year, from, pub) && !(tense == Untold && soonAfter(year, from, pub)) {
		year--
	} else if to := d.To; d.IsRange && from.Month == 1 && from.Day == 0 && to.YearLess && to.Rel == 0 && !announced && laterThan(year, to, pub) {
		// 1至11月 in a paper of March: a year's months to date, as statistics
		// count them, are past, last year's (but 3月至5月 may be a campaign
		// under way)
		year--
	} else if d.IsRange && from.Part == "Q1" && to.YearLess && !to.HasRel && !announced && quarterEnd(to.Part) > int(pub.Month()) {
		year-- // 前三季度, 一至三季度 in a paper of March: the quarters to date, last year's
	}
	if from.YearLess && from.Month != 0 && !from.OfYear && announced && halfYearBefore(year, from, pub) {
		year++ // 定于1月8日召开 in a notice of 2023-12-26: the January to come
	}
	if !d.FitsYear(year) {
		return d.Value(0, false), false // 2月29日 in a paper of a common year: not this year's
	}
	return d.Value(year, true), true
}

// FitsYear: the days written exist in the months of the year given to the
// expression (2月29日 does not in 2023).
func (d *Expr) FitsYear(year int) bool {
	for i, p := range []Point{d.From, d.To} {
		if i == 1 && !d.IsRange || p.Lunar || p.Term != "" || p.Month == 0 || p.Day == 0 {
			continue
		}
		y := p.Year
		if y == 0 {
			y = year + p.Rel
		}
		if p.Day > lastDay(y, p.Month) {
			return false
		}
	}
	return true
}

// addMonths is the year and month n months after the given ones.
func addMonths(y int, m time.Month, n int) (int, time.Month) {
	t := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	return t.Year(), t.Month()
}

// halfYearBefore: the month (and day), in the given year, falls half a
// year or more before the publication date: a date announced as to come is
// then the next year's (a date shortly before it is the text's past, however
// its sentence goes on: 5月8日召开会议,将…).
func halfYearBefore(year int, p Point, pub time.Time) bool {
	day := max(p.Day, 1)
	t := time.Date(year, time.Month(p.Month), day, 0, 0, 0, 0, time.UTC)
	return t.AddDate(0, 6, 0).Before(pub)
}

// quarterEnd is the last month of a quarter (Q3: 9), or 0.
func quarterEnd(part string) int {
	if len(part) == 2 && part[0] == 'Q' && part[1] >= '1' && part[1] <= '4' {
		return 3 * int(part[1]-'0')
	}
	return 0
}

// soonAfter: the month (and day), in the given year, begins within a month
// after the publication date: what a paper of 2月27日 dates 3月初 or 3月5日
// is the March to come, which news writes without a year, not one a year
// back, which it would write 去年.
func soonAfter(year int, p Point, pub time.Time) bool {
	t := time.Date(year, time.Month(p.Month), max(p.Day, 1), 0, 0, 0, 0, time.UTC)
	return t.After(pub) && !t.After(pub.AddDate(0, 1, 0))
}

// laterThan: the month (and day), in the given year, falls after the
// publication date.
func laterThan(year int, p Point, pub time.Time) bool {
	if p.Day == 0 {
		return p.Month > int(pub.Month()) && year == pub.Year()
	}
	t := time.Date(year, time.Month(p.Month), p.Day, 0, 0, 0, 0, time.UTC)
	return t.After(pub)
}

func (r *Relative) anchored(pub time.Time) string {
	switch r.Unit {
	case 'D':
		return day(pub.AddDate(0, 0, r.N))
	case 'W':
		monday := pub.AddDate(0, 0, -((int(pub.Weekday())+6)%7)+7*r.N)
		if r.Weekday == 8 {
			return day(monday.AddDate(0, 0, 5)) + "/" + day(monday.AddDate(0, 0, 6))
		}
		if r.Weekday > 0 {
			return day(monday.AddDate(0, 0, r.Weekday-1))
		}
		return day(monday) + "/" + day(monday.AddDate(0, 0, 6))
	case 'M':
		t := time.Date(pub.Year(), pub.Month()+time.Month(r.N), 1, 0, 0, 0, 0, time.UTC)
		last := t.AddDate(0, 1, -1).Day()
		if r.Day > 0 && r.Day < r.Day2 && r.Day2 <= last {
			return day(t.AddDate(0, 0, r.Day-1)) + "/" + day(t.AddDate(0, 0, r.Day2-1))
		}
		if r.Day > 0 && r.Day <= last && r.Day2 == 0 {
			return day(t.AddDate(0, 0, r.Day-1))
		}
		return strconv.Itoa(t.Year()) + "-" + two(int(t.Month()))
	case 'Q':
		q := (pub.Year()*4 + (int(pub.Month())-1)/3) + r.N // quarters since year 0
		return strconv.Itoa(q/4) + "-Q" + strconv.Itoa(q%4+1)
	case 'Y':
		return strconv.Itoa(pub.Year() + r.N)
	case 'B': // a span back to publication; one of one year or month is that alone (过去一年: 2025)
		if r.Back == 'Y' {
			if r.N <= 1 {
				return strconv.Itoa(pub.Year())
			}
			return strconv.Itoa(pub.Year()-r.N+1) + "/" + strconv.Itoa(pub.Year())
		}
		now := strconv.Itoa(pub.Year()) + "-" + two(int(pub.Month()))
		if r.N <= 1 {
			return now
		}
		start := time.Date(pub.Year(), pub.Month()-time.Month(r.N-1), 1, 0, 0, 0, 0, time.UTC)
		return strconv.Itoa(start.Year()) + "-" + two(int(start.Month())) + "/" + now
	}
	return "XXXX"
}

// unanchored is the value of a date counted from a publication date the
// text does not give, in the shape it would have, its unknown digits X:
// 昨天 and 上周一 are XXXX-XX-XX, 上个月 XXXX-XX, 本周 XXXX-WXX, 本月15日
// XXXX-XX-15; a span back (近三年) is XXXX.
func (r *Relative) unanchored() string {
	switch {
	case r.Unit == 'W' && r.Weekday == 8:
		return "XXXX-XX-XX/XXXX-XX-XX"
	case r.Unit == 'D' || r.Unit == 'W' && r.Weekday > 0:
		return "XXXX-XX-XX"
	case r.Unit == 'W':
		return "XXXX-WXX"
	case r.Unit == 'Q':
		return "XXXX-QX"
	case r.Unit != 'M':
		return "XXXX"
	case r.Day == 0:
		return "XXXX-XX"
	case r.Day2 > r.Day:
		return "XXXX-XX-" + two(r.Day) + "/XXXX-XX-" + two(r.Day2)
	}
	return "XXXX-XX-" + two(r.Day)
}

func day(t time.Time) string { return Format(t.Year(), int(t.Month()), t.Day()) }

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
		if p.Year, ok = Number(year); !ok {
			return p, false
		}
		switch {
		case len(year) == 2 && p.Year < 30: // 08年, 19年2月3日 (news writes recent years so; 38年10月 is 1938's)
			p.Year += 2000
		case len(year) == 2:
			p.Year += 1900
		case p.Year < 1000:
			return p, false
		}
	}
	if month == "元" {
		month = "1" // 元月: January
	}
	if m, ok := englishMonths[month]; ok {
		month = m // Mar 24, 2020: a stamp in English
	}
	if month != "" {
		if p.Month, ok = Number(month); !ok || p.Month < 1 || p.Month > 12 {
			return p, false
		}
	}
	if day != "" {
		if p.Day, ok = Number(day); !ok || p.Day < 1 || p.Day > lastDay(p.Year, p.Month) {
			return p, false // (2月30日 is no day)
		}
	}
	return p, true
}

// lastDay is the number of days of the month of the year (31 where the
// month is not given; 29 for a February of no year given).
func lastDay(year, month int) int {
	if month == 0 {
		return 31
	}
	if year == 0 {
		year = 2000 // a leap year: 2月29日 may be any leap year's
	}
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Calendar is the YYYY-MM-DD of a full date written as its three parts
// (a stamp's), or "" when they are not one.
func Calendar(year, month, day string) string {
	if len([]rune(year)) < 4 {
		return "" // a stamp writes its year whole
	}
	p, ok := Parts(year, month, day)
	if !ok || p.Year < 1900 || p.Month == 0 || p.Day == 0 {
		return ""
	}
	return Format(p.Year, p.Month, p.Day)
}

// englishMonths are the months as a stamp in English abbreviates them.
var englishMonths = map[string]string{"Jan": "1", "Feb": "2", "Mar": "3", "Apr": "4", "May": "5", "Jun": "6",
	"Jul": "7", "Aug": "8", "Sep": "9", "Oct": "10", "Nov": "11", "Dec": "12"}

// Format writes a calendar date as TIMEX3 does, YYYY-MM-DD.
func Format(y, m, d int) string { return strconv.Itoa(y) + "-" + two(m) + "-" + two(d) }

// standalone is a date given on its own: 2024-03-05, 2024/3/5, 2024.03.05,
// 2024年3月5日, with a time after it or not.
var standalone = regexp.MustCompile(`^\s*([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?(?:$|[\sT])`)

// Parse reads a date given on its own (an input's date field, a date on the
// command line) as YYYY-MM-DD; "" when it is none. Besides the forms of
// standalone it reads a feed's (RSS: Tue, 05 Mar 2024 10:00:00 GMT) and a
// Unix time in seconds or milliseconds, as scrapers store them, on the
// clock of China (UTC+8), where the news it dates is published.
func Parse(s string) string {
	if m := standalone.FindStringSubmatch(s); m != nil {
		return Calendar(m[1], m[2], m[3])
	}
	s = strings.TrimSpace(s)
	for _, layout := range feedLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02") // the day where it was written
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && (len(s) == 10 || len(s) == 13) {
		if len(s) == 13 {
			n /= 1000
		}
		if t := time.Unix(n, 0).In(chinaTime); t.Year() >= 1990 && t.Year() <= 2100 {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// inURL is a date in a page's address, as news sites file their pages:
// /2024-05/06/content_1.htm, /2024/0506/c1-2.html, /202405/t20240506_1.html.
var inURL = regexp.MustCompile(`(?:^|[/_t-])(20[0-9]{2})[-/]?(0[1-9]|1[0-2])[-/]?(0[1-9]|[12][0-9]|3[01])(?:[/_.-]|$)`)

// FromURL is the date a page's address files it under, YYYY-MM-DD, or "".
func FromURL(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.IndexByte(u, '/'); j >= 0 {
			u = u[j:] // the path: a host holds no date
		}
	}
	if m := inURL.FindStringSubmatch(u); m != nil {
		return Calendar(m[1], m[2], m[3])
	}
	return ""
}

// feedLayouts are the forms feeds and mail write dates in.
var feedLayouts = []string{time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822, time.RFC850, time.RubyDate, time.UnixDate,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04:05 -0700",
	// and the English a site's date may be written in (May 6, 2023; 6 May 2023)
	"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006", "January 2, 2006 15:04", "Jan 2, 2006 15:04",
	"Jan 2, 2006 3:04 PM", "January 2, 2006 3:04 PM", "Monday, January 2, 2006"}

// chinaTime is China Standard Time, UTC+8, all year.
var chinaTime = time.FixedZone("CST", 8*60*60)

// ParseTime is Parse as a time, for arithmetic.
func ParseTime(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

// solarTerm is the month and day of a solar term in the Gregorian year
// given (清明 2024 is 04-04). lunar-go tables the terms of a Chinese year,
// from the 大雪 of December before it to the 惊蛰 of March after: a year's
// own 冬至 is the one it names DONG_ZHI.
func solarTerm(year int, term string) (int, int) {
	if term == "冬至" {
		term = "DONG_ZHI"
	}
	d, ok := calendar.NewLunarFromYmd(year, 6, 1).GetJieQiTable()[term]
	if !ok {
		return 0, 0
	}
	return d.GetMonth(), d.GetDay()
}

// gregorian is the Gregorian date of a month and day of the Chinese
// calendar's year that begins in the year given (春节 2023 is 2023-01-22;
// its 腊月二十三, 2024-02-02); day 0 of its first month is the eve of that
// year (除夕 2024 is 2024-02-09, the day before 春节).
func gregorian(year, month, day int) (int, int, int) {
	if month == 1 && day == 0 {
		d := calendar.NewLunarFromYmd(year, 1, 1).GetSolar().NextDay(-1)
		return d.GetYear(), d.GetMonth(), d.GetDay()
	}
	d := calendar.NewLunarFromYmd(year, month, day).GetSolar()
	return d.GetYear(), d.GetMonth(), d.GetDay()
}
