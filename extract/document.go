package extract

import (
	"strings"
	"unicode/utf8"
)

// document: a title in 《》 (or in <> inside one). Its kind comes from a cue
// the rule captured around it (…》的调研报告, …》等三件提案), else from how the
// title ends (…的建议, …条例, …报), else from the rule's `set: {kind: …}`,
// else "other". The lexicons DOC_CUES and DOC_ENDINGS hold the words.
var document = register(&Kind{
	Name:     "document",
	Groups:   []string{"text", "cue"},
	Required: []string{"text"},
	Sets:     []string{"kind"},
	List:     "documents",
	Nests:    true,
	Build: func(c *Context, m *Match) []*Entry {
		e := c.newEntry(m)
		e.Set("kind", c.documentKind(m))
		return []*Entry{e}
	},
})

func (c *Context) documentKind(m *Match) string {
	if k := c.engine.Lexicon("DOC_CUES").Value(c.capture(m, "cue")); k != "" {
		return k
	}
	title := c.viewText(m.Start, m.End)
	// A draft's (草案) and the like do not change what the title is.
	for strings.HasSuffix(title, ")") {
		i := strings.LastIndex(title, "(")
		if i <= 0 {
			break
		}
		title = strings.TrimSpace(title[:i])
	}
	endings := c.engine.Lexicon("DOC_ENDINGS")
	if endings.Has(title) {
		return endings.Value(title)
	}
	best, kind := 0, ""
	for _, w := range endings.Entries {
		if n := utf8.RuneCountInString(w); n > best && strings.HasSuffix(title, w) {
			best, kind = n, endings.Value(w)
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
