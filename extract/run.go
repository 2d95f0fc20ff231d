package extract

import "sync"

// Run processes the documents from docs with the given number of workers
// and hands each document's records to emit in input order. At most a few
// documents per worker are in flight, so memory does not grow with the
// input. If emit fails, Run keeps draining, emits no more, and returns the
// error. idle, when set, is called whenever Run is about to wait for a
// result, so that a writer can flush what it holds.
func (e *Engine) Run(docs <-chan *Document, workers int, emit func([]*Record) error, idle func()) error {
	return RunOrdered(docs, workers, e.Process, emit, idle)
}

// RunOrdered is Run for any work on documents: process runs on the workers
// (so that, say, records are also serialised in parallel), emit in input
// order on the caller's goroutine.
func RunOrdered[T any](docs <-chan *Document, workers int, process func(*Document) T, emit func(T) error, idle func()) error {
	if workers < 1 {
		workers = 1
	}
	type job struct {
		doc *Document
		out chan T
	}
	jobs := make(chan job)
	order := make(chan chan T, workers*4)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
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
