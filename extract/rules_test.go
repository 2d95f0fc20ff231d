package extract

import (
	"testing"
)

// TestDefaultRules runs every example of every embedded rule, as
// `zxtract rules test` does, and holds each rule to having at least two
// examples, one of them negative.
func TestDefaultRules(t *testing.T) {
	x := defaultExtractor(t)
	for _, w := range x.Set.Warnings() {
		t.Errorf("%s", w)
	}
	fails, n := x.TestRules(nil)
	for _, f := range fails {
		t.Error(f)
	}
	if n < 2*len(x.Set.Rules) {
		t.Errorf("%d examples for %d rules", n, len(x.Set.Rules))
	}
}
