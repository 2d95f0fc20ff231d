package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sync/atomic"

	"github.com/zxtract/zxtract/extract"
	"github.com/zxtract/zxtract/extract/read"
	"github.com/zxtract/zxtract/extract/record"
)

func cmdExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("extract", "extract [flags] PATH...\n\nReads files, directories (walked in name order) or - (stdin) and writes one JSON record per article.", stderr)
	var rf ruleFlags
	rf.register(fs)
	var opt read.Options
	fs.StringVar(&opt.Format, "input", "", "input format: text, html or jsonl (detected by default)")
	fs.StringVar(&opt.TextField, "text-field", "text", "JSONL: field holding the text")
	fs.StringVar(&opt.IDField, "id-field", "id", "JSONL: field naming the document")
	fs.StringVar(&opt.DateField, "date-field", "date", "JSONL: field holding the publication date")
	fs.BoolVar(&opt.KeepFields, "keep-fields", false, "JSONL: keep the input's other fields in the records")
	workers := fs.Int("j", runtime.NumCPU(), "number of workers (records stay in input order)")
	outPath := fs.String("o", "", "write records to this file instead of stdout")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile to this file (for go tool pprof)")
	if ok, code := parse(fs, args); !ok {
		return code
	}
	switch opt.Format {
	case "", read.FormatText, read.FormatHTML, read.FormatJSONL:
	default:
		fmt.Fprintf(stderr, "zxtract: --input %q: want text, html or jsonl\n", opt.Format)
		return exitUsage
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "zxtract extract: no input (give files, directories or - for stdin)")
		fs.Usage()
		return exitUsage
	}
	x, ok := rf.load(stderr)
	if !ok {
		return exitUsage
	}
	tuneGC()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintln(stderr, "zxtract:", err)
			return exitUsage
		}
		defer f.Close()
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	out := stdout
	if *outPath != "" {
		f, err := os.Create(*outPath)
		if err != nil {
			fmt.Fprintln(stderr, "zxtract:", err)
			return exitUsage
		}
		defer f.Close()
		out = f
	}
	w := &lineWriter{w: out}
	prog := newProgress(stderr)
	var failed atomic.Int64
	var stop atomic.Bool
	docs := make(chan *read.Document, *workers*2)
	go func() {
		defer close(docs)
		read.ReadPaths(fs.Args(), opt, stdin, func(d *read.Document) error {
			if stop.Load() {
				return errStopped
			}
			prog.read(len(d.Text))
			docs <- d
			return nil
		})
	}()
	// Workers extract and serialise; records come back in input order.
	err := extract.Run(x, docs, *workers, func(d *read.Document, recs []*record.Record) processed {
		return serialise(recs, len(d.Text))
	}, func(p processed) error {
		prog.done()
		for _, r := range p.records {
			if r.Error != "" {
				failed.Add(1)
				fmt.Fprintln(stderr, "zxtract:", r.Error)
			}
			for _, wn := range r.Warnings {
				fmt.Fprintf(stderr, "zxtract: %s: warning: %s\n", r.Source, wn.Msg)
			}
		}
		if p.err != nil {
			stop.Store(true)
			return p.err
		}
		if err := w.write(p.lines); err != nil {
			stop.Store(true)
			return err
		}
		return nil
	}, func() { w.flush() })
	prog.finish()
	if err == nil {
		err = w.flush()
	}
	if err != nil {
		fmt.Fprintln(stderr, "zxtract: writing records:", err)
		return exitFailed
	}
	if n := failed.Load(); n > 0 {
		fmt.Fprintf(stderr, "zxtract: %d document(s) could not be processed\n", n)
		return exitFailed
	}
	return exitOK
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
	}
}

// processed is a document's records and their JSON lines.
type processed struct {
	records []*record.Record
	lines   []byte
	err     error
}

func serialise(recs []*record.Record, size int) processed {
	// Records run about one and a half times the size of their text.
	p := processed{records: recs, lines: make([]byte, 0, size*3/2+512)}
	for _, r := range recs {
		var err error
		if p.lines, err = r.AppendJSON(p.lines); err != nil {
			p.err = fmt.Errorf("record %s: %v", r.ID, err)
			return p
		}
		p.lines = append(p.lines, '\n')
	}
	return p
}

// lineWriter buffers whole lines and writes only whole lines, so that a run
// killed halfway leaves no torn record behind.
type lineWriter struct {
	w   io.Writer
	buf bytes.Buffer
	err error
}

func (lw *lineWriter) write(lines []byte) error {
	if lw.err != nil {
		return lw.err
	}
	lw.buf.Write(lines)
	if lw.buf.Len() >= 64<<10 {
		return lw.flush()
	}
	return nil
}

func (lw *lineWriter) flush() error {
	if lw.err == nil && lw.buf.Len() > 0 {
		_, lw.err = lw.w.Write(lw.buf.Bytes())
		lw.buf.Reset()
	}
	return lw.err
}
