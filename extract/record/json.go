package record

import (
	"bytes"
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/zxtract/zxtract/extract/text"
)

// Records are written by appending JSON to a buffer: encoding/json would
// call each entry's MarshalJSON and then re-validate its output, which took
// a seventh of a run. Values of types this file does not know go through
// encoding/json.

// appendJSON appends v as JSON.
func appendJSON(b []byte, v any) ([]byte, error) {
	switch x := v.(type) {
	case nil:
		return append(b, "null"...), nil
	case string:
		return appendJSONString(b, x), nil
	case bool:
		return strconv.AppendBool(b, x), nil
	case int:
		return strconv.AppendInt(b, int64(x), 10), nil
	case int64:
		return strconv.AppendInt(b, x, 10), nil
	case float64:
		return appendJSONFloat(b, x)
	case text.Span:
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(x[0]), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(x[1]), 10)
		return append(b, ']'), nil
	case []text.Span:
		b = append(b, '[')
		for i, s := range x {
			if i > 0 {
				b = append(b, ',')
			}
			b, _ = appendJSON(b, s)
		}
		return append(b, ']'), nil
	case Object:
		return appendObject(b, x)
	case []Object:
		b = append(b, '[')
		for i, o := range x {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = appendObject(b, o); err != nil {
				return b, err
			}
		}
		return append(b, ']'), nil
	case []*Entry:
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = e.AppendJSON(b); err != nil {
				return b, err
			}
		}
		return append(b, ']'), nil
	}
	out, err := marshalNoEscape(v)
	return append(b, out...), err
}

// AppendValue appends a value of an entry or a record as JSON.
func AppendValue(b []byte, v any) ([]byte, error) { return appendJSON(b, v) }

func appendJSONFloat(b []byte, f float64) ([]byte, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return b, &json.UnsupportedValueError{Str: strconv.FormatFloat(f, 'g', -1, 64)}
	}
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		return strconv.AppendFloat(b, f, 'e', -1, 64), nil
	}
	b = strconv.AppendFloat(b, f, 'f', -1, 64)
	if f == math.Trunc(f) {
		b = append(b, ".0"...) // a float is written as one, so that readers keep one type per field
	}
	return b, nil
}

// appendJSONString quotes s as JSON does, leaving non-ASCII text as it is
// and <, > and & unescaped; invalid UTF-8 becomes U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			if r == utf8.RuneError {
				b = append(b, `\ufffd`...)
			} else {
				b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			}
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendObject appends the fields as a JSON object, in order, and then
// the more fields given (an entry's own, without a slice made of both).
func appendObject(b []byte, fields []Field, more ...Field) ([]byte, error) {
	b = append(b, '{')
	var err error
	for i := range len(fields) + len(more) {
		var f *Field
		if i < len(fields) {
			f = &fields[i]
		} else {
			f = &more[i-len(fields)]
		}
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, f.Key)
		b = append(b, ':')
		if b, err = appendJSON(b, f.Value); err != nil {
			return b, err
		}
	}
	return append(b, '}'), nil
}

// AppendJSON appends the entry as JSON: its fields in order, then span,
// mentions and rule.
func (e *Entry) AppendJSON(b []byte) ([]byte, error) {
	mentions := e.Mentions
	if mentions == nil {
		mentions = []text.Span{e.Span}
	}
	return appendObject(b, e.Fields, Field{"span", e.Span}, Field{"mentions", mentions}, Field{"rule", e.Rule})
}

// MarshalJSON writes the entry as appendJSON does.
func (e *Entry) MarshalJSON() ([]byte, error) { return e.AppendJSON(nil) }

// AppendJSON appends the record as one line of JSON, without the newline:
// every field in a fixed order, absent values null, every list present.
func (r *Record) AppendJSON(b []byte) ([]byte, error) { return r.AppendJSONFields(b, nil) }

// AppendJSONFields is AppendJSON keeping only the fields keep takes (all
// when keep is nil).
func (r *Record) AppendJSONFields(b []byte, keep func(field string) bool) ([]byte, error) {
	fields := r.Head()
	for _, name := range r.ListNames() {
		fields = append(fields, Field{name, nonNil(r.Lists[name])})
	}
	warnings := r.Warnings
	if warnings == nil {
		warnings = []Warning{}
	}
	fields = append(fields, Field{tailFields[0], nilMap(r.Fields)}, Field{tailFields[1], warnings}, Field{tailFields[2], orNull(r.Error)})
	if keep != nil {
		fields = slices.DeleteFunc(fields, func(f Field) bool { return !keep(f.Key) })
	}
	return appendObject(b, fields)
}

// tailFields are the fields a record ends with, after its lists.
var tailFields = []string{"fields", "warnings", "error"}

// FieldNames are the names of the record's fields, in the order it is
// written: its head, its lists, its tail.
func (r *Record) FieldNames() []string {
	var out []string
	for _, f := range r.Head() {
		out = append(out, f.Key)
	}
	return append(append(out, r.ListNames()...), tailFields...)
}

// Head is the record's own fields, before its lists: id, source, article,
// headline, subtitle, published, place, encoding, span.
func (r *Record) Head() []Field {
	return []Field{
		{"id", r.ID}, {"source", r.Source}, {"article", r.Article},
		{"headline", orNull(r.Headline)}, {"subtitle", orNull(r.Subtitle)},
		{"published", orNull(r.Published)}, {"place", orNull(r.Place)},
		{"encoding", orNull(r.Encoding)}, {"span", r.Span},
	}
}

func orNull(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nilMap(m map[string]any) any {
	if len(m) == 0 {
		return nil
	}
	return m
}

// MarshalJSON writes the record as AppendJSON does.
func (r *Record) MarshalJSON() ([]byte, error) { return r.AppendJSON(nil) }

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
