package rules

import (
	"testing"

	"github.com/dlclark/regexp2/v2/syntax"
)

func TestRecaptures(t *testing.T) {
	for pattern, want := range map[string]bool{
		`(?<num>[0-9]+)(?<unit>件|人)`:            false,
		`(?<num>[0-9]+)(?<unit>件)?`:             false, // ? repeats nothing
		`(?:(?<a>x)|(?<b>y))z`:                  false,
		`(?<s>万)?余(?<s>万)?`:                     true,  // one name, twice
		`(?:(?<y>[0-9]{4})年|(?<y>今)年)`:          false, // in two branches
		`(?:(?<y>[0-9]{4})年|(?<y>今)年)(?<y>末)?`:  true,
		`((?<a>x)(?<a>y)|z)`:                    true,
		`(?:(?<w>[a-z]+),)+`:                    true, // a repeated group
		`(?:(?<w>[a-z]+),)*?`:                   true,
		`(?:(?<w>[a-z]+),){2}`:                  true,
		`(?=(?<ahead>[0-9]))(?<n>[0-9]+)`:       false,
		`(?<n>[0-9]+)(?:年|月)(?<m>[0-9]+)(?:日)?`: false,
	} {
		tree, err := syntax.Parse(pattern, syntax.ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if _, got := captureSet(tree.Root); got != want {
			t.Errorf("%q may capture twice: %v, want %v", pattern, got, want)
		}
	}
}

// BenchmarkCompileDefaults is what loading the default rules costs before
// the first record: parsing, expanding, analysing (keywords and starts).
func BenchmarkCompileDefaults(b *testing.B) {
	for b.Loop() {
		l := NewLoader()
		l.AddFS(Defaults, "defaults")
		if _, errs := l.Compile(Options{}); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}
