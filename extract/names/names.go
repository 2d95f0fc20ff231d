// Package names finds where a person's name ends in the few characters
// after a title or before a verb, with gse, the project's segmenter, on a
// compact dictionary of common words (rules/lexicons/words.txt, made by
// scripts/words from gse's own): gse leaves the characters of a name it
// does not know as single characters and cuts the words after it whole
// (江 成 | 与 委员, 胡 见 可 | 主持). It never reads a whole text: only the
// window after an anchor.
package names

import (
	"io/fs"
	"strconv"
	"strings"
	"sync"

	"github.com/go-ego/gse"

	"github.com/zxtract/zxtract/rules"
)

// Cutter cuts the windows; one serves every worker.
type Cutter struct {
	// cut is gse's segmenter, behind a function: a type that holds gse's
	// Segmenter would keep, in a binary that reflects on methods (cobra's
	// templates do), every method of it, and so the 33 MB of dictionaries
	// its LoadDictEmbed refers to.
	cut   func(string) []string
	words map[string]word // every word of the dictionary
}

type word struct {
	tag  string
	freq int
}

// segmentFreq is the least frequency of the words gse cuts by: the common
// ones, which load in some 30 ms; the others only say what is a word.
const segmentFreq = 500

// Default is the cutter of the embedded dictionary, loaded on first use
// (some 40 ms).
var Default = sync.OnceValues(func() (*Cutter, error) { return Load(rules.Defaults, "lexicons/words.txt") })

// Load reads a dictionary of "word frequency tag" lines (# starts a
// comment).
func Load(fsys fs.FS, name string) (*Cutter, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	c := &Cutter{words: make(map[string]word, strings.Count(string(data), "\n"))}
	var b strings.Builder
	for line := range strings.Lines(string(data)) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		w, rest, _ := strings.Cut(strings.TrimSuffix(line, "\n"), " ")
		fs, tag, _ := strings.Cut(rest, " ")
		freq, err := strconv.Atoi(fs)
		if w == "" || err != nil {
			continue
		}
		c.words[w] = word{tag, freq}
		if freq >= segmentFreq {
			b.WriteString(line)
		}
	}
	seg := new(gse.Segmenter)
	seg.SkipLog = true
	if err := seg.LoadDictStr(b.String()); err != nil {
		return nil, err
	}
	c.cut = func(s string) []string { return seg.Cut(s, false) }
	return c, nil
}

// Tokens cuts a short text into words and single characters, by the
// dictionary alone (no HMM, which would join a name's characters to the
// words around them).
func (c *Cutter) Tokens(s string) []string { return c.cut(s) }

// Word says whether s is a word of the dictionary (全体, 主持, 牵头), and
// its tag: nr for a name (胡锦涛, and words gse takes for names: 高峰, 安静).
func (c *Cutter) Word(s string) (tag string, ok bool) {
	w, ok := c.words[s]
	return w.tag, ok
}
