package rules

import (
	"bytes"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"reflect"
	"slices"
	"testing"
)

var update = flag.Bool("update", false, "write facts.jsonl again from the default rules")

// defaultFacts reads the facts of every default rule's pattern from its
// syntax tree, as facts.jsonl should hold them: one line each, by key.
func defaultFacts(t *testing.T) []byte {
	t.Helper()
	l := NewLoader()
	l.AddFS(Defaults, "defaults")
	active, jobs := l.expandAll(Options{})
	byKey := map[string]*facts{}
	for i, job := range jobs {
		if job.compiled == "" {
			t.Fatalf("rule %s: %v", active[i].ID, job.msgs)
		}
		opts := active[i].regexOptions()
		f, err := readFacts(job.compiled, opts, factsKey(job.compiled, opts))
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

// TestFacts: facts.jsonl holds what the default rules' patterns say of
// themselves, so that loading them need not read their syntax trees.
func TestFacts(t *testing.T) {
	want := defaultFacts(t)
	if *update {
		if err := os.WriteFile("facts.jsonl", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(factsFile, want) {
		t.Fatal("facts.jsonl is out of date with the default rules (loading them reads their patterns anew, slower): run go test ./rules -run TestFacts -update")
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
		opts := active[i].regexOptions()
		key := factsKey(job.compiled, opts)
		known, ok := knownFacts()[key]
		if !ok {
			continue
		}
		hits++
		read, err := readFacts(job.compiled, opts, key)
		if err != nil || !reflect.DeepEqual(known, read) {
			t.Errorf("rule %s: facts.jsonl says %+v, its pattern %+v (%v)", active[i].ID, known, read, err)
		}
	}
	if hits == 0 && len(factsFile) > 0 {
		t.Error("no default rule's pattern is in facts.jsonl")
	}
}
