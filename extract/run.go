package extract

import (
	"iter"
	"sync"

	"github.com/zxtract/zxtract/extract/read"
	"github.com/zxtract/zxtract/extract/record"
)

// Run processes the documents from docs on a pool of workers and hands
// each document's result to emit, in input order, on the caller's
// goroutine. finish runs on the workers and is handed the document's
// records as they are made (Records): it serialises them, say, so that a
// big document's thousands of records are never all held at once. Each worker holds its own clone of the
// extractor, made when a worker finds none idle, so a run on one small file
// compiles the rules once. At most a few documents per worker are in
// flight, so memory does not grow with the input. If emit fails, Run keeps
// draining, emits no more, and returns the error. idle, when set, is called
// whenever Run is about to wait for a result, so that a writer can flush
// what it holds.
func Run[T any](x *Extractor, docs <-chan *read.Document, workers int, finish func(*read.Document, iter.Seq[*record.Record]) T, emit func(T) error, idle func()) error {
	if workers < 1 {
		workers = 1
	}
	base := *x
	base.parallel = workers // a big document's articles share the workers
	x = &base
	pool := make(chan *Extractor, workers)
	pool <- x
	process := func(d *read.Document) T {
		var w *Extractor
		select {
		case w = <-pool:
		default:
			w = x.Clone() // Clone only reads x: safe while another worker uses it
		}
		defer func() {
			select {
			case pool <- w:
			default:
			}
		}()
		return finish(d, w.Records(d))
	}
	type job struct {
		doc *read.Document
		out chan T
	}
	jobs := make(chan job)
	order := make(chan chan T, workers*4)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- process(j.doc)
			}
		}()
	}
	go func() {
		for d := range docs {
			out := make(chan T, 1)
			order <- out
			jobs <- job{d, out}
		}
		close(jobs)
		close(order)
	}()
	wait := func() {
		if idle != nil {
			idle()
		}
	}
	var err error
	for {
		var out chan T
		var ok bool
		select {
		case out, ok = <-order:
		default:
			wait()
			out, ok = <-order
		}
		if !ok {
			break
		}
		var res T
		select {
		case res = <-out:
		default:
			wait()
			res = <-out
		}
		if err == nil {
			err = emit(res)
		}
	}
	wg.Wait()
	return err
}
