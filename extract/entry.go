package extract

import (
	"bytes"
	"encoding/json"
)

// Entry is one thing extracted: a figure, a date, a meeting, or an entry of
// a user's own kind. Its fields are kept in the order the kind writes them,
// which is the order they appear in the JSON record.
type Entry struct {
	Kind     string
	Rule     string
	Span     Span   // where the text is in the original input
	Mentions []Span // every place the same entry occurs, Span first
	Fields   []Field
	view     [2]int // where it is in the view, for later stages
	figure   *figureInfo
	date     *dateInfo
}

// Field is one named value of an entry.
type Field struct {
	Key   string
	Value any
}

// Get returns a field's value, or nil.
func (e *Entry) Get(key string) any {
	for _, f := range e.Fields {
		if f.Key == key {
			return f.Value
		}
	}
	return nil
}

// Set replaces a field's value, or adds the field at the end.
func (e *Entry) Set(key string, v any) {
	for i := range e.Fields {
		if e.Fields[i].Key == key {
			e.Fields[i].Value = v
			return
		}
	}
	e.Fields = append(e.Fields, Field{key, v})
}

// Text is the entry's text as written in the original.
func (e *Entry) Text() string {
	s, _ := e.Get("text").(string)
	return s
}

// marshalNoEscape is json.Marshal without escaping <, > and &, which are
// common in titles and mean nothing special in JSONL.
func marshalNoEscape(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}
