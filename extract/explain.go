package extract

import (
	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/layout"
	"github.com/zxtract/zxtract/extract/read"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// Explanation is what the pipeline did with a text: its records, and
// every match of the layout rules on its lines and of the other rules on
// its sentences, winners and losers, in the view they matched.
type Explanation struct {
	Records   []*record.Record
	View      *text.View
	Layout    []*engine.Match
	Sentences []*engine.Match
}

// Explain runs the pipeline on a text exactly as Process does, read
// against a publication date, and keeps every match: for rule examples and
// `zxtract explain`.
func (x *Extractor) Explain(s, published string) *Explanation {
	ex := &Explanation{}
	doc := &read.Document{Source: "text", Text: s, Encoding: read.EncUTF8, Published: published}
	ex.Records, ex.View = x.process(doc, ex)
	return ex
}

// Entries are the entries of every record of the explanation, list by list.
func (ex *Explanation) Entries(list string) []*record.Entry {
	var out []*record.Entry
	for _, r := range ex.Records {
		out = append(out, r.Lists[list]...)
	}
	return out
}

// TestRules runs every example of every rule whose id passes keep (all when
// keep is nil) and returns the failures.
func (x *Extractor) TestRules(keep func(*rules.Rule) bool) ([]engine.ExampleFailure, int) {
	return engine.TestRules(x.Set, keep, func(ex rules.Example) engine.Example {
		exp := x.Explain(ex.Text, ex.Published)
		var all []*record.Entry
		for _, list := range x.kinds.Lists() {
			all = append(all, exp.Entries(list)...)
		}
		return engine.Example{Entries: all, Layout: layout.Entries(exp.View, exp.Layout)}
	})
}
