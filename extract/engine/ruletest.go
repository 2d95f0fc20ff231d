package engine

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/zxtract/zxtract/extract/record"
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

// Example is what the pipeline made of an example's text: every entry, and
// what the layout stage read of its lines (for layout rules).
type Example struct {
	Entries []*record.Entry
	Layout  []*record.Entry
}

// TestRules runs every example of every rule of the set whose id passes
// keep (all when keep is nil) through run, and returns the failures. An
// example passes when, for each expected entry, the rule produced an entry
// whose fields match it; an example that expects nothing passes when no
// entry of the rule's kind (for a rule that only excludes, of the kinds it
// excludes) came out of the text. Layout rules are held to the classes and
// groups of their line matches.
func TestRules(set *rules.Set, keep func(*rules.Rule) bool, run func(ex rules.Example) Example) (failures []ExampleFailure, examples int) {
	for _, r := range set.Rules {
		if keep != nil && !keep(r) {
			continue
		}
		for _, ex := range r.Examples.List() {
			examples++
			if msg := testExample(r, ex, run(ex)); msg != "" {
				pos := r.Pos
				if ex.Line != 0 {
					pos.Line = ex.Line
				}
				failures = append(failures, ExampleFailure{Rule: r, Pos: pos, Msg: msg})
			}
		}
	}
	return failures, examples
}

func testExample(r *rules.Rule, ex rules.Example, res Example) string {
	var got []*record.Entry
	kinds := []string{r.Kind}
	if r.Kind == "" {
		kinds = r.Excludes
	}
	if r.Scope == rules.ScopeLine {
		got = res.Layout
	} else {
		for _, en := range res.Entries {
			if contains(kinds, en.Kind) {
				got = append(got, en)
			}
		}
	}
	if len(ex.Expect) == 0 {
		if len(got) > 0 {
			return fmt.Sprintf("%q: expected nothing, got %s", ex.Text, describe(got[0]))
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

func findEntry(got []*record.Entry, want map[string]any, rule string) *record.Entry {
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
// value; a list of objects item by item, each by the fields the example
// names (roles: [{title: 主席}, {title: 常委}]); everything else by its JSON
// form.
func sameValue(have, want any) bool {
	if w, ok := want.([]any); ok {
		if h, ok := have.([]record.Object); ok {
			if len(h) != len(w) {
				return false
			}
			for i := range w {
				if !sameFields(h[i], w[i]) {
					return false
				}
			}
			return true
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

// sameFields: an object has the fields an example's map names (a value
// that is no map is compared whole).
func sameFields(have record.Object, want any) bool {
	w, ok := want.(map[string]any)
	if !ok {
		return sameValue(have, want)
	}
	for k, v := range w {
		if !sameValue(have.Get(k), v) {
			return false
		}
	}
	return true
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

func describe(en *record.Entry) string {
	b, _ := json.Marshal(fieldMap(en))
	return string(b) + " by " + en.Rule
}

func describeWant(w map[string]any) string {
	b, _ := json.Marshal(w)
	return string(b)
}

func describeAll(es []*record.Entry) string {
	if len(es) == 0 {
		return "nothing"
	}
	parts := make([]string, len(es))
	for i, en := range es {
		parts[i] = describe(en)
	}
	return strings.Join(parts, "; ")
}

func fieldMap(en *record.Entry) map[string]any {
	m := map[string]any{}
	for _, f := range en.Fields {
		m[f.Key] = f.Value
	}
	return m
}
