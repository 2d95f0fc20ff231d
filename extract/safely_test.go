package extract

import (
	"strings"
	"testing"
)

// A panic in a stage (a bug) becomes the error of the record it hit; the
// run goes on with the next.
func TestSafelyTurnsAPanicIntoAnError(t *testing.T) {
	err := safely(func() {
		var m map[string]int
		m["x"]++ // a nil map: panics
	})
	if err == nil || !strings.Contains(err.Error(), "a bug in zxtract") || !strings.Contains(err.Error(), "nil map") {
		t.Fatalf("got %v, want an error that names the panic", err)
	}
	ran := false
	if err := safely(func() { ran = true }); err != nil || !ran {
		t.Fatalf("a call that does not panic: ran %v, error %v", ran, err)
	}
}
