// Package testdocs reads the tests' inputs as the CLI reads them, for the
// stages after reading.
package testdocs

import (
	"testing"

	"github.com/zxtract/zxtract/extract/read"
)

// Read reads every document of the paths as the CLI does, and their total
// size in bytes.
func Read(t testing.TB, paths ...string) ([]*read.Document, int64) {
	t.Helper()
	var docs []*read.Document
	var size int64
	err := read.ReadPaths(paths, read.Options{}, nil, func(d *read.Document) error {
		docs = append(docs, d)
		size += int64(len(d.Text))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs, size
}
