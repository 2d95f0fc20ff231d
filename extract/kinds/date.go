package kinds

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
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
//	rel2                 the year reference of a range's end: 去年10月至今年3月
//	textrel              a year counted from the year its sentence gave before
//	                     it, else from publication: 同年, 次年 (YEAR_REFS_TEXT)
//	part, part2          a part of a year or month: 上半年, 一季度, 年底, 月初,
//	                     上旬, 夏天 (the DATE_PARTS lexicon maps them)
//	relday               a day counted from publication: 昨天, 今日, 后天 (DAY_REFS)
//	relweek, weekday     a week counted from publication and a day of it:
//	                     上周一, 本周, 周三 (WEEK_REFS, WEEKDAYS)
//	relmonth             a month counted from publication: 上个月 (MONTH_REFS)
//	relquarter           a quarter counted from publication: 本季度 (QUARTER_REFS)
//	back, backunit       a span back from publication: 近三年, 过去十年, 前两个月
//	                     (backunit through SPAN_UNITS: Y or M)
//	ago, agounit         a day, week, month or year that far back from
//	                     publication: 三天前, 两周前, 三个月前 (agounit through
//	                     AGO_UNITS: D, W, M or Y); with later, that far on:
//	                     三天后, 五年后
//	decade, century      上世纪90年代, 20世纪80年代, 九十年代 (century through
//	                     CENTURIES: the year it starts)
//	festival             a festival's day of a year written before it, 2023年春节,
//	                     今年国庆节 (FESTIVALS: its month and day, L for the
//	                     Chinese calendar's)
//	lmonth               a month of the Chinese calendar by its name, 正月, 腊月
//	                     (LUNAR_MONTHS), in a rule that sets calendar: lunar
//	era, eyear           a year of an era, 民国二十六年, 光绪三十年, counted from
//	                     the year before the era's first (ERAS: 民国 1911)
//
// `set: {part: Q1}` gives the start a part the text implies (前三季度 starts
// with the first quarter).
// A date whose year is not written takes it from its own sentence where
// that states one year (ResolveSentence), else, once the article is read,
// from the publication date, else stays XXXX (ResolveArticle).
type date struct {
	parts, yearRefs, textYearRefs, dayRefs, weekRefs, weekdays, monthRefs, quarterRefs, spanUnits, agoUnits, centuries, future, done, decided, festivals, lunarMonths, eras *rules.Lexicon
}

var dateSpec = Spec{
	Name: "date",
	List: "dates",
	Groups: []string{"text", "year", "month", "day", "year2", "month2", "day2", "rel", "rel2", "textrel", "part", "part2",
		"relday", "relweek", "weekday", "relmonth", "relquarter", "back", "backunit", "ago", "agounit", "later", "decade", "decade1", "century", "festival", "lmonth", "era", "eyear"},
	Sets: []string{"part", "calendar"},
	Lexicons: []string{"DATE_PARTS", "YEAR_REFS", "YEAR_REFS_TEXT", "DAY_REFS", "WEEK_REFS", "WEEKDAYS", "MONTH_REFS", "QUARTER_REFS", "SPAN_UNITS",
		"AGO_UNITS", "CENTURIES", "DATE_FUTURE", "DATE_DONE", "DATE_DECIDED", "FESTIVALS", "LUNAR_MONTHS", "ERAS"},
	Key:    []string{"value"},
	Fields: []string{"text", "value", "resolved"},
}

func (*date) Spec() *Spec { return &dateSpec }

func (d *date) Bind(lex func(string) *rules.Lexicon) {
	d.parts, d.yearRefs, d.textYearRefs, d.dayRefs = lex("DATE_PARTS"), lex("YEAR_REFS"), lex("YEAR_REFS_TEXT"), lex("DAY_REFS")
	d.weekRefs, d.weekdays, d.monthRefs, d.quarterRefs = lex("WEEK_REFS"), lex("WEEKDAYS"), lex("MONTH_REFS"), lex("QUARTER_REFS")
	d.spanUnits, d.centuries, d.future, d.festivals = lex("SPAN_UNITS"), lex("CENTURIES"), lex("DATE_FUTURE"), lex("FESTIVALS")
	d.done = lex("DATE_DONE")
	d.lunarMonths, d.agoUnits, d.eras, d.decided = lex("LUNAR_MONTHS"), lex("AGO_UNITS"), lex("ERAS"), lex("DATE_DECIDED")
}

