package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/zxtract/zxtract/extract/read"
	"github.com/zxtract/zxtract/extract/record"
	"golang.org/x/term"
)

// progress prints a line on stderr, when it is a terminal and the work takes
// more than a second: documents done, megabytes read of how many (where the
// inputs are files), the speed and the time left.
type progress struct {
	mu      sync.Mutex
	w       io.Writer
	on      bool
	start   time.Time
	last    time.Time
	bytes   int64
	total   int64 // bytes of the inputs, once measured; 0: unknown
	docs    int
	printed bool
}

func newProgress(stderr io.Writer, quiet bool) *progress {
	f, ok := stderr.(*os.File)
	return &progress{w: stderr, on: !quiet && ok && term.IsTerminal(int(f.Fd())), start: time.Now()}
}

// measure adds up the size of the inputs, for the percentage and the time
// left; standard input has no size.
func (p *progress) measure(paths []string, opt read.Options) {
	if !p.on {
		return
	}
	total := read.Size(paths, opt)
	p.mu.Lock()
	p.total = total
	p.mu.Unlock()
}

func (p *progress) read(n int) {
	p.mu.Lock()
	p.bytes += int64(n)
	p.mu.Unlock()
}

func (p *progress) done() {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.docs++
	now := time.Now()
	if now.Sub(p.start) < time.Second || now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last = now
	mb := float64(p.bytes) / 1e6
	speed := mb / now.Sub(p.start).Seconds()
	line := fmt.Sprintf("%d documents, %.1f MB, %.1f MB/s", p.docs, mb, speed)
	if p.total > 0 && p.bytes <= p.total {
		left := time.Duration(float64(p.total-p.bytes) / 1e6 / speed * float64(time.Second))
		line = fmt.Sprintf("%d documents, %.1f of %.1f MB (%d%%), %.1f MB/s, %s left", p.docs, mb, float64(p.total)/1e6,
			100*p.bytes/p.total, speed, left.Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r%s\033[K", line)
	p.printed = true
}

func (p *progress) finish() {
	if p.printed {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

func (p *progress) elapsed() (time.Duration, int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return time.Since(p.start), p.bytes
}

// summary counts what a run wrote, for its last line on stderr.
type summary struct {
	docs, articles, errors int
	lists                  []string
	entries                map[string]int
}

func newSummary(lists []string) *summary {
	return &summary{lists: lists, entries: map[string]int{}}
}

// add counts one record: an article, or a document that could not be read.
func (s *summary) add(r *record.Record) {
	if r.Error != "" {
		s.errors++
		return
	}
	s.articles++
	for _, l := range s.lists {
		s.entries[l] += len(r.Lists[l])
	}
}

// merge adds a document's counts.
func (s *summary) merge(o *summary) {
	s.docs++
	s.errors += o.errors
	s.articles += o.articles
	for l, n := range o.entries {
		s.entries[l] += n
	}
}

func (s *summary) String(took time.Duration, bytes int64) string {
	var parts []string
	for _, l := range s.lists {
		parts = append(parts, fmt.Sprintf("%s %d", l, s.entries[l]))
	}
	mb := float64(bytes) / 1e6
	return fmt.Sprintf("%d documents (%d could not be read), %d articles; %s; %.1f MB in %.1f s (%.1f MB/s)", s.docs, s.errors,
		s.articles, strings.Join(parts, ", "), mb, took.Seconds(), mb/max(took.Seconds(), 1e-3))
}
