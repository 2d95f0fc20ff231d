package kinds_test

import (
	"testing"

	"github.com/zxtract/zxtract/extract"
)

func defaultExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	return x
}
