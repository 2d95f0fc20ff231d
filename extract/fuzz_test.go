package extract

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/extract/read"
)

// FuzzPipeline: any bytes, read as a file is read, give records that parse,
// whose every entry quotes the input at its span, and no stage panics.
func FuzzPipeline(f *testing.F) {
	testkit.Seeds(f, "pipeline", func(b []byte) { f.Add(b) })
	x := defaultExtractor(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc := read.FromBytes("fuzz.txt", data, read.FormatAuto, "")
		recs := x.Process(doc)
		if len(recs) == 0 {
			t.Fatal("no record")
		}
		raw := []rune(doc.Text)
		for _, r := range recs {
			if strings.Contains(r.Error, "a bug in zxtract") {
				t.Fatal(r.Error) // a panic, which the run survives but a test must not
			}
			b, err := r.AppendJSON(nil)
			if err != nil {
				t.Fatal(err)
			}
			if !json.Valid(b) {
				t.Fatalf("record is not JSON: %s", b)
			}
			for _, list := range r.Lists {
				for _, en := range list {
					if en.Span[0] < 0 || en.Span[1] > len(raw) || string(raw[en.Span[0]:en.Span[1]]) != en.Text() {
						t.Fatalf("entry %q at %v does not quote the input", en.Text(), en.Span)
					}
				}
			}
		}
	})
}
