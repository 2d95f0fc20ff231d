package rules

import (
	"testing"

	"github.com/dlclark/regexp2/v2/syntax"
)

func TestUnitBounds(t *testing.T) {
	for _, c := range []struct {
		pattern  string
		min, max int
	}{
		{`^[□■]\s?\p{Han}{2,3}$`, 3, 6},                    // anchored, bounded: three to five, and a line break
		{`^(?:更多|查看更多)$|^more$`, 2, 5},                     // each branch anchored
		{`^(?=王|李)\p{Han}{2,3}(?:\s\p{Han}{2,3})?$`, 2, 8}, // a lookahead consumes nothing
		{`^\p{Han}+$`, 1, 0},                               // no bound
		{`^\p{Han}{2,4}`, 2, 0},                            // not anchored at its end
		{`(?:^|,)\p{Han}{2}$`, 2, 0},                       // nor at its start in every branch
		{`委员会`, 3, 0},
	} {
		tree, err := syntax.Parse(c.pattern, syntax.ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if min, max := tree.Root.ComputeMinLength(), unitMax(tree); min != c.min || max != c.max {
			t.Errorf("%s: units of %d to %d, want %d to %d", c.pattern, min, max, c.min, c.max)
		}
	}
}
