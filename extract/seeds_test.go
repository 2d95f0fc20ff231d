package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/zxtract/zxtract/extract/eval"
	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/extract/record"
)

// evalOnShared extracts the shared real texts and scores the records against
// their gold files.
func evalOnShared(t *testing.T) *eval.Result {
	dir := testkit.Shared(t)
	x := defaultExtractor(t)
	recs := processAll(x, readDocs(t, filepath.Join(dir, "corpus", "seeds"), filepath.Join(dir, "corpus", "dev")))
	out := filepath.Join(t.TempDir(), "out.jsonl")
	writeRecords(t, out, recs)
	res, err := eval.Evaluate(filepath.Join(dir, "gold"), out)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func writeRecords(t testing.TB, path string, recs []*record.Record) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, r := range recs {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		f.Write(append(b, '\n'))
	}
}

// TestSharedGold holds the extraction to the scores the issues ask for on
// the shared gold texts.
func TestSharedGold(t *testing.T) {
	res := evalOnShared(t)
	floors := map[string]float64{
		"headline":  0.9,
		"published": 1.0,
	}
	for field, floor := range floors {
		if s := res.Scores[field]; s.F1 < floor {
			t.Errorf("%s F1 %.3f < %.2f (P %.3f R %.3f)", field, s.F1, floor, s.P, s.R)
		}
	}
	for _, f := range eval.Fields {
		s := res.Scores[f]
		t.Logf("%-18s P %.3f R %.3f F1 %.3f", f, s.P, s.R, s.F1)
	}
}
