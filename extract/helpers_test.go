package extract

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

var (
	engineOnce sync.Once
	testEngine *Engine
)

// defaultEngine loads the embedded rules once for all tests; they must load
// without a single error.
func defaultEngine(t testing.TB) *Engine {
	t.Helper()
	engineOnce.Do(func() {
		e, errs := Load(Options{})
		if len(errs) > 0 {
			t.Fatalf("default rules: %v", errs)
		}
		testEngine = e
	})
	if testEngine == nil {
		t.Fatal("default rules did not load")
	}
	return testEngine
}

// sharedDir is ../shared beside the repository: the real texts and their
// gold annotations. Tests that need it skip in a clone without it.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared")
	if _, err := os.Stat(filepath.Join(dir, "gold", "GUIDELINES.md")); err != nil {
		t.Skip("../shared is not here; skipping the tests on the real texts")
	}
	return dir
}

// readDocs reads every document of the paths as the CLI does.
func readDocs(t testing.TB, paths ...string) []*Document {
	t.Helper()
	var docs []*Document
	err := ReadPaths(paths, InputOptions{}, nil, func(d *Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func processAll(t testing.TB, e *Engine, docs []*Document) []*Record {
	var recs []*Record
	for _, d := range docs {
		recs = append(recs, e.Process(d)...)
	}
	return recs
}
