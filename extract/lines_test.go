package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/extract/read"
)

// TestEveryLineIsRead: a text whose lines end in no sentence punctuation
// (a headline alone, a caption, a JSONL field of one short sentence) is
// extracted, line by line.
func TestEveryLineIsRead(t *testing.T) {
	x := defaultExtractor(t)
	cases := []struct {
		text string
		want map[string][]string // list -> entry texts
	}{
		{"今年提案办复率为百分之九十五", map[string][]string{"figures": {"百分之九十五"}, "dates": {"今年"}}},
		{"2023年全省政协提案办复率达100%", map[string][]string{"figures": {"100%"}, "dates": {"2023年"}}},
		{"2024年3月4日", map[string][]string{"dates": {"2024年3月4日"}}},
		{"县政协召开十一届三次常委会议\n\n图为会议现场 2月5日", map[string][]string{"meetings": {"十一届三次常委会议"}, "dates": {"2月5日"}}},
		{"某市政协收到提案320件\n委员建言献策\n满意率达98%", map[string][]string{"figures": {"320件", "98%"}}},
	}
	for _, c := range cases {
		recs := x.Process(&read.Document{Source: "t", Text: c.text, Encoding: read.EncUTF8})
		for list, want := range c.want {
			var got []string
			for _, r := range recs {
				for _, e := range r.Lists[list] {
					got = append(got, e.Text())
				}
			}
			if !sameSet(got, want) {
				t.Errorf("%q: %s %q, want %q", c.text, list, got, want)
			}
		}
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, s := range a {
		seen[s]++
	}
	for _, s := range b {
		seen[s]--
	}
	for _, n := range seen {
		if n != 0 {
			return false
		}
	}
	return true
}

// TestExplainAgreesWithExtract: explain shows the entries extract writes,
// for the project's texts and for short ones.
func TestExplainAgreesWithExtract(t *testing.T) {
	x := defaultExtractor(t)
	texts := []string{"今年提案办复率为百分之九十五", "市政协十五届一次会议\n\n发布时间:2024-01-20\n\n1月15日,市政协召开会议,收到提案864件。"}
	files, _ := filepath.Glob(testkit.Testdata("text", "*"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		recs := x.Process(&read.Document{Source: "text", Text: s, Encoding: read.EncUTF8})
		ex := x.Explain(s, "")
		a, _ := json.Marshal(recs)
		b, _ := json.Marshal(ex.Records)
		if string(a) != string(b) {
			t.Errorf("explain and extract differ on %.40q", s)
		}
	}
}

// TestSitePlacesBodies: the site or outlet a document comes from (a JSONL
// line's field, an HTML page's head) places the bodies its text names by a
// level word alone; a site that names no place, or none, leaves them as
// written.
func TestSitePlacesBodies(t *testing.T) {
	x := defaultExtractor(t)
	text := "6月18日,市政协组织委员调研,市委统战部参加。"
	for site, want := range map[string]string{"宜宾新闻网": "宜宾市政协", "人民网": "市政协", "": "市政协"} {
		recs := x.Process(&read.Document{Source: "t", Text: text, Encoding: read.EncUTF8, Site: site})
		if len(recs) != 1 || len(recs[0].Lists["bodies"]) == 0 {
			t.Fatalf("%s: %d records", site, len(recs))
		}
		if got := recs[0].Lists["bodies"][0].Get("canonical"); got != want {
			t.Errorf("site %q: 市政协 is %v, want %s", site, got, want)
		}
	}
}
