package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/text/encoding/traditionalchinese"
)

// The tests of this file hold zxtract to losing nothing without saying so.

func write(t *testing.T, path, content string) {
	t.Helper()
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

const page = "区政协召开常委会议\n\n3月1日,区政协召开常委会议,收到提案12件。\n"

func ids(t *testing.T, out string) []string {
	var out2 []string
	for _, r := range records(t, out) {
		out2 = append(out2, r["id"].(string))
	}
	return out2
}

// TestOutputIsNeverAnInput: -o naming an input, or a file inside a
// directory given, is refused and the input stays; -o is written whole at
// the end, so a run that fails leaves what was there.
func TestOutputIsNeverAnInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "same.txt")
	write(t, in, page)
	if code, _, errs := zx(t, "", "extract", "-o", in, in); code != exitUsage || !strings.Contains(errs, "is an input") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if b, _ := os.ReadFile(in); string(b) != page {
		t.Errorf("the input was written over: %q", b)
	}
	old := filepath.Join(dir, "old.jsonl")
	write(t, old, "keep me\n")
	if code, _, _ := zx(t, "", "extract", "-o", old, dir); code != exitUsage {
		t.Errorf("-o inside an input directory: exit %d", code)
	}
	out := filepath.Join(t.TempDir(), "out.jsonl")
	write(t, out, "last run\n")
	if code, _, _ := zx(t, "", "extract", "--rules", filepath.Join(dir, "missing.yaml"), "-o", out, in); code != exitUsage {
		t.Errorf("bad rules: exit %d", code)
	}
	if b, _ := os.ReadFile(out); string(b) != "last run\n" {
		t.Errorf("a failed run touched the output: %q", b)
	}
	if code, _, _ := zx(t, "", "extract", "-o", out, in); code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if b, _ := os.ReadFile(out); !strings.Contains(string(b), `"id":"same.txt#1"`) {
		t.Errorf("output %q", b)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".zxtract-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestOutputToAPipe: -o naming what is no regular file (a named pipe here;
// /dev/null alike) is written in place, not replaced by a renamed file.
func TestOutputToAPipe(t *testing.T) {
	dir := t.TempDir()
	in, fifo := filepath.Join(dir, "in.txt"), filepath.Join(dir, "fifo")
	write(t, in, page)
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	got := make(chan []byte)
	go func() {
		b, _ := os.ReadFile(fifo)
		got <- b
	}()
	if code, _, errs := zx(t, "", "extract", "-o", fifo, in); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Fatal("the pipe was replaced by a file, or removed")
	}
	if b := <-got; !strings.Contains(string(b), `"id":"in.txt#1"`) {
		t.Errorf("the pipe read %q", b)
	}
}

// TestFlagsAnywhere: flags after the paths are flags; -- ends them.
func TestFlagsAnywhere(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	write(t, in, page)
	out := filepath.Join(dir, "out", "o.jsonl")
	os.MkdirAll(filepath.Dir(out), 0o755)
	if code, stdout, errs := zx(t, "", "extract", in, "-o", out); code != exitOK || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, errs)
	}
	if b, _ := os.ReadFile(out); len(records(t, string(b))) != 1 {
		t.Errorf("-o after the path: %q", b)
	}
	_, ex, _ := zx(t, "", "explain", "昨天,县政协召开常委会议。", "--published", "2024-03-05")
	if !strings.Contains(ex, `"value": "2024-03-04"`) || strings.Contains(ex, "--published") {
		t.Errorf("explain with the flag after the text:\n%s", ex)
	}
	dash := filepath.Join(dir, "-d.txt")
	write(t, dash, page)
	if code, out, _ := zx(t, "", "extract", "--", dash); code != exitOK || len(records(t, out)) != 1 {
		t.Errorf("-- before a path that starts with -: exit %d", code)
	}
}

// TestWorkers: -j 0 is one worker per core; a negative number is a usage
// error, not a panic.
func TestWorkers(t *testing.T) {
	if code, out, _ := zx(t, "", "extract", "-j", "0", textDir); code != exitOK || len(records(t, out)) != 10 {
		t.Errorf("-j 0: exit %d", code)
	}
	if code, _, _ := zx(t, "", "extract", "-j", "-3", textDir); code != exitUsage {
		t.Errorf("-j -3: exit %d", code)
	}
}

