package main

import (
	"fmt"
	"io"
	"time"

	"github.com/zxtract/zxtract/extract/read"
)

// profileRules runs the pipeline over the inputs on one core and prints,
// per rule, its runs, matches and time: where a rule set spends its time.
func profileRules(rf ruleFlags, inputs []string, stdout, stderr io.Writer) int {
	if len(inputs) == 0 {
		fmt.Fprint(stderr, "zxtract rules profile: name the inputs to profile on\n\n", rulesUsage)
		return exitUsage
	}
	x, ok := rf.load(stderr)
	if !ok {
		return exitFailed
	}
	p := x.NewProfiler()
	if err := read.ReadPaths(inputs, read.Options{}, nil, func(d *read.Document) error {
		p.Add(d)
		return nil
	}); err != nil {
		fmt.Fprintln(stderr, "zxtract rules profile:", err)
		return exitFailed
	}
	res := p.Result()
	var rulesTime time.Duration
	for _, c := range res.Costs {
		rulesTime += c.Time
	}
	fmt.Fprintf(stdout, "%d documents, %.1f MB in %v (%.1f MB/s); rules %v (%.0f%%)\n",
		res.Docs, float64(res.Bytes)/1e6, res.Time.Round(time.Millisecond), float64(res.Bytes)/1e6/res.Time.Seconds(),
		rulesTime.Round(time.Millisecond), 100*rulesTime.Seconds()/res.Time.Seconds())
	fmt.Fprintf(stdout, "%-32s %6s %8s %9s %9s %8s %6s\n", "rule", "share", "runs", "chars", "matches", "time", "µs/run")
	for _, c := range res.Costs {
		fmt.Fprintf(stdout, "%-32s %5.1f%% %8d %9d %9d %8v %6.1f\n", c.Rule.ID, 100*c.Time.Seconds()/rulesTime.Seconds(),
			c.Runs, c.Chars, c.Matches, c.Time.Round(time.Microsecond), float64(c.Time.Microseconds())/float64(c.Runs))
	}
	return exitOK
}
