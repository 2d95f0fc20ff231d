package extract

import (
	"testing"

	"github.com/zxtract/zxtract/extract/internal/testdocs"
	"github.com/zxtract/zxtract/extract/read"
	"github.com/zxtract/zxtract/extract/record"
)

// defaultExtractor is the embedded rules, which must load without a single
// error.
func defaultExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := Default()
	if err != nil {
		t.Fatalf("default rules: %v", err)
	}
	return x
}

// readDocs reads every document of the paths as the CLI does.
func readDocs(t testing.TB, paths ...string) []*read.Document {
	t.Helper()
	docs, _ := testdocs.Read(t, paths...)
	return docs
}

func processAll(x *Extractor, docs []*read.Document) []*record.Record {
	var recs []*record.Record
	for _, d := range docs {
		recs = append(recs, x.Process(d)...)
	}
	return recs
}
