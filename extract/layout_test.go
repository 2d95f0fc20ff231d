package extract

import (
	"path/filepath"
	"reflect"
	"testing"
	"unicode"
)

func TestSplitArticles(t *testing.T) {
	cases := []struct {
		file      string
		headlines []string
		subtitle  string // of the first article
		published string
	}{
		{"newspaper-page.txt", []string{"凝聚合力办实事", "协商推进县域特色产业发展", "委员进社区", "平坝区政协开展提案办理“回头看”"},
			"安顺市政协推动委员履职向基层延伸", ""},
		{"web-page.txt", []string{"区政协召开党组理论学习中心组会议"}, "", "2021-06-18"},
		{"traditional.txt", []string{"市政協(xié)召開十二屆三次常委會議"}, "", "2019-08-06"},
		{"no-headline.txt", []string{""}, "", ""},
	}
	e := defaultEngine(t)
	for _, c := range cases {
		recs := processAll(t, e, readDocs(t, filepath.Join("..", "testdata", "text", c.file)))
		var got []string
		for _, r := range recs {
			got = append(got, r.Headline)
			if r.Published != c.published {
				t.Errorf("%s: published %q, want %q", c.file, r.Published, c.published)
			}
		}
		if !reflect.DeepEqual(got, c.headlines) {
			t.Errorf("%s: headlines %q, want %q", c.file, got, c.headlines)
		}
		if recs[0].Subtitle != c.subtitle {
			t.Errorf("%s: subtitle %q, want %q", c.file, recs[0].Subtitle, c.subtitle)
		}
	}
}

// TestEditorsNoteIsNotAnArticle: the column heading and note above a page's
// articles belong to no article.
func TestEditorsNoteIsNotAnArticle(t *testing.T) {
	e := defaultEngine(t)
	recs := processAll(t, e, readDocs(t, filepath.Join("..", "testdata", "text", "newspaper-page.txt")))
	raw := []rune(readDocs(t, filepath.Join("..", "testdata", "text", "newspaper-page.txt"))[0].Text)
	first := string(raw[recs[0].Span[0]:recs[0].Span[1]])
	if want := "凝聚合力办实事"; first[:len(want)] != want {
		t.Errorf("first article starts %q", first[:30])
	}
}

func TestNormaliseJoinsBrokenLines(t *testing.T) {
	cases := []struct{ in, want string }{
		{"要推动委员工作站建设,把协商成果转化为\n\n惠民实效,让群众满意。", "要推动委员工作站建设,把协商成果转化为惠民实效,让群众满意。"},
		{"标题行\n\n正文第一段,内容。", "标题行\n\n正文第一段,内容。"},
		{"图为委员调研。张三 摄\n\n学习二十大精神 某县政协专题", "图为委员调研。张三 摄\n\n学习二十大精神 某县政协专题"},
		{"政協(xié)委員", "政协委员"},
		{"ABC123,:", "ABC123,:"},
		{"会议强调,要坚持“三不腐”\n\n一体推进,持续发力。", "会议强调,要坚持“三不腐”\n\n一体推进,持续发力。"},
	}
	for _, c := range cases {
		if got := string(Normalise([]rune(c.in), false).Runes); got != c.want {
			t.Errorf("Normalise(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestHTMLView(t *testing.T) {
	raw := `<html><head><title>x</title><style>p{}</style></head><body><p>市政协&amp;县政协</p><script>var a=1;</script><div>提案<b>864</b>件</div></body></html>`
	v := Normalise([]rune(raw), true)
	if got := string(v.Runes); got != "市政协&县政协\n提案864件\n" {
		t.Fatalf("view %q", got)
	}
	rs := []rune(raw)
	if sp := v.Orig(3, 4); string(rs[sp[0]:sp[1]]) != "&amp;" {
		t.Errorf("entity maps to %q", string(rs[sp[0]:sp[1]]))
	}
	if sp := v.Orig(8, 14); string(rs[sp[0]:sp[1]]) != "提案<b>864</b>件" {
		t.Errorf("span across tags maps to %q", string(rs[sp[0]:sp[1]]))
	}
}

// isHan answers as unicode.Han does, for every code point.
func TestIsHan(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v", r, isHan(r))
		}
	}
}
