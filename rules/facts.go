package rules

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"sync"

	"github.com/dlclark/regexp2/v2"
	"github.com/dlclark/regexp2/v2/syntax"
)

// facts are what a compiled pattern says of itself: its named groups, whether
// one may capture twice, the strings its matches start with, the keyword
// sets that gate it, the shortest and the longest unit it can match.
// Reading them from regexp2's syntax tree is half of
// what loading the rules costs, and the default rules' patterns change only
// when their files do; so their facts are read once then, into
// facts.jsonl, and loading looks a pattern up there by its key, before it
// expands it (expander.key). A pattern
// it does not hold (a user's rule, a default changed since) is read as
// always. The test of this package fails when the file is out of date:
// `go test ./rules -run TestFacts -update` writes it again.
type facts struct {
	Key         string     `json:"key"` // the pattern's key (expander.key)
	Groups      []string   `json:"groups,omitempty"`
	GroupNums   []int      `json:"group_nums,omitempty"`
	Recaptures  bool       `json:"recaptures,omitempty"`
	Starts      []string   `json:"starts,omitempty"`
	KeywordSets [][]string `json:"keyword_sets,omitempty"`
	UnitMin     int        `json:"unit_min,omitempty"`
	UnitMax     int        `json:"unit_max,omitempty"`
	Guard       string     `json:"guard,omitempty"` // guardBefore
}

//go:embed facts.jsonl
var factsFile []byte

// knownFacts are the facts of facts.jsonl by key, decoded on first use.
var knownFacts = sync.OnceValue(func() map[string]*facts {
	known := map[string]*facts{}
	for line := range bytes.Lines(factsFile) {
		f := &facts{}
		if json.Unmarshal(line, f) == nil { // a line that does not decode is read again from its pattern
			known[f.Key] = f
		}
	}
	return known
})

// readFacts reads a pattern's facts from regexp2's syntax tree of it.
func readFacts(pattern string, opts regexp2.RegexOptions, key string) (*facts, error) {
	tree, err := syntax.Parse(pattern, syntax.ParseOptions{RegexOptions: syntax.RegexOptions(opts)})
	if err != nil {
		return nil, err
	}
	f := &facts{Key: key}
	_, f.Recaptures = captureSet(tree.Root)
	for _, g := range tree.Caplist { // names by group number, as regexp2 numbers them
		if g != "" && (g[0] < '0' || g[0] > '9') {
			f.Groups = append(f.Groups, g)
			f.GroupNums = append(f.GroupNums, tree.Capnames[g])
		}
	}
	known := analysis{} // what the starts and the keywords read of the tree, read once
	if opts&regexp2.RightToLeft == 0 {
		f.Starts = startSet(tree, known)
	}
	f.KeywordSets = keywordSets(tree, known)
	f.Guard = guardBefore(tree.Root, known)
	f.UnitMin, f.UnitMax = tree.Root.ComputeMinLength(), unitMax(tree)
	return f, nil
}
