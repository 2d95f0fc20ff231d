package engine

import (
	"testing"

	"github.com/zxtract/zxtract/extract/internal/testdocs"
	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
	"github.com/zxtract/zxtract/rules"
)

// benchUnits are the lines and sentences of the bench texts, by scope.
func benchUnits(b *testing.B) ([]*text.View, []map[string][]text.Range, int64) {
	docs, size := testdocs.Read(b, testkit.BenchPaths()...)
	var views []*text.View
	var units []map[string][]text.Range
	for _, d := range docs {
		v := text.Normalise([]rune(d.Text), false)
		var lines []text.Range
		for _, l := range text.Lines(v) {
			lines = append(lines, l.Range)
		}
		views = append(views, v)
		units = append(units, map[string][]text.Range{rules.ScopeLine: lines, rules.ScopeSentence: text.Sentences(v, lines)})
	}
	return views, units, size
}

// BenchmarkKeywords is the prefilter: the keywords of each line of each
// document found, and the sentence rules they pick.
func BenchmarkKeywords(b *testing.B) {
	views, units, size := benchUnits(b)
	e := defaultEngine(b)
	b.SetBytes(size)
	for b.Loop() {
		for i, v := range views {
			pick := e.scopes[rules.ScopeSentence].picker()
			for _, u := range units[i][rules.ScopeLine] {
				pick.candidates(v.Runes[u.Start:u.End])
			}
		}
	}
}

// BenchmarkRules is the rule patterns alone: every run the prefilter allows
// on the documents' lines and sentences, with nothing built from the
// matches. It measures the regex engine as the pipeline uses it.
func BenchmarkRules(b *testing.B) {
	views, units, size := benchUnits(b)
	e := defaultEngine(b)
	type run struct {
		r    *rules.Rule
		v    *text.View
		unit text.Range
	}
	var runs []run
	for i, v := range views {
		for scope, us := range units[i] {
			pick := e.scopes[scope].picker()
			for _, u := range us {
				for _, r := range pick.candidates(v.Runes[u.Start:u.End]) {
					if !waits(r) {
						runs = append(runs, run{r, v, u})
					}
				}
			}
		}
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, x := range runs {
			runRule(x.r, x.v, x.unit, nil, func(record.Warning) {}, nil)
		}
	}
}
