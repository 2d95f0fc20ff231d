package kinds_test

import (
	"regexp"
	"testing"

	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/extract/timex"
)

// timexValue is the shape GUIDELINES.md gives date values (validate.py's).
var timexValue = regexp.MustCompile(`^(XXXX|\d{4})(-(\d{2}|XX|H[12]|Q[1-4]|SP|SU|FA|WI)(-\d{2})?)?(/(XXXX|\d{4})(-(\d{2}|XX|H[12]|Q[1-4]|SP|SU|FA|WI)(-\d{2})?)?)?$`)

func TestDates(t *testing.T) {
	cases := []struct {
		text, published string
		want            string // text=value of the first date; "" for none
		resolved        any
	}{
		// full dates
		{"2023年7月19日,委员视察。", "", "2023年7月19日=2023-07-19", "text"},
		{"二〇二三年七月十九日", "", "二〇二三年七月十九日=2023-07-19", "text"},
		{"2024年1月5日", "2024-02-01", "2024年1月5日=2024-01-05", "text"},
		{"2019年10月1日", "", "2019年10月1日=2019-10-01", "text"},
		{"2021 年 3 月 4 日", "", "2021 年 3 月 4 日=2021-03-04", "text"},
		{"2020年2月29日", "", "2020年2月29日=2020-02-29", "text"},
		{"2018年11月30号", "", "2018年11月30号=2018-11-30", "text"},
		// numeric dates
		{"发布时间:2024-01-20", "", "2024-01-20=2024-01-20", "text"},
		{"2024/1/20", "", "2024/1/20=2024-01-20", "text"},
		{"2024.01.20", "", "2024.01.20=2024-01-20", "text"},
		{"Time of issue:2022-12-05", "", "2022-12-05=2022-12-05", "text"},
		// month and day
		{"10月12日,市政协召开会议。", "", "10月12日=XXXX-10-12", nil},
		{"10月12日,市政协召开会议。", "2022-10-13", "10月12日=2022-10-12", "published"},
		{"12月28日,区政协召开全会。", "2024-01-05", "12月28日=2023-12-28", "published"},
		{"会议将于1月11日召开。", "2020-01-09", "1月11日=2020-01-11", "published"},
		{"3月3日下午", "", "3月3日=XXXX-03-03", nil},
		{"十月十二日", "", "十月十二日=XXXX-10-12", nil},
		// the year rule: a year of the date's own sentence, else the
		// publication date, else XXXX; never a year of another sentence
		{"5月1日起施行。全年共办理提案。2024年是关键之年。", "", "5月1日=XXXX-05-01", nil},
		{"2024年,该办法于5月1日起施行。", "", "2024年=2024", "text"},
		{"该办法于5月1日起施行,2024年是关键之年。", "", "5月1日=2024-05-01", "text"},
		{"2023年和2024年召开会议,5月1日闭幕。", "", "2023年=2023", "text"},
		{"5月1日召开。2024年是关键之年。", "2023-06-01", "5月1日=2023-05-01", "published"},
		{"12月28日召开。", "2024-01-05", "12月28日=2023-12-28", "published"},
		{"会议将于1月11日召开。", "2020-01-09", "1月11日=2020-01-11", "published"},
		{"会议拟于2月3日召开。", "2020-01-09", "2月3日=2020-02-03", "published"},
		{"会议定于1月8日召开。", "2023-12-26", "1月8日=2024-01-08", "published"},
		{"5月8日召开会议,将推进落实。", "2023-05-10", "5月8日=2023-05-08", "published"},
		// a meeting that sets a date (决定, 确定) sets one to come; its decision (的决定) dates nothing to come
		{"主席会议决定,县政协常委会议于6月12日至13日举行。", "2023-06-02", "6月12日至13日=2023-06-12/2023-06-13", "published"},
		{"确定8月9日开展集中视察。", "2021-08-01", "8月9日=2021-08-09", "published"},
		{"9月14日,常委会议通过了有关人事任免的决定。", "2022-09-03", "9月14日=2021-09-14", "published"},
		// a birth's year (出生于1962年8月, 1962年8月生) is no year the sentence states for its other dates
		{"6月2日公布的名单里有一位委员出生于1962年8月。", "", "6月2日=XXXX-06-02", nil},
		{"6月2日到任的吴荣,1962年8月生。", "", "6月2日=XXXX-06-02", nil},
		// a day alone in a sentence of the publication's year is of the publication's month
		{"县政协21日召开座谈会,总结2015年的工作。", "2015-12-22", "21日=2015-12-21", "text"},
		{"县政协28日召开座谈会,总结2015年的工作。", "2015-01-03", "28日=2015-XX-28", "text"},
		// a day in brackets after 今天 is the day of publication's month, not one of the year and month the sentence names
		{"今天(20日),有关部门就2016年4月卸任的吴某发布通告。", "2024-11-20", "20日=2024-11-20", "published"},
		// a year that lacks the day written is not the date's: 2月29日
		{"2月29日,统计部门发布2023年数据。", "2024-03-02", "2月29日=2024-02-29", "published"},
		{"2月29日,统计部门发布2025年数据。", "", "2月29日=XXXX-02-29", nil},
		{"会议于2月29日闭幕。", "2023-03-10", "2月29日=XXXX-02-29", nil},
		// a day alone is the latest month before publication that has it
		{"31日,县政协召开会议。", "2020-05-05", "31日=2020-03-31", "published"},
		{"会议将于31日召开。", "2020-04-20", "31日=2020-05-31", "published"},
		// ranges
		{"2023年7月19日至20日", "", "2023年7月19日至20日=2023-07-19/2023-07-20", "text"},
		{"7月19日—20日", "", "7月19日—20日=XXXX-07-19/XXXX-07-20", nil},
		// a month-day within a month after publication, its sentence telling neither (将于, 了), is the one to come
		{"1月12日至1月16日", "2020-01-09", "1月12日至1月16日=2020-01-12/2020-01-16", "published"},
		{"委员们于3月初赴京出席会议。", "2026-02-26", "3月初=2026-03", "published"},
		{"委员们于4月初赴京出席会议。", "2026-02-26", "4月初=2025-04", "published"},
		{"会议将于1月12日至1月16日召开", "2020-01-09", "1月12日至1月16日=2020-01-12/2020-01-16", "published"},
		{"3月24日和25日", "2005-04-01", "3月24日和25日=2005-03-24/2005-03-25", "published"},
		{"2021年至2023年", "", "2021年至2023年=2021/2023", "text"},
		{"2022-2023年度", "", "2022-2023年度=2022/2023", "text"},
		{"今年1-9月", "", "今年1-9月=XXXX-01/XXXX-09", nil},
		{"今年1-9月", "2023-10-15", "今年1-9月=2023-01/2023-09", "published"},
		{"1-9月,全县接待游客。", "", "1-9月=XXXX-01/XXXX-09", nil},
		{"2023年1-9月", "", "2023年1-9月=2023-01/2023-09", "text"},
		// year and month, month alone
		{"2023年7月", "", "2023年7月=2023-07", "text"},
		{"截至2018年11月底", "", "2018年11月底=2018-11", "text"},
		{"六月底之前", "", "六月底=XXXX-06", nil},
		{"7月上旬", "", "7月上旬=XXXX-07", nil},
		{"8月中旬", "2021-09-01", "8月中旬=2021-08", "published"},
		{"10月份", "", "10月份=XXXX-10", nil},
		// years and parts of years
		{"2022年,全市经济稳中有进。", "", "2022年=2022", "text"},
		{"2021年度", "", "2021年度=2021", "text"},
		{"2022年上半年", "", "2022年上半年=2022-H1", "text"},
		{"2022年下半年", "", "2022年下半年=2022-H2", "text"},
		{"2024年一季度", "", "2024年一季度=2024-Q1", "text"},
		{"2024年第三季度", "", "2024年第三季度=2024-Q3", "text"},
		{"2023年夏天", "", "2023年夏天=2023-SU", "text"},
		{"2023年春季", "", "2023年春季=2023-SP", "text"},
		{"2022年底", "", "2022年底=2022-12", "text"},
		{"2022年初", "", "2022年初=2022-01", "text"},
		{"年底投入使用", "", "年底=XXXX-12", nil},
		{"年底投入使用", "2022-05-01", "年底=2022-12", "published"},
		{"上半年,全县经济运行平稳。", "2023-07-20", "上半年=2023-H1", "published"},
		// year references
		{"今年,全市共收到提案。", "", "今年=XXXX", nil},
		{"今年,全市共收到提案。", "2015-07-08", "今年=2015", "published"},
		{"去年,全市共收到提案。", "2015-07-08", "去年=2014", "published"},
		{"去年,全市共收到提案。", "", "去年=XXXX", nil},
		{"明年将继续推进。", "2015-07-08", "明年=2016", "published"},
		{"前年", "2015-07-08", "前年=2013", "published"},
		{"今年以来,县政协开展视察。", "", "今年以来=XXXX", nil},
		{"今年以来,县政协开展视察。", "2021-06-01", "今年以来=2021", "published"},
		{"今年1月,议事室成立。", "", "今年1月=XXXX-01", nil},
		{"今年12月首发", "2022-09-01", "今年12月=2022-12", "published"},
		{"去年年底", "", "去年年底=XXXX-12", nil},
		{"去年12月", "2009-01-12", "去年12月=2008-12", "published"},
		{"今年是关键之年,2022年全市经济稳中有进。", "", "今年=XXXX", nil},
		{"今年上半年", "2023-08-01", "今年上半年=2023-H1", "published"},
		// numeric dates anywhere
		{"2010-01-29召开", "", "2010-01-29=2010-01-29", "text"},
		{"于2010/01/29召开", "", "2010/01/29=2010-01-29", "text"},
		{"2010.01.29", "", "2010.01.29=2010-01-29", "text"},
		{"2020/1/2", "", "2020/1/2=2020-01-02", "text"},
		// days, weeks and months counted from publication
		{"昨天,县政协召开会议。", "2024-03-05", "昨天=2024-03-04", "published"},
		{"昨日,县政协召开会议。", "2024-03-05", "昨日=2024-03-04", "published"},
		{"前天", "2024-03-05", "前天=2024-03-03", "published"},
		{"明天", "2024-02-29", "明天=2024-03-01", "published"},
		{"后天", "2024-03-05", "后天=2024-03-07", "published"},
		{"昨天,县政协召开会议。", "", "昨天=XXXX-XX-XX", nil},
		{"上周一", "2024-03-06", "上周一=2024-02-26", "published"},
		{"本周", "2024-03-06", "本周=2024-03-04/2024-03-10", "published"},
		{"下周", "2024-03-06", "下周=2024-03-11/2024-03-17", "published"},
		{"星期一", "2024-03-06", "星期一=2024-03-04", "published"},
		{"周三", "2024-03-06", "周三=2024-03-06", "published"},
		{"礼拜日", "2024-03-06", "礼拜日=2024-03-10", "published"},
		{"上个月", "2024-01-10", "上个月=2023-12", "published"},
		{"本月", "2024-01-10", "本月=2024-01", "published"},
		{"下个月", "2024-12-10", "下个月=2025-01", "published"},
		{"前年", "2024-01-10", "前年=2022", "published"},
		{"明年", "2024-01-10", "明年=2025", "published"},
		{"去年底", "2024-01-10", "去年底=2023-12", "published"},
		{"年末", "2024-01-10", "年末=2024-12", "published"},
		{"近三年", "2024-05-01", "近三年=2022/2024", "published"},
		{"过去十年", "2020-01-01", "过去十年=2011/2020", "published"},
		{"前两个月", "2024-03-20", "前两个月=2024-01/2024-02", "published"}, // the year's first two, as statistics count
		{"过去两个月", "2024-03-20", "过去两个月=2024-02/2024-03", "published"},
		// decades, centuries, two-digit years, ranges of years
		{"上世纪90年代", "", "上世纪90年代=1990/1999", "text"},
		{"20世纪80年代", "", "20世纪80年代=1980/1989", "text"},
		{"本世纪20年代", "", "本世纪20年代=2020/2029", "text"},
		{"九十年代", "", "九十年代=1990/1999", "text"},
		{"08年", "", "08年=2008", "text"},
		{"18年10月1日到19年2月3日", "", "18年10月1日到19年2月3日=2018-10-01/2019-02-03", "text"},
		{"从2016到2018", "", "从2016到2018=2016/2018", "text"},
		{"2007年与2009年间", "", "2007年与2009年间=2007/2009", "text"},
		{"2010年之后2018年之前", "", "2010年之后2018年之前=2010/2018", "text"},
		{"今年第一季度", "2024-05-01", "今年第一季度=2024-Q1", "published"},
		// a day alone in a lead
		{"9日上午,记者从发布会上获悉。", "2020-01-09", "9日=2020-01-09", "published"},
		{"9日上午,记者从发布会上获悉。", "", "9日=XXXX-XX-09", nil},
		// a year without 年 before a name
		{"【聚焦2015临澧“两会”】", "", "2015=2015", "text"},
		// not dates
		{"日前,委员们开展调研。", "", "", nil},
		{"近日,目前,当前,今后,连日来,一年来。", "", "", nil},
		{"会期7天时间,历时3个月。", "", "", nil},
		{"连续7年多保持增长。", "", "", nil},
		{"第九次会议", "", "", nil},
		{"长假第3日,景区客流回落。", "", "", nil}, // an ordinal day of a period, no day of a month
		{"学习二十大精神,谋划十四五发展。", "", "", nil},
		{"二十届二中全会", "", "", nil},
		{"下午3点", "", "", nil},
		{"捐款2000元,资助2000名学生。", "", "", nil},
		{"每年底召开一次。", "", "", nil},
		{"每周一召开例会。", "", "", nil},
		{"在政协工作了15年。", "", "", nil},
		{"近年来,一年来。", "", "", nil},
	}
	e := defaultExtractor(t)
	for _, c := range cases {
		dates := e.Explain(c.text, c.published).Entries("dates")
		if c.want == "" {
			if len(dates) > 0 {
				t.Errorf("%q: want no date, got %q=%v", c.text, dates[0].Text(), dates[0].Get("value"))
			}
			continue
		}
		if len(dates) == 0 {
			t.Errorf("%q (published %s): no date, want %s", c.text, c.published, c.want)
			continue
		}
		d := dates[0]
		if got := d.Text() + "=" + d.Get("value").(string); got != c.want {
			t.Errorf("%q (published %s): got %s, want %s", c.text, c.published, got, c.want)
		}
		if d.Get("resolved") != c.resolved {
			t.Errorf("%q (published %s): resolved %v, want %v", c.text, c.published, d.Get("resolved"), c.resolved)
		}
	}
}

// FuzzDates runs the date rules on any text: no panic, and every value has
// the shape GUIDELINES.md gives.
func FuzzDates(f *testing.F) {
	for _, s := range []string{"2023年7月19日至20日", "今年1-9月", "12月28日", "2022-2023年度", "二〇二三年七月十九日", "9日上午,", "2024/1/20", "去年年底"} {
		f.Add(s, "2024-01-05")
		f.Add(s, "")
	}
	testkit.Seeds(f, "date", func(b []byte) { f.Add(string(b), "2024-01-05") })
	e := defaultExtractor(f)
	f.Fuzz(func(t *testing.T, text, published string) {
		if timex.Parse(published) != published {
			published = ""
		}
		ex := e.Explain(text, published)
		for _, d := range ex.Entries("dates") {
			if v, _ := d.Get("value").(string); !timexValue.MatchString(v) {
				t.Errorf("%q: date %q has value %q", text, d.Text(), v)
			}
		}
	})
}
