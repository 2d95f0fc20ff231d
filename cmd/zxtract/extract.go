package main

import (
	"errors"
	"fmt"
	"iter"
	"os"
	"path"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"sync/atomic"

	"github.com/spf13/cobra"
	"github.com/zxtract/zxtract/extract"
	"github.com/zxtract/zxtract/extract/read"
	"github.com/zxtract/zxtract/extract/record"
)

func (a *app) extractCmd() *cobra.Command {
	var rf ruleFlags
	var opt read.Options
	var workers int
	var outPath, format, list, cpuProfile, shard string
	var fields []string
	var quiet bool
	cmd := &cobra.Command{
		Use:   "extract [flags] PATH...",
		Short: "extract records from files, directories or - (stdin)",
		Long: `Reads files, directories and - (standard input) and writes one JSON record per
article. A directory is walked in name order: its .txt, .html and .jsonl files
(and their .gz), not hidden ones; --include and --exclude choose otherwise.
Flags may come anywhere; -- ends them.`,
		Example: `  zxtract extract testdata/text
  zxtract extract --format entries -o entries.jsonl corpus/
  zxtract extract --format csv --list figures corpus.jsonl.gz > figures.csv
  cat docs.jsonl | zxtract extract --date-field pubdate -
  zxtract extract --shard 2/8 corpus/ > part-2.jsonl   # worker 2 of 8`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, paths []string) error {
			if len(paths) == 0 {
				return usagef("extract: no input (give files, directories or - for stdin)")
			}
			switch opt.Format {
			case "", read.FormatText, read.FormatHTML, read.FormatJSONL:
			default:
				return usagef("--input %q: want text, html or jsonl", opt.Format)
			}
			if workers < 0 {
				return usagef("-j %d: the number of workers is 1 or more (0: one per core)", workers)
			}
			if workers == 0 {
				workers = runtime.NumCPU()
			}
			if shard != "" {
				if _, err := fmt.Sscanf(shard, "%d/%d", &opt.Shard, &opt.Shards); err != nil || opt.Shards < 1 || opt.Shard < 0 || opt.Shard >= opt.Shards {
					return usagef("--shard %q: want I/N, shard I (from 0) of N", shard)
				}
			}
			for _, g := range append(slices.Clone(opt.Include), opt.Exclude...) {
				if _, err := path.Match(g, ""); err != nil {
					return usagef("--include/--exclude %q: %v", g, err)
				}
			}
			if opt.Encoding != "" {
				if _, _, err := read.DecodeAs(nil, opt.Encoding); err != nil {
					return usagef("--encoding: %v", err)
				}
			}
			// Before loading, which allocates the gazetteer's and the
			// dictionary's maps; a profile from the start, as loading is
			// part of a run's cost.
			tuneGC()
			if cpuProfile != "" {
				f, err := os.Create(cpuProfile)
				if err != nil {
					return usagef("--cpuprofile: %v", unwrapPath(err))
				}
				defer f.Close()
				pprof.StartCPUProfile(f)
				defer pprof.StopCPUProfile()
			}
			x, err := rf.load(a.stderr)
			if err != nil {
				return err
			}
			w, err := newWriter(x, format, list, fields)
			if err != nil {
				return err
			}
			out, err := openOutput(outPath, a.stdout, paths)
			if err != nil {
				return err
			}
			return a.extract(x, w, out, paths, opt, workers, quiet)
		},
	}
	rf.register(cmd)
	f := cmd.Flags()
	f.StringVar(&opt.Format, "input", "", "input format: text, html or jsonl (default: from the extension, else the content)")
	f.StringVar(&opt.Encoding, "encoding", "", "read every input in this encoding: utf-8, gbk, gb18030, big5, utf-16le … (default: detected)")
	f.StringVar(&opt.TextField, "text-field", "", "JSONL: field holding the text, a.b for one inside an object (default: the first of text, content, body, article… a line has)")
	f.StringVar(&opt.IDField, "id-field", "", "JSONL: field naming the document (default: id, doc_id, url…)")
	f.StringVar(&opt.DateField, "date-field", "", "JSONL: field holding the publication date (default: date, published, pub_date…)")
	f.StringVar(&opt.TitleField, "title-field", "", "JSONL: field holding the headline, where the text has none (default: title, headline)")
	f.StringVar(&opt.SiteField, "site-field", "", "JSONL: field naming the site or outlet, which may place the bodies (default: site, media, source…)")
	f.BoolVar(&opt.KeepFields, "keep-fields", false, "JSONL: keep the input's other fields in the records")
	f.StringArrayVar(&opt.Include, "include", nil, "in directories, read the files this glob matches (repeatable)")
	f.StringArrayVar(&opt.Exclude, "exclude", nil, "in directories, skip the files and folders this glob matches (repeatable)")
	f.IntVarP(&workers, "jobs", "j", runtime.NumCPU(), "number of workers, 0 for one per core (records stay in input order)")
	f.StringVarP(&outPath, "output", "o", "", "write to this file (whole, at the end) instead of stdout")
	f.StringVar(&format, "format", formatJSONL, "jsonl (a record per line), entries (an entry per line) or csv (rows of one --list)")
	f.StringVar(&list, "list", "", "csv: the list to write (people, bodies, figures, dates, meetings, documents, a kind of yours; people.roles: a row per role)")
	f.StringSliceVar(&fields, "fields", nil, "keep only these record fields (id,headline,figures …)")
	f.BoolVarP(&quiet, "quiet", "q", false, "no progress, no summary on stderr")
	f.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile to this file (for go tool pprof)")
	f.StringVar(&shard, "shard", "", "I/N: keep the documents whose source hashes to shard I (from 0) of N, to split a corpus over N workers")
	f.MarkHidden("cpuprofile")
	return cmd
}

