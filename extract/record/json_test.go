package record

import (
	"encoding/json"
	"math"
	"testing"
)

// FuzzJSONString: our quoting reads back, through encoding/json, as the
// string it quoted (invalid UTF-8 as U+FFFD, as encoding/json does).
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{"", "市政协", "a\"b\\c", "\n\r\t\x00\x1f", "<&>", "\xff\xfe", "\u2028\u2029", "《关于…的建议》"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var back string
		if err := json.Unmarshal(appendJSONString(nil, s), &back); err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		want, _ := json.Marshal(s)
		var std string
		json.Unmarshal(want, &std)
		if back != std {
			t.Errorf("%q reads back as %q, encoding/json gives %q", s, back, std)
		}
	})
}

func TestJSONNumbers(t *testing.T) {
	for _, f := range []float64{0, 1, -1.5, 11260000000, 33.333333, 1e-7, 1e21, 0.1 + 0.2} {
		b, err := appendJSON(nil, f)
		if err != nil {
			t.Fatal(err)
		}
		var back float64
		if err := json.Unmarshal(b, &back); err != nil || back != f {
			t.Errorf("%v written %s reads back %v (%v)", f, b, back, err)
		}
	}
	if _, err := appendJSON(nil, math.NaN()); err == nil {
		t.Error("NaN written")
	}
}
