package kinds_test

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/zxtract/zxtract/extract"
	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/kinds"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/rules"
)

// lead and follow are kinds of a test's own. lead's article step reads the
// article's dates, resolved by the date kind's own step; follow's reads
// lead's results, so it must run after lead's, which must run after date's.
type lead struct{}

func (lead) Spec() *kinds.Spec {
	return &kinds.Spec{Name: "lead", List: "lead", Needs: []string{"date"}}
}

func (lead) Build(c *kinds.Context, m *engine.Match) []*record.Entry {
	return []*record.Entry{c.NewEntry(m)}
}

func (lead) ResolveArticle(a *kinds.Article, own []*record.Entry) {
	for _, e := range own {
		if ds := a.Entries("date"); len(ds) > 0 {
			e.Set("date", ds[0].Get("value"))
		}
	}
}

type follow struct{}

func (follow) Spec() *kinds.Spec {
	return &kinds.Spec{Name: "follow", List: "follow", Needs: []string{"lead"}}
}

func (follow) Build(c *kinds.Context, m *engine.Match) []*record.Entry {
	return []*record.Entry{c.NewEntry(m)}
}

func (follow) ResolveArticle(a *kinds.Article, own []*record.Entry) {
	for _, e := range own {
		if ls := a.Entries("lead"); len(ls) > 0 {
			e.Set("lead_date", ls[0].Get("date"))
		}
	}
}

// TestArticleStepsInDeclaredOrder: a kind's article step sees the results
// of the steps it needs, whatever the order of the kinds, of the rule files
// and of the rules.
func TestArticleStepsInDeclaredOrder(t *testing.T) {
	leadRule := "rules:\n  - {id: t.lead, kind: lead, pattern: '要闻'}\n"
	followRule := "rules:\n  - {id: t.follow, kind: follow, pattern: '跟进'}\n"
	layouts := []struct {
		name  string
		files fstest.MapFS
		kinds []kinds.Kind
	}{
		{"follow first", fstest.MapFS{"a.yaml": {Data: []byte(followRule)}, "b.yaml": {Data: []byte(leadRule)}}, []kinds.Kind{follow{}, lead{}}},
		{"lead first", fstest.MapFS{"a.yaml": {Data: []byte(leadRule)}, "b.yaml": {Data: []byte(followRule)}}, []kinds.Kind{lead{}, follow{}}},
		{"one file", fstest.MapFS{"a.yaml": {Data: []byte(followRule + strings.TrimPrefix(leadRule, "rules:\n"))}}, []kinds.Kind{follow{}, lead{}}},
	}
	for _, l := range layouts {
		x, errs := extract.Load(extract.Options{RuleFS: []fs.FS{l.files}, Kinds: l.kinds})
		if len(errs) > 0 {
			t.Fatalf("%s: %v", l.name, errs)
		}
		f := x.Explain("跟进要闻。去年,委员们提出建议。", "2024-03-05").Entries("follow")
		if len(f) != 1 || f[0].Get("lead_date") != "2023" {
			t.Errorf("%s: follow entries %v, want one with lead_date 2023", l.name, f)
		}
	}
}

