package main

import (
	"bytes"
	"encoding/json"
	"iter"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/zxtract/zxtract/extract"
	"github.com/zxtract/zxtract/extract/read"
	"github.com/zxtract/zxtract/extract/record"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// zx runs the CLI in-process and returns its exit status and output.
func zx(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func records(t *testing.T, jsonl string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		if line == "" {
			continue
		}
		var r map[string]any
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("a record does not parse: %v\n%s", err, line)
		}
		recs = append(recs, r)
	}
	return recs
}

var textDir = filepath.Join("..", "..", "testdata", "text")

func TestExtract(t *testing.T) {
	code, out, errs := zx(t, "", "extract", textDir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	recs := records(t, out)
	if len(recs) != 10 {
		t.Errorf("%d records, want 10", len(recs))
	}
	for _, r := range recs {
		for _, k := range []string{"id", "source", "article", "headline", "published", "place", "encoding", "span",
			"people", "bodies", "dates", "figures", "meetings", "documents"} {
			if _, ok := r[k]; !ok {
				t.Errorf("%v: no %s", r["id"], k)
			}
		}
	}
	if recs[0]["id"] != "newspaper-page.txt#1" || recs[0]["source"] != "newspaper-page.txt" {
		t.Errorf("first record %v %v", recs[0]["id"], recs[0]["source"])
	}
}

// TestWorkersKeepOrder: the same records, in the same order, from one
// worker and from two.
func TestWorkersKeepOrder(t *testing.T) {
	paths := []string{textDir}
	if shared := filepath.Join("..", "..", "..", "shared", "corpus"); exists(shared) {
		paths = append(paths, filepath.Join(shared, "seeds"), filepath.Join(shared, "dev"))
	}
	_, one, _ := zx(t, "", append([]string{"extract", "-j", "1"}, paths...)...)
	_, two, _ := zx(t, "", append([]string{"extract", "-j", "2"}, paths...)...)
	_, four, _ := zx(t, "", append([]string{"extract", "-j", "4"}, paths...)...)
	if one == "" || one != two || one != four {
		t.Error("records differ between -j 1, -j 2 and -j 4")
	}
}

// TestSameRecordsAnyEncoding: a text given as UTF-8, as GBK, and inside a
// JSONL record yields the same records (but for the encoding it reports).
func TestSameRecordsAnyEncoding(t *testing.T) {
	src := filepath.Join(textDir, "newspaper-page.txt")
	text, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(text)
	if err != nil {
		t.Fatal(err)
	}
	gbkDir := filepath.Join(dir, "gbk")
	os.Mkdir(gbkDir, 0o755)
	os.WriteFile(filepath.Join(gbkDir, "newspaper-page.txt"), gbk, 0o644)
	line, _ := json.Marshal(map[string]string{"id": "newspaper-page.txt", "text": string(text)})
	os.WriteFile(filepath.Join(dir, "docs.jsonl"), append(line, '\n'), 0o644)

	norm := func(out string) string {
		recs := records(t, out)
		for _, r := range recs {
			delete(r, "encoding")
		}
		b, _ := json.Marshal(recs)
		return string(b)
	}
	_, utf8Out, _ := zx(t, "", "extract", src)
	_, gbkOut, _ := zx(t, "", "extract", filepath.Join(gbkDir, "newspaper-page.txt"))
	_, jsonlOut, _ := zx(t, "", "extract", filepath.Join(dir, "docs.jsonl"))
	if !strings.Contains(gbkOut, `"encoding":"gbk"`) {
		t.Errorf("GBK not detected")
	}
	if norm(utf8Out) != norm(gbkOut) {
		t.Error("GBK records differ from UTF-8 records")
	}
	if norm(utf8Out) != norm(jsonlOut) {
		t.Errorf("JSONL records differ from file records")
	}
}

// TestBadInput: a document that cannot be read still yields its record,
// with an error, and the exit status says so; the others are not lost.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("区政协召开会议,收到提案12件。"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.bin"), []byte("\x00\x01\x02\x03\x04binary"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.jsonl"), []byte("{\"id\":\"x1\",\"text\":\"收到提案3件。\"}\nnot json\n{\"id\":\"x3\"}\n"), 0o644)
	code, out, errs := zx(t, "", "extract", dir, filepath.Join(dir, "b.bin"), filepath.Join(dir, "missing.txt"))
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	recs := records(t, out)
	var ids, failed []string
	for _, r := range recs {
		ids = append(ids, r["id"].(string))
		if r["error"] != nil {
			failed = append(failed, r["id"].(string))
		}
	}
	if strings.Join(ids, " ") != "a.txt#1 x1#1 c.jsonl:2#1 x3#1 b.bin#1 missing.txt#1" {
		t.Errorf("records %q", ids)
	}
	if len(failed) != 4 {
		t.Errorf("error records %q", failed)
	}
	if !strings.Contains(errs, "4 document(s) could not be processed") {
		t.Errorf("stderr: %s", errs)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"nope"}, {"extract"}, {"extract", "--input", "pdf", "x"}, {"eval"}, {"rules"}, {"extract", "--bogus"},
		// a time limit every rule would exceed, a glob that matches nothing ever
		{"extract", "--rule-timeout", "0", textDir}, {"rules", "test", "--rule-timeout", "-1s"}, {"extract", "--include", "[", textDir}, {"extract", "--exclude", "a[", textDir}} {
		if code, _, _ := zx(t, "", args...); code != exitUsage {
			t.Errorf("%q: exit %d, want %d", args, code, exitUsage)
		}
	}
	for _, args := range [][]string{{"--help"}, {"extract", "--help"}, {"eval", "-h"}, {"explain", "--help"}, {"rules", "--help"}, {"version"}} {
		if code, _, _ := zx(t, "", args...); code != exitOK {
			t.Errorf("%q: exit %d, want 0", args, code)
		}
	}
}

