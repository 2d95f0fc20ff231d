// Package record is what zxtract writes: one Record per article, holding
// Entries (a figure, a date, a meeting …) in named lists, written as one
// line of JSON.
package record

import "github.com/zxtract/zxtract/extract/text"

// Entry is one thing extracted: a figure, a date, a meeting, or an entry of
// a user's own kind. Its fields are kept in the order the kind writes them,
// which is the order they appear in the JSON record.
type Entry struct {
	Kind     string
	Rule     string
	Span     text.Span   // where the text is in the original input
	Mentions []text.Span // every place the same entry occurs, Span first
	Fields   []Field
	View     text.Range // where it is in the view, for the kind's later steps
	// Detail is the kind's own typed data about the entry, for its later
	// steps (a figure's position in its sentence, a date's parts); it is
	// never written.
	Detail any
}

// Object is a value made of fields in order, written as a JSON object: a
// person's role ({title, body, text, level}).
type Object []Field

// MarshalJSON writes the object with its fields in order.
func (o Object) MarshalJSON() ([]byte, error) { return appendObject(nil, o) }

// Get returns a field's value, or nil.
func (o Object) Get(key string) any {
	for _, f := range o {
		if f.Key == key {
			return f.Value
		}
	}
	return nil
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

// Copy is a copy of the entry whose fields can be set apart from it.
func (e *Entry) Copy() *Entry {
	c := *e
	c.Fields = append([]Field(nil), e.Fields...)
	return &c
}
