package extract

import (
	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/layout"
	"github.com/zxtract/zxtract/extract/read"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// Explanation is what the pipeline did with a short text: the record, and
// every match of the layout rules on its lines and of the other rules on
// its sentences, winners and losers, in the view they matched.
type Explanation struct {
	Record    *record.Record
	View      *text.View
	Layout    []*engine.Match
	Sentences []*engine.Match
}

// Explain runs the rules on a short text taken whole as the body of one
// article: for rule examples and `zxtract explain`.
func (x *Extractor) Explain(s, published string) *Explanation {
	raw := []rune(s)
	orig := text.Original{Raw: raw, View: text.Normalise(raw, false)}
	ex := &Explanation{View: orig.View}
	rec := emptyRecord(&read.Document{Source: "snippet", Encoding: read.EncUTF8}, 1)
	rec.Published = published
	rec.Span = text.Span{0, len(raw)}
	warn := func(w record.Warning) { rec.Warnings = append(rec.Warnings, w) }
	layout.Split(x.engine, orig, warn, &ex.Layout)
	var body []text.Range
	for _, l := range text.Lines(orig.View) {
		body = append(body, l.Range)
	}
	rec.Lists = x.article(orig, body, published, warn, &ex.Sentences)
	ex.Record = rec
	return ex
}

// TestRules runs every example of every rule whose id passes keep (all when
// keep is nil) and returns the failures.
func (x *Extractor) TestRules(keep func(*rules.Rule) bool) ([]engine.ExampleFailure, int) {
	return engine.TestRules(x.Set, keep, func(ex rules.Example) engine.Example {
		exp := x.Explain(ex.Text, ex.Published)
		var all []*record.Entry
		for _, list := range x.kinds.Lists() {
			all = append(all, exp.Record.Lists[list]...)
		}
		return engine.Example{Entries: all, Layout: layout.Entries(exp.View, exp.Layout)}
	})
}
