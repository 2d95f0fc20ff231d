// Package names finds where a person's name ends in the few characters
// after a title or before a verb, with gse, the project's segmenter, on a
// compact dictionary of common words (rules/lexicons/words.txt, made by
// scripts/words from gse's own): gse leaves the characters of a name it
// does not know as single characters and cuts the words after it whole
// (江 成 | 与 委员, 胡 见 可 | 主持). It never reads a whole text: only the
// window after an anchor.
package names

import (
	"bytes"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

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
	// dict is the dictionary as read, a "word frequency tag" line a word in
	// byte order of the words, and entries where each line starts: a word is
	// found by binary search, with no map of 79 000 words to build.
	dict    string
	entries []int32
	// byFirst narrows the search to the entries of a word's first
	// character: for a Han character r, they are entries[byFirst[r-hanFirst]
	// : byFirst[r-hanFirst+1]].
	byFirst []int32
}

// hanFirst and hanLast bound the characters byFirst indexes (the unified
// ideographs); words beginning with others are searched in every entry.
const hanFirst, hanLast = 0x4E00, 0x9FFF

// segmentFreq is the least frequency of the words gse cuts by: the common
// ones, some 9 500, which load in some 20 ms; the others only say what is
// a word.
const segmentFreq = 500

// Default is the cutter of the embedded dictionary, loaded on first use
// (some 20 ms).
var Default = sync.OnceValues(func() (*Cutter, error) { return Load(rules.Defaults, "lexicons/words.txt") })

// Load reads a dictionary of "word frequency tag" lines in byte order of
// the words (# starts a comment).
func Load(fsys fs.FS, name string) (*Cutter, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	c := &Cutter{dict: string(data), entries: make([]int32, 0, bytes.Count(data, []byte("\n")))}
	// gse's segmenter on the common words, added one by one: its
	// LoadDictStr also splits each word for its search mode, which Cut
	// without HMM never reads, and costs twice as much.
	seg := &gse.Segmenter{SkipLog: true, NotLoadHMM: true, Dict: gse.NewDict()}
	seg.Init()
	c.byFirst = make([]int32, hanLast-hanFirst+2)
	prev := ""
	for at := 0; at < len(c.dict); {
		line, _, _ := strings.Cut(c.dict[at:], "\n")
		start := at
		at += len(line) + 1
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
		if r, _ := utf8.DecodeRuneInString(w); r >= hanFirst && r <= hanLast {
			c.byFirst[r-hanFirst+1] = int32(len(c.entries) + 1) // the end of r's entries, so far
		}
		c.entries = append(c.entries, int32(start))
		if freq >= segmentFreq {
			if err := seg.AddToken(w, float64(freq), tag); err != nil {
				return nil, err
			}
		}
	}
	for i := 1; i < len(c.byFirst); i++ { // a character without entries ends where the one before does
		c.byFirst[i] = max(c.byFirst[i], c.byFirst[i-1])
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
	lo, hi := 0, len(c.entries)
	if r, _ := utf8.DecodeRuneInString(s); r >= hanFirst && r <= hanLast {
		lo, hi = int(c.byFirst[r-hanFirst]), int(c.byFirst[r-hanFirst+1])
	}
	i := lo + sort.Search(hi-lo, func(i int) bool { return c.word(lo+i) >= s })
	if i == hi || c.word(i) != s {
		return "", false
	}
	line, _, _ := strings.Cut(c.dict[c.entries[i]:], "\n")
	_, tag, _ = strings.Cut(line[len(s)+1:], " ")
	return tag, true
}

// word is the i-th entry's word.
func (c *Cutter) word(i int) string {
	w, _, _ := strings.Cut(c.dict[c.entries[i]:], " ")
	return w
}
