package extract

import (
	"path/filepath"
	"testing"

	"github.com/zxtract/zxtract/rules"
)

// benchDocs are the project's own texts, and the shared real ones where
// present: the documents the stage benchmarks run on.
func benchDocs(b *testing.B) ([]*Document, int64) {
	paths := []string{filepath.Join("..", "testdata", "text")}
	if dir := filepath.Join("..", "..", "shared", "corpus"); exists(dir) {
		paths = append(paths, filepath.Join(dir, "seeds"), filepath.Join(dir, "dev"))
	}
	var docs []*Document
	var size int64
	err := ReadPaths(paths, InputOptions{}, nil, func(d *Document) error {
		docs = append(docs, d)
		size += int64(len(d.Text))
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return docs, size
}

func BenchmarkNormalise(b *testing.B) {
	docs, size := benchDocs(b)
	raws := make([][]rune, len(docs))
	for i, d := range docs {
		raws[i] = []rune(d.Text)
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, r := range raws {
			Normalise(r, false)
		}
	}
}

func BenchmarkSplit(b *testing.B) {
	docs, size := benchDocs(b)
	e := defaultEngine(b)
	b.SetBytes(size)
	for b.Loop() {
		for _, d := range docs {
			raw := []rune(d.Text)
			v := Normalise(raw, false)
			lines := splitLines(v)
			e.classify(v, lines, func(Warning) {}, nil)
			splitArticles(v, raw, lines)
		}
	}
}

// BenchmarkKeywords is the prefilter: the keywords of each line of each
// document found, and the sentence rules they pick.
func BenchmarkKeywords(b *testing.B) {
	docs, size := benchDocs(b)
	e := defaultEngine(b)
	views := make([]*View, len(docs))
	units := make([][][2]int, len(docs))
	for i, d := range docs {
		views[i] = Normalise([]rune(d.Text), false)
		for _, l := range splitLines(views[i]) {
			units[i] = append(units[i], [2]int{l.s, l.e})
		}
	}
	b.SetBytes(size)
	for b.Loop() {
		for i, v := range views {
			pick := e.scopes["sentence"].picker()
			for _, u := range units[i] {
				pick.candidates(v.Runes[u[0]:u[1]])
			}
		}
	}
}

func BenchmarkPipeline(b *testing.B) {
	docs, size := benchDocs(b)
	e := defaultEngine(b)
	b.SetBytes(size)
	for b.Loop() {
		for _, d := range docs {
			e.Process(d)
		}
	}
}

// BenchmarkKind runs the pipeline with only the rules of one kind (and the
// layout rules the splitter needs), to see what each extractor costs.
func BenchmarkKind(b *testing.B) {
	docs, size := benchDocs(b)
	all := defaultEngine(b)
	for _, kind := range []string{"figure", "date", "meeting", "document"} {
		set := *all.Set
		set.Rules = nil
		for _, r := range all.Set.Rules {
			if r.Kind == kind || r.Kind == "layout" || r.Kind == "exclude" {
				set.Rules = append(set.Rules, r)
			}
		}
		e := NewEngine(&set)
		b.Run(kind, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				for _, d := range docs {
					e.Process(d)
				}
			}
		})
	}
}

// BenchmarkRules is the rule patterns alone: every run the prefilter allows
// on the documents' lines and sentences, with nothing built from the
// matches. It measures the regex engine as the pipeline uses it.
func BenchmarkRules(b *testing.B) {
	docs, size := benchDocs(b)
	e := defaultEngine(b)
	type run struct {
		r    *rules.Rule
		v    *View
		unit [2]int
	}
	var runs []run
	for _, d := range docs {
		v := Normalise([]rune(d.Text), false)
		var lines [][2]int
		for _, l := range splitLines(v) {
			lines = append(lines, [2]int{l.s, l.e})
		}
		for scope, units := range map[string][][2]int{"line": lines, "sentence": sentences(v, lines)} {
			pick := e.scopes[scope].picker()
			for _, u := range units {
				for _, r := range pick.candidates(v.Runes[u[0]:u[1]]) {
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
			runRule(x.r, x.v, x.unit[0], x.unit[1], func(Warning) {})
		}
	}
}
