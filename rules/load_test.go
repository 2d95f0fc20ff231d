package rules

import (
	"strings"
	"testing"
	"testing/fstest"
)

func load(t *testing.T, files map[string]string) (*Set, Errors) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	l := NewLoader()
	l.AddFS(fsys, "t")
	return l.Compile(Options{})
}

func TestLoadMacrosAndLexicons(t *testing.T) {
	set, errs := load(t, map[string]string{
		"a.yaml": `
macros:
  NUM: '[0-9]+'
lexicons:
  UNIT: [件, 人, 人次]
  APPROX: {余: over, 约: about}
  PLACE: {file: places.txt}
rules:
  - id: x.count
    kind: figure
    pattern: '(?<num>{NUM})(?<unit>{UNIT})'
  - id: x.place
    kind: place
    pattern: '{PLACE}'
`,
		"places.txt": "# places\n天津市\t天津市\n天津\t天津市\n",
	})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	r := set.Rule("x.count")
	if r.Expanded() != `(?<num>(?:[0-9]+))(?<unit>(?:人(?:次)?|件))` {
		t.Errorf("expanded %q", r.Expanded())
	}
	if got := strings.Join(r.Keywords, " "); got != "0人 0件 1人 1件 2人 2件 3人 3件 4人 4件 5人 5件 6人 6件 7人 7件 8人 8件 9人 9件" {
		t.Errorf("keywords %q", got)
	}
	if v := set.Lexicon("APPROX").Value("余"); v != "over" {
		t.Errorf("APPROX 余 = %q", v)
	}
	if v := set.Lexicon("PLACE").Value("天津"); v != "天津市" {
		t.Errorf("PLACE 天津 = %q", v)
	}
	if set.Lexicon("NOPE").Has("x") {
		t.Error("a missing lexicon has entries")
	}
}

// TestLoadErrors: every kind of problem is reported with its file and line.
func TestLoadErrors(t *testing.T) {
	_, errs := load(t, map[string]string{
		"bad.yaml": "rules:\n  - id: a\n    pattern: 'x\n",
		"errs.yaml": `rules:
  - id: r.regex
    kind: k
    pattern: '(x'
  - id: r.macro
    kind: k
    pattern: '{NOPE}'
  - id: r.dup
    kind: k
    pattern: 'a'
  - id: r.dup
    kind: k
    pattern: 'b'
  - id: r.field
    kind: k
    pattern: 'a'
    colour: red
  - id: r.scope
    kind: k
    scope: page
    pattern: 'a'
  - id: r.loop
    kind: k
    pattern: '{LOOP}'
  - id: r.req
    kind: k
    pattern: 'a'
    requires: [r.none]
  - id: r.req2
    kind: k
    pattern: 'b'
    requires: [r.req]
  - id: r.req3
    kind: k
    pattern: 'd'
    requires: [r.line]
  - id: r.nokind
    pattern: 'e'
  - id: r.class
    kind: k
    class: dateline
    pattern: 'f'
  - id: r.types
    kind: k
    pattern: 'i'
    priority: high
    excludes: figure
layout:
  - id: r.line
    class: furniture
    pattern: 'c'
  - id: r.noclass
    pattern: 'g'
  - id: r.kind
    class: furniture
    kind: k
    pattern: 'h'
macros:
  LOOP: 'a{LOOP}'
  TWICE: 'a'
  TWICE: 'b'
  LISTED: [a, b]
lexicons:
  WORDS: [a]
  WORDS: [b]
`,
	})
	want := []string{
		"t/bad.yaml:3: bad YAML",
		"t/errs.yaml:2: rule r.regex: bad pattern",
		"t/errs.yaml:5: rule r.macro: unknown macro or lexicon {NOPE}",
		"t/errs.yaml:11: duplicate rule id r.dup",
		"t/errs.yaml:17: unknown rule field \"colour\"",
		"t/errs.yaml:20: scope: a rule's section says where it runs",
		"t/errs.yaml:22: rule r.loop: macro {LOOP} refers to itself",
		"t/errs.yaml:25: rule r.req: requires r.none, which is not an active rule",
		"t/errs.yaml:29: rule r.req2: requires r.req, which requires rules itself",
		"t/errs.yaml:33: rule r.req3: requires r.line, whose scope is line, not sentence",
		"t/errs.yaml:37: rule r.nokind has no kind (and excludes nothing)",
		"t/errs.yaml:41: class: layout rules go in a layout: section",
		"t/errs.yaml:46: text (high) where a whole number is wanted",
		"t/errs.yaml:47: text (figure) where a list is wanted",
		"t/errs.yaml:52: layout rule r.noclass has no class",
		"t/errs.yaml:56: kind: layout rules have a class, not a kind",
		"t/errs.yaml:61: macro TWICE is defined twice in this file (first on line 60)",
		"t/errs.yaml:62: macro LISTED: a pattern is one string; a list of words goes in lexicons:",
		"t/errs.yaml:65: lexicon WORDS is defined twice in this file (first on line 64)",
	}
	got := errs.Error()
	if strings.Contains(got, "[]string") || strings.Contains(got, "interface") || strings.Contains(got, "!!") {
		t.Errorf("Go's or YAML's type names in the messages:\n%s", got)
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in:\n%s", w, got)
		}
	}
}

func TestLaterSourceReplacesAndDisables(t *testing.T) {
	l := NewLoader()
	l.AddFS(fstest.MapFS{"a.yaml": {Data: []byte("rules:\n  - {id: a.one, kind: k, pattern: 'x'}\n  - {id: a.two, kind: k, pattern: 'y'}\n")}}, "defaults")
	l.AddFS(fstest.MapFS{"b.yaml": {Data: []byte("disable: [a.two]\nrules:\n  - {id: a.one, kind: k, pattern: 'z'}\n")}}, "user")
	set, errs := l.Compile(Options{})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(set.Rules) != 1 || set.Rules[0].Pattern != "z" || set.Rule("a.two") != nil {
		t.Errorf("rules after replace and disable: %v", set.Rules)
	}
}
