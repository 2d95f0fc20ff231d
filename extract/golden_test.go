package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden compares the records of every text in testdata/text and every
// page in testdata/html with the
// extraction kept in testdata/golden. A change in the rules that changes
// them shows here as a diff to read; `go test ./extract -run Golden -update`
// accepts it.
func TestGolden(t *testing.T) {
	e := defaultEngine(t)
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "text", "*"))
	html, _ := filepath.Glob(filepath.Join("..", "testdata", "html", "*"))
	files = append(files, html...)
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			for _, r := range processAll(t, e, readDocs(t, f)) {
				line, err := json.Marshal(r)
				if err != nil {
					t.Fatal(err)
				}
				b.Write(line)
				b.WriteByte('\n')
			}
			golden := filepath.Join("..", "testdata", "golden", strings.TrimSuffix(name, filepath.Ext(name))+".jsonl")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got := b.Bytes(); !bytes.Equal(got, want) {
				gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gl) && i < len(wl); i++ {
					if gl[i] != wl[i] {
						t.Errorf("record %d differs:\n got %s\nwant %s", i+1, gl[i], wl[i])
					}
				}
				if len(gl) != len(wl) {
					t.Errorf("%d records, want %d", len(gl)-1, len(wl)-1)
				}
			}
		})
	}
}

// A clone shares no matcher with its engine and finds the same records.
func TestCloneFindsTheSame(t *testing.T) {
	e := defaultEngine(t)
	c := e.Clone()
	for i, r := range e.Set.Rules {
		cr := c.Set.Rules[i]
		if cr.Regexp == r.Regexp || cr.Regexp.String() != r.Regexp.String() || cr.RightToLeft != r.RightToLeft || c.Set.Rule(r.ID) != cr {
			t.Fatalf("rule %s: clone shares its matcher or differs", r.ID)
		}
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "text", "*"))
	for _, f := range files {
		a, _ := json.Marshal(processAll(t, e, readDocs(t, f)))
		b, _ := json.Marshal(processAll(t, c, readDocs(t, f)))
		if !bytes.Equal(a, b) {
			t.Errorf("%s: the clone's records differ", f)
		}
	}
}
