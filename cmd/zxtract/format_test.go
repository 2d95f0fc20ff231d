package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// entryKeys are the entries of JSONL records, one key each: record id, list,
// text, span.
func entryKeys(t *testing.T, jsonl string) map[string][]string {
	keys := map[string][]string{}
	for _, r := range records(t, jsonl) {
		for _, list := range []string{"people", "bodies", "dates", "figures", "meetings", "documents"} {
			for _, e := range r[list].([]any) {
				m := e.(map[string]any)
				span := m["span"].([]any)
				keys[list] = append(keys[list], fmt.Sprintf("%s|%s|%v|%v", r["id"], m["text"], span[0], span[1]))
			}
		}
	}
	for _, k := range keys {
		sort.Strings(k)
	}
	return keys
}

// TestFlatFormats: --format entries read with encoding/json, and --format
// csv read with encoding/csv, hold every entry of the JSONL output, no
// more, no fewer, with the record's fields on each; --list people.roles
// every role.
func TestFlatFormats(t *testing.T) {
	paths := []string{textDir, filepath.Join("..", "..", "testdata", "html")}
	_, jsonl, _ := zx(t, "", append([]string{"extract"}, paths...)...)
	want := entryKeys(t, jsonl)

	_, entries, _ := zx(t, "", append([]string{"extract", "--format", "entries"}, paths...)...)
	got := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(entries), "\n") {
		var e map[string]any
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("an entry line does not parse: %v\n%s", err, line)
		}
		for _, k := range []string{"id", "source", "article", "headline", "published", "place", "list", "text", "span", "mentions", "rule"} {
			if _, ok := e[k]; !ok {
				t.Errorf("entry line without %s: %s", k, line)
			}
		}
		span := e["span"].([]any)
		list := e["list"].(string)
		got[list] = append(got[list], fmt.Sprintf("%s|%s|%v|%v", e["id"], e["text"], span[0], span[1]))
	}
	for list, keys := range want {
		sort.Strings(got[list])
		if strings.Join(got[list], "\n") != strings.Join(keys, "\n") {
			t.Errorf("entries: %s differ: %d lines, %d entries", list, len(got[list]), len(keys))
		}
	}

	for _, list := range []string{"figures", "dates", "meetings", "documents"} {
		_, table, errs := zx(t, "", append([]string{"extract", "--format", "csv", "--list", list}, paths...)...)
		rows, err := csv.NewReader(strings.NewReader(table)).ReadAll()
		if err != nil {
			t.Fatalf("%s: the CSV does not parse: %v (%s)", list, err, errs)
		}
		col := map[string]int{}
		for i, h := range rows[0] {
			col[h] = i
		}
		var keys []string
		for _, row := range rows[1:] {
			keys = append(keys, fmt.Sprintf("%s|%s|%s|%s", row[col["id"]], row[col["text"]], row[col["span_start"]], row[col["span_end"]]))
		}
		sort.Strings(keys)
		if strings.Join(keys, "\n") != strings.Join(want[list], "\n") {
			t.Errorf("csv %s: %d rows, %d entries", list, len(keys), len(want[list]))
		}
	}
	if code, _, _ := zx(t, "", "extract", "--format", "csv", textDir); code != exitUsage {
		t.Errorf("csv without --list: exit %d", code)
	}
	if code, _, _ := zx(t, "", "extract", "--format", "csv", "--list", "people.name", textDir); code != exitUsage {
		t.Errorf("csv --list people.name: exit %d", code)
	}

	// people.roles: a row per role of each person, one with empty role
	// cells for a person with none.
	var roles []string
	for _, line := range strings.Split(strings.TrimSpace(jsonl), "\n") {
		var r struct {
			ID     string
			People []struct {
				Name  string
				Roles []struct{ Title, Body string }
			}
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		for _, p := range r.People {
			if len(p.Roles) == 0 {
				roles = append(roles, r.ID+"|"+p.Name+"||")
			}
			for _, ro := range p.Roles {
				roles = append(roles, r.ID+"|"+p.Name+"|"+ro.Title+"|"+ro.Body)
			}
		}
	}
	_, table, errs := zx(t, "", append([]string{"extract", "--format", "csv", "--list", "people.roles"}, paths...)...)
	rows, err := csv.NewReader(strings.NewReader(table)).ReadAll()
	if err != nil {
		t.Fatalf("people.roles: the CSV does not parse: %v (%s)", err, errs)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	var rowKeys []string
	for _, row := range rows[1:] {
		rowKeys = append(rowKeys, row[col["id"]]+"|"+row[col["name"]]+"|"+row[col["roles.title"]]+"|"+row[col["roles.body"]])
	}
	sort.Strings(roles)
	sort.Strings(rowKeys)
	if len(roles) == 0 || strings.Join(rowKeys, "\n") != strings.Join(roles, "\n") {
		t.Errorf("csv people.roles: %d rows, %d roles", len(rowKeys), len(roles))
	}
	_, kept, _ := zx(t, "", "extract", "--fields", "id,headline,figures", textDir)
	for _, r := range records(t, kept) {
		if len(r) != 3 || r["figures"] == nil {
			t.Errorf("--fields id,headline,figures kept %v", r)
		}
	}
	// a field no record has (a typo) is an error, not a field dropped unseen
	if code, out, errs := zx(t, "", "extract", "--fields", "id,figure", textDir); code != exitUsage || out != "" || !strings.Contains(errs, "figures") {
		t.Errorf("--fields id,figure: exit %d, %d bytes out, %q", code, len(out), errs)
	}
}

// TestFlatNamesOnce: no entry line holds a key twice and no CSV header a
// column twice (a reader would keep one of the two silently): a body's
// place is bodies.place beside place, the article's.
func TestFlatNamesOnce(t *testing.T) {
	paths := []string{textDir, filepath.Join("..", "..", "testdata", "html")}
	_, entries, _ := zx(t, "", append([]string{"extract", "--format", "entries"}, paths...)...)
	bodies := 0
	for _, line := range strings.Split(strings.TrimSpace(entries), "\n") {
		keys := topKeys(t, line)
		if dup := repeated(keys); dup != "" {
			t.Fatalf("an entry line holds %s twice: %s", dup, line)
		}
		if strings.Contains(line, `"list":"bodies"`) {
			bodies++
			if !slices.Contains(keys, "place") || !slices.Contains(keys, "bodies.place") {
				t.Errorf("a body's line without place and bodies.place: %s", line)
			}
		}
	}
	if bodies == 0 {
		t.Fatal("no body in the entries")
	}
	for _, list := range []string{"people", "people.roles", "bodies", "dates", "figures", "meetings", "documents"} {
		_, table, _ := zx(t, "", append([]string{"extract", "--format", "csv", "--list", list}, paths...)...)
		header, err := csv.NewReader(strings.NewReader(table)).Read()
		if err != nil {
			t.Fatalf("%s: %v", list, err)
		}
		if dup := repeated(header); dup != "" {
			t.Errorf("csv %s: the header holds %s twice: %v", list, dup, header)
		}
	}
}

// topKeys are the keys of a JSON object, in order, repeats kept.
func topKeys(t *testing.T, line string) []string {
	dec := json.NewDecoder(strings.NewReader(line))
	var keys []string
	if _, err := dec.Token(); err != nil { // {
		t.Fatal(err)
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k.(string))
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

// repeated is a name the list holds twice, or "".
func repeated(names []string) string {
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			return n
		}
		seen[n] = true
	}
	return ""
}

