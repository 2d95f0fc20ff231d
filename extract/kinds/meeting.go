package kinds

import (
	"math"
	"strings"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/number"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/rules"
)

// meeting: a named meeting with its term (届) and session (次) as numbers,
// the body holding it, and its kind. The `name` group (会议, 全会, 主席会议 …)
// is mapped to a kind through the MEETING_KINDS lexicon; `set:` may fix the
// kind or the body, and a set value may quote a group as ${group}.
type meeting struct {
	kinds *rules.Lexicon
}

var meetingSpec = Spec{
	Name:     "meeting",
	List:     "meetings",
	Groups:   []string{"text", "body", "place", "term", "session", "name"},
	Sets:     []string{"kind", "body"},
	Lexicons: []string{"MEETING_KINDS"},
	Fields:   []string{"text", "body", "term", "session", "kind"},
}

func (*meeting) Spec() *Spec { return &meetingSpec }

func (k *meeting) Bind(lex func(string) *rules.Lexicon) { k.kinds = lex("MEETING_KINDS") }

func (k *meeting) Build(c *Context, m *engine.Match) []*record.Entry {
	e := c.NewEntry(m)
	body := any(nil)
	if b, ok := m.Group("body"); ok {
		body = c.At(b)
	}
	if s := setValue(c, m, "body"); s != "" {
		body = s
	}
	e.Set("body", body)
	e.Set("term", ordinal(c, m, "term"))
	e.Set("session", ordinal(c, m, "session"))
	kind := setValue(c, m, "kind")
	if kind == "" {
		name := c.Capture(m, "name")
		if kind = k.kinds.Value(name); kind == "" && name != "" {
			kind = name
		}
	}
	e.Set("kind", orNil(kind))
	return []*record.Entry{e}
}

// ordinal is the number a group holds (十五 in 十五届), or nil.
func ordinal(c *Context, m *engine.Match, group string) any {
	s := strings.TrimPrefix(c.Capture(m, group), "第")
	if v, ok := number.ParseNumber(s); ok && v == math.Trunc(v) {
		return int(v)
	}
	return nil
}

// setValue is a rule's `set:` value for key, with ${group} replaced by the
// group's original text.
func setValue(c *Context, m *engine.Match, key string) string {
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
			val = c.At(cp)
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
