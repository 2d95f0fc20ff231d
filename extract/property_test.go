package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusPaths are every input the tests can reach: the project's testdata
// and, where present, the shared real texts.
func corpusPaths(t *testing.T) []string {
	paths := []string{filepath.Join("..", "testdata", "text"), filepath.Join("..", "testdata", "html"), filepath.Join("..", "testdata", "bad")}
	if dir := filepath.Join("..", "..", "shared", "corpus"); exists(dir) {
		paths = append(paths, filepath.Join(dir, "seeds"), filepath.Join(dir, "dev"))
	}
	return paths
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// TestSpansQuoteTheOriginal is the promise every record makes: each entry's
// text is exactly the original input at its span, and every mention and
// record span lies within the input.
func TestSpansQuoteTheOriginal(t *testing.T) {
	e := defaultEngine(t)
	entries := 0
	for _, d := range readDocs(t, corpusPaths(t)...) {
		raw := []rune(d.Text)
		for _, r := range e.Process(d) {
			if r.Span[0] < 0 || r.Span[1] > len(raw) || r.Span[0] > r.Span[1] {
				t.Errorf("%s: record span %v outside the input (%d)", r.ID, r.Span, len(raw))
			}
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatalf("%s: %v", r.ID, err)
			}
			var back map[string]any
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("%s: record does not parse: %v", r.ID, err)
			}
			for _, name := range StandardLists {
				if _, ok := back[name].([]any); !ok {
					t.Errorf("%s: list %s missing or not a list", r.ID, name)
				}
			}
			for name, list := range r.Lists {
				for _, en := range list {
					entries++
					if got := string(raw[en.Span[0]:en.Span[1]]); got != en.Text() {
						t.Errorf("%s %s: text %q but the input at %v is %q", r.ID, name, en.Text(), en.Span, got)
					}
					for _, m := range en.Mentions {
						if m[0] < 0 || m[1] > len(raw) || m[0] >= m[1] {
							t.Errorf("%s %s: mention %v outside the input", r.ID, name, m)
						}
					}
				}
			}
		}
	}
	t.Logf("%d entries checked", entries)
}

// TestMatchPathsAgree: for a rule whose groups capture at most once, the
// matches read from regexp2's reused storage are those of its full Match
// objects, capture for capture, in every sentence and line the tests reach.
func TestMatchPathsAgree(t *testing.T) {
	e := defaultEngine(t)
	compared := 0
	for _, d := range readDocs(t, corpusPaths(t)...) {
		v := Normalise([]rune(d.Text), d.HTML)
		var lines [][2]int
		for _, l := range splitLines(v) {
			lines = append(lines, [2]int{l.s, l.e})
		}
		for _, u := range append(lines, sentences(v, lines)...) {
			text := v.Runes[u[0]:u[1]]
			for _, r := range e.Set.Rules {
				if r.Recaptures {
					continue
				}
				fast, err1 := matches(r, text, u[0])
				full, err2 := matchesWithHistory(r, text, u[0])
				a, b := matchPositions(fast), matchPositions(full)
				if a != b || (err1 == nil) != (err2 == nil) {
					t.Fatalf("%s on %q: %s (%v) against %s (%v)", r.ID, string(text), a, err1, b, err2)
				}
				compared += len(full)
			}
		}
	}
	if compared == 0 {
		t.Fatal("no matches compared")
	}
	t.Logf("%d matches compared", compared)
}

// matchPositions writes the matches' ranges and captures.
func matchPositions(ms []*Match) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "[%d,%d) %v; ", m.Start, m.End, m.Captures)
	}
	return b.String()
}