// TestKindChecksRules: a kind that reads a lexicon the rule files do
// not define fails to load, at its rule's file and line; so do a group and
// a set: key the kind does not take, and a set value mapped through a
// lexicon the kind does not read.
func TestKindChecksRules(t *testing.T) {
	l := rules.NewLoader()
	l.AddFS(fstest.MapFS{"r.yaml": {Data: []byte(`rules:
  - id: t.count
    kind: figure
    pattern: '(?<num>[0-9]+)件'
  - id: t.colour
    kind: figure
    pattern: '(?<num>[0-9]+)(?<colour>件)'
  - id: t.set
    kind: meeting
    pattern: '会议'
    set: {colour: red}
  - id: t.mapped
    kind: meeting
    pattern: '(?<org>妇女)大会'
    set: {body: '${org:HOSTS}'}
`)}}, "t")
	reg := kinds.NewRegistry(kinds.Builtin(), nil)
	set, errs := l.Compile(rules.Options{Check: reg.Check})
	errs = append(errs, reg.Bind(set)...)
	got := errs.Error()
	for _, want := range []string{
		"t/r.yaml:2: rule t.count: kind figure reads lexicon UNITS, which no rule file defines",
		`t/r.yaml:5: rule t.colour: group "colour": kind figure takes`,
		`t/r.yaml:8: rule t.set: set "colour": kind meeting takes`,
		"t/r.yaml:12: rule t.mapped: a set value maps through lexicon HOSTS, which kind meeting does not read",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}

// counter is an annotator that counts the sentences it annotates.
type counter struct{ calls *int }

func (counter) Name() string { return "length" }

func (c counter) Annotate(sentence []rune) any {
	*c.calls++
	return len(sentence)
}

// sized is a kind whose builder asks for the sentence's length annotation.
type sized struct{}

func (sized) Spec() *kinds.Spec {
	return &kinds.Spec{Name: "sized", List: "sized", Annotations: []string{"length"}}
}

func (sized) Build(c *kinds.Context, m *engine.Match) []*record.Entry {
	e := c.NewEntry(m)
	e.Set("sentence_length", c.Annotation("length"))
	e.Set("again", c.Annotation("length"))
	return []*record.Entry{e}
}

// TestAnnotationsOnDemand: a sentence is annotated only where a builder
// that asks for it runs, once however often it asks; an annotation no
// annotator gives fails to load.
func TestAnnotationsOnDemand(t *testing.T) {
	calls := 0
	rule := fstest.MapFS{"s.yaml": {Data: []byte("rules:\n  - {id: t.sized, kind: sized, pattern: '提案'}\n")}}
	x, errs := extract.Load(extract.Options{RuleFS: []fs.FS{rule}, Kinds: []kinds.Kind{sized{}}, Annotators: []kinds.Annotator{counter{&calls}}})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	got := x.Explain("会议听取了提案工作报告。委员们进行了讨论。共收到建议。", "").Entries("sized")
	if len(got) != 1 || got[0].Get("sentence_length") != 12 || got[0].Get("again") != 12 {
		t.Fatalf("sized entries %v", got)
	}
	if calls != 1 {
		t.Errorf("%d sentences annotated, want the one where the kind's rule matched", calls)
	}
	_, errs = extract.Load(extract.Options{RuleFS: []fs.FS{rule}, Kinds: []kinds.Kind{sized{}}})
	if !strings.Contains(errs.Error(), `rule fs 1/s.yaml:2: rule t.sized: kind sized asks for annotation "length", which no annotator gives`) {
		t.Errorf("errors: %v", errs)
	}
}

// A name a page breaks across lines is the name written whole elsewhere: one
// entry, with both mentions.
func TestEntryBrokenAcrossLines(t *testing.T) {
	ex := defaultExtractor(t).Explain("区政协举行主席会议\n\n会议传达了区委九届五次全会精神。各组围绕区委\n\n九届五次全会的部署分组讨论。", "")
	if len(ex.Records) != 1 {
		t.Fatalf("%d records", len(ex.Records))
	}
	meetings := ex.Records[0].Lists["meetings"]
	if len(meetings) != 1 || len(meetings[0].Mentions) != 2 {
		for _, m := range meetings {
			t.Logf("%q %v", m.Text(), m.Mentions)
		}
		t.Fatalf("%d meetings, want one of two mentions", len(meetings))
	}
}

// A name a roster pads (孙　强) is the name written with no space elsewhere:
// one person, with both mentions.
func TestEntryPadded(t *testing.T) {
	ex := defaultExtractor(t).Explain("主　席:孙　强\n副主席:何晴　吴荣\n\n孙强主持会议。", "")
	if len(ex.Records) != 1 {
		t.Fatalf("%d records", len(ex.Records))
	}
	var named []*record.Entry
	for _, p := range ex.Records[0].Lists["people"] {
		if p.Get("name") == "孙强" {
			named = append(named, p)
		}
	}
	if len(named) != 1 || len(named[0].Mentions) != 2 {
		for _, p := range named {
			t.Logf("%q %v", p.Text(), p.Mentions)
		}
		t.Fatalf("%d people named 孙强, want one of two mentions", len(named))
	}
}
