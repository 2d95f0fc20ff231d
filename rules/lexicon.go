package rules

import (
	"bufio"
	"io/fs"
	"sort"
	"strings"

	"github.com/dlclark/regexp2"
)

// Lexicon is a named list of words (titles, units, places ...). An entry may
// carry a value (`余: over`, `万: 10000`) that a kind reads through Value.
type Lexicon struct {
	Name    string
	Entries []string
	Values  map[string]string
	Pos     Pos
}

// Value returns the value written for entry, or "" when it has none.
func (l *Lexicon) Value(entry string) string {
	if l == nil {
		return ""
	}
	return l.Values[entry]
}

// Has says whether the lexicon lists the word.
func (l *Lexicon) Has(word string) bool {
	if l == nil {
		return false
	}
	_, ok := l.Values[word]
	return ok
}

// alternation is the lexicon as a regex alternation, longest entries first so
// that a backtracking engine prefers 人次 to 人.
func (l *Lexicon) alternation() string {
	words := append([]string(nil), l.Entries...)
	sort.SliceStable(words, func(i, j int) bool {
		return len([]rune(words[i])) > len([]rune(words[j]))
	})
	for i, w := range words {
		words[i] = regexp2.Escape(w)
	}
	return "(?:" + strings.Join(words, "|") + ")"
}

func (l *Lexicon) add(word, value string) {
	if l.Values == nil {
		l.Values = map[string]string{}
	}
	if _, dup := l.Values[word]; !dup {
		l.Entries = append(l.Entries, word)
	}
	l.Values[word] = value
}

// readLexiconFile reads one entry per line, optionally `word<TAB>value`;
// blank lines and lines starting with # are skipped.
func readLexiconFile(fsys fs.FS, name string, lex *Lexicon) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		word, value, _ := strings.Cut(line, "\t")
		lex.add(strings.TrimSpace(word), strings.TrimSpace(value))
	}
	return sc.Err()
}
