package extract

import (
	"iter"
	"os"
	"strings"
	"testing"
	"time"

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
	// A long time limit per match: regexp2's clock is a ticker, which a
	// loaded machine (the whole test run at once) may starve, timing a rule
	// out on one run and not the other.
	x, errs := Load(Options{Timeout: time.Minute})
	if err := errs.Err(); err != nil {
		t.Fatalf("default rules: %v", err)
	}
	run := func(workers int) string {
		docs := make(chan *read.Document, 1)
		docs <- read.FromBytes("big.txt", []byte(text), read.FormatText, "")
		close(docs)
		var b strings.Builder
		n := 0
		err := Run(x, docs, workers, func(_ *read.Document, recs iter.Seq[*record.Record]) error {
			for r := range recs {
				line, err := r.AppendJSON(nil)
				if err != nil {
					return err
				}
				b.Write(line)
				b.WriteByte('\n')
				n++
			}
			return nil
		}, func(err error) error { return err }, nil)
		if err != nil {
			t.Fatal(err)
		}
		if n < 100 {
			t.Fatalf("%d records from a big document", n)
		}
		return b.String()
	}
	if one, two := run(1), run(2); one != two {
		a, b := strings.Split(one, "\n"), strings.Split(two, "\n")
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Errorf("two workers give other records than one; first at record %d:\n%.400s\n%.400s", i+1, a[i], b[i])
				break
			}
		}
	}

	// A reader that stops early stops the workers.
	w := *x
	w.parallel = 2
	n := 0
	for r := range w.Records(read.FromBytes("big.txt", []byte(text), read.FormatText, "")) {
		if n++; r.Article != n || n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("stopped after %d records, want 3", n)
	}
}
