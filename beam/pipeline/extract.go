package pipeline

import (
	"context"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/zxtract/zxtract/extract"
)

func init() {
	register.DoFn4x1[context.Context, Doc, func(string), func(string), error](&extractFn{})
	register.Emitter1[string]()
}

// extractFn runs the extract library on one document and emits its records
// as JSON lines, the same bytes the CLI writes: records to the first
// output, error records (a document that could not be read) to the second.
type extractFn struct {
	Rules      []RuleSet
	NoDefaults bool

	x *extract.Extractor // loaded once per worker instance, in Setup
}

func (fn *extractFn) options() extract.Options {
	opt := extract.Options{NoDefaults: fn.NoDefaults}
	for _, set := range fn.Rules {
		opt.RuleFS = append(opt.RuleFS, set.fs())
	}
	return opt
}

func (fn *extractFn) Setup() error {
	x, errs := extract.Load(fn.options())
	if len(errs) > 0 {
		return fmt.Errorf("rules: %v", errs)
	}
	fn.x = x
	return nil
}

func (fn *extractFn) ProcessElement(ctx context.Context, doc Doc, emit, failed func(string)) error {
	documents.Inc(ctx, 1)
	for _, r := range fn.x.Process(doc.document()) {
		b, err := r.AppendJSON(nil)
		if err != nil {
			return fmt.Errorf("record %s: %v", r.ID, err)
		}
		if r.Error != "" {
			errorRecords.Inc(ctx, 1)
			failed(string(b))
			continue
		}
		records.Inc(ctx, 1)
		emit(string(b))
	}
	return nil
}

// The counters a run reports (Counts), counted in this one step: a
// counter of one DoFn type in several steps is reported once by the direct
// runner.
var (
	documents    = beam.NewCounter("zxtract", "documents")
	records      = beam.NewCounter("zxtract", "records")
	errorRecords = beam.NewCounter("zxtract", "error-records")
)
