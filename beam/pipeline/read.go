package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/zxtract/zxtract/extract/read"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Doc), error](&readFn{})
	register.Emitter1[Doc]()
}

// ReadOptions are the CLI's reading flags (--input, --encoding, the JSONL
// fields).
type ReadOptions struct {
	Format     string // text, html or jsonl; "" tells it from the name, else the content
	Encoding   string // "" detects it
	TextField  string // JSONL: "" looks for read.TextFields
	IDField    string // JSONL: "" looks for read.IDFields
	DateField  string // JSONL: "" looks for read.DateFields
	TitleField string // JSONL: "" looks for read.TitleFields
	SiteField  string // JSONL: "" looks for read.SiteFields
	KeepFields bool   // JSONL: keep the other fields in the records
}

func (o ReadOptions) options() read.Options {
	return read.Options{Format: o.Format, Encoding: o.Encoding, TextField: o.TextField,
		IDField: o.IDField, DateField: o.DateField, TitleField: o.TitleField, SiteField: o.SiteField, KeepFields: o.KeepFields}
}

// Doc is a read.Document in a form Beam can encode between workers.
type Doc struct {
	Source, Text, Encoding, Published, Title, HeadDate, Site string
	TitleTag                                                 bool
	HTML                                                     bool
	Fields                                                   []byte // the kept JSONL fields, as a JSON object
	Warnings                                                 []string
	Err                                                      string
}

func toDoc(d *read.Document) (Doc, error) {
	out := Doc{Source: d.Source, Text: d.Text, Encoding: d.Encoding, Published: d.Published, Title: d.Title, TitleTag: d.TitleTag, HeadDate: d.HeadDate, Site: d.Site, HTML: d.HTML, Warnings: d.Warnings}
	if d.Err != nil {
		out.Err = d.Err.Error()
	}
	if d.Fields != nil {
		b, err := json.Marshal(d.Fields)
		if err != nil {
			return out, err
		}
		out.Fields = b
	}
	return out, nil
}

func (d Doc) document() *read.Document {
	out := &read.Document{Source: d.Source, Text: d.Text, Encoding: d.Encoding, Published: d.Published, Title: d.Title, TitleTag: d.TitleTag, HeadDate: d.HeadDate, Site: d.Site, HTML: d.HTML, Warnings: d.Warnings}
	if d.Err != "" {
		out.Err = errors.New(d.Err)
	}
	if d.Fields != nil {
		json.Unmarshal(d.Fields, &out.Fields) // written by toDoc from the same map
	}
	return out
}

// readFn reads one matched file into its documents, as the CLI reads a
// file: a file that cannot be read is a document that says why, so that it
// still yields its (error) record.
type readFn struct {
	Root    string // the glob's folder, cut from the files' paths to name them
	Options ReadOptions
}

func (fn *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(Doc)) error {
	name := strings.TrimPrefix(file.Metadata.Path, fn.Root)
	send := func(d *read.Document) error {
		doc, err := toDoc(d)
		if err != nil {
			return err
		}
		emit(doc)
		return nil
	}
	in, err := file.Open(ctx)
	if err != nil {
		return send(&read.Document{Source: name, Err: errors.New("cannot read " + name + ": " + err.Error())})
	}
	defer in.Close()
	return read.FromFile(name, in, fn.Options.options(), send)
}
