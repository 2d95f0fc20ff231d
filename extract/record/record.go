package record

import (
	"slices"
	"sort"

	"github.com/zxtract/zxtract/extract/text"
)

// StandardLists are the lists every record carries, in this order, even
// when empty. Entries of user kinds follow in lists named after their kind.
var StandardLists = []string{"people", "bodies", "dates", "figures", "meetings", "documents"}

// Record is what zxtract writes for one article: one JSON object per line.
type Record struct {
	ID        string
	Source    string
	Article   int
	Headline  string
	Subtitle  string
	Published string
	Place     string
	Encoding  string
	Span      text.Span
	Lists     map[string][]*Entry
	Fields    map[string]any // input fields kept with --keep-fields
	Warnings  []Warning
	Error     string
}

// Warning is a problem met while processing a document that did not stop
// it: a rule that timed out, say.
type Warning struct {
	Rule string    `json:"rule,omitempty"`
	Span text.Span `json:"span"`
	Msg  string    `json:"message"`
}

// ListNames are the record's lists in output order: the standard ones,
// then those of user kinds by name.
func (r *Record) ListNames() []string {
	names := append([]string(nil), StandardLists...)
	var extra []string
	for name := range r.Lists {
		if !slices.Contains(StandardLists, name) {
			extra = append(extra, name)
		}
	}
	sort.Strings(extra)
	return append(names, extra...)
}

func nonNil(es []*Entry) []*Entry {
	if es == nil {
		return []*Entry{}
	}
	return es
}