// TestNothingTaken: a directory whose files --include takes none of says
// so, naming the flag (not the formats zxtract reads, which it holds).
func TestNothingTaken(t *testing.T) {
	code, out, errs := zx(t, "", "extract", "--include", "*.md", textDir)
	if code != exitOK || out != "" || !strings.Contains(errs, "--include takes") {
		t.Errorf("--include *.md: exit %d, %q", code, errs)
	}
}

// TestIDsAreUnique: two files of one name, a directory given twice, and a
// JSONL id given twice give records of distinct ids; a repeated id is
// warned of with its line.
func TestIDsAreUnique(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a", "x.txt"), page)
	write(t, filepath.Join(dir, "b", "x.txt"), page)
	write(t, filepath.Join(dir, "c.jsonl"), `{"id":"x1","text":"收到提案3件。"}`+"\n"+`{"id":"x1","text":"收到提案4件。"}`+"\n")
	_, out, errs := zx(t, "", "extract", filepath.Join(dir, "a", "x.txt"), filepath.Join(dir, "b", "x.txt"),
		filepath.Join(dir, "a"), filepath.Join(dir, "c.jsonl"))
	got := ids(t, out)
	seen := map[string]bool{}
	for _, id := range got {
		if seen[id] {
			t.Errorf("id %s twice in %q", id, got)
		}
		seen[id] = true
	}
	if len(got) != 5 {
		t.Errorf("%d records: %q", len(got), got)
	}
	if !strings.Contains(errs, "c.jsonl:2") || !strings.Contains(errs, `"x1"`) {
		t.Errorf("no warning of the repeated id: %q", errs)
	}
}

// TestSymlinkedDirectories are followed, given or met in a walk, and a
// link back into the tree is walked once.
func TestSymlinkedDirectories(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "real", "a.txt"), page)
	os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "tree", "link"))
	os.MkdirAll(filepath.Join(dir, "tree"), 0o755)
	if err := os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "tree", "link")); err != nil {
		t.Skip("no symbolic links here")
	}
	os.Symlink(filepath.Join(dir, "tree"), filepath.Join(dir, "tree", "loop"))
	for _, p := range []string{filepath.Join(dir, "tree"), filepath.Join(dir, "tree", "link")} {
		code, out, errs := zx(t, "", "extract", p)
		if code != exitOK || len(records(t, out)) != 1 {
			t.Errorf("%s: exit %d, %d records, stderr %q", p, code, len(records(t, out)), errs)
		}
	}
}

// TestWalkReadsOnlyInputs: a walk reads the formats zxtract reads (and
// their .gz), skips hidden files and folders and last run's output,
// and takes --include and --exclude.
func TestWalkReadsOnlyInputs(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), page)
	write(t, filepath.Join(dir, "notes.md"), page)
	write(t, filepath.Join(dir, "table.tsv"), "a\tb\n")
	write(t, filepath.Join(dir, "data.json"), "{}")
	write(t, filepath.Join(dir, ".git", "HEAD"), "ref: refs/heads/main\n")
	write(t, filepath.Join(dir, ".hidden.txt"), page)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`{"id":"g1","text":"收到提案5件。"}` + "\n"))
	zw.Close()
	write(t, filepath.Join(dir, "b.jsonl.gz"), gz.String())
	if got := strings.Join(ids(t, out(t, "extract", dir)), " "); got != "a.txt#1 g1#1" {
		t.Errorf("walk read %q", got)
	}
	if got := strings.Join(ids(t, out(t, "extract", "--include", "*.md", dir)), " "); got != "notes.md#1" {
		t.Errorf("--include read %q", got)
	}
	if got := strings.Join(ids(t, out(t, "extract", "--exclude", "*.gz", dir)), " "); got != "a.txt#1" {
		t.Errorf("--exclude read %q", got)
	}
	empty := t.TempDir()
	if _, o, errs := zx(t, "", "extract", empty); o != "" || !strings.Contains(errs, "no documents") {
		t.Errorf("an empty directory: stdout %q, stderr %q", o, errs)
	}
}

func out(t *testing.T, args ...string) string {
	t.Helper()
	_, o, _ := zx(t, "", args...)
	return o
}

