// Package read is the reading stage: files, directories, standard input and
// JSONL corpora become Documents, each decoded from whatever encoding it was
// in. FromBytes and FromJSONLine build one document at a time, for runners
// that feed documents themselves (a Beam pipeline, a test).
package read

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/zxtract/zxtract/extract/timex"
)

// Input formats.
const (
	FormatAuto  = ""
	FormatText  = "text"
	FormatHTML  = "html"
	FormatJSONL = "jsonl"
)

// Options say how to read inputs.
type Options struct {
	Format     string // FormatAuto detects each file's format
	TextField  string // JSONL: the field holding the text ("text")
	IDField    string // JSONL: the field naming the document ("id")
	DateField  string // JSONL: the field holding the publication date ("date")
	KeepFields bool   // JSONL: keep the other fields in the records
}

func (o *Options) defaults() {
	if o.TextField == "" {
		o.TextField = "text"
	}
	if o.IDField == "" {
		o.IDField = "id"
	}
	if o.DateField == "" {
		o.DateField = "date"
	}
}

// ReadPaths reads every document of the paths, in order, and hands each to
// emit. A path is a file, a directory (walked in name order) or "-" for
// standard input. A file that cannot be read becomes a document with Err
// set, so that it still yields its record; ReadPaths stops early only when
// emit returns an error.
func ReadPaths(paths []string, opt Options, stdin io.Reader, emit func(*Document) error) error {
	opt.defaults()
	for _, p := range paths {
		if p == "-" {
			if err := readStream("stdin", stdin, opt.Format, opt, emit); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			if err := emit(&Document{Source: filepath.Base(p), Err: readError(err)}); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if err := readFile(p, filepath.Base(p), opt, emit); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			rel, _ := filepath.Rel(p, path)
			if err != nil {
				return emit(&Document{Source: rel, Err: readError(err)})
			}
			if d.IsDir() || strings.HasPrefix(d.Name(), ".") {
				return nil
			}
			return readFile(path, filepath.ToSlash(rel), opt, emit)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func readError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("cannot read %s: %v", pe.Path, pe.Err)
	}
	return fmt.Errorf("cannot read: %v", err)
}

func readFile(path, source string, opt Options, emit func(*Document) error) error {
	f, err := os.Open(path)
	if err != nil {
		return emit(&Document{Source: source, Err: readError(err)})
	}
	defer f.Close()
	format := formatOf(path, opt.Format)
	if format == FormatJSONL {
		return readJSONL(source, f, opt, emit)
	}
	return readStream(source, f, format, opt, emit)
}

// readStream reads one document in the format given, or, for FormatAuto,
// in the format its content shows (a JSONL stream, HTML or text).
func readStream(source string, r io.Reader, format string, opt Options, emit func(*Document) error) error {
	br := bufio.NewReader(r)
	if format == FormatAuto {
		head, _ := br.Peek(512)
		format = sniff(head)
	}
	if format == FormatJSONL {
		return readJSONL(source, br, opt, emit)
	}
	data, err := io.ReadAll(br)
	if err != nil {
		return emit(&Document{Source: source, Err: readError(err)})
	}
	return emit(FromBytes(source, data, format))
}

// FromBytes is the document a file's bytes hold, decoded, in the format
// given (FormatAuto: told from the content).
func FromBytes(source string, data []byte, format string) *Document {
	text, enc, err := Decode(data)
	if err != nil {
		return &Document{Source: source, Encoding: enc, Err: fmt.Errorf("cannot read %s: %v", source, err)}
	}
	if format == FormatAuto {
		format = sniff([]byte(text))
	}
	return &Document{Source: source, Text: text, Encoding: enc, HTML: format == FormatHTML}
}

// formatOf is the format the user asked for, else the one the file name
// says; FormatAuto leaves it to the content.
func formatOf(path, asked string) string {
	if asked != FormatAuto {
		return asked
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return FormatJSONL
	case ".html", ".htm", ".shtml", ".xhtml":
		return FormatHTML
	case ".txt", ".text":
		return FormatText
	}
	return FormatAuto
}

// sniff tells JSONL (a first line that is a JSON object) and HTML (markup
// near the start) from plain text.
func sniff(head []byte) string {
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n")
	if len(t) > 0 && t[0] == '{' {
		line := t
		if i := bytes.IndexByte(t, '\n'); i >= 0 {
			line = t[:i]
		}
		if json.Valid(bytes.TrimSpace(line)) || len(line) == len(t) && len(head) == 512 {
			return FormatJSONL
		}
	}
	lower := bytes.ToLower(t)
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<div", "<p>", "<p ", "<meta", "<table"} {
		if bytes.Contains(lower, []byte(tag)) {
			return FormatHTML
		}
	}
	return FormatText
}

// readJSONL reads one document per line. A line that is not a JSON object,
// or lacks the text field, still yields a document, with Err set.
func readJSONL(source string, r io.Reader, opt Options, emit func(*Document) error) error {
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if e := emit(FromJSONLine(source, n, line, opt)); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return emit(&Document{Source: fmt.Sprintf("%s:%d", source, n+1), Err: readError(err)})
		}
	}
}

// FromJSONLine is the document of line n of a JSONL input named source: its
// text, id and date from the fields opt names. A line that is not a JSON
// object, or lacks the text field, yields a document with Err set.
func FromJSONLine(source string, n int, line []byte, opt Options) *Document {
	opt.defaults()
	where := fmt.Sprintf("%s:%d", source, n)
	enc := EncUTF8
	if !utf8.Valid(line) {
		text, e, err := Decode(line)
		if err != nil {
			return &Document{Source: where, Err: fmt.Errorf("%s: %v", where, err)}
		}
		line, enc = []byte(text), e
	}
	var obj map[string]any
	if err := json.Unmarshal(line, &obj); err != nil {
		return &Document{Source: where, Encoding: enc, Err: fmt.Errorf("%s: not a JSON object: %v", where, err)}
	}
	doc := &Document{Source: where, Encoding: enc}
	if id, ok := obj[opt.IDField]; ok && id != nil {
		doc.Source = fmt.Sprint(id)
	}
	text, ok := obj[opt.TextField].(string)
	if !ok {
		doc.Err = fmt.Errorf("%s: no text in field %q", where, opt.TextField)
		return doc
	}
	doc.Text = text
	doc.HTML = sniff([]byte(text)) == FormatHTML
	if d, ok := obj[opt.DateField].(string); ok {
		doc.Published = timex.Parse(d)
	}
	if opt.KeepFields {
		for k, v := range obj {
			if k == opt.TextField {
				continue
			}
			if doc.Fields == nil {
				doc.Fields = map[string]any{}
			}
			doc.Fields[k] = v
		}
	}
	return doc
}
