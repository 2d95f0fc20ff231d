package engine

import (
	"sync"
	"testing"

	"github.com/zxtract/zxtract/extract/internal/testdocs"
	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/extract/read"
	"github.com/zxtract/zxtract/rules"
)

var (
	engineOnce sync.Once
	testEngine *Engine
	engineErr  error
)

// defaultEngine matches the embedded rules (checked against no kinds: the
// engine does not need them).
func defaultEngine(t testing.TB) *Engine {
	t.Helper()
	engineOnce.Do(func() {
		l := rules.NewLoader()
		l.AddFS(rules.Defaults, "rules")
		set, errs := l.Compile(rules.Options{})
		testEngine, engineErr = New(set, func(kind string) bool { return kind == "document" }), errs.Err()
	})
	if engineErr != nil {
		t.Fatalf("default rules: %v", engineErr)
	}
	return testEngine
}

func corpusDocs(t testing.TB) []*read.Document {
	docs, _ := testdocs.Read(t, testkit.CorpusPaths()...)
	return docs
}
