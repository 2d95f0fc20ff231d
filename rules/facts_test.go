package rules

import (
	"bytes"
	"encoding/json"
	"flag"
	"io/fs"
	"maps"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dlclark/regexp2/v2"
)

var update = flag.Bool("update", false, "write facts.jsonl and parsed.json again from the default rules")

// defaultFacts reads the facts of every default rule's pattern from its
// syntax tree, as facts.jsonl should hold them: one line each, by key.
func defaultFacts(t *testing.T) []byte {
	t.Helper()
	l := NewLoader()
	l.AddFS(Defaults, "defaults")
	active, jobs := l.expandAll(Options{})
	byKey := map[string]*facts{}
	for i, job := range jobs {
		if job.src == nil {
			t.Fatalf("rule %s: %v", active[i].ID, job.msgs)
		}
		expanded, _ := job.src.get()
		f, err := readFacts(unguarded(expanded), active[i].regexOptions(), job.key)
		if err != nil {
			t.Fatalf("rule %s: %v", active[i].ID, err)
		}
		byKey[f.Key] = f
	}
	var out bytes.Buffer
	for _, key := range slices.Sorted(maps.Keys(byKey)) {
		line, err := json.Marshal(byKey[key])
		if err != nil {
			t.Fatal(err)
		}
		out.Write(append(line, '\n'))
	}
	return out.Bytes()
}

// defaultParsed reads every default rule file's YAML, as parsed.json
// should hold it: a line each, in name order.
func defaultParsed(t *testing.T) []byte {
	t.Helper()
	names, err := fs.Glob(Defaults, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, name := range names {
		data, err := fs.ReadFile(Defaults, name)
		if err != nil {
			t.Fatal(err)
		}
		pf, errs := parseFile(data, Pos{File: name})
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		pf.Key = parsedKey(data)
		line, err := json.Marshal(pf)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(line))
	}
	return []byte("[\n" + strings.Join(lines, ",\n") + "\n]\n")
}

// TestFacts: facts.jsonl holds what the default rules' patterns say of
// themselves, so that loading them need not read their syntax trees; and
// parsed.json what their files say, so that it need not read their YAML.
func TestFacts(t *testing.T) {
	for _, c := range []struct {
		file       string
		have, want []byte
	}{{"facts.jsonl", factsFile, defaultFacts(t)}, {"parsed.json", parsedJSON, defaultParsed(t)}} {
		if *update {
			if err := os.WriteFile(c.file, c.want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if !bytes.Equal(c.have, c.want) {
			t.Errorf("%s is out of date with the default rules (loading them reads them anew, slower): run go test ./rules -run TestFacts -update", c.file)
		}
	}
}

// TestParsedKnown: the default rules loaded with parsed.json are the rules
// loaded from their YAML: rules, examples, macros and lexicons.
func TestParsedKnown(t *testing.T) {
	known, read := NewLoader(), NewLoader()
	read.readYAML = true
	known.AddFS(Defaults, "defaults")
	read.AddFS(Defaults, "defaults")
	if len(known.errs) > 0 || len(read.errs) > 0 {
		t.Fatal(known.errs, read.errs)
	}
	if len(known.rules) != len(read.rules) || len(known.rules) == 0 {
		t.Fatalf("%d rules from parsed.json, %d from the YAML", len(known.rules), len(read.rules))
	}
	for i, r := range read.rules {
		a, b := *known.rules[i], *r
		if !reflect.DeepEqual(a.Examples.List(), b.Examples.List()) {
			t.Errorf("rule %s: parsed.json gives the examples %+v, the YAML %+v", r.ID, a.Examples.List(), b.Examples.List())
		}
		a.Examples, b.Examples = Examples{}, Examples{} // (their states of decoding differ)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("rule %s: parsed.json gives %+v, the YAML %+v", r.ID, a, b)
		}
	}
	if !reflect.DeepEqual(known.macros, read.macros) || !reflect.DeepEqual(known.lexicons, read.lexicons) || !reflect.DeepEqual(known.disabled, read.disabled) {
		t.Error("parsed.json gives other macros, lexicons or disabled ids than the YAML")
	}
	if len(knownParsed()) == 0 {
		t.Error("parsed.json holds no file")
	}
}

// TestFactsKnown: a rule loaded with the facts of facts.jsonl is the rule
// loaded from its pattern's syntax tree.
func TestFactsKnown(t *testing.T) {
	l := NewLoader()
	l.AddFS(Defaults, "defaults")
	active, jobs := l.expandAll(Options{})
	hits := 0
	for i, job := range jobs {
		if job.facts == nil {
			continue
		}
		hits++
		expanded, _ := job.src.get()
		read, err := readFacts(unguarded(expanded), active[i].regexOptions(), job.key)
		if err != nil || !reflect.DeepEqual(job.facts, read) {
			t.Errorf("rule %s: facts.jsonl says %+v, its pattern %+v (%v)", active[i].ID, job.facts, read, err)
		}
	}
	if hits == 0 && len(factsFile) > 0 {
		t.Error("no default rule's pattern is in facts.jsonl")
	}
}

// TestDefaultsLoadUnexpanded: loading the default rules expands none of
// their patterns (their facts are known by key); each is expanded as it
// first compiles.
func TestDefaultsLoadUnexpanded(t *testing.T) {
	set := defaultSet(t)
	for _, r := range set.Rules {
		if r.re.src.expand == nil {
			t.Fatalf("rule %s was expanded as it loaded", r.ID)
		}
	}
	r := set.Rules[0]
	if r.Regexp() == nil || r.re.src.expand != nil || r.Expanded() == "" {
		t.Errorf("rule %s: not expanded as it compiled", r.ID)
	}
}

// TestKeyFollowsNames: a pattern's key changes with what a name in it
// stands for, through a macro, so a lexicon's new word is never read with
// the facts of its old pattern.
func TestKeyFollowsNames(t *testing.T) {
	key := func(words, text string) string {
		l, _ := loaderWith(words)
		l.macros["M"] = macro{text: text}
		k, err := newExpander(l).key(`(?<t>{M})`, regexp2.None)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	base := key("主席 主任", "{T}长")
	if key("主席 主任", "{T}长") != base {
		t.Error("the same pattern and names gave two keys")
	}
	if key("主席 主任 委员", "{T}长") == base {
		t.Error("a lexicon's new word left the key as it was")
	}
	if key("主席 主任", "{T}员") == base {
		t.Error("a macro's new text left the key as it was")
	}
	l, _ := loaderWith("主席")
	if _, err := newExpander(l).key(`{NOPE}`, regexp2.None); err == nil {
		t.Error("an unknown name gave a key")
	}
}
