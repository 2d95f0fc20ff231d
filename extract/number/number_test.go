package number

import (
	"github.com/zxtract/zxtract/extract/internal/testkit"
	"math"
	"testing"
)

func TestParseNumber(t *testing.T) {
	ok := []struct {
		in   string
		want float64
	}{
		// Arabic digits
		{"0", 0}, {"7", 7}, {"864", 864}, {"13000", 13000}, {"13,000", 13000}, {"1,234,567", 1234567},
		{"112.6", 112.6}, {"0.5", 0.5}, {"2712", 2712}, {"99.8", 99.8}, {"87.04", 87.04},
		// Chinese numerals
		{"一", 1}, {"两", 2}, {"十", 10}, {"十五", 15}, {"百", 100}, {"千", 1000}, {"二十", 20}, {"二十一", 21}, {"九十九", 99}, {"廿一", 21}, {"卅", 30},
		{"一百", 100}, {"一百零五", 105}, {"一百一十", 110}, {"三百六十五", 365}, {"一千", 1000},
		{"一千零一", 1001}, {"一千二百三十四", 1234}, {"两千", 2000}, {"一万", 10000}, {"两万", 20000},
		{"十万", 100000}, {"一百万", 1e6}, {"一千万", 1e7}, {"一亿", 1e8}, {"三亿五千万", 3.5e8},
		{"一万亿", 1e12}, {"十二万三千四百五十六", 123456}, {"一万零五百", 10500}, {"五十万零三", 500003},
		{"一千零十", 1010}, {"三百零十二", 312}, {"两万零十", 20010},
		{"二十万", 200000}, {"四十六", 46}, {"二十八", 28}, {"十一", 11}, {"十七", 17},
		// abbreviated forms
		{"一千二", 1200}, {"三千五", 3500}, {"两万三", 23000}, {"一亿五", 1.5e8}, {"一百五", 150},
		// formal and traditional
		{"壹佰贰拾", 120}, {"叁仟", 3000}, {"兩萬", 20000}, {"五億", 5e8}, {"拾", 10},
		// digit by digit
		{"二〇二三", 2023}, {"一九九八", 1998}, {"二零二四", 2024}, {"二〇〇八", 2008},
		// mixed
		{"1.2万", 12000}, {"3千", 3000}, {"5000万", 5e7}, {"112.6亿", 1.126e10}, {"1亿2000万", 1.2e8},
		{"11.02万", 110200}, {"4.6万", 46000}, {"1500万", 1.5e7}, {"2万", 20000}, {"13万", 130000},
		{"1.5万亿", 1.5e12},
		// decimal point written 点
		{"三点五", 3.5}, {"一点二五", 1.25}, {"十二点五", 12.5},
	}
	for _, c := range ok {
		got, good := ParseNumber(c.in)
		if !good || math.Abs(got-c.want) > 1e-6*math.Max(1, c.want) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v", c.in, got, good, c.want)
		}
	}
	bad := []string{
		"", "abc", "万", "亿元", "十十", "万万", "二三十", "三四", "百千", "一千万万", "1.2.3",
		"第九", "余", "十几", "十零十", "1,23", "12,34,5", "千百", "一百二十三十",
	}
	for _, in := range bad {
		if got, good := ParseNumber(in); good {
			t.Errorf("ParseNumber(%q) = %v, want no number", in, got)
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"一千二百三十四", "13,000", "1.2万", "二〇二三", "三亿五千万", "两万三", "十", "三点五", "万万", "1,23"} {
		f.Add(s)
	}
	testkit.Seeds(f, "number", func(b []byte) { f.Add(string(b)) })
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseNumber(s)
		if ok && (math.IsNaN(v) || math.IsInf(v, 0) || v < 0) {
			t.Errorf("ParseNumber(%q) = %v", s, v)
		}
	})
}
