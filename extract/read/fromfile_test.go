package read

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// A file fed through FromFile yields what ReadPaths reads from it: the same
// documents, sources and errors.
func TestFromFileReadsAsReadPaths(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/*/*")
	var tried int
	for _, p := range files {
		if info, err := os.Stat(p); err != nil || info.IsDir() {
			continue
		}
		tried++
		var want, got []*Document
		ReadPaths([]string{p}, Options{}, nil, func(d *Document) error { want = append(want, d); return nil })
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		FromFile(filepath.Base(p), f, Options{}, func(d *Document) error { got = append(got, d); return nil })
		f.Close()
		if len(got) != len(want) {
			t.Errorf("%s: %d documents, ReadPaths %d", p, len(got), len(want))
			continue
		}
		for i := range got {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("%s: document %d\n got %+v\nwant %+v", p, i, got[i], want[i])
			}
		}
	}
	if tried < 10 {
		t.Fatalf("only %d test files found", tried)
	}
}
