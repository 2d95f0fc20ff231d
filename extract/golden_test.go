package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zxtract/zxtract/extract/internal/testkit"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden compares the records of every text in testdata/text and every
// page in testdata/html with the
// extraction kept in testdata/golden. A change in the rules that changes
// them shows here as a diff to read; `go test ./extract -run Golden -update`
// accepts it.
func TestGolden(t *testing.T) {
	x := defaultExtractor(t)
	files, _ := filepath.Glob(testkit.Testdata("text", "*"))
	html, _ := filepath.Glob(testkit.Testdata("html", "*"))
	files = append(files, html...)
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			for _, r := range processAll(x, readDocs(t, f)) {
				line, err := json.Marshal(r)
				if err != nil {
					t.Fatal(err)
				}
				b.Write(line)
				b.WriteByte('\n')
			}
			golden := testkit.Testdata("golden", strings.TrimSuffix(name, filepath.Ext(name))+".jsonl")
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

// A clone finds the same records as its extractor.
func TestCloneFindsTheSame(t *testing.T) {
	x := defaultExtractor(t)
	c := x.Clone()
	files, _ := filepath.Glob(testkit.Testdata("text", "*"))
	for _, f := range files {
		a, _ := json.Marshal(processAll(x, readDocs(t, f)))
		b, _ := json.Marshal(processAll(c, readDocs(t, f)))
		if !bytes.Equal(a, b) {
			t.Errorf("%s: the clone's records differ", f)
		}
	}
}
