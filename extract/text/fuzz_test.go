package text

import (
	"testing"

	"github.com/zxtract/zxtract/extract/internal/testkit"
)

// FuzzNormalise: the view of any text maps back into it, in order.
func FuzzNormalise(f *testing.F) {
	testkit.Seeds(f, "normalise", func(b []byte) { f.Add(string(b), false); f.Add(string(b), true) })
	f.Fuzz(func(t *testing.T, text string, html bool) {
		raw := []rune(text)
		v := Normalise(raw, html)
		last := -1
		for i := range v.Runes {
			sp := v.Orig(Range{i, i + 1})
			if sp[0] < last || sp[0] < 0 || sp[1] > len(raw) || sp[0] > sp[1] {
				t.Fatalf("view rune %d maps to %v (previous start %d, input %d)", i, sp, last, len(raw))
			}
			last = sp[0]
		}
		if !html && len(v.Runes) > len(raw) {
			t.Fatalf("the view of a text grew: %d > %d", len(v.Runes), len(raw))
		}
	})
}
