package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/zxtract/zxtract/extract/internal/testkit"
	"github.com/zxtract/zxtract/extract/read"
)

// TestUserKind loads a rule of a kind zxtract does not know, from a file, and
// finds its entries under that kind in the records: in the project's own
// text, and in a shared seed where it is present.
func TestUserKind(t *testing.T) {
	e, errs := Load(Options{RulePaths: []string{testkit.Testdata("rules", "platform.yaml")}})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	got := e.Explain("区政协搭建“有事好商量”协商平台和“委员之家”议事平台。", "").Entries("platform")
	if len(got) != 2 || got[0].Get("name") != "有事好商量" || got[1].Get("type") != "议事平台" {
		t.Fatalf("platform entries: %v", got)
	}
	if fails, _ := e.TestRules(nil); len(fails) > 0 {
		t.Errorf("examples: %v", fails)
	}

	dir := testkit.Shared(t)
	recs := processAll(e, readDocs(t, filepath.Join(dir, "corpus", "seeds", "000_a203cd20002c3dba.txt")))
	var names []string
	for _, r := range recs {
		for _, en := range r.Lists["platform"] {
			names = append(names, en.Get("name").(string))
		}
	}
	if !slices.Contains(names, "请你来商量") || !slices.Contains(names, "协商在线") {
		t.Errorf("platforms in the seed: %q", names)
	}
}

// TestCatastrophicPattern: a pattern with nested quantifiers on a long text
// stops at its timeout, the document still yields its record, and the
// record says which rule timed out.
func TestCatastrophicPattern(t *testing.T) {
	timeout := 50 * time.Millisecond
	e, errs := Load(Options{RulePaths: []string{testkit.Testdata("rules", "backtrack.yaml")}, Timeout: timeout})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	text := "区政协召开会议。" + strings.Repeat("政", 40) + "!\n收到提案12件。"
	start := time.Now()
	recs := e.Process(&read.Document{Source: "slow.txt", Text: text, Encoding: read.EncUTF8})
	took := time.Since(start)
	if len(recs) != 1 {
		t.Fatalf("%d records", len(recs))
	}
	// One rule keeps every capture (a group in a repeated group), the other
	// has no group: the two ways matches are read both stop at the limit.
	for _, id := range []string{"user.backtrack", "user.backtrack-bare"} {
		var warned bool
		for _, w := range recs[0].Warnings {
			if w.Rule == id && strings.Contains(w.Msg, "timed out") {
				warned = true
			}
		}
		if !warned {
			t.Errorf("no timeout warning from %s: %v", id, recs[0].Warnings)
		}
	}
	if !e.Set.Rule("user.backtrack").Recaptures || e.Set.Rule("user.backtrack-bare").Recaptures {
		t.Error("the two rules do not take the two ways")
	}
	if len(recs[0].Lists["figures"]) != 1 {
		t.Errorf("the other rules did not run: %v", recs[0].Lists["figures"])
	}
	// Generous: one timeout plus the rest of the pipeline, on a loaded machine.
	if took > 20*timeout {
		t.Errorf("took %v with a %v timeout", took, timeout)
	}
}

// TestRequires: a rule that requires another runs only in sentences where
// that one matched.
func TestRequires(t *testing.T) {
	path := filepath.Join(t.TempDir(), "requires.yaml")
	yaml := `rules:
  - id: t.member
    kind: member
    pattern: '委员'
  - id: t.headcount
    kind: headcount
    pattern: '[0-9]+名'
    requires: [t.member]
`
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	e, errs := Load(Options{RulePaths: []string{path}, NoDefaults: true})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	for text, want := range map[string]int{"会议邀请3名委员参加。": 1, "会议邀请3名代表参加。": 0} {
		ex := e.Explain(text, "")
		if got := len(ex.Entries("headcount")); got != want {
			t.Errorf("%s: %d headcount entries, want %d", text, got, want)
		}
	}
}