// TestHelpAndVersion: help goes to stdout for every command and names
// every command; the version comes from the build; shells get completion.
func TestHelpAndVersion(t *testing.T) {
	code, help, _ := zx(t, "", "--help")
	for _, c := range []string{"extract", "eval", "explain", "rules", "schema", "version", "completion"} {
		if code != exitOK || !strings.Contains(help, c) {
			t.Errorf("--help lacks %s", c)
		}
	}
	for _, args := range [][]string{{"extract", "--help"}, {"rules", "profile", "--help"}, {"rules", "lint", "--help"}, {"eval", "--help"}, {"explain", "--help"}} {
		code, o, errs := zx(t, "", args...)
		if code != exitOK || !strings.Contains(o, "Usage:") || errs != "" {
			t.Errorf("%q: exit %d, help on stdout %v", args, code, strings.Contains(o, "Usage:"))
		}
	}
	if _, o, _ := zx(t, "", "rules", "test", "--help"); strings.Contains(o, "--strict") {
		t.Error("rules test offers --strict, which only lint reads")
	}
	if _, o, _ := zx(t, "", "--version"); !strings.HasPrefix(o, "zxtract ") {
		t.Errorf("--version: %q", o)
	}
	for _, shell := range []string{"bash", "zsh"} {
		if code, o, _ := zx(t, "", "completion", shell); code != exitOK || !strings.Contains(o, "zxtract") {
			t.Errorf("completion %s: exit %d", shell, code)
		}
	}
}