// dateDetail is what the date kind keeps of an entry for its later steps.
type dateDetail struct {
	expr  timex.Expr
	tense timex.Tense // what its sentence says of it: still to come (将于) or done (通过了)
}

func (d *date) Build(c *Context, m *engine.Match) []*record.Entry {
	if rel, ok := d.relative(c, m); ok {
		return d.entry(c, m, timex.Expr{Rel: rel})
	}
	if expr, ok := d.decades(c, m); ok {
		return d.entry(c, m, expr)
	}
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
	if rel := c.Capture(m, "textrel"); rel != "" {
		n, err := strconv.Atoi(d.textYearRefs.Value(rel))
		if err != nil {
			return nil
		}
		from.Rel, from.HasRel, from.FromText = n, true, true
	}
	if f := c.Capture(m, "festival"); f != "" && !d.festival(&from, f) {
		return nil
	}
	if ey := c.Capture(m, "eyear"); ey != "" {
		if !eraYear(&from, ey, d.eras.Value(c.Capture(m, "era"))) {
			return nil
		}
	}
	if m.Rule.Set["calendar"] == "lunar" { // 农历八月十五, 正月初八
		from.Lunar = true
		if lm := c.Capture(m, "lmonth"); lm != "" {
			from.Month, _ = strconv.Atoi(d.lunarMonths.Value(lm))
		}
	}
	if p := m.Rule.Set["part"]; p != "" && from.Part == "" && from.Month == 0 {
		if n, err := strconv.Atoi(p); err == nil {
			from.Month, from.OfYear = n, true // 前5个月: from January
		} else {
			from.Part = p
		}
	}
	from.YearLess = from.Year == 0 && !from.HasRel
	expr := &timex.Expr{From: from}
	if hasAny(m, "year2", "month2", "day2", "part2", "rel2") {
		to, ok := d.point(c, m, "year2", "month2", "day2", "part2")
		if !ok {
			return nil
		}
		if rel := c.Capture(m, "rel2"); rel != "" { // 去年10月至今年3月
			n, err := strconv.Atoi(d.yearRefs.Value(rel))
			if err != nil {
				return nil
			}
			to.Rel, to.HasRel = n, true
		}
		// The end takes what it does not write from the start.
		if to.Year == 0 && !to.HasRel {
			to.Year, to.Rel, to.HasRel, to.YearLess = from.Year, from.Rel, from.HasRel, from.YearLess
			if to.Month == 0 && to.Day != 0 {
				to.Month = from.Month
				if to.Day < from.Day {
					to = dayAfter(from, to)
				}
			}
			if to.Month != 0 && from.Month != 0 && (to.Month < from.Month || to.Month == from.Month && to.Day != 0 && to.Day < from.Day) {
				// 12月30日至1月2日: an end before its start is the next year's
				if to.Year != 0 {
					to.Year++
				} else {
					to.Rel++
				}
			}
		}
		expr.To, expr.IsRange = to, true
	}
	return d.entry(c, m, *expr)
}

