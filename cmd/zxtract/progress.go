package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"
)

// progress prints a line on stderr, when it is a terminal and the work takes
// more than a second: documents done and the reading speed.
type progress struct {
	mu      sync.Mutex
	w       io.Writer
	on      bool
	start   time.Time
	last    time.Time
	bytes   int64
	docs    int
	printed bool
}

func newProgress(stderr io.Writer) *progress {
	f, ok := stderr.(*os.File)
	return &progress{w: stderr, on: ok && term.IsTerminal(int(f.Fd())), start: time.Now()}
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
	fmt.Fprintf(p.w, "\r%d documents, %.1f MB, %.1f MB/s ", p.docs, mb, mb/now.Sub(p.start).Seconds())
	p.printed = true
}

func (p *progress) finish() {
	if p.printed {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
