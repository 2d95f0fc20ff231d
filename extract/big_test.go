package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/extract/read"
	"github.com/zxtract/zxtract/extract/record"
)

// TestBigDocumentAcrossWorkers: one big document of many articles read by
// two workers gives the records one worker gives, in the same order, with
// the same spans.
func TestBigDocumentAcrossWorkers(t *testing.T) {
	page, err := os.ReadFile(testkit.Testdata("text", "newspaper-page.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat(string(page)+"\n\n\n\n", bigDocument/len([]rune(string(page)))+2)
	x := defaultExtractor(t)
	run := func(workers int) string {
		docs := make(chan *read.Document, 1)
		docs <- read.FromBytes("big.txt", []byte(text), read.FormatText, "")
		close(docs)
		var b strings.Builder
		n := 0
		err := Run(x, docs, workers, func(_ *read.Document, recs []*record.Record) []*record.Record { return recs },
			func(recs []*record.Record) error {
				for _, r := range recs {
					line, err := r.AppendJSON(nil)
					if err != nil {
						return err
					}
					b.Write(line)
					b.WriteByte('\n')
					n++
				}
				return nil
			}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if n < 100 {
			t.Fatalf("%d records from a big document", n)
		}
		return b.String()
	}
	if one, two := run(1), run(2); one != two {
		t.Error("two workers give other records than one")
	}
}
