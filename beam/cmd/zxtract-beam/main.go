// Command zxtract-beam runs zxtract as an Apache Beam pipeline: on this
// machine (--runner=direct or prism) or submitted to Dataflow, Flink or
// Spark, the same binary serving as the workers.
//
//	zxtract-beam --input 'corpus/*.jsonl' --output out/records [--rules my.yaml] [--runner=…]
//
// It writes out/records-00000-of-00008.jsonl … (one record per line, as the
// CLI writes them) and the error records of documents that could not be
// read to out/records-errors-….jsonl.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/zxtract/zxtract/beam/pipeline"
)

// list is a repeatable flag.
type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(v string) error { *l = append(*l, v); return nil }

func main() {
	var opt pipeline.Options
	flag.Var((*list)(&opt.Inputs), "input", "glob of input files: local, gs://, s3:// (repeatable)")
	flag.StringVar(&opt.Output, "output", "", "prefix of the record shards (PREFIX-00000-of-00008.jsonl)")
	flag.StringVar(&opt.DeadLetter, "dead-letter", "", "prefix of the error records' shards (default: OUTPUT-errors)")
	flag.IntVar(&opt.Shards, "shards", 8, "number of shards of each output")
	flag.Var((*list)(&opt.Rules), "rules", "a rule file or folder to add to the defaults, shipped with the job (repeatable)")
	flag.BoolVar(&opt.NoDefaults, "no-default-rules", false, "start without the embedded default rules")
	flag.StringVar(&opt.Read.Format, "input-format", "", "text, html or jsonl (default: from the extension, else the content)")
	flag.StringVar(&opt.Read.Encoding, "encoding", "", "read every input in this encoding (default: detected)")
	flag.StringVar(&opt.Read.TextField, "text-field", "", "JSONL: field holding the text (default: the first of text, content, body, article… a line has)")
	flag.StringVar(&opt.Read.IDField, "id-field", "", "JSONL: field naming the document (default: id, doc_id, url…)")
	flag.StringVar(&opt.Read.DateField, "date-field", "", "JSONL: field holding the publication date (default: date, published, pub_date…)")
	flag.StringVar(&opt.Read.TitleField, "title-field", "", "JSONL: field holding the headline, where the text has none (default: title, headline)")
	flag.StringVar(&opt.Read.SiteField, "site-field", "", "JSONL: field naming the site or outlet, which may place the bodies (default: site, media, source…)")
	flag.BoolVar(&opt.Read.KeepFields, "keep-fields", false, "JSONL: keep the input's other fields in the records")
	flag.Parse()
	if opt.DeadLetter == "" {
		opt.DeadLetter = opt.Output + "-errors"
	}
	beam.Init() // on a worker, this serves the pipeline and never returns

	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, opt); err != nil {
		fmt.Fprintln(os.Stderr, "zxtract-beam:", err)
		os.Exit(2)
	}
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "zxtract-beam:", err)
		os.Exit(1)
	}
	if res == nil {
		return // submitted: the runner's console has the counters
	}
	n := pipeline.Counts(res)
	fmt.Fprintf(os.Stderr, "zxtract-beam: %d documents, %d records, %d error records\n", n["documents"], n["records"], n["error-records"])
	if n["error-records"] > 0 {
		fmt.Fprintf(os.Stderr, "zxtract-beam: %d document(s) could not be read; their records are in %s-*\n", n["error-records"], opt.DeadLetter)
		os.Exit(1)
	}
}
