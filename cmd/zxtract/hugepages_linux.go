package main

import (
	"os"
	"runtime"
	"strings"
	"syscall"
)

// Fresh memory is what a short run pays most for: the kernel maps the heap
// a 4 KB page at a time, some 12 µs a fault on the machines measured, and
// loading the rules and a first document touch some 45 MB (over 10 000
// faults, half the time to the first record). Where transparent huge pages
// are granted on request (THP "madvise", many distributions' default) the
// Go runtime does not ask for them, so zxtract does: it takes a span of
// fresh heap (nothing touches it), asks huge pages for it and frees it at
// once; the allocations of the load then land there, 2 MB a fault. Where
// THP is "always" or "never" this changes nothing; GODEBUG=disablethp=1
// leaves the heap as the runtime maps it.
func init() {
	if strings.Contains(os.Getenv("GODEBUG"), "disablethp=1") {
		return
	}
	adviseHugePages(64 << 20)
	runtime.GC() // frees the span for the load
}

func adviseHugePages(size int) {
	span := make([]byte, size)
	_ = syscall.Madvise(span, syscall.MADV_HUGEPAGE) // (best effort: refused, the heap keeps 4 KB pages)
}
