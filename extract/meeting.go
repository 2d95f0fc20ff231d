package extract

import "strings"

// meeting: a named meeting with its term (届) and session (次) as numbers,
// the body holding it, and its kind. The `name` group (会议, 全会, 主席会议 …)
// is mapped to a kind through the MEETING_KINDS lexicon; `set:` may fix the
// kind or the body, and a set value may quote a group as ${group}.
var meeting = register(&Kind{
	Name:   "meeting",
	Groups: []string{"text", "body", "place", "term", "session", "name"},
	Sets:   []string{"kind", "body"},
	List:   "meetings",
	Build: func(c *Context, m *Match) []*Entry {
		e := c.newEntry(m)
		body := any(nil)
		if b, ok := m.Group("body"); ok {
			body = c.original(b.Start, b.End)
		}
		if s := c.setValue(m, "body"); s != "" {
			body = s
		}
		e.Set("body", body)
		e.Set("term", c.ordinal(m, "term"))
		e.Set("session", c.ordinal(m, "session"))
		kind := c.setValue(m, "kind")
		if kind == "" {
			name := c.capture(m, "name")
			if kind = c.engine.Lexicon("MEETING_KINDS").Value(name); kind == "" && name != "" {
				kind = name
			}
		}
		e.Set("kind", orNil(kind))
		return []*Entry{e}
	},
})

// ordinal is the number a group holds (十五 in 十五届), or nil.
func (c *Context) ordinal(m *Match, group string) any {
	s := strings.TrimPrefix(c.capture(m, group), "第")
	if v, ok := ParseNumber(s); ok {
		return v
	}
	return nil
}

// setValue is a rule's `set:` value for key, with ${group} replaced by the
// group's original text.
func (c *Context) setValue(m *Match, key string) string {
	s := m.Rule.Set[key]
	for strings.Contains(s, "${") {
		i := strings.Index(s, "${")
		j := strings.Index(s[i:], "}")
		if j < 0 {
			break
		}
		g := s[i+2 : i+j]
		val := ""
		if cp, ok := m.Group(g); ok {
			val = c.original(cp.Start, cp.End)
		}
		s = s[:i] + val + s[i+j+1:]
	}
	return s
}

func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}