// extract runs the pipeline over the inputs and writes the records.
func (a *app) extract(x *extract.Extractor, w *writer, out *output, paths []string, opt read.Options, workers int, quiet bool) error {
	lines := &lineWriter{w: out}
	lines.write(w.header())
	prog := newProgress(a.stderr, quiet)
	go prog.measure(paths, opt)
	opt.Notice = func(msg string) { fmt.Fprintln(a.stderr, "zxtract: warning:", msg) }
	var stop atomic.Bool
	docs := make(chan *read.Document, workers*2)
	go func() {
		defer close(docs)
		read.ReadPaths(paths, opt, a.stdin, func(d *read.Document) error {
			if stop.Load() {
				return errStopped
			}
			prog.read(len(d.Text))
			roomFor(len(d.Text))
			docs <- d
			return nil
		})
	}()
	sum := newSummary(x.Lists())
	// Workers extract and serialise each record as it is made; documents
	// come back in input order.
	err := extract.Run(x, docs, workers, func(d *read.Document, recs iter.Seq[*record.Record]) processed {
		p := processed{lines: make([]byte, 0, len(d.Text)*3/2+512), count: newSummary(sum.lists)}
		for r := range recs {
			p.count.add(r)
			if r.Error != "" {
				p.notes = append(p.notes, r.Error)
			}
			for _, wn := range r.Warnings {
				p.notes = append(p.notes, fmt.Sprintf("%s: warning: %s", r.Source, wn.Msg))
			}
			if p.err == nil {
				p.lines, p.err = w.record(p.lines, r)
			}
		}
		return p
	}, func(p processed) error {
		prog.done()
		sum.merge(p.count)
		for _, n := range p.notes {
			fmt.Fprintln(a.stderr, "zxtract:", n)
		}
		if p.err == nil {
			p.err = lines.write(p.lines)
		}
		if p.err != nil {
			stop.Store(true)
		}
		return p.err
	}, func() { lines.flush() })
	prog.finish()
	if err == nil {
		err = lines.flush()
	}
	if ferr := out.finish(err == nil); err == nil && ferr != nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(a.stderr, "zxtract: writing records:", err)
		return failed
	}
	if !quiet {
		fmt.Fprintln(a.stderr, "zxtract:", sum.String(prog.elapsed()))
	}
	if sum.errors > 0 {
		fmt.Fprintf(a.stderr, "zxtract: %d document(s) could not be processed\n", sum.errors)
		return failed
	}
	return nil
}

var errStopped = errors.New("stopped")

// tuneGC trades a little memory for less collecting: the pipeline allocates
// much short-lived garbage and keeps little. A soft limit keeps the heap
// well under 200 MB whatever the input. GOGC and GOMEMLIMIT still win.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(150 << 20)
		softLimit.Store(150 << 20)
	}
}

// softLimit is the heap size the collector aims under (tuneGC), 0 when
// GOMEMLIMIT set it.
var softLimit atomic.Int64

// roomFor raises the soft limit for a big document, whose text, view and
// written records live until its last article is read (some 12 bytes a
// byte of text, and as much again in garbage between collections): under
// a limit it must pass, the collector would run without pause.
func roomFor(size int) {
	if limit := softLimit.Load(); limit > 0 && int64(size)*40 > limit {
		softLimit.Store(int64(size) * 40)
		debug.SetMemoryLimit(int64(size) * 40)
	}
}

// processed is a document's records and their output.
type processed struct {
	count *summary // the document's records, counted
	notes []string // its errors and warnings, for stderr
	lines []byte   // its records, written
	err   error
}

// lineWriter buffers whole lines and writes only whole lines, so that a run
// killed halfway leaves no torn record behind.
type lineWriter struct {
	w   *output
	buf []byte
	err error
}

func (lw *lineWriter) write(lines []byte) error {
	if lw.err != nil {
		return lw.err
	}
	lw.buf = append(lw.buf, lines...)
	if len(lw.buf) >= 64<<10 {
		return lw.flush()
	}
	return nil
}

func (lw *lineWriter) flush() error {
	if lw.err == nil && len(lw.buf) > 0 {
		_, lw.err = lw.w.Write(lw.buf)
		lw.buf = lw.buf[:0]
	}
	return lw.err
}
