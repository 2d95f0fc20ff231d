// Package read is the reading stage: files, directories, standard input and
// JSONL corpora become Documents, each decoded from whatever encoding it was
// in. FromBytes and FromJSONLine build one document at a time, for runners
// that feed documents themselves (a Beam pipeline, a test).
package read

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
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
	Format     string // FormatAuto: from each file's extension, else its content
	Encoding   string // force an encoding (gbk, big5, utf-16le …); "" detects it
	TextField  string // JSONL: the field holding the text ("": the first of TextFields a line has)
	IDField    string // JSONL: the field naming the document ("": of IDFields)
	DateField  string // JSONL: the field holding the publication date ("": of DateFields)
	TitleField string // JSONL: the field holding the headline ("": of TitleFields)
	SiteField  string // JSONL: the field naming the site or outlet ("": of SiteFields)
	KeepFields bool   // JSONL: keep the other fields in the records
	// Include and Exclude are globs (path.Match) matched against a walked
	// file's name and its path under the directory given. A walk reads the
	// files Include matches, or, without it, those of the formats zxtract
	// reads; never those Exclude matches, nor hidden files and folders.
	Include, Exclude []string
	// Notice hears what a run should say about its inputs as a whole: an
	// empty directory, a name or id given twice.
	Notice func(msg string)
	// Shard and Shards keep only the documents whose source hashes to
	// shard Shard (from 0) of Shards (InShard); Shards 0 or 1 keeps all.
	Shard, Shards int
}

// InShard says whether a document's source hashes to shard i of n: a
// stable hash (FNV-1a), the same on every machine, so that n workers given
// the same inputs split them with no coordination.
func InShard(source string, i, n int) bool {
	if n <= 1 {
		return true
	}
	h := fnv.New64a()
	h.Write([]byte(source))
	return h.Sum64()%uint64(n) == uint64(i)
}

func (o *Options) defaults() {
	if o.Notice == nil {
		o.Notice = func(string) {}
	}
}

// reader reads the paths of one run, giving every document a source no
// other document of the run has.
type reader struct {
	opt   Options
	emit  func(*Document) error
	names names
	dirs  map[string]bool // directories walked, by their real path
}

// ReadPaths reads every document of the paths, in order, and hands each to
// emit. A path is a file, a directory (walked in name order, following
// symbolic links once) or "-" for standard input. A file that cannot be read
// becomes a document with Err set, so that it still yields its record;
// ReadPaths stops early only when emit returns an error.
func ReadPaths(paths []string, opt Options, stdin io.Reader, emit func(*Document) error) error {
	r := newReader(opt, emit)
	for _, p := range paths {
		if err := r.path(p, stdin); err != nil {
			return err
		}
	}
	return nil
}

// FromFile reads one file's contents, fetched by the caller from wherever it
// lives (a Beam filesystem, an archive), as ReadPaths reads a file of that
// name: gunzipped where it is gzip, a document per line where it is JSONL,
// else one document; its format from opt.Format, else the name's extension,
// else the content. The documents' sources are name, or a JSONL record's
// id, unique within the file.
func FromFile(name string, in io.Reader, opt Options, emit func(*Document) error) error {
	r := newReader(opt, emit)
	return r.stream(r.names.file(name, name), in, formatOf(name, r.opt.Format))
}

func newReader(opt Options, emit func(*Document) error) *reader {
	opt.defaults()
	if opt.Shards > 1 {
		all := emit
		emit = func(d *Document) error {
			if !InShard(d.Source, opt.Shard, opt.Shards) {
				return nil
			}
			return all(d)
		}
	}
	return &reader{opt: opt, emit: emit, names: names{seen: map[uint64]bool{}}, dirs: map[string]bool{}}
}

