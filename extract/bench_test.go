package extract

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/zxtract/zxtract/extract/internal/testdocs"
	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/rules"
)

func BenchmarkPipeline(b *testing.B) {
	docs, size := testdocs.Read(b, testkit.BenchPaths()...)
	x := defaultExtractor(b)
	b.SetBytes(size)
	for b.Loop() {
		for _, d := range docs {
			x.Process(d)
		}
	}
}

// BenchmarkKind runs the pipeline with only the rules of one kind (and the
// layout rules the splitter needs), to see what each extractor costs.
func BenchmarkKind(b *testing.B) {
	docs, size := testdocs.Read(b, testkit.BenchPaths()...)
	all := defaultExtractor(b)
	for _, kind := range benchKinds {
		x := kindOnly(b, all, kind)
		b.Run(kind, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for _, d := range docs {
					x.Process(d)
				}
			}
		})
	}
}

var benchKinds = []string{"person", "body", "figure", "date", "meeting", "document"}

// TestKindOnly loads what BenchmarkKind runs, which the test run does not
// otherwise reach: a rule that comes to require another kind's breaks it.
func TestKindOnly(t *testing.T) {
	all := defaultExtractor(t)
	for _, kind := range benchKinds {
		kindOnly(t, all, kind)
	}
}

// kindOnly is the default extractor less every rule of another kind than
// kind's, but those the layout, the exclusions and kind's rules require.
func kindOnly(tb testing.TB, all *Extractor, kind string) *Extractor {
	keep := map[string]bool{}
	for _, r := range all.Set.Rules {
		if r.Kind == kind || r.Scope == rules.ScopeLine || r.Kind == "" {
			keep[r.ID] = true
			for _, id := range r.Requires {
				keep[id] = true
			}
		}
	}
	var off []string
	for _, r := range all.Set.Rules {
		if !keep[r.ID] {
			off = append(off, r.ID)
		}
	}
	disable := fstest.MapFS{"off.yaml": {Data: []byte("disable: [" + strings.Join(off, ", ") + "]\n")}}
	x, errs := Load(Options{RuleFS: []fs.FS{disable}})
	if len(errs) > 0 {
		tb.Fatal(errs)
	}
	return x
}
