package pipeline

import (
	"bufio"
	"context"
	"fmt"
	"hash/fnv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.Emitter2[int, string]()
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
}

// writeShards writes the lines of col to n files, PREFIX-00003-of-00008.jsonl:
// each line goes to the shard its hash names, so a retried bundle writes
// the same files. A shard no line falls in has no file.
func writeShards(s beam.Scope, prefix string, n int, col beam.PCollection) {
	keyed := beam.ParDo(s, &shardFn{N: n}, col)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, N: n}, beam.GroupByKey(s, keyed))
}

type shardFn struct{ N int }

func (fn *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(fn.N)), line)
}

type writeShardFn struct {
	Prefix string
	N      int
}

// ShardName is the file shard i of n of an output is written to.
func ShardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := ShardName(fn.Prefix, shard, fn.N)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	f, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var line string
	for lines(&line) {
		w.WriteString(line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %v", name, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %v", name, err)
	}
	return nil
}