func (r *reader) path(p string, stdin io.Reader) error {
	if p == "-" {
		return r.stream(r.names.file("stdin", "stdin"), stdin, r.opt.Format)
	}
	info, err := os.Stat(p)
	switch {
	case err != nil:
		return r.emit(&Document{Source: r.names.file(filepath.Base(p), p), Err: readError(err)})
	case info.IsDir():
		n := 0
		if err := r.walk(p, p, "", &n); err != nil {
			return err
		}
		if n == 0 && (len(r.opt.Include) > 0 || len(r.opt.Exclude) > 0) {
			r.opt.Notice(fmt.Sprintf("%s: no documents in this directory that --include takes and --exclude leaves", p))
		} else if n == 0 {
			r.opt.Notice(fmt.Sprintf("%s: no documents in this directory (zxtract reads .txt, .html, .jsonl and their .gz)", p))
		}
		return nil
	}
	return r.file(p, r.names.file(filepath.Base(p), p))
}

// walk reads the files under dir (rel: its path under root) in name order.
func (r *reader) walk(root, dir, rel string, n *int) error {
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		if r.dirs[real] {
			return nil // a link back to a directory already walked
		}
		r.dirs[real] = true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		*n++
		return r.emit(&Document{Source: r.names.file(rel, dir), Err: readError(err)})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		full := filepath.Join(dir, name)
		sub := path.Join(rel, name)
		isDir := e.IsDir()
		if e.Type()&fs.ModeSymlink != 0 {
			if info, err := os.Stat(full); err == nil {
				isDir = info.IsDir()
			}
		}
		if isDir {
			if !r.excluded(sub) {
				if err := r.walk(root, full, sub, n); err != nil {
					return err
				}
			}
			continue
		}
		if !r.wanted(sub) {
			continue
		}
		*n++
		if err := r.file(full, r.names.file(sub, filepath.ToSlash(filepath.Join(root, sub)))); err != nil {
			return err
		}
	}
	return nil
}

// wanted: a walked file is read when Include takes it, or, without Include,
// when it is of a format zxtract reads; and Exclude does not drop it.
func (r *reader) wanted(rel string) bool {
	if r.excluded(rel) {
		return false
	}
	if len(r.opt.Include) > 0 {
		return matches(r.opt.Include, rel)
	}
	return formatOf(rel, FormatAuto) != FormatAuto
}

func (r *reader) excluded(rel string) bool { return matches(r.opt.Exclude, rel) }

// matches says whether a glob matches the file's name or its path.
func matches(globs []string, rel string) bool {
	for _, g := range globs {
		if ok, _ := path.Match(g, path.Base(rel)); ok {
			return true
		}
		if ok, _ := path.Match(g, rel); ok {
			return true
		}
	}
	return false
}

func readError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("cannot read %s: %v", pe.Path, pe.Err)
	}
	return fmt.Errorf("cannot read: %v", err)
}

func (r *reader) file(p, source string) error {
	f, err := os.Open(p)
	if err != nil {
		return r.emit(&Document{Source: source, Err: readError(err)})
	}
	defer f.Close()
	return r.stream(source, f, formatOf(p, r.opt.Format))
}

// stream reads one input: gunzipped where it is gzip, then as JSONL, or as
// one document in the format given; FormatAuto tells the format from the
// content (a JSONL stream whose lines are mostly no JSON is text).
func (r *reader) stream(source string, in io.Reader, format string) error {
	br := bufio.NewReaderSize(in, 64<<10)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return r.emit(&Document{Source: source, Err: fmt.Errorf("cannot read %s: not gzip: %v", source, err)})
		}
		defer gz.Close()
		br = bufio.NewReaderSize(gz, 64<<10)
	}
	if format == FormatAuto {
		head, _ := br.Peek(64 << 10)
		format = sniff(head)
		if format == FormatJSONL && !mostlyJSON(head) {
			format = FormatText
		}
	} else if format == FormatText && r.opt.Format == FormatAuto {
		// A .txt file of JSON lines (as scrapers save them) is JSONL; one
		// that opens as a web page does is HTML.
		head, _ := br.Peek(64 << 10)
		if sniff(head) == FormatJSONL && mostlyJSON(head) {
			format = FormatJSONL
		} else if opensPage(head) {
			format = FormatHTML
		}
	}
	if format == FormatJSONL {
		return r.jsonl(source, br)
	}
	data, err := io.ReadAll(br)
	if err != nil {
		return r.emit(&Document{Source: source, Err: fmt.Errorf("cannot read %s: %v", source, err)})
	}
	return r.emit(FromBytes(source, data, format, r.opt.Encoding))
}

