package engine

import (
	"sync"
	"testing"
	"testing/fstest"

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
		testEngine, engineErr = New(set, testKinds{nests: "document"}), errs.Err()
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

// testKinds: one kind nests; one may begin on the last character of another.
type testKinds struct {
	nests string
	opens [2]string
}

func (k testKinds) Nests(kind string) bool { return kind == k.nests }

func (k testKinds) OpensOn(kind, other string) bool { return [2]string{kind, other} == k.opens }

// compileRules compiles a rule file's text alone.
func compileRules(t testing.TB, yaml string) *rules.Set {
	t.Helper()
	l := rules.NewLoader()
	l.AddFS(fstest.MapFS{"t.yaml": {Data: []byte(yaml)}}, "t")
	set, errs := l.Compile(rules.Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return set
}
