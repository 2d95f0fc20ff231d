package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// The pipeline, run on Beam's local runners over the project's test files
// (and a gzipped JSONL corpus with user rules), writes the records the CLI
// writes for the same files and rules, record for record: error records in
// the dead letter, the others in the record shards.
func TestPipelineMatchesCLI(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	os.Mkdir(corpus, 0o755)
	writeGzip(t, filepath.Join(corpus, "wire.jsonl.gz"), strings.Join([]string{
		`{"id":"w1","date":"2024-03-05","source":"wire","text":"区政协召开常委会议\n3月4日，区政协召开常委会议。会议指出，要用好政务服务热线12345，办复率达到98.5%。"}`,
		`{"id":"w1","text":"市民可拨打服务电话0571-88888888咨询。"}`,
		`{"id":"w2","date":"not a date","text":"《政府工作报告》提出，全年新增就业12万人。"}`,
		`[1, 2, 3]`,
	}, "\n")+"\n")
	inputs := []string{"../../testdata/text/*", "../../testdata/html/*", "../../testdata/bad/*", corpus + "/*"}
	ruleFile := "../../testdata/rules/hotline.yaml"

	var files []string
	for _, g := range inputs {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	want := cliRecords(t, dir, append([]string{"--keep-fields", "--rules", ruleFile}, files...))
	if len(want) < 20 || !slices.ContainsFunc(want, func(l string) bool { return strings.Contains(l, `"number":"12345"`) }) {
		t.Fatalf("the CLI wrote %d records, none with a hotline: the test inputs are not what they were", len(want))
	}

	for _, runner := range []struct {
		name string
		run  func(context.Context, *beam.Pipeline) (beam.PipelineResult, error)
	}{{"direct", direct.Execute}, {"prism", prism.Execute}} {
		t.Run(runner.name, func(t *testing.T) {
			out := filepath.Join(dir, runner.name, "records")
			p, s := beam.NewPipelineWithRoot()
			err := Build(s, Options{Inputs: inputs, Output: out, Shards: 3, Rules: []string{ruleFile},
				Read: ReadOptions{KeepFields: true}})
			if err != nil {
				t.Fatal(err)
			}
			res, err := runner.run(context.Background(), p)
			if err != nil {
				t.Fatal(err)
			}
			records := readShards(t, out+"-0000?-of-00003.jsonl")
			failed := readShards(t, out+"-errors-0000?-of-00003.jsonl")
			for _, l := range records {
				if strings.Contains(l, `"error":"`) {
					t.Errorf("an error record among the records: %.200s", l)
				}
			}
			for _, l := range failed {
				if !strings.Contains(l, `"error":"`) {
					t.Errorf("a record without error in the dead letter: %.200s", l)
				}
			}
			got := append(records, failed...)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("the pipeline wrote %d records, the CLI %d", len(got), len(want))
				for _, l := range diff(got, want) {
					t.Log(l)
				}
			}
			if n := Counts(res); n["records"] != int64(len(records)) || n["error-records"] != int64(len(failed)) {
				t.Errorf("counters %v; wrote %d records, %d error records", n, len(records), len(failed))
			}
		})
	}
}

// A broken rule file stops the pipeline before it runs.
func TestBrokenRulesStopTheBuild(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("rules:\n  - id: x\n    kind: nosuchkind\n    pattern: '('\n"), 0o644)
	_, s := beam.NewPipelineWithRoot()
	err := Build(s, Options{Inputs: []string{"x/*"}, Output: "y", Rules: []string{bad}})
	if err == nil || !strings.Contains(err.Error(), "bad.yaml") {
		t.Fatalf("Build = %v, want an error naming bad.yaml", err)
	}
}

func TestRoot(t *testing.T) {
	for glob, want := range map[string]string{
		"docs/2024/*.txt":        "docs/2024/",
		"gs://bucket/news/a.txt": "gs://bucket/news/",
		"a.txt":                  "",
		"docs/day-?/*.jsonl":     "docs/",
	} {
		if got := root(glob); got != want {
			t.Errorf("root(%q) = %q, want %q", glob, got, want)
		}
	}
}

// cliRecords runs the CLI of the main module and returns its records, sorted.
func cliRecords(t *testing.T, dir string, args []string) []string {
	t.Helper()
	bin := filepath.Join(dir, "zxtract")
	build := exec.Command("go", "build", "-o", bin, "./cmd/zxtract")
	build.Dir = "../.."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building the CLI: %v\n%s", err, out)
	}
	var stdout bytes.Buffer
	cmd := exec.Command(bin, append([]string{"extract", "-q"}, args...)...)
	cmd.Stdout = &stdout
	cmd.Run() // exits 1: some test files cannot be read
	return sortedLines(stdout.String())
}

func readShards(t *testing.T, glob string) []string {
	t.Helper()
	names, _ := filepath.Glob(glob)
	var lines []string
	for _, n := range names {
		if !regexp.MustCompile(`-\d{5}-of-\d{5}\.jsonl$`).MatchString(n) {
			t.Errorf("shard named %s", n)
		}
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, sortedLines(string(b))...)
	}
	return lines
}

func sortedLines(s string) []string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	if s == "" {
		lines = nil
	}
	slices.Sort(lines)
	return lines
}

func diff(got, want []string) []string {
	var out []string
	for _, l := range got {
		if !slices.Contains(want, l) {
			out = append(out, "extra: "+l)
		}
	}
	for _, l := range want {
		if !slices.Contains(got, l) {
			out = append(out, "missing: "+l)
		}
	}
	return out
}

func writeGzip(t *testing.T, name, text string) {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(text))
	w.Close()
	if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestMain initialises Beam, as a pipeline's main does, so that prism can
// start its workers in this process.
func TestMain(m *testing.M) { ptest.Main(m) }
