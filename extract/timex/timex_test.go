package timex

import (
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	checkEach(t, "Parse", Parse, map[string]string{
		"2024-03-05": "2024-03-05", "2024/3/5": "2024-03-05", "2024.03.05": "2024-03-05",
		"2024年3月5日": "2024-03-05", "2023-03-06T08:00:00": "2023-03-06", " 2019-6-3 8:05:11": "2019-06-03",
		"2024-13-05": "", "2024-02-32": "", "去年": "", "20240305": "", "1899-01-01": "", "2024-03": "",
		// a feed's date, in its own zone; a Unix time in seconds or milliseconds, on China's clock
		"Tue, 05 Mar 2024 10:00:00 GMT": "2024-03-05", "Tue, 05 Mar 2024 23:30:00 +0800": "2024-03-05",
		"May 6, 2023": "2023-05-06", "Sep 30, 2021": "2021-09-30", "6 May 2023": "2023-05-06", "Saturday, May 6, 2023": "2023-05-06", "May 32, 2023": "",
		"1709251200": "2024-03-01", "1709225999000": "2024-03-01", "1709225999": "2024-03-01", "12345": "", "9999999999999": "",
	})
}

// checkEach holds f to the value each input should give.
func checkEach(t *testing.T, name string, f func(string) string, cases map[string]string) {
	t.Helper()
	for in, want := range cases {
		if got := f(in); got != want {
			t.Errorf("%s(%q) = %q, want %q", name, in, got, want)
		}
	}
}

// A day past its month's last is none: 2月30日, 4月31日, and 2月29日 of a
// year that is not a leap year (but of no year given, it may be).
func TestPartsDays(t *testing.T) {
	for _, c := range []struct {
		y, m, d string
		ok      bool
	}{{"2023", "2", "30", false}, {"2023", "2", "29", false}, {"2024", "2", "29", true}, {"", "2", "29", true},
		{"", "4", "31", false}, {"", "", "31", true}, {"2024", "12", "31", true}} {
		if _, ok := Parts(c.y, c.m, c.d); ok != c.ok {
			t.Errorf("Parts(%q, %q, %q) ok %v, want %v", c.y, c.m, c.d, ok, c.ok)
		}
	}
}

// TestTwoDigitYears: a year of two digits is this century's where news
// writes recent years so, the last's from 30 on (38年: 1938).
func TestTwoDigitYears(t *testing.T) {
	for y, want := range map[string]int{"08": 2008, "19": 2019, "29": 2029, "38": 1938, "98": 1998} {
		if p, ok := Parts(y, "10", ""); !ok || p.Year != want {
			t.Errorf("Parts(%q): %d %v, want %d", y, p.Year, ok, want)
		}
	}
}

func TestCalendar(t *testing.T) {
	for _, c := range []struct{ y, m, d, want string }{
		{"2012", "09", "5", "2012-09-05"}, {"二〇一九", "十", "八", "2019-10-08"}, {"2019", "0", "8", ""}, {"19", "1", "1", ""},
		{"2020", "Mar", "24", "2020-03-24"}, {"2020", "Mars", "24", ""},
	} {
		if got := Calendar(c.y, c.m, c.d); got != c.want {
			t.Errorf("Calendar(%s, %s, %s) = %q, want %q", c.y, c.m, c.d, got, c.want)
		}
	}
}

func TestValue(t *testing.T) {
	e := Expr{From: Point{Month: 7, Day: 19, YearLess: true}, To: Point{Month: 7, Day: 20, YearLess: true}, IsRange: true}
	if v := e.Value(0, false); v != "XXXX-07-19/XXXX-07-20" {
		t.Errorf("unresolved %s", v)
	}
	if v := e.Value(2023, true); v != "2023-07-19/2023-07-20" {
		t.Errorf("resolved %s", v)
	}
	q := Expr{From: Point{Rel: -1, HasRel: true, Part: "Q1"}}
	if v := q.Value(2024, true); v != "2023-Q1" {
		t.Errorf("last year's first quarter %s", v)
	}
}

