// Package names finds where a person's name ends in the few characters
// after a title or before a verb, with gse, the project's segmenter, on a
// compact dictionary of common words (rules/lexicons/words.txt, made by
// scripts/words from gse's own): gse leaves the characters of a name it
// does not know as single characters and cuts the words after it whole
// (江 成 | 与 委员, 胡 见 可 | 主持). It never reads a whole text: only the
// window after an anchor.
package names

import (
	"fmt"
	"hash/maphash"
	"io/fs"
	"math/bits"
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
	cut func(string) []string
	// words and tags are the dictionary's entries, parts of the file as
	// read, and index finds a word among them: a table of word numbers
	// (plus one) by the words' hashes, open addressed. It builds in a few
	// milliseconds where a map of 79 000 words took 35.
	words, tags []string
	freqs       []int32 // each word's frequency in gse's dictionary
	index       []int32
	seed        maphash.Seed
}

// segmentFreq is the least frequency of the words gse cuts by: the common
// ones, some 9 500, which load in some 20 ms; the others only say what is
// a word.
const segmentFreq = 500

// Default is the cutter of the embedded dictionary, loaded on first use
// (some 20 ms).
var Default = sync.OnceValues(func() (*Cutter, error) { return Parse(rules.WordsText, "lexicons/words.txt") })

// Load reads a dictionary of "word frequency tag" lines (# starts a
// comment), in byte order of the words as scripts/words writes them: a
// word given twice, whose second entry no look-up would reach, shows as a
// word out of order.
func Load(fsys fs.FS, name string) (*Cutter, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	return Parse(string(data), name)
}

// Parse reads a dictionary as Load does from its text, named name in
// errors; the cutter keeps parts of the text.
func Parse(dict, name string) (*Cutter, error) {
	n := strings.Count(dict, "\n")
	c := &Cutter{words: make([]string, 0, n), tags: make([]string, 0, n), freqs: make([]int32, 0, n), seed: maphash.MakeSeed()}
	// gse's segmenter on the common words, added one by one: its
	// LoadDictStr also splits each word for its search mode, which Cut
	// without HMM never reads, and costs twice as much.
	seg := &gse.Segmenter{SkipLog: true, NotLoadHMM: true, Dict: gse.NewDict()}
	seg.Init()
	type word struct{ at, freq int } // a word gse cuts by, added once all are read: its token list sized once
	var common []word
	prev := ""
	for line := range strings.Lines(dict) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		w, rest, _ := strings.Cut(line, " ")
		fs, tag, _ := strings.Cut(rest, " ")
		freq, err := strconv.Atoi(fs)
		if w == "" || err != nil {
			return nil, fmt.Errorf("%s: %q: want a word, its frequency and its tag", name, line)
		}
		if w <= prev {
			return nil, fmt.Errorf("%s: %s comes after %s: the words must be in byte order", name, w, prev)
		}
		prev = w
		if freq >= segmentFreq {
			common = append(common, word{len(c.words), freq})
		}
		c.words, c.tags, c.freqs = append(c.words, w), append(c.tags, tag), append(c.freqs, int32(min(freq, 1<<30)))
	}
	seg.Dict.Tokens = make([]gse.Token, 0, len(common))
	for _, w := range common {
		if err := seg.AddToken(c.words[w.at], float64(w.freq), c.tags[w.at]); err != nil {
			return nil, err
		}
	}
	c.index = make([]int32, 1<<bits.Len(uint(2*len(c.words)))) // at most half full
	for i, w := range c.words {
		h := c.slot(w)
		for c.index[h] != 0 {
			h = (h + 1) & (len(c.index) - 1)
		}
		c.index[h] = int32(i + 1)
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
	if i := c.find(s); i >= 0 {
		return c.tags[i], true
	}
	return "", false
}

// Freq is how often gse's dictionary counts the word s, 0 for none of it:
// a rare verb (建中) may be a given name, a common one (组织) is not.
func (c *Cutter) Freq(s string) int {
	if i := c.find(s); i >= 0 {
		return int(c.freqs[i])
	}
	return 0
}

// find is the number of the word s, or -1.
func (c *Cutter) find(s string) int {
	for h := c.slot(s); c.index[h] != 0; h = (h + 1) & (len(c.index) - 1) {
		if i := c.index[h] - 1; c.words[i] == s {
			return int(i)
		}
	}
	return -1
}

// slot is where a word's search in the index begins.
func (c *Cutter) slot(w string) int { return int(maphash.String(c.seed, w) & uint64(len(c.index)-1)) }
