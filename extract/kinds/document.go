package kinds

import (
	"strings"
	"unicode/utf8"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/rules"
)

// document: a title in 《》 (or in <> inside one). Its kind comes from a cue
// the rule captured around it (…》的调研报告, …》等三件提案), else from how the
// title ends (…的建议, …条例, …报), else from the rule's `set: {kind: …}`,
// else "other". The lexicons DOC_CUES and DOC_ENDINGS hold the words.
type document struct {
	cues, endings *rules.Lexicon
}

var documentSpec = Spec{
	Name:     "document",
	List:     "documents",
	Groups:   []string{"text", "cue"},
	Required: []string{"text"},
	Sets:     []string{"kind"},
	Lexicons: []string{"DOC_CUES", "DOC_ENDINGS"},
	Nests:    true,
	Fields:   []string{"text", "kind"},
}

func (*document) Spec() *Spec { return &documentSpec }

func (d *document) Bind(lex func(string) *rules.Lexicon) {
	d.cues, d.endings = lex("DOC_CUES"), lex("DOC_ENDINGS")
}

func (d *document) Build(c *Context, m *engine.Match) []*record.Entry {
	e := c.NewEntry(m)
	e.Set("kind", d.kindOf(c, m))
	return []*record.Entry{e}
}

func (d *document) kindOf(c *Context, m *engine.Match) string {
	if k := d.cues.Value(c.Capture(m, "cue")); k != "" {
		return k
	}
	title := strings.TrimSpace(c.ViewText(m.Range)) // (《 人民政协报 》: a page's spaces inside the brackets)
	// A draft's (草案) and the like do not change what the title is.
	for strings.HasSuffix(title, ")") {
		i := strings.LastIndex(title, "(")
		if i <= 0 {
			break
		}
		title = strings.TrimSpace(title[:i])
	}
	if d.endings.Has(title) {
		return d.endings.Value(title)
	}
	best, kind := 0, ""
	for _, w := range d.endings.Entries {
		if n := utf8.RuneCountInString(w); n > best && strings.HasSuffix(title, w) {
			best, kind = n, d.endings.Value(w)
		}
	}
	if kind != "" {
		return kind
	}
	if k := m.Rule.Set["kind"]; k != "" {
		return k
	}
	return "other"
}
