package extract

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/extract/record"
)

// TestSpansQuoteTheOriginal is the promise every record makes: each entry's
// text is exactly the original input at its span, and every mention and
// record span lies within the input; and no stage panics. It reads every
// text the tests reach and the public sentences.
func TestSpansQuoteTheOriginal(t *testing.T) {
	x := defaultExtractor(t)
	entries := 0
	for _, d := range readDocs(t, append(testkit.CorpusPaths(), testkit.SentencePaths()...)...) {
		raw := []rune(d.Text)
		for _, r := range x.Process(d) {
			if strings.Contains(r.Error, "a bug in zxtract") {
				t.Errorf("%s: %s", r.ID, r.Error) // a stage panicked
			}
			if r.Span[0] < 0 || r.Span[1] > len(raw) || r.Span[0] > r.Span[1] {
				t.Errorf("%s: record span %v outside the input (%d)", r.ID, r.Span, len(raw))
			}
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatalf("%s: %v", r.ID, err)
			}
			var back map[string]any
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("%s: record does not parse: %v", r.ID, err)
			}
			for _, name := range record.StandardLists {
				if _, ok := back[name].([]any); !ok {
					t.Errorf("%s: list %s missing or not a list", r.ID, name)
				}
			}
			for name, list := range r.Lists {
				for _, en := range list {
					entries++
					if got := string(raw[en.Span[0]:en.Span[1]]); got != en.Text() {
						t.Errorf("%s %s: text %q but the input at %v is %q", r.ID, name, en.Text(), en.Span, got)
					}
					for _, m := range en.Mentions {
						if m[0] < 0 || m[1] > len(raw) || m[0] >= m[1] {
							t.Errorf("%s %s: mention %v outside the input", r.ID, name, m)
						}
					}
				}
			}
		}
	}
	t.Logf("%d entries checked", entries)
}
