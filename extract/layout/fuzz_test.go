package layout

import (
	"testing"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/extract/timex"
	"github.com/zxtract/zxtract/rules"
)

func layoutEngine(t testing.TB) *engine.Engine {
	l := rules.NewLoader()
	l.AddFS(rules.Defaults, "rules")
	set, errs := l.Compile(rules.Options{Check: func(r *rules.Rule) []string {
		if r.Scope == rules.ScopeLine {
			return Check(r)
		}
		return nil
	}})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return engine.New(set, nil)
}

// FuzzSplit: articles of any text are in order, do not overlap, and lie in
// the view; their content lines lie within them.
func FuzzSplit(f *testing.F) {
	testkit.Seeds(f, "split", func(b []byte) { f.Add(string(b)) })
	e := layoutEngine(f)
	f.Fuzz(func(t *testing.T, s string) {
		raw := []rune(s)
		orig := text.Original{Raw: raw, View: text.Normalise(raw, false)}
		articles, published := Split(e, orig, func(record.Warning) {}, nil)
		if published != "" && timex.Parse(published) != published {
			t.Fatalf("published %q", published)
		}
		end := 0
		for _, a := range articles {
			if a.Start < end || a.Start > a.End || a.End > len(orig.View.Runes) {
				t.Fatalf("article [%d,%d) after %d in a view of %d", a.Start, a.End, end, len(orig.View.Runes))
			}
			for _, l := range a.Body {
				if l.Start > l.End || l.End > len(orig.View.Runes) {
					t.Fatalf("content line %v outside the view", l)
				}
			}
			end = a.End
		}
	})
}
