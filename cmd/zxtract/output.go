package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/zxtract/zxtract/extract"
	"github.com/zxtract/zxtract/extract/record"
)

// Output formats of extract.
const (
	formatJSONL   = "jsonl"   // one record per line, every field
	formatEntries = "entries" // one flat JSON line per entry, with its record's fields
	formatCSV     = "csv"     // one CSV row per entry of one list, with a header
)

// recordColumns are the record's fields an entry line or row repeats;
// lineColumns the others a line or a row adds beside an entry's fields.
var (
	recordColumns = []string{"id", "source", "article", "headline", "published", "place"}
	lineColumns   = []string{"list", "span", "span_start", "span_end", "mentions", "rule"}
)

// entryColumn is the name an entry's field takes in a flat line or row:
// its own, or, where a record's column has that name, the list's and its
// own (bodies.place, the body's place, beside place, the article's), so
// that no line holds a key twice and place means one thing in every list.
func entryColumn(list, field string) string {
	if contains(recordColumns, field) || contains(lineColumns, field) {
		return list + "." + field
	}
	return field
}

// writer turns a document's records into the bytes of one output format.
type writer struct {
	format string
	list   string            // csv: the list written
	fields []string          // csv: that list's entry fields
	nested string            // csv: the field of objects a row each (people.roles: roles), or ""
	items  []string          // csv: the fields of those objects
	keep   func(string) bool // --fields: the record fields kept (nil: all)
}

func newWriter(x *extract.Extractor, format, list string, fields []string) (*writer, error) {
	w := &writer{format: format, list: list}
	if len(fields) > 0 {
		keep := map[string]bool{}
		known := x.RecordFields()
		for _, f := range fields {
			if !contains(known, f) {
				return nil, usagef("--fields %q: a record's fields are %s", f, strings.Join(known, ", "))
			}
			keep[f] = true
		}
		w.keep = func(f string) bool { return keep[f] }
	}
	switch format {
	case formatJSONL, formatEntries:
		if list != "" {
			return nil, usagef("--list goes with --format csv")
		}
	case formatCSV:
		if list == "" {
			return nil, usagef("--format csv writes one list: name it with --list (%s)", strings.Join(x.Lists(), ", "))
		}
		parent, nested, _ := strings.Cut(list, ".") // people.roles: a row per role, with its person's fields
		if w.fields = x.Fields(parent); w.fields == nil {
			return nil, usagef("--list %q: the records' lists are %s (and people.roles, a row per role)", list, strings.Join(x.Lists(), ", "))
		}
		if nested != "" {
			if w.items = x.ItemFields(parent, nested); w.items == nil {
				return nil, usagef("--list %q: %s holds no list of objects named %s", list, parent, nested)
			}
			w.list, w.nested = parent, nested
			w.fields = slices.DeleteFunc(slices.Clone(w.fields), func(f string) bool { return f == nested })
		}
	default:
		return nil, usagef("--format %q: want jsonl, entries or csv", format)
	}
	return w, nil
}

// header is what the output starts with: the CSV header row.
func (w *writer) header() []byte {
	if w.format != formatCSV {
		return nil
	}
	var b bytes.Buffer
	cw := csv.NewWriter(&b)
	cols := w.columns()
	for _, f := range w.fields {
		cols = append(cols, entryColumn(w.list, f))
	}
	for _, f := range w.items {
		cols = append(cols, w.nested+"."+f) // roles.title, roles.body …
	}
	cw.Write(append(cols, "span_start", "span_end", "mentions", "rule"))
	cw.Flush()
	return b.Bytes()
}

func (w *writer) columns() []string {
	var out []string
	for _, c := range recordColumns {
		if w.keep == nil || w.keep(c) {
			out = append(out, c)
		}
	}
	return out
}

// record appends a record in the writer's format.
func (w *writer) record(b []byte, r *record.Record) ([]byte, error) {
	var err error
	switch w.format {
	case formatJSONL:
		if b, err = r.AppendJSONFields(b, w.keep); err == nil {
			b = append(b, '\n')
		}
	case formatEntries:
		b, err = w.entries(b, r)
	case formatCSV:
		b, err = w.rows(b, r)
	}
	if err != nil {
		return b, fmt.Errorf("record %s: %v", r.ID, err)
	}
	return b, nil
}

// head is the record's fields an entry line repeats.
func (w *writer) head(r *record.Record) []record.Field {
	var out []record.Field
	for _, f := range r.Head() {
		if contains(w.columns(), f.Key) {
			out = append(out, f)
		}
	}
	return out
}

