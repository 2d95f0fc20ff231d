package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// addSeeds adds the seed files of testdata/fuzz/<name>, and every text of
// testdata/text and testdata/bad, to a fuzz target's corpus.
func addSeeds(f *testing.F, name string, add func([]byte)) {
	for _, dir := range []string{filepath.Join("..", "testdata", "fuzz", name), filepath.Join("..", "testdata", "text"), filepath.Join("..", "testdata", "bad")} {
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, file := range files {
			if filepath.Base(file) == "README.md" {
				continue
			}
			if data, err := os.ReadFile(file); err == nil {
				add(data)
			}
		}
	}
}

// FuzzNormalise: the view of any text maps back into it, in order.
func FuzzNormalise(f *testing.F) {
	addSeeds(f, "normalise", func(b []byte) { f.Add(string(b), false); f.Add(string(b), true) })
	f.Fuzz(func(t *testing.T, text string, html bool) {
		raw := []rune(text)
		v := Normalise(raw, html)
		last := -1
		for i := range v.Runes {
			sp := v.Orig(i, i+1)
			if sp[0] < last || sp[0] < 0 || sp[1] > len(raw) || sp[0] > sp[1] {
				t.Fatalf("view rune %d maps to %v (previous start %d, input %d)", i, sp, last, len(raw))
			}
			last = sp[0]
		}
		if !html && len(v.Runes) > len(raw) {
			t.Fatalf("the view of a text grew: %d > %d", len(v.Runes), len(raw))
		}
	})
}

// FuzzSplit: articles of any text are in order, do not overlap, and lie in
// the view; their content lines lie within them.
func FuzzSplit(f *testing.F) {
	addSeeds(f, "split", func(b []byte) { f.Add(string(b)) })
	e := defaultEngine(f)
	f.Fuzz(func(t *testing.T, text string) {
		raw := []rune(text)
		v := Normalise(raw, false)
		lines := splitLines(v)
		e.classify(v, lines, func(Warning) {}, nil)
		articles, published := splitArticles(v, raw, lines)
		if published != "" && isoDate(published) != published {
			t.Fatalf("published %q", published)
		}
		end := 0
		for _, a := range articles {
			if a.Start < end || a.Start > a.End || a.End > len(v.Runes) {
				t.Fatalf("article [%d,%d) after %d in a view of %d", a.Start, a.End, end, len(v.Runes))
			}
			for _, l := range a.body {
				if l[0] > l[1] || l[1] > len(v.Runes) {
					t.Fatalf("content line %v outside the view", l)
				}
			}
			end = a.End
		}
	})
}

// FuzzPipeline: any bytes, read as a file is read, give records that parse,
// whose every entry quotes the input at its span.
func FuzzPipeline(f *testing.F) {
	addSeeds(f, "pipeline", func(b []byte) { f.Add(b) })
	e := defaultEngine(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc := documentOf("fuzz.txt", data, FormatAuto)
		recs := e.Process(doc)
		if len(recs) == 0 {
			t.Fatal("no record")
		}
		raw := []rune(doc.Text)
		for _, r := range recs {
			b, err := r.AppendJSON(nil)
			if err != nil {
				t.Fatal(err)
			}
			if !json.Valid(b) {
				t.Fatalf("record is not JSON: %s", b)
			}
			for _, list := range r.Lists {
				for _, en := range list {
					if en.Span[0] < 0 || en.Span[1] > len(raw) || string(raw[en.Span[0]:en.Span[1]]) != en.Text() {
						t.Fatalf("entry %q at %v does not quote the input", en.Text(), en.Span)
					}
				}
			}
		}
	})
}