// FromBytes is the document a file's bytes hold, decoded (in the encoding
// given, or the one its bytes show), in the format given (FormatAuto: told
// from the content).
func FromBytes(source string, data []byte, format, encoding string) *Document {
	text, enc, err := DecodeAs(data, encoding)
	if err != nil {
		return &Document{Source: source, Encoding: enc, Err: fmt.Errorf("cannot read %s: %v", source, err)}
	}
	doc := &Document{Source: source, Text: text, Encoding: enc}
	seen := sniff([]byte(text))
	if format == FormatAuto {
		format = seen
	}
	doc.HTML = format == FormatHTML
	if doc.HTML && seen != FormatHTML {
		doc.Warnings = append(doc.Warnings, "read as HTML, as asked, but it holds no markup")
	}
	if doc.HTML {
		h := pageHead(text)
		doc.Title, doc.TitleTag, doc.HeadDate, doc.Site = h.title, h.tag, h.date, h.site
	}
	return doc
}

// names gives the documents of a run sources no other has: a file's path
// under the directory given (or its name), else the path as given, else
// either with ~2, ~3 …; a JSONL record's id, else the id with its line.
// Only hashes are kept, so a run of millions of documents stays small.
type names struct {
	seen map[uint64]bool
}

func (n *names) take(s string) bool {
	h := fnv64(s)
	if n.seen[h] {
		return false
	}
	n.seen[h] = true
	return true
}

func (n *names) file(short, long string) string {
	if n.take(short) {
		return short
	}
	long = filepath.ToSlash(long)
	if long != short && n.take(long) {
		return long
	}
	for i := 2; ; i++ {
		if s := fmt.Sprintf("%s~%d", long, i); n.take(s) {
			return s
		}
	}
}

func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mostlyJSON: at least half the complete lines of head are JSON objects.
func mostlyJSON(head []byte) bool {
	lines := bytes.Split(head, []byte("\n"))
	if len(lines) == 1 {
		return true // one line longer than the look: it cannot tell
	}
	lines = lines[:len(lines)-1] // the last may be cut short
	good, all := 0, 0
	for _, l := range lines {
		l = bytes.TrimSpace(l)
		if len(l) == 0 {
			continue
		}
		all++
		if isJSONObject(l) {
			good++
		}
	}
	return all > 0 && 2*good >= all
}

// Size is the size in bytes of the files the paths name, walked as
// ReadPaths walks them (standard input counts nothing): for a progress
// line's total.
func Size(paths []string, opt Options) int64 {
	opt.defaults()
	var total int64
	r := &reader{opt: opt, dirs: map[string]bool{}}
	var walk func(dir, rel string)
	walk = func(dir, rel string) {
		if real, err := filepath.EvalSymlinks(dir); err != nil || r.dirs[real] {
			return
		} else {
			r.dirs[real] = true
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				continue
			}
			full, sub := filepath.Join(dir, e.Name()), path.Join(rel, e.Name())
			info, err := os.Stat(full)
			switch {
			case err != nil:
			case info.IsDir() && !r.excluded(sub):
				walk(full, sub)
			case !info.IsDir() && r.wanted(sub):
				total += info.Size()
			}
		}
	}
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			walk(p, "")
		} else if err == nil {
			total += info.Size()
		}
	}
	return total
}
