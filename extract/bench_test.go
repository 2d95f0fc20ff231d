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
	for _, kind := range []string{"person", "body", "figure", "date", "meeting", "document"} {
		var off []string
		for _, r := range all.Set.Rules {
			if r.Kind != kind && r.Scope != rules.ScopeLine && r.Kind != "" {
				off = append(off, r.ID)
			}
		}
		disable := fstest.MapFS{"off.yaml": {Data: []byte("disable: [" + strings.Join(off, ", ") + "]\n")}}
		x, errs := Load(Options{RuleFS: []fs.FS{disable}})
		if len(errs) > 0 {
			b.Fatal(errs)
		}
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
