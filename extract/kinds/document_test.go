package kinds_test

import (
	"slices"
	"testing"
)

// TestDocuments: titles in 《》 are documents, and what only looks like one
// is not: a reporter's dateline a site sets in 《》.
func TestDocuments(t *testing.T) {
	cases := []struct {
		text string
		want []string // the documents' texts, in order
	}{
		{"会议审议了《政府工作报告》和《县政协常委会工作报告》。", []string{"政府工作报告", "县政协常委会工作报告"}},
		{"《青禾日报特派记者吴志超3日杭州电》委员们参加分组讨论。", nil},
	}
	x := defaultExtractor(t)
	for _, c := range cases {
		var got []string
		for _, r := range x.Explain(c.text, "").Records {
			for _, e := range r.Lists["documents"] {
				got = append(got, e.Get("text").(string))
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s\n  got %q, want %q", c.text, got, c.want)
		}
	}
}