// entries writes one flat JSON object per entry: the record's fields, the
// list, then the entry's own.
func (w *writer) entries(b []byte, r *record.Record) ([]byte, error) {
	head := w.head(r)
	for _, list := range r.ListNames() {
		for _, e := range r.Lists[list] {
			fields := append(append([]record.Field(nil), head...), record.Field{Key: "list", Value: list})
			for _, f := range e.Fields {
				fields = append(fields, record.Field{Key: entryColumn(list, f.Key), Value: f.Value})
			}
			line := record.Entry{Kind: e.Kind, Rule: e.Rule, Span: e.Span, Mentions: e.Mentions, Fields: fields}
			var err error
			if b, err = line.AppendJSON(b); err != nil {
				return b, err
			}
			b = append(b, '\n')
		}
	}
	return b, nil
}

// rows writes one CSV row per entry of the writer's list, or per object of
// its nested field (people.roles: a row per role).
func (w *writer) rows(b []byte, r *record.Record) ([]byte, error) {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	head := w.head(r)
	for _, e := range r.Lists[w.list] {
		items := []record.Object{nil} // (an entry with none of the nested objects: one row, its cells empty)
		if w.nested != "" {
			if objs, _ := e.Get(w.nested).([]record.Object); len(objs) > 0 {
				items = objs
			}
		}
		for _, o := range items {
			row := make([]string, 0, len(head)+len(w.fields)+len(w.items)+4)
			for _, f := range head {
				row = append(row, cell(f.Value))
			}
			for _, f := range w.fields {
				row = append(row, cell(e.Get(f)))
			}
			for _, f := range w.items {
				row = append(row, cell(o.Get(f)))
			}
			mentions, _ := record.AppendValue(nil, e.Mentions)
			row = append(row, strconv.Itoa(e.Span[0]), strconv.Itoa(e.Span[1]), string(mentions), e.Rule)
			if err := cw.Write(row); err != nil {
				return b, err
			}
		}
	}
	cw.Flush()
	return append(b, buf.Bytes()...), cw.Error()
}

// cell writes a value as CSV holds it: text as it is, numbers as JSON
// writes them, null as nothing.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	}
	b, _ := record.AppendValue(nil, v)
	return string(b)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// output is where records go: standard output, or a file written whole
// under a temporary name and renamed at the end, so that a run that fails
// leaves no half file (and a walk over the same directory does not read
// it: the temporary name is hidden).
type output struct {
	io.Writer
	file   *os.File
	path   string
	device *os.File // an output that is no regular file (/dev/null, a pipe): written in place
}

func openOutput(path string, stdout io.Writer, inputs []string) (*output, error) {
	if path == "" || path == "-" {
		return &output{Writer: stdout}, nil
	}
	if err := notAnInput(path, inputs); err != nil {
		return nil, err
	}
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() && !info.IsDir() {
		// Renaming a file over /dev/null or a named pipe would replace it.
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, usagef("cannot write %s: %v", path, unwrapPath(err))
		}
		return &output{Writer: f, device: f}, nil
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".zxtract-*.tmp")
	if err != nil {
		return nil, usagef("cannot write %s: %v", path, unwrapPath(err))
	}
	return &output{Writer: f, file: f, path: path}, nil
}

// finish renames the file into place, or, when the run failed to write,
// removes it.
func (o *output) finish(ok bool) error {
	if o.device != nil {
		return o.device.Close()
	}
	if o.file == nil {
		return nil
	}
	err := o.file.Close()
	if ok && err == nil {
		if err = os.Rename(o.file.Name(), o.path); err == nil {
			return nil
		}
	}
	os.Remove(o.file.Name())
	return err
}

// notAnInput refuses an output that is one of the inputs, or an existing
// file inside a directory given as input.
func notAnInput(path string, inputs []string) error {
	info, err := os.Stat(path)
	if err != nil {
		return nil // a new file
	}
	abs, _ := filepath.Abs(path)
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		ii, err := os.Stat(in)
		if err != nil {
			continue
		}
		if os.SameFile(info, ii) {
			return usagef("-o %s is an input: zxtract does not write over its inputs", path)
		}
		if dir, _ := filepath.Abs(in); ii.IsDir() && strings.HasPrefix(abs, dir+string(filepath.Separator)) {
			return usagef("-o %s is inside %s, an input: write it elsewhere, or it is read as input next time", path, in)
		}
	}
	return nil
}

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
