package extract

import (
	"strings"
	"testing"

	"github.com/zxtract/zxtract/extract/read"
)

// A page in another language than Chinese still yields its record, with a
// warning that says so on it (text.ScriptNote judges the script); a Chinese
// page has none.
func TestScriptWarning(t *testing.T) {
	x := defaultExtractor(t)
	for _, c := range []struct{ text, want string }{
		{"県政協の会議は三日午後に開かれ、委員たちは農村の振興について提案を行った。会議では年度の計画が審議された。", "written in Japanese"},
		{"县政协召开主席会议,研究年度协商计划。委员们围绕乡村振兴提出建议,县政协主席吴荣主持会议并讲话。", ""},
	} {
		recs := x.Process(&read.Document{Source: "page", Text: c.text, Encoding: read.EncUTF8})
		var got []string
		for _, w := range recs[0].Warnings {
			got = append(got, w.Msg)
		}
		if c.want == "" && len(got) > 0 || c.want != "" && (len(got) != 1 || !strings.Contains(got[0], c.want)) {
			t.Errorf("%q: warnings %q, want one with %q", c.text, got, c.want)
		}
	}
}
