package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zxtract/zxtract/extract/record"
)

// statsPage is a statistical bulletin's page of my own: a sentence and two
// tables of other widths, whose rows the markup parts by blank lines.
const statsPage = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>禾田县2023年统计公报（摘要）</title></head>
<body>
<h1>禾田县2023年统计公报（摘要）</h1>
<p>初步核算，全年全县地区生产总值186.3亿元，比上年增长5.6%。</p>
<table>
<tr><td>指标</td><td>单位</td><td>绝对数</td><td>比上年增长（%）</td></tr>
<tr><td>地区生产总值</td><td>亿元</td><td>186.3</td><td>5.6</td></tr>
<tr><td>年末户籍人口</td><td>万人</td><td>52.4</td><td>-0.3</td></tr>
</table>
<table>
<tr><td>序号</td><td>产品</td><td>产量（万吨）</td></tr>
<tr><td>1</td><td>粮食</td><td>28.6</td></tr>
</table>
</body></html>
`

// TestTableFigures: a page's table gives figures whose unit is their
// column's, whose metric is their row's first cell, and whose text is the
// page's at their span; a row's number with no unit (序号) gives none.
func TestTableFigures(t *testing.T) {
	path := filepath.Join(t.TempDir(), "stats.html")
	if err := os.WriteFile(path, []byte(statsPage), 0o644); err != nil {
		t.Fatal(err)
	}
	got := figureLines(t, statsPage, processAll(defaultExtractor(t), readDocs(t, path)))
	want := []string{
		"186.3亿元 1.863e+10 元 地区生产总值/<nil>", "5.6% 5.6 % 比上年增长/地区生产总值",
		"186.3 1.863e+10 元 地区生产总值/<nil>", "5.6 5.6 % 比上年增长/地区生产总值",
		"52.4 524000 人 年末户籍人口/<nil>", "-0.3 -0.3 % 比上年增长/年末户籍人口",
		"28.6 286000 吨 粮食/<nil>",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("figures:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// figureLines are the records' figures, one line each (text, value, unit,
// metric/change_of), each checked to be the source's text at its span.
func figureLines(t *testing.T, source string, recs []*record.Record) []string {
	t.Helper()
	var got []string
	for _, r := range recs {
		for _, f := range r.Lists["figures"] {
			if text := string([]rune(source)[f.Span[0]:f.Span[1]]); text != f.Get("text") {
				t.Errorf("figure %q at %v: the source holds %q", f.Get("text"), f.Span, text)
			}
			got = append(got, fmt.Sprintf("%v %v %v %v/%v", f.Get("text"), f.Get("value"), f.Get("unit"), f.Get("metric"), f.Get("change_of")))
		}
	}
	return got
}

// columnsText is a bulletin's table as a PDF's text keeps it, of my own: its
// cells parted by runs of spaces, under the table's title.
const columnsText = "禾田县2023年主要经济指标\n\n指标名称          单位      绝对数     比上年增长(%)\n地区生产总值      亿元      186.3      5.6\n年末户籍人口      万人      52.4       -0.3\n"

// TestColumnTableFigures: a table laid out in columns by spaces is read as
// one parted by tabs, and its rows are no headline.
func TestColumnTableFigures(t *testing.T) {
	path := filepath.Join(t.TempDir(), "stats.txt")
	if err := os.WriteFile(path, []byte(columnsText), 0o644); err != nil {
		t.Fatal(err)
	}
	recs := processAll(defaultExtractor(t), readDocs(t, path))
	if len(recs) != 1 || recs[0].Headline != "禾田县2023年主要经济指标" {
		t.Fatalf("want one record headed by the table's title, got %d: %+v", len(recs), recs)
	}
	got := figureLines(t, columnsText, recs)
	want := []string{
		"186.3 1.863e+10 元 地区生产总值/<nil>", "5.6 5.6 % 比上年增长/地区生产总值",
		"52.4 524000 人 年末户籍人口/<nil>", "-0.3 -0.3 % 比上年增长/年末户籍人口",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("figures:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