// TestLunar: a festival of the Chinese calendar falls on the Gregorian day
// of its year, once the year is known (the tables are lunar-go's).
func TestLunar(t *testing.T) {
	for year, want := range map[int]string{2020: "2020-01-25", 2023: "2023-01-22", 2024: "2024-02-10", 2033: "2033-01-31"} {
		e := Expr{From: Point{Year: year, Month: 1, Day: 1, Lunar: true}}
		if v := e.Value(0, false); v != want {
			t.Errorf("春节 %d: %s, want %s", year, v, want)
		}
	}
	mid := Expr{From: Point{Rel: 0, HasRel: true, Month: 8, Day: 15, Lunar: true}}
	if v := mid.Value(0, false); v != "XXXX" {
		t.Errorf("中秋 of an unknown year: %s", v)
	}
	if v := mid.Value(2023, true); v != "2023-09-29" {
		t.Errorf("中秋 2023: %s", v)
	}
	// its eve, day 0 of the first month, is the Gregorian day before 春节 (a 30th or a 29th)
	for year, want := range map[int]string{2020: "2020-01-24", 2024: "2024-02-09", 2025: "2025-01-28"} {
		eve := Expr{From: Point{Year: year, Month: 1, Day: 0, Lunar: true}}
		if v := eve.Value(0, false); v != want {
			t.Errorf("除夕 %d: %s, want %s", year, v, want)
		}
	}
	// the last month of a Chinese year falls in the next Gregorian one
	la := Expr{From: Point{Year: 2023, Month: 12, Day: 23, Lunar: true}}
	if v := la.Value(0, false); v != "2024-02-02" {
		t.Errorf("腊月二十三 of 2023: %s, want 2024-02-02", v)
	}
}

// TestSolarTerm: a solar term falls on the day of its Gregorian year that
// lunar-go's tables give, 冬至 on the year's own, in December.
func TestSolarTerm(t *testing.T) {
	for _, c := range []struct {
		year       int
		term, want string
	}{{2023, "清明", "2023-04-05"}, {2024, "清明", "2024-04-04"}, {2022, "冬至", "2022-12-22"}, {2021, "立春", "2021-02-03"}, {2025, "立秋", "2025-08-07"}} {
		e := Expr{From: Point{Year: c.year, Term: c.term}}
		if v := e.Value(0, false); v != c.want {
			t.Errorf("%s %d: %s, want %s", c.term, c.year, v, c.want)
		}
	}
	unknown := Expr{From: Point{HasRel: true, Term: "清明"}}
	if v := unknown.Value(0, false); v != "XXXX" {
		t.Errorf("清明 of an unknown year: %s", v)
	}
}

func TestUnanchored(t *testing.T) {
	for _, c := range []struct {
		r    Relative
		want string
	}{
		{Relative{Unit: 'M', Day: 15}, "XXXX-XX-15"}, {Relative{Unit: 'M', N: 1, Day: 8, Day2: 9}, "XXXX-XX-08/XXXX-XX-09"},
		{Relative{Unit: 'M'}, "XXXX-XX"}, {Relative{Unit: 'D', N: -1}, "XXXX-XX-XX"}, {Relative{Unit: 'W', Weekday: 1}, "XXXX-XX-XX"}, {Relative{Unit: 'W', N: -1}, "XXXX-WXX"}, {Relative{Unit: 'W', Weekday: 8}, "XXXX-XX-XX/XXXX-XX-XX"},
		{Relative{Unit: 'Q', N: -1}, "XXXX-QX"},
	} {
		e := Expr{Rel: &c.r}
		if v := e.Value(0, false); v != c.want {
			t.Errorf("%+v: %s, want %s", c.r, v, c.want)
		}
	}
}

// A page's address files it under its date, as news sites write them.
func TestFromURL(t *testing.T) {
	checkEach(t, "FromURL", FromURL, map[string]string{
		"http://www.example.cn/2024-05/06/content_123.htm":         "2024-05-06",
		"http://cppcc.example.cn/n1/2024/0506/c34948-1.html":       "2024-05-06",
		"https://www.example.gov.cn/zwgk/202405/t20240506_88.html": "2024-05-06",
		"http://example.org/news/20240506/abc.shtml":               "2024-05-06",
		"http://example.org/a/1":                                   "",
		"http://example.org/item/12345678901.html":                 "",
		"http://example.org/2024-02/30/content_1.htm":              "",
	})
}

// TestQuarterAnchored: a quarter counted from publication crosses years
// (上季度 in January is the year before's fourth).
func TestQuarterAnchored(t *testing.T) {
	for _, c := range []struct {
		pub  string
		n    int
		want string
	}{{"2024-01-10", -1, "2023-Q4"}, {"2024-05-31", 0, "2024-Q2"}, {"2024-12-01", 1, "2025-Q1"}, {"2024-07-01", -3, "2023-Q4"}} {
		pub, _ := time.Parse("2006-01-02", c.pub)
		e := Expr{Rel: &Relative{Unit: 'Q', N: c.n}}
		if v, _ := e.Anchored(pub, Untold); v != c.want {
			t.Errorf("%d quarters from %s: %s, want %s", c.n, c.pub, v, c.want)
		}
	}
}
