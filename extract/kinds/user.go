package kinds

import (
	"maps"
	"slices"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/record"
)

// userKind is the kind of rules a user adds without any Go: each named group
// becomes a field, as written, and `set:` adds constant fields.
type userKind struct{ spec Spec }

func (k *userKind) Spec() *Spec { return &k.spec }

func (k *userKind) Build(c *Context, m *engine.Match) []*record.Entry {
	e := c.NewEntry(m)
	for _, g := range m.Rule.Groups {
		if g == "text" {
			continue
		}
		if cp, ok := m.Group(g); ok {
			e.Set(g, c.At(cp))
		} else {
			e.Set(g, nil)
		}
	}
	for _, key := range sortedKeys(m.Rule.Set) {
		e.Set(key, setValue(c, m, key))
	}
	return []*record.Entry{e}
}

func sortedKeys(m map[string]string) []string { return slices.Sorted(maps.Keys(m)) }
