package layout_test

import (
	"reflect"
	"testing"

	"github.com/zxtract/zxtract/extract"
	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/extract/read"
	"github.com/zxtract/zxtract/extract/record"
)

// process runs the default rules on every document of a testdata text.
func process(t *testing.T, name string) ([]*record.Record, string) {
	t.Helper()
	x, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	var recs []*record.Record
	var text string
	if err := read.ReadPaths([]string{testkit.Testdata("text", name)}, read.Options{}, nil, func(d *read.Document) error {
		recs = append(recs, x.Process(d)...)
		text = d.Text
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return recs, text
}

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
	for _, c := range cases {
		recs, _ := process(t, c.file)
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
	recs, text := process(t, "newspaper-page.txt")
	raw := []rune(text)
	first := string(raw[recs[0].Span[0]:recs[0].Span[1]])
	if want := "凝聚合力办实事"; first[:len(want)] != want {
		t.Errorf("first article starts %q", first[:30])
	}
}
