package extract

import (
	"bytes"
	"encoding/json"
	"sort"
)

// Lists every record carries, in this order, even when empty. Entries of
// user kinds follow in lists named after their kind.
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
	Span      Span
	Lists     map[string][]*Entry
	Fields    map[string]any // input fields kept with --keep-fields
	Warnings  []Warning
	Error     string
}

// MarshalJSON writes the record's fields in a fixed order; absent strings
// are null and every standard list is present, [] when empty.
func (r *Record) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	first := true
	put := func(k string, v any) error {
		if !first {
			b.WriteByte(',')
		}
		first = false
		kb, _ := json.Marshal(k)
		b.Write(kb)
		b.WriteByte(':')
		vb, err := marshalNoEscape(v)
		if err != nil {
			return err
		}
		b.Write(vb)
		return nil
	}
	orNull := func(s string) any {
		if s == "" {
			return nil
		}
		return s
	}
	fields := []Field{
		{"id", r.ID}, {"source", r.Source}, {"article", r.Article},
		{"headline", orNull(r.Headline)}, {"subtitle", orNull(r.Subtitle)},
		{"published", orNull(r.Published)}, {"place", orNull(r.Place)},
		{"encoding", orNull(r.Encoding)}, {"span", r.Span},
	}
	for _, name := range StandardLists {
		fields = append(fields, Field{name, nonNil(r.Lists[name])})
	}
	var extra []string
	for name := range r.Lists {
		if !contains(StandardLists, name) {
			extra = append(extra, name)
		}
	}
	sort.Strings(extra)
	for _, name := range extra {
		fields = append(fields, Field{name, nonNil(r.Lists[name])})
	}
	if len(r.Fields) > 0 {
		fields = append(fields, Field{"fields", r.Fields})
	}
	if len(r.Warnings) > 0 {
		fields = append(fields, Field{"warnings", r.Warnings})
	}
	if r.Error != "" {
		fields = append(fields, Field{"error", r.Error})
	}
	for _, f := range fields {
		if err := put(f.Key, f.Value); err != nil {
			return nil, err
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func nonNil(es []*Entry) []*Entry {
	if es == nil {
		return []*Entry{}
	}
	return es
}
