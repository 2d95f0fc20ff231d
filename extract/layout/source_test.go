package layout

import (
	"testing"

	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
)

// TestSourceLine: each article keeps the outlet its page names as its
// source, above its text or below it, on a line of furniture no rule reads.
func TestSourceLine(t *testing.T) {
	page := "县政协举行专题协商会\n来源:青禾县融媒体中心 2023-05-08 09:00\n\n5月7日,县政协举行专题协商会。\n\n" +
		"市政协开展视察\n2023-05-09 10:00\n\n5月9日,市政协组织委员开展视察。\n\n来源:禾田市政协办公室\n\n" +
		"县政协开展调研\n2023-05-10 11:00\n\n5月10日,县政协开展调研。\n"
	raw := []rune(page)
	orig := text.Original{Raw: raw, View: text.Normalise(raw, false)}
	articles, _ := Split(layoutEngine(t), orig, func(record.Warning) {}, nil)
	var got []string
	for _, a := range articles {
		got = append(got, orig.View.String(a.Source))
	}
	want := []string{"青禾县融媒体中心", "禾田市政协办公室", ""}
	if len(got) != len(want) {
		t.Fatalf("sources %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("article %d: source %q, want %q", i+1, got[i], want[i])
		}
	}
}
