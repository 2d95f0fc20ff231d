package extract

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/zxtract/zxtract/rules"
)

// ExampleFailure is an example a rule does not pass.
type ExampleFailure struct {
	Rule *rules.Rule
	Pos  rules.Pos // the example's place in its file
	Msg  string
}

func (f ExampleFailure) String() string {
	return fmt.Sprintf("%s: rule %s: %s", f.Pos, f.Rule.ID, f.Msg)
}

// TestRules runs every example of every rule whose id passes keep (all when
// keep is nil) and returns the failures. An example passes when, for each
// expected entry, the rule produced an entry whose fields match it; an
// example that expects nothing passes when no entry of the rule's kind (for
// an exclude rule, of the kinds it excludes) came out of the text.
func (e *Engine) TestRules(keep func(*rules.Rule) bool) (failures []ExampleFailure, examples int) {
	for _, r := range e.Set.Rules {
		if keep != nil && !keep(r) {
			continue
		}
		for _, ex := range r.Examples {
			examples++
			if msg := e.testExample(r, ex); msg != "" {
				pos := ex.Pos
				if pos.Line == 0 {
					pos = r.Pos
				}
				failures = append(failures, ExampleFailure{Rule: r, Pos: pos, Msg: msg})
			}
		}
	}
	return failures, examples
}

func (e *Engine) testExample(r *rules.Rule, ex rules.Example) string {
	rec, layoutMatches, _ := e.Snippet(ex.Text, ex.Published)
	var got []*Entry
	kinds := []string{r.Kind}
	if kindOf(r.Kind).Exclude {
		kinds = r.Excludes
	}
	if r.Scope == rules.ScopeLine {
		got = layoutEntries(ex.Text, layoutMatches)
	} else {
		for _, k := range kinds {
			got = append(got, rec.Lists[kindOf(k).List]...)
		}
	}
	if len(ex.Expect) == 0 {
		for _, en := range got {
			if contains(kinds, en.Kind) {
				return fmt.Sprintf("%q: expected nothing, got %s", ex.Text, describe(en))
			}
		}
		return ""
	}
	for _, want := range ex.Expect {
		if findEntry(got, want, r.ID) == nil {
			return fmt.Sprintf("%q: expected %s, got %s", ex.Text, describeWant(want), describeAll(got))
		}
	}
	return ""
}

// layoutEntries turns the winning layout matches of an example's lines into
// entries, so that layout rules are tested like the others.
func layoutEntries(text string, ms []*Match) []*Entry {
	view := Normalise([]rune(text), false)
	var out []*Entry
	for _, m := range ms {
		if m.Lost() != "" || m.Rule.Kind != layout.Name {
			continue
		}
		en := &Entry{Kind: layout.Name, Rule: m.Rule.ID, Fields: []Field{{"text", string(view.Runes[m.Start:m.End])}}}
		en.Set("class", m.Rule.Set["class"])
		for _, g := range m.Rule.Groups {
			if c, ok := m.Group(g); ok && g != "text" {
				en.Set(g, string(view.Runes[c.Start:c.End]))
			}
		}
		out = append(out, en)
	}
	return out
}

func findEntry(got []*Entry, want map[string]any, rule string) *Entry {
	for _, en := range got {
		if _, ok := want["rule"]; !ok && en.Rule != rule {
			continue
		}
		ok := true
		for k, v := range want {
			var have any
			if k == "rule" {
				have = en.Rule
			} else {
				have = en.Get(k)
			}
			if !sameValue(have, v) {
				ok = false
				break
			}
		}
		if ok {
			return en
		}
	}
	return nil
}

// sameValue compares a field with what a YAML example expects: numbers by
// value, everything else by its JSON form.
func sameValue(have, want any) bool {
	// YAML reads an unquoted 2024-01-20 as a time; rules mean the date.
	if t, ok := want.(time.Time); ok {
		want = t.Format("2006-01-02")
		if t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 {
			want = t.Format(time.RFC3339)
		}
	}
	if a, ok := toFloat(have); ok {
		if b, ok := toFloat(want); ok {
			return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
		}
	}
	hb, _ := json.Marshal(have)
	wb, _ := json.Marshal(want)
	return string(hb) == string(wb)
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

func describe(en *Entry) string {
	b, _ := json.Marshal(fieldMap(en))
	return string(b) + " by " + en.Rule
}

func describeWant(w map[string]any) string {
	b, _ := json.Marshal(w)
	return string(b)
}

func describeAll(es []*Entry) string {
	if len(es) == 0 {
		return "nothing"
	}
	parts := make([]string, len(es))
	for i, en := range es {
		parts[i] = describe(en)
	}
	return strings.Join(parts, "; ")
}

func fieldMap(en *Entry) map[string]any {
	m := map[string]any{}
	for _, f := range en.Fields {
		m[f.Key] = f.Value
	}
	return m
}
