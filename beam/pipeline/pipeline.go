// Package pipeline is zxtract as an Apache Beam pipeline: files matched by
// globs on any filesystem Beam has (local paths, gs://, s3://) are read
// into documents, each document runs through the same extract library as
// the CLI, and the records are written as JSONL shards, the error records
// (documents that could not be read) as shards of a dead-letter output.
//
//	match, read  a file → its documents (a text or HTML page, or a JSONL line each)
//	reshuffle    spread the documents of a big JSONL file over the workers
//	extract      a document → its records, JSON lines; error records aside
//	write        each output keyed to N shards, a file per shard
package pipeline

import (
	"fmt"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/zxtract/zxtract/extract"

	// The filesystems inputs and outputs may be on.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
)

// Options say what a pipeline reads, how, and where it writes.
type Options struct {
	Inputs     []string // globs of files: text, HTML, JSONL and their .gz
	Output     string   // prefix of the records' shards: PREFIX-00003-of-00008.jsonl
	DeadLetter string   // prefix of the error records' shards; Output+"-errors" when empty
	Shards     int      // shards of each output; 8 when 0
	Read       ReadOptions
	// Rules are user rule files or directories, added to the embedded
	// defaults (or alone, with NoDefaults). They are read when the
	// pipeline is built and travel with it, so workers need no copy.
	Rules      []string
	NoDefaults bool
}

// Build adds the pipeline to scope s. It loads the rules once first, so
// that a broken rule stops the job before it is submitted.
func Build(s beam.Scope, opt Options) error {
	if len(opt.Inputs) == 0 {
		return fmt.Errorf("no input: give one or more globs")
	}
	if opt.Output == "" {
		return fmt.Errorf("no output prefix")
	}
	if opt.DeadLetter == "" {
		opt.DeadLetter = opt.Output + "-errors"
	}
	if opt.Shards <= 0 {
		opt.Shards = 8
	}
	sets, err := shipRules(opt.Rules)
	if err != nil {
		return err
	}
	xfn := &extractFn{Rules: sets, NoDefaults: opt.NoDefaults}
	if _, errs := extract.Load(xfn.options()); len(errs) > 0 {
		return fmt.Errorf("rules: %v", errs)
	}

	var docs []beam.PCollection
	for _, glob := range opt.Inputs {
		g := s.Scope("read " + glob)
		files := fileio.ReadMatches(g, fileio.MatchFiles(g, glob))
		docs = append(docs, beam.ParDo(g, &readFn{Root: root(glob), Options: opt.Read}, files))
	}
	all := beam.Reshuffle(s, beam.Flatten(s, docs...))
	records, failed := beam.ParDo2(s, xfn, all)
	writeShards(s.Scope("write records"), opt.Output, opt.Shards, records)
	writeShards(s.Scope("write errors"), opt.DeadLetter, opt.Shards, failed)
	return nil
}

// root is the folder a glob's files are named under, as the CLI names the
// files of a folder it walks: docs/2024/*.txt names docs/2024/a.txt a.txt.
func root(glob string) string {
	if i := strings.IndexAny(glob, "*?["); i >= 0 {
		glob = glob[:i]
	}
	return glob[:strings.LastIndex(glob, "/")+1]
}

// Counts are the pipeline's counters, summed over its steps: documents
// read, records written, error records written to the dead letter.
func Counts(r beam.PipelineResult) map[string]int64 {
	out := map[string]int64{}
	if r == nil {
		return out // a runner that submits and returns reports nothing
	}
	for _, c := range r.Metrics().AllMetrics().Counters() {
		if c.Namespace() == "zxtract" {
			out[c.Name()] += c.Result()
		}
	}
	return out
}