func TestStdin(t *testing.T) {
	code, out, _ := zx(t, "区政协召开十二届三次会议。收到提案12件。", "extract", "-")
	recs := records(t, out)
	if code != exitOK || len(recs) != 1 || recs[0]["source"] != "stdin" {
		t.Fatalf("exit %d, records %v", code, recs)
	}
	if n := len(recs[0]["meetings"].([]any)); n != 1 {
		t.Errorf("%d meetings", n)
	}
}

func TestRulesCommands(t *testing.T) {
	if code, out, _ := zx(t, "", "rules", "test"); code != exitOK || !strings.Contains(out, " 0 failed") {
		t.Errorf("rules test: exit %d\n%s", code, out)
	}
	code, out, _ := zx(t, "", "rules", "lint", filepath.Join("..", "..", "testdata", "rules", "broken"))
	if code != exitFailed {
		t.Errorf("lint of broken rules: exit %d", code)
	}
	lines := 0
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, ".yaml:") && !strings.Contains(l, "(warning)") {
			lines++
		}
	}
	if lines < 5 {
		t.Errorf("lint found %d errors with file:line:\n%s", lines, out)
	}
	if code, out, _ := zx(t, "", "rules", "lint"); code != exitOK {
		t.Errorf("lint of the defaults: exit %d\n%s", code, out)
	}
	if code, out, _ := zx(t, "", "rules", "list"); code != exitOK || !strings.Contains(out, "figure.count") {
		t.Errorf("rules list: exit %d", code)
	}
}

func TestRulesProfile(t *testing.T) {
	if code, _, _ := zx(t, "", "rules", "profile"); code != exitUsage {
		t.Errorf("rules profile without inputs: exit %d, want %d", code, exitUsage)
	}
	code, out, _ := zx(t, "", "rules", "profile", filepath.Join("..", "..", "testdata", "text", "newspaper-page.txt"))
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	// The page holds figures: the figure rule ran and matched, and its row
	// says so (rule, share, runs, chars, matches, ...).
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) == 7 && f[0] == "figure.count" {
			if f[2] == "0" || f[4] == "0" {
				t.Errorf("figure.count did not run or match: %q", line)
			}
			return
		}
	}
	t.Errorf("no row for figure.count:\n%s", out)
}