// daysIn is the number of days of a month (of a leap year where the year
// is not known).
func daysIn(year, month int) int {
	if year == 0 {
		year = 2000
	}
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dayAfter is the end of a range that writes its day alone, before the
// start's day: a day written short, its tens left out (24—5日: the 25th), or
// one of the next month (30日至2日).
func dayAfter(from, to timex.Point) timex.Point {
	if short := from.Day/10*10 + to.Day; to.Day < 10 && short > from.Day && short <= daysIn(from.Year, from.Month) {
		to.Day = short
		return to
	}
	if to.Month++; to.Month > 12 {
		to.Month = 1 // (the next year's, as the caller then reads it)
	}
	return to
}

func (d *date) entry(c *Context, m *engine.Match, expr timex.Expr) []*record.Entry {
	e := c.NewEntry(m)
	e.Set("value", expr.Value(0, false))
	e.Set("resolved", nil)
	if expr.Rel == nil && expr.From.Year != 0 && !expr.From.HasRel && (!expr.IsRange || expr.To.Year != 0) {
		e.Set("resolved", "text")
	}
	e.Detail = &dateDetail{expr: expr}
	return []*record.Entry{e}
}

// relative reads a date counted from the day of publication.
func (d *date) relative(c *Context, m *engine.Match) (*timex.Relative, bool) {
	lexInt := func(lex *rules.Lexicon, group string) (int, bool) {
		s := c.Capture(m, group)
		if s == "" {
			return 0, false
		}
		n, err := strconv.Atoi(lex.Value(s))
		return n, err == nil
	}
	if n, ok := lexInt(d.dayRefs, "relday"); ok {
		return &timex.Relative{Unit: 'D', N: n}, true
	}
	if n, ok := lexInt(d.quarterRefs, "relquarter"); ok {
		return &timex.Relative{Unit: 'Q', N: n}, true
	}
	if n, ok := lexInt(d.monthRefs, "relmonth"); ok {
		r := &timex.Relative{Unit: 'M', N: n}
		if s := c.Capture(m, "day"); s != "" {
			r.Day, _ = timex.Number(s)
		}
		if s := c.Capture(m, "day2"); s != "" {
			r.Day2, _ = timex.Number(s)
		}
		return r, true
	}
	wd, hasDay := lexInt(d.weekdays, "weekday")
	if n, ok := lexInt(d.weekRefs, "relweek"); ok || hasDay {
		return &timex.Relative{Unit: 'W', N: n, Weekday: wd}, true
	}
	if s := c.Capture(m, "ago"); s != "" { // 三天前, 两个月前: a day, a month, a year that far back
		n, ok := timex.Number(s)
		unit := d.agoUnits.Value(c.Capture(m, "agounit"))
		if !ok || n < 1 || unit == "" {
			return nil, false
		}
		if c.Capture(m, "later") != "" {
			return &timex.Relative{Unit: unit[0], N: n}, true // 三天后: that far on
		}
		return &timex.Relative{Unit: unit[0], N: -n}, true
	}
	if s := c.Capture(m, "back"); s != "" {
		n, ok := timex.Number(s)
		unit := d.spanUnits.Value(c.Capture(m, "backunit"))
		if !ok || n < 1 || unit == "" {
			return nil, false
		}
		return &timex.Relative{Unit: 'B', N: n, Back: unit[0]}, true
	}
	return nil, false
}

// decades reads 上世纪90年代 and 1990年代 (1990/1999), and 20世纪 (1900/1999).
func (d *date) decades(c *Context, m *engine.Match) (timex.Expr, bool) {
	cs, ds := c.Capture(m, "century"), c.Capture(m, "decade")
	if cs == "" && ds == "" {
		return timex.Expr{}, false
	}
	base, err := strconv.Atoi(d.centuries.Value(cs))
	if cs != "" && err != nil {
		return timex.Expr{}, false
	}
	if ds == "" {
		return yearRange(base, base+99), true
	}
	dec, ok := timex.Number(ds)
	if ok && dec >= 1000 && cs == "" {
		return yearRange(dec, dec+9), true // 1990年代
	}
	if !ok || dec%10 != 0 || dec >= 100 {
		return timex.Expr{}, false
	}
	if cs == "" { // 九十年代 is the 1990s, 二十年代 the 2020s
		base = 1900
		if dec <= 20 {
			base = 2000
		}
	}
	first := dec
	if s := strings.TrimSuffix(c.Capture(m, "decade1"), "、"); s != "" { // 五|六十年代: the first of two, written short
		n, ok := timex.Number(s)
		if n < 10 {
			n *= 10
		}
		if !ok || n >= dec {
			return timex.Expr{}, false
		}
		first = n
	}
	return yearRange(base+first, base+dec+9), true
}

// festival gives the point the day of the festival named (FESTIVALS: 10-1
// for 国庆节, L1-1 for 春节, the first day of the Chinese calendar's year,
// T清明 for 清明节, a solar term's).
func (d *date) festival(p *timex.Point, name string) bool {
	v := d.festivals.Value(name)
	if term, ok := strings.CutPrefix(v, "T"); ok {
		p.Term = term
		return true
	}
	v, p.Lunar = strings.CutPrefix(v, "L")
	month, day, _ := strings.Cut(v, "-")
	var err1, err2 error
	p.Month, err1 = strconv.Atoi(month)
	p.Day, err2 = strconv.Atoi(day)
	return err1 == nil && err2 == nil
}

func yearRange(from, to int) timex.Expr {
	return timex.Expr{From: timex.Point{Year: from}, To: timex.Point{Year: to}, IsRange: true}
}

func hasAny(m *engine.Match, groups ...string) bool {
	for _, g := range groups {
		if _, ok := m.Group(g); ok {
			return true
		}
	}
	return false
}

// eraYear sets the year of an era's year n (元 its first), the era
// starting the year after start.
func eraYear(p *timex.Point, n, start string) bool {
	k, ok := 1, n == "元"
	if !ok {
		k, ok = timex.Number(n)
	}
	s, err := strconv.Atoi(start)
	if !ok || err != nil || k < 1 {
		return false
	}
	p.Year = s + k
	return true
}

// point reads the year, month, day and part groups of one end.
func (d *date) point(c *Context, m *engine.Match, y, mo, day, part string) (timex.Point, bool) {
	year := c.Capture(m, y)
	if first, err := strconv.Atoi(c.Capture(m, "year")); y == "year2" && len(year) == 2 && err == nil {
		end, _ := strconv.Atoi(year)
		if end += first / 100 * 100; end < first {
			end += 100 // (1999/00: the next century's)
		}
		year = strconv.Itoa(end) // 2023/24年度: the end year in the start's century
	}
	p, ok := timex.Parts(year, c.Capture(m, mo), c.Capture(m, day))
	if !ok {
		return p, false
	}
	if s := c.Capture(m, part); s != "" {
		v := d.parts.Value(s)
		if v == "" {
			return p, false
		}
		// A part of a month (月底, 上旬) keeps the month; 年底 is December,
		// and so is 去年底, a part of a year written with a month's word.
		switch n, err := strconv.Atoi(v); {
		case err == nil && p.Month == 0:
			p.Month, p.OfYear = n, true
		case err == nil:
		case v == "month" && p.Month == 0 && (s == "底" || s == "末"):
			p.Month, p.OfYear = 12, true
		case v == "month" && p.Month == 0 && s == "初":
			p.Month, p.OfYear = 1, true
		case v == "year": // (年中: no part TIMEX3 names)
		case v != "month":
			p.Part = v
		}
	}
	return p, true
}

// ResolveSentence gives a date that writes no year the one year its
// sentence states for it: another date of the sentence with its year
// written (2023年12月, 26日起 …), when the sentence states one year only.
// 今年, 去年 and the like take no year from the sentence. It also notes the
// dates the sentence announces as still to come (将于1月11日召开).
func (d *date) ResolveSentence(c *Context, own []*record.Entry) []*record.Entry {
	all := append(c.Before("date"), own...) // (the sentence's dates before a semicolon)
	var fromText, glossed []*record.Entry
	for _, e := range own {
		if glossesDay(c, e) {
			glossed = append(glossed, e)
		} else {
			fromText = append(fromText, e)
		}
	}
	resolveFromText(fromText, all)
	monthFromText(fromText, all)
	monthFromArticle(c, fromText)
	if len(glossed) > 0 {
		// a day glossing 昨天 is of the dispatch's month, where the sentence opens with one (…1月29日电 …昨天(28日))
		dispatches := slices.DeleteFunc(slices.Clone(all), func(e *record.Entry) bool { return !dispatchDate(c, e) })
		resolveFromText(glossed, dispatches)
		monthFromText(glossed, dispatches)
	}
	years := map[int]bool{}
	for _, e := range all {
		if birthDate(c, e) {
			continue // 在11月27日公示的…,出生于1958年3月的某某: a birth's year is no year of the sentence's events
		}
		x := e.Detail.(*dateDetail).expr
		for _, p := range []timex.Point{x.From, x.To} {
			if p.Year != 0 && !p.HasRel && x.Rel == nil {
				years[p.Year] = true
			}
		}
	}
	tense, asked := timex.Untold, false
	for _, e := range own {
		dd := e.Detail.(*dateDetail)
		if dd.expr.From.YearLess && !asked { // only a date without a year may be announced
			tense, asked = d.tenseOf(c), true
		}
		dd.tense = tense
		if dd.expr.From.YearLess && (d.decidedBefore(c, e.View.Start) || tense == timex.Untold && deadline(c, e)) {
			dd.tense = timex.ToCome
		}
		if len(years) == 1 && dd.expr.Rel == nil && dd.expr.From.YearLess && !dispatchDate(c, e) && !glossesDay(c, e) {
			for y := range years {
				if !dd.expr.FitsYear(y) {
					continue // 2月29日 in a sentence of 2023年: the year is another's
				}
				e.Set("value", dd.expr.Value(y, true))
				e.Set("resolved", "text")
			}
		}
	}
	return own
}

// dispatchDate: the date is a dispatch's (北京2月23日讯, 3月5日电): the day
// it was filed, no event the sentence's year after it dates.
func dispatchDate(c *Context, e *record.Entry) bool {
	end := e.View.End
	return end < len(c.View.Runes) && (c.View.Runes[end] == '讯' || c.View.Runes[end] == '电')
}

// glossesDay: the date, in brackets after 今天, 昨天 and the like, says
// which day of the month the word is (…卸任,不过,今天(20日)发布通告): a day
// of the dispatch's or publication's month, whatever year and month the
// sentence names before it.
func glossesDay(c *Context, e *record.Entry) bool {
	rs, r := c.View.Runes, e.View
	if r.Start < 3 || r.End >= len(rs) || rs[r.Start-1] != '(' || rs[r.End] != ')' {
		return false
	}
	switch string(rs[r.Start-3 : r.Start-1]) {
	case "今天", "今日", "昨天", "昨日", "前天", "明天", "明日", "本周", "上周":
		return true
	}
	return false
}

// deadline: the date is one by which something is to be done (在9月30日前|完成,
// 于月底前): 前 right after it, then a verb, not 前夕 or 前后, in a sentence
// that tells nothing as done.
func deadline(c *Context, e *record.Entry) bool {
	rs, end := c.View.Runes, e.View.End
	return end+2 < len(rs) && rs[end] == '前' && text.IsHan(rs[end+1]) && !strings.ContainsRune("夕后的", rs[end+1])
}

// birthDate: the date is someone's birth (1958年3月生, 出生于1958年3月).
func birthDate(c *Context, e *record.Entry) bool {
	rs, r := c.View.Runes, e.View
	after := string(rs[r.End:min(len(rs), r.End+2)])
	before := string(rs[max(0, r.Start-3):r.Start])
	return strings.HasPrefix(after, "生") || after == "出生" || strings.HasSuffix(before, "生于")
}

// tenseOf is what the sentence says of what it dates: still to come
// (DATE_FUTURE: 将于), done (DATE_DONE: 通过了), or neither.
func (d *date) tenseOf(c *Context) timex.Tense {
	s := c.ViewText(c.Sentence)
	for _, w := range d.future.Entries {
		if strings.Contains(s, w) {
			return timex.ToCome
		}
	}
	for _, w := range d.done.Entries {
		if strings.Contains(s, w) {
			return timex.Done
		}
	}
	return timex.Untold
}

// decidedBefore: a word by which a meeting sets a date (决定, 确定) comes
// before the view's place at in its sentence, as a verb: the date is one
// to come (会议决定…|3月5日至6日召开), not the decision's (…的决定, 作出决定).
func (d *date) decidedBefore(c *Context, at int) bool {
	rs := c.View.Runes
	for i := at - 1; i > c.Sentence.Start; i-- {
		for _, w := range d.decided.Entries {
			s := i - utf8.RuneCountInString(w) + 1
			if s < c.Sentence.Start || !runesAt(rs, s, w) {
				continue
			}
			if s == c.Sentence.Start || !strings.ContainsRune("的出过项该此《", rs[s-1]) {
				return true
			}
		}
	}
	return false
}

// ResolveArticle gives the dates their sentences did not resolve a year
// from the publication date, and counts relative dates from it: `resolved`
// says "published". Without a publication date they stay XXXX.
func (*date) ResolveArticle(a *Article, own []*record.Entry) {
	pub, hasPub := timex.ParseTime(a.Published)
	if !hasPub {
		return
	}
	year := strconv.Itoa(pub.Year()) + "-"
	for _, e := range own {
		dd := e.Detail.(*dateDetail)
		if e.Get("resolved") != nil {
			// a day alone in a sentence of the publication's year (…21日召开,总结2015年…)
			// is of the publication's month, as it would be with no year there
			if v, _ := e.Get("value").(string); dd.expr.From.Month == 0 && dd.expr.From.Day != 0 && strings.HasPrefix(v, year+"XX-") {
				if w, ok := dd.expr.Anchored(pub, dd.tense); ok && strings.HasPrefix(w, year) {
					e.Set("value", w)
				}
			}
			continue
		}
		if v, ok := dd.expr.Anchored(pub, dd.tense); ok {
			e.Set("value", v)
			e.Set("resolved", "published")
		}
	}
}

// monthFromText gives a day written alone (4日) the month, and the year,
// of the last date before it in its sentence (all) that writes a month
// (新华社北京3月4日电…4日下午开幕: 03-04).
func monthFromText(own, all []*record.Entry) {
	for _, e := range own {
		dd := e.Detail.(*dateDetail)
		if !dayAlone(&dd.expr) {
			continue
		}
		last := lastBefore(all, e, writtenMonth)
		if last == nil {
			continue
		}
		from := &dd.expr.From
		from.Month, from.Year, from.Lunar = last.Month, last.Year, last.Lunar
		from.YearLess = last.YearLess
		if dd.expr.IsRange && dd.expr.To.Month == 0 {
			dd.expr.To.Month, dd.expr.To.Year, dd.expr.To.YearLess = last.Month, last.Year, last.YearLess
		}
		e.Set("value", dd.expr.Value(0, false))
		if last.Year != 0 {
			e.Set("resolved", "text")
		}
	}
}

// monthFromArticle gives a day written alone (12日下午) that its sentence
// gives no month the month of the article's last date before it that
// writes a month and a day (某社某地3月12日电 …。\n12日上午,…: 03-12), as a
// report dates its later paragraphs' days; its year still comes from its
// own sentence or the publication date, as GUIDELINES.md counts years.
func monthFromArticle(c *Context, own []*record.Entry) {
	for _, e := range own {
		dd := e.Detail.(*dateDetail)
		if !dayAlone(&dd.expr) {
			continue
		}
		at := c.View.Orig(e.View)[0]
		var last *timex.Point
		latest := -1
		for _, o := range c.found["date"] {
			x := &o.Detail.(*dateDetail).expr
			p := writtenMonth(x)
			if x.Rel != nil || p == nil || p.Day == 0 {
				continue // (a month-day: not 年初, which a month stands for)
			}
			for _, m := range o.Mentions {
				if m[0] < at && m[0] > latest {
					last, latest = p, m[0]
				}
			}
		}
		if last == nil {
			continue
		}
		dd.expr.From.Month, dd.expr.From.Lunar = last.Month, last.Lunar
		if dd.expr.IsRange && dd.expr.To.Month == 0 {
			dd.expr.To.Month = last.Month
		}
		e.Set("value", dd.expr.Value(0, false))
	}
}

// dayAlone: the date writes a day and neither month nor year, nor counts
// from publication (4日, 19日至20日).
func dayAlone(x *timex.Expr) bool {
	from := x.From
	return x.Rel == nil && from.Month == 0 && from.Day != 0 && !from.HasRel && from.Year == 0
}

// writtenMonth is the point of a date that writes its month (a range's end,
// where it writes one), or nil: none counted from publication (上个月), nor
// a part of a month (月底).
func writtenMonth(x *timex.Expr) *timex.Point {
	p := &x.From
	if x.IsRange && x.To.Month != 0 {
		p = &x.To
	}
	if p.HasRel || p.Month == 0 || p.Part != "" {
		return nil
	}
	return p
}

// lastBefore is the point that pick takes from the last date of the
// sentence before e, among those not counted from publication day by day
// (昨天) and that pick takes one from, or nil.
func lastBefore(own []*record.Entry, e *record.Entry, pick func(*timex.Expr) *timex.Point) *timex.Point {
	var last *timex.Point
	at := -1
	for _, o := range own {
		x := &o.Detail.(*dateDetail).expr
		if start := o.View.Start; x.Rel == nil && start < e.View.Start && start > at {
			if p := pick(x); p != nil {
				last, at = p, start
			}
		}
	}
	return last
}

// resolveFromText gives a year counted from the text (同年, 次年) the year
// of the last date before it in its sentence (all) that gives one (2019年5月成立,
// 同年8月 is 2019-08); after a year counted from publication it counts from
// publication too (去年12月…同年9月 is last year's September). GUIDELINES.md
// counts no year from another sentence, so elsewhere it counts from the
// publication date, as 今年 and 明年 do.
func resolveFromText(own, all []*record.Entry) {
	for _, e := range own {
		dd := e.Detail.(*dateDetail)
		if !dd.expr.From.FromText {
			continue
		}
		last := lastBefore(all, e, func(x *timex.Expr) *timex.Point {
			if x.From.FromText || x.From.Year == 0 && !x.From.HasRel {
				return nil
			}
			return &x.From
		})
		switch {
		case last == nil:
		case last.Year != 0:
			e.Set("value", dd.expr.Value(last.Year, true))
			e.Set("resolved", "text")
		default:
			dd.expr.From.Rel += last.Rel
			dd.expr.From.FromText = false
			e.Set("value", dd.expr.Value(0, false))
		}
	}
}
