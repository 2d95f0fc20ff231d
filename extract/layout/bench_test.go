package layout

import (
	"testing"

	"github.com/zxtract/zxtract/extract/internal/testdocs"
	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
)

func BenchmarkSplit(b *testing.B) {
	docs, size := testdocs.Read(b, testkit.BenchPaths()...)
	e := layoutEngine(b)
	b.SetBytes(size)
	for b.Loop() {
		for _, d := range docs {
			raw := []rune(d.Text)
			Split(e, text.Original{Raw: raw, View: text.Normalise(raw, false)}, func(record.Warning) {}, nil)
		}
	}
}
