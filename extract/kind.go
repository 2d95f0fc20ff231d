package extract

import (
	"fmt"
	"strings"
	"sync"

	"github.com/zxtract/zxtract/rules"
)

// Kind is what rules of one kind produce. The set of built-in kinds is
// closed and checked when rules load; a rule of any other kind is a user
// kind, whose named groups become the fields of its entries.
type Kind struct {
	Name string
	// Groups are the named groups the kind reads; a rule may use no others
	// (nil: any, for user kinds). Required must be present.
	Groups, Required []string
	// Sets are the keys a rule may fix with `set:`.
	Sets []string
	// List is the record's list the entries go to; empty for kinds that
	// guide the pipeline instead (layout, exclude).
	List string
	// Key are the fields that, with text, make two entries one (its
	// mentions are merged).
	Key []string
	// Exclude kinds suppress matches of the kinds a rule lists.
	Exclude bool
	// Nests: a match may lie inside another of the same kind (a title
	// quoted in a title); for other kinds the longer wins.
	Nests bool
	// Build makes entries from a match that won its conflicts.
	Build func(c *Context, m *Match) []*Entry
}

var builtinKinds = map[string]*Kind{}

func register(k *Kind) *Kind {
	builtinKinds[k.Name] = k
	return k
}

var userKinds sync.Map // name -> *Kind, made once per name

// kindOf returns the built-in kind of that name, or a user kind.
func kindOf(name string) *Kind {
	if k, ok := builtinKinds[name]; ok {
		return k
	}
	if k, ok := userKinds.Load(name); ok {
		return k.(*Kind)
	}
	k, _ := userKinds.LoadOrStore(name, userKind(name))
	return k.(*Kind)
}

// userKind is the kind of rules a user adds without any Go: each named group
// becomes a field, as written, and `set:` adds constant fields.
func userKind(name string) *Kind {
	return &Kind{Name: name, List: name, Build: buildUserEntry}
}

func buildUserEntry(c *Context, m *Match) []*Entry {
	e := c.newEntry(m)
	for _, g := range m.Rule.Groups {
		if g == "text" {
			continue
		}
		if cp, ok := m.Group(g); ok {
			e.Set(g, c.original(cp.Start, cp.End))
		} else {
			e.Set(g, nil)
		}
	}
	return []*Entry{e}
}

var exclude = register(&Kind{
	Name:    "exclude",
	Groups:  []string{"text"},
	Exclude: true,
})

// checkRule reports what a rule's kind cannot take; rules.Compile calls it.
func checkRule(r *rules.Rule) []string {
	k, builtin := builtinKinds[r.Kind]
	var msgs []string
	if !builtin {
		if !validListName(r.Kind) {
			msgs = append(msgs, fmt.Sprintf("kind %q: a new kind's name is lower case letters, digits, - and _", r.Kind))
		}
		if reserved[r.Kind] {
			msgs = append(msgs, fmt.Sprintf("kind %q is a field of every record, not a kind", r.Kind))
		}
		return msgs
	}
	for _, g := range r.Groups {
		if !contains(k.Groups, g) {
			msgs = append(msgs, fmt.Sprintf("group %q: kind %s takes %s", g, k.Name, orNone(k.Groups)))
		}
	}
	for _, g := range k.Required {
		if !r.HasGroup(g) {
			msgs = append(msgs, fmt.Sprintf("kind %s needs a group named %q", k.Name, g))
		}
	}
	for key := range r.Set {
		if !contains(k.Sets, key) {
			msgs = append(msgs, fmt.Sprintf("set %q: kind %s takes %s", key, k.Name, orNone(k.Sets)))
		}
	}
	if k.Exclude && len(r.Excludes) == 0 {
		msgs = append(msgs, "an exclude rule lists the kinds it excludes (excludes: [figure])")
	}
	if !k.Exclude && len(r.Excludes) > 0 {
		msgs = append(msgs, "only exclude rules take excludes:")
	}
	return msgs
}

func orNone(list []string) string {
	if len(list) == 0 {
		return "none"
	}
	return strings.Join(list, ", ")
}

var reserved = map[string]bool{"id": true, "source": true, "article": true, "headline": true,
	"subtitle": true, "published": true, "place": true, "encoding": true, "span": true,
	"error": true, "warnings": true, "fields": true}

func validListName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r == '_' || r == '-' && i > 0, r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}
