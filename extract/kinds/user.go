package kinds

import (
	"maps"
	"slices"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/rules"
)

// userKind is the kind of rules a user adds without any Go: each named group
// becomes a field, as written, and `set:` adds constant fields.
type userKind struct{ spec Spec }

func (k *userKind) Spec() *Spec { return &k.spec }

// declare adds the fields a rule of the kind writes: its groups, as
// written, and its set: keys, in sorted order.
func (k *userKind) declare(r *rules.Rule) {
	for _, f := range append(append([]string(nil), r.Groups...), sortedKeys(r.Set)...) {
		if !slices.Contains(k.spec.Fields, f) {
			k.spec.Fields = append(k.spec.Fields, f)
		}
	}
}

// Build writes every field of the kind: the match's groups as written,
// its rule's set: values, null for the others.
func (k *userKind) Build(c *Context, m *engine.Match) []*record.Entry {
	e := c.NewEntry(m)
	for _, f := range k.spec.Fields[1:] {
		var v any
		if s, ok := m.Rule.Set[f]; ok {
			v = setValue(c, m, f, nil)
		} else if cp, ok := m.Group(f); ok && s == "" {
			v = c.At(cp)
		}
		e.Set(f, v)
	}
	return []*record.Entry{e}
}

func sortedKeys(m map[string]string) []string { return slices.Sorted(maps.Keys(m)) }
