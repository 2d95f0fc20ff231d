package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/zxtract/zxtract/extract/record"
)

// compileSchema compiles the record schema with a real validator.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(record.Schema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("record.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("record.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, what, jsonl string) int {
	t.Helper()
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		if line == "" {
			continue
		}
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(line))
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if err := s.Validate(v); err != nil {
			t.Errorf("%s: a record breaks the schema: %v\n%.300s", what, err, line)
		}
		n++
	}
	return n
}

// TestRecordsFollowTheSchema: every golden record, and records with a kind
// of the user's own, errors and warnings, are valid against the JSON
// Schema zxtract ships (and prints with zxtract schema).
func TestRecordsFollowTheSchema(t *testing.T) {
	s := compileSchema(t)
	golden, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "golden", "*.jsonl"))
	n := 0
	for _, f := range golden {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n += validate(t, s, f, string(b))
	}
	_, bad, _ := zx(t, "", "extract", badDir)
	n += validate(t, s, "bad inputs", bad)
	_, user, _ := zx(t, "", "extract", "--rules", filepath.Join("..", "..", "testdata", "rules", "platform.yaml"),
		"--rules", filepath.Join("..", "..", "testdata", "rules", "hotline.yaml"), textDir)
	n += validate(t, s, "user kinds", user)
	for _, r := range records(t, user) {
		if _, ok := r["platform"].([]any); !ok {
			t.Errorf("%v: no platform list", r["id"])
		}
		if _, ok := r["hotline"].([]any); !ok {
			t.Errorf("%v: no hotline list", r["id"])
		}
	}
	_, warned, _ := zx(t, `{"id":"w1","text":"收到提案3件。","date":"去年"}`+"\n", "extract", "--input", "jsonl", "-")
	n += validate(t, s, "warnings", warned)
	_, sch, _ := zx(t, "", "schema")
	if !json.Valid([]byte(sch)) || !strings.Contains(sch, "2020-12") {
		t.Errorf("zxtract schema printed %.100q", sch)
	}
	if n < 10 {
		t.Errorf("only %d records validated", n)
	}
}

// TestSchemaRejects: a record that breaks the promises is caught.
func TestSchemaRejects(t *testing.T) {
	s := compileSchema(t)
	_, good, _ := zx(t, "", "extract", filepath.Join(textDir, "web-page.txt"))
	var r map[string]any
	json.Unmarshal([]byte(strings.TrimSpace(good)), &r)
	for name, breakIt := range map[string]func(map[string]any){
		"no error field":     func(r map[string]any) { delete(r, "error") },
		"a date of no shape": func(r map[string]any) { r["dates"].([]any)[0].(map[string]any)["value"] = "March" },
		"a figure's value":   func(r map[string]any) { r["figures"] = []any{map[string]any{"text": "3件", "value": "3"}} },
		"an article of 0":    func(r map[string]any) { r["article"] = 0 },
	} {
		b, _ := json.Marshal(r)
		var c map[string]any
		json.Unmarshal(b, &c)
		breakIt(c)
		b, _ = json.Marshal(c)
		v, _ := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		if s.Validate(v) == nil {
			t.Errorf("%s: the schema let it through", name)
		}
	}
}
