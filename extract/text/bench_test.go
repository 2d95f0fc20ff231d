package text

import (
	"testing"

	"github.com/zxtract/zxtract/extract/internal/testkit"
)

func BenchmarkNormalise(b *testing.B) {
	texts, size := testkit.Texts(b, testkit.BenchPaths()...)
	raws := make([][]rune, len(texts))
	for i, s := range texts {
		raws[i] = []rune(s)
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, r := range raws {
			Normalise(r, false)
		}
	}
}