func TestExplain(t *testing.T) {
	code, out, _ := zx(t, "", "explain", "办复率和委员满意率均为100%,每组安排3至5个委员。")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"figure.percent", "figure.range", `"委员满意率"`, "lost: overlaps figure.range, which wins on priority"} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
}

// TestEvalAgreesWithScorePy: zxtract eval and ../shared/gold/score.py give
// the same counts on the shared texts.
func TestEvalAgreesWithScorePy(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	if !exists(filepath.Join(shared, "gold", "score.py")) {
		t.Skip("../shared is not here")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("no python3")
	}
	out := filepath.Join(t.TempDir(), "out.jsonl")
	if code, _, errs := zx(t, "", "extract", "-o", out, filepath.Join(shared, "corpus", "seeds"), filepath.Join(shared, "corpus", "dev")); code != exitOK {
		t.Fatalf("extract: %s", errs)
	}
	_, ours, _ := zx(t, "", "eval", "--json", "--gold", filepath.Join(shared, "gold"), out)
	py, err := exec.Command("python3", filepath.Join(shared, "gold", "score.py"), filepath.Join(shared, "gold"), out, "--json").Output()
	if err != nil {
		t.Fatal(err)
	}
	var a, b map[string]map[string]float64
	if err := json.Unmarshal([]byte(ours), &a); err != nil {
		t.Fatal(err, ours)
	}
	json.Unmarshal(py, &b)
	for field, s := range b {
		for _, k := range []string{"tp", "pred", "gold", "p", "r", "f1"} {
			if a[field][k] != s[k] {
				t.Errorf("%s %s: eval %v, score.py %v", field, k, a[field][k], s[k])
			}
		}
	}
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// TestJSONLFields: the JSONL options name the fields, the date field sets
// published, and --keep-fields keeps the others.
func TestJSONLFields(t *testing.T) {
	in := `{"doc": "a1", "body": "3月5日,县政协收到提案86件。", "when": "2023-03-06T08:00:00", "site": "某某网"}` + "\n"
	code, out, errs := zx(t, in, "extract", "--input", "jsonl", "--text-field", "body", "--id-field", "doc", "--date-field", "when", "--keep-fields", "-")
	recs := records(t, out)
	if code != exitOK || len(recs) != 1 {
		t.Fatalf("exit %d, %d records: %s", code, len(recs), errs)
	}
	r := recs[0]
	if r["id"] != "a1#1" || r["published"] != "2023-03-06" {
		t.Errorf("id %v published %v", r["id"], r["published"])
	}
	fields, _ := r["fields"].(map[string]any)
	if fields["site"] != "某某网" || fields["body"] != nil {
		t.Errorf("kept fields %v", fields)
	}
	if d := r["dates"].([]any)[0].(map[string]any); d["value"] != "2023-03-05" {
		t.Errorf("date %v", d)
	}
}

// TestCLIIsRun: the CLI's records are those extract.Run hands a library
// user (or another runner), record for record and byte for byte.
func TestCLIIsRun(t *testing.T) {
	code, out, errs := zx(t, "", "extract", "-j", "2", textDir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	x, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := make(chan *read.Document)
	go func() {
		defer close(docs)
		read.ReadPaths([]string{textDir}, read.Options{}, nil, func(d *read.Document) error {
			docs <- d
			return nil
		})
	}()
	var b []byte
	err = extract.Run(x, docs, 2, func(_ *read.Document, recs iter.Seq[*record.Record]) []*record.Record { return slices.Collect(recs) },
		func(recs []*record.Record) error {
			for _, r := range recs {
				var err error
				if b, err = r.AppendJSON(b); err != nil {
					return err
				}
				b = append(b, '\n')
			}
			return nil
		}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != out {
		t.Errorf("the CLI wrote other records than extract.Run gives")
	}
}