// TestFormatFromExtension: a .txt page whose first line is JSON is a page;
// standard input that looks like JSONL but mostly is not is text.
func TestFormatFromExtension(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "page.txt")
	write(t, f, `{"errcode":40164,"errmsg":"invalid ip"}`+"\n"+page)
	code, o, _ := zx(t, "", "extract", f)
	if recs := records(t, o); code != exitOK || len(recs) != 1 || recs[0]["headline"] != "区政协召开常委会议" {
		t.Errorf("a .txt page: exit %d, %v", code, recs)
	}
	code, o, _ = zx(t, `{"errcode":1}`+"\n"+page+"会议要求,认真履职。\n", "extract", "-")
	if recs := records(t, o); code != exitOK || len(recs) != 1 || recs[0]["error"] != nil {
		t.Errorf("stdin: exit %d, %v", code, recs)
	}
}

// TestReadingIsWarnedOf: a forced format the input does not have, and a
// JSONL date that is no date, are warned of in the record and on stderr
// (an empty one is not); common spellings of dates are read.
func TestReadingIsWarnedOf(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "a.txt")
	write(t, f, page)
	_, o, errs := zx(t, "", "extract", "--input", "html", f)
	if !strings.Contains(o, "no markup") || !strings.Contains(errs, "no markup") {
		t.Errorf("--input html on text: stdout %q, stderr %q", o, errs)
	}
	in := `{"id":"d1","text":"3月5日,县政协召开会议。","date":"去年"}` + "\n" + `{"id":"d2","text":"3月5日,县政协召开会议。","date":"2024/03/06"}` + "\n" +
		`{"id":"d3","text":"3月5日,县政协召开会议。","date":" "}` + "\n"
	_, o, errs = zx(t, in, "extract", "--input", "jsonl", "-")
	recs := records(t, o)
	if ws, _ := recs[0]["warnings"].([]any); len(ws) != 1 || !strings.Contains(errs, "去年") {
		t.Errorf("a date that is no date: warnings %v, stderr %q", recs[0]["warnings"], errs)
	}
	if ws, _ := recs[2]["warnings"].([]any); len(ws) != 0 || recs[2]["published"] != nil {
		t.Errorf("an empty date field is no date, and no warning: warnings %v, published %v", ws, recs[2]["published"])
	}
	if recs[1]["published"] != "2024-03-06" {
		t.Errorf("2024/03/06: published %v", recs[1]["published"])
	}
	if code, ex, _ := zx(t, "", "explain", "--published", "2024/03/05", "昨天,县政协召开会议。"); code != exitOK || !strings.Contains(ex, "2024-03-04") {
		t.Errorf("explain --published 2024/03/05: exit %d", code)
	}
	if code, _, _ := zx(t, "", "explain", "--published", "去年", "昨天。"); code != exitUsage {
		t.Errorf("explain --published 去年: exit %d", code)
	}
}

// TestEvalWithoutMatches fails, saying why, rather than scoring zeros.
func TestEvalWithoutMatches(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "gold", "doc1.json"), `{"doc":"doc1","published":null,"articles":[]}`)
	recs := filepath.Join(dir, "out.jsonl")
	write(t, recs, out(t, "extract", textDir))
	code, _, errs := zx(t, "", "eval", "--gold", filepath.Join(dir, "gold"), recs)
	if code != exitFailed || !strings.Contains(errs, "no record") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

// TestInputsAnyWay: gzip on stdin, a forced encoding (Big5).
func TestInputsAnyWay(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(page))
	zw.Close()
	if recs := records(t, out2(t, gz.String(), "extract", "-")); len(recs) != 1 || recs[0]["headline"] != "区政协召开常委会议" {
		t.Errorf("gzip on stdin: %v", recs)
	}
	big5, _ := traditionalchinese.Big5.NewEncoder().String("區政協召開常委會議\n\n3月1日,區政協收到提案12件。\n")
	dir := t.TempDir()
	f := filepath.Join(dir, "big5.txt")
	write(t, f, big5)
	recs := records(t, out(t, "extract", "--encoding", "big5", f))
	if len(recs) != 1 || recs[0]["encoding"] != "big5" || recs[0]["headline"] != "區政協召開常委會議" {
		t.Errorf("--encoding big5: %v", recs)
	}
	if code, _, _ := zx(t, "", "extract", "--encoding", "klingon", f); code != exitUsage {
		t.Errorf("an unknown encoding: exit %d", code)
	}
}

func out2(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	_, o, _ := zx(t, stdin, args...)
	return o
}
