package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var badDir = filepath.Join("..", "..", "testdata", "bad")

// TestBadInputs: every bad input of testdata/bad yields its records without
// a panic or a hang, error records exactly where a document cannot be read,
// a message on stderr for each, and exit status 1 only when one failed.
func TestBadInputs(t *testing.T) {
	cases := []struct {
		file     string
		ids      string // the records' ids, in order
		errors   int
		encoding string
	}{
		{"empty.txt", "empty.txt#1", 0, "utf-8"},
		{"whitespace.txt", "whitespace.txt#1", 0, "utf-8"},
		{"invalid-utf8.txt", "invalid-utf8.txt#1", 0, "utf-8"},
		{"binary.png", "binary.png#1", 1, ""},
		{"gbk.txt", "gbk.txt#1", 0, "gbk"},
		{"utf16.txt", "utf16.txt#1", 0, "utf-16"},
		{"page.html", "page.html#1", 0, "utf-8"},
		{"docs.jsonl", "j1#1 docs.jsonl:2#1 j3#1 j5#1", 2, "utf-8"},
	}
	for _, c := range cases {
		code, out, errs := zx(t, "", "extract", filepath.Join(badDir, c.file))
		recs := records(t, out)
		var ids []string
		failed := 0
		for _, r := range recs {
			ids = append(ids, r["id"].(string))
			if r["error"] != nil {
				failed++
				if !strings.Contains(errs, r["error"].(string)) {
					t.Errorf("%s: stderr does not say %q", c.file, r["error"])
				}
			} else if enc, _ := r["encoding"].(string); enc != c.encoding {
				t.Errorf("%s: encoding %q, want %q", c.file, enc, c.encoding)
			}
		}
		if got := strings.Join(ids, " "); got != c.ids {
			t.Errorf("%s: records %q, want %q", c.file, got, c.ids)
		}
		want := exitOK
		if c.errors > 0 {
			want = exitFailed
		}
		if failed != c.errors || code != want {
			t.Errorf("%s: %d error records and exit %d, want %d and %d", c.file, failed, code, c.errors, want)
		}
	}
}

// TestHTMLScriptsAreNotText: what scripts and styles hold is not extracted.
func TestHTMLScriptsAreNotText(t *testing.T) {
	_, out, _ := zx(t, "", "extract", filepath.Join(badDir, "page.html"))
	for _, s := range []string{"999", "555", "color"} {
		if strings.Contains(out, s) {
			t.Errorf("script or style text %q in the record", s)
		}
	}
	if !strings.Contains(out, `"headline":"县政协召开常委会会议"`) || !strings.Contains(out, `"published":"2023-03-06"`) {
		t.Errorf("record: %s", out)
	}
}

// TestBigInputs: a 20 MB file without a line break and a sentence of 100 000
// characters finish, each with its one record; a file that vanished yields
// an error record.
func TestBigInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("big inputs take seconds")
	}
	dir := t.TempDir()
	prose := strings.Repeat("委员们围绕乡村振兴积极建言献策,提出意见建议", 40) + "共收到提案86件。"
	var b strings.Builder
	for b.Len() < 20<<20 {
		b.WriteString(prose)
	}
	os.WriteFile(filepath.Join(dir, "a-no-line-break.txt"), []byte(b.String()), 0o644)
	os.WriteFile(filepath.Join(dir, "b-long-sentence.txt"), []byte("委员们"+strings.Repeat("提出建议", 25000)+"。"), 0o644)
	vanished := filepath.Join(dir, "c-vanished.txt")
	os.Symlink(filepath.Join(dir, "gone.txt"), vanished) // points at nothing

	code, out, errs := zx(t, "", "extract", "-j", "2", dir)
	recs := records(t, out)
	if len(recs) != 3 {
		t.Fatalf("%d records", len(recs))
	}
	if n := len(recs[0]["figures"].([]any)); n != 1 {
		t.Errorf("the 20 MB file: %d distinct figures, want 1", n)
	}
	if m := recs[0]["figures"].([]any)[0].(map[string]any)["mentions"].([]any); len(m) < 1000 {
		t.Errorf("the 20 MB file: %d mentions of its figure", len(m))
	}
	if recs[1]["error"] != nil {
		t.Errorf("the long sentence: %v", recs[1]["error"])
	}
	if recs[2]["error"] == nil || !strings.Contains(errs, "c-vanished.txt") {
		t.Errorf("the vanished file: record %v, stderr %q", recs[2], errs)
	}
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
}
