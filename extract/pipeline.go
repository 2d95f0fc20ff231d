package extract

import (
	"fmt"
	"strconv"
	"unicode"
)

// Document is one input document: a file, or one line of a JSONL file.
type Document struct {
	Source    string         // the input file's name, or the JSONL record's id
	Text      string         // decoded text; for HTML, the page's source
	HTML      bool           // Text is HTML: strip the markup before matching
	Encoding  string         // the encoding the input was in
	Published string         // publication date the input gives (JSONL --date-field), YYYY-MM-DD
	Fields    map[string]any // input fields to keep in the records
	Err       error          // why the document could not be read
}

// Process runs the pipeline on one document (normalise, split into
// articles, find sentences, match rules, settle conflicts, build and
// resolve entries, assemble records) and returns one record per article; a
// document that holds no article, or could not be read, yields one record.
func (e *Engine) Process(doc *Document) []*Record {
	if doc.Err != nil {
		r := e.emptyRecord(doc, 1)
		r.Error = doc.Err.Error()
		return []*Record{r}
	}
	raw := []rune(doc.Text)
	view := Normalise(raw, doc.HTML)
	var warnings []Warning
	warn := func(w Warning) { warnings = append(warnings, w) }

	lines := splitLines(view)
	e.classify(view, lines, warn, nil)
	articles, published := splitArticles(view, raw, lines)
	if doc.Published != "" {
		published = doc.Published
	}
	if len(articles) == 0 {
		r := e.emptyRecord(doc, 1)
		r.Published = published
		r.Span = Span{0, len(raw)}
		r.Warnings = warnings
		return []*Record{r}
	}
	out := make([]*Record, 0, len(articles))
	for i, a := range articles {
		r := e.emptyRecord(doc, i+1)
		r.Headline, r.Subtitle, r.Published = a.Headline, a.Subtitle, published
		r.Span = view.Orig(a.Start, a.End)
		r.Lists = e.extractArticle(&Context{view: view, raw: raw, article: a, published: published}, warn, nil)
		out = append(out, r)
	}
	// Warnings belong to the document; the first record carries them.
	out[0].Warnings = warnings
	return out
}

// extractArticle runs the sentence rules over an article's content and
// returns its entries by list. Entries are merged as they come, sentence by
// sentence, so that an article that repeats one figure a million times holds
// one entry with a million mentions, not a million entries.
func (e *Engine) extractArticle(c *Context, warn func(Warning), trace *[]*Match) map[string][]*Entry {
	c.engine = e
	units := sentences(c.view, c.article.body)
	asm := newAssembler()
	e.matchUnits("sentence", c.view, units, warn, trace, func(u int, won []*Match) {
		c.sentence = units[u]
		var entries []*Entry
		for _, m := range won {
			k := kindOf(m.Rule.Kind)
			if k.List == "" || k.Build == nil {
				continue
			}
			entries = append(entries, k.Build(c, m)...)
		}
		for _, fin := range sentenceFinishers {
			entries = fin(c, entries)
		}
		asm.add(entries)
	})
	for _, fin := range articleFinishers {
		fin(c, asm.entries)
	}
	return asm.lists
}

// Snippet runs the rules on a short text taken whole as the body of one
// article, with no layout stage: for rule examples and explain. It returns
// the record, the layout matches of its lines and every sentence match,
// winners and losers.
func (e *Engine) Snippet(text, published string) (rec *Record, layout, matches []*Match) {
	raw := []rune(text)
	view := Normalise(raw, false)
	lines := splitLines(view)
	e.classify(view, lines, func(Warning) {}, &layout)
	a := &Article{Start: 0, End: len(view.Runes)}
	for _, l := range lines {
		a.body = append(a.body, [2]int{l.s, l.e})
	}
	rec = e.emptyRecord(&Document{Source: "snippet", Encoding: EncUTF8}, 1)
	rec.Published = published
	rec.Span = Span{0, len(raw)}
	warn := func(w Warning) { rec.Warnings = append(rec.Warnings, w) }
	rec.Lists = e.extractArticle(&Context{view: view, raw: raw, article: a, published: published}, warn, &matches)
	return rec, layout, matches
}

func (e *Engine) emptyRecord(doc *Document, n int) *Record {
	return &Record{
		ID:       fmt.Sprintf("%s#%d", doc.Source, n),
		Source:   doc.Source,
		Article:  n,
		Encoding: doc.Encoding,
		Lists:    map[string][]*Entry{},
		Fields:   doc.Fields,
	}
}

// Finishers complete entries once their context is known: sentence
// finishers see the entries of one sentence (a figure's metric), article
// finishers every distinct entry of the article (a date's year).
var (
	sentenceFinishers []func(c *Context, entries []*Entry) []*Entry
	articleFinishers  []func(c *Context, entries []*Entry)
)

// assembler groups entries by list, merging entries that are the same
// (same kind, text and key fields) into one with every mention, in order of
// first appearance.
type assembler struct {
	lists   map[string][]*Entry
	entries []*Entry
	seen    map[string]*Entry // by key: kind, text and the kind's key fields
	key     []byte            // the key being built
}

// appendKeyValue writes a field's value into an entry's key: the usual
// types directly, anything else as fmt prints it.
func appendKeyValue(b []byte, v any) []byte {
	switch v := v.(type) {
	case string:
		return append(b, v...)
	case float64:
		return strconv.AppendFloat(b, v, 'g', -1, 64)
	case int:
		return strconv.AppendInt(b, int64(v), 10)
	}
	return fmt.Append(b, v)
}

func newAssembler() *assembler {
	return &assembler{lists: map[string][]*Entry{}, seen: map[string]*Entry{}}
}

func (a *assembler) add(entries []*Entry) {
	for _, en := range entries {
		k := kindOf(en.Kind)
		a.key = append(append(append(a.key[:0], en.Kind...), 0), en.Text()...)
		for _, f := range k.Key {
			a.key = appendKeyValue(append(a.key, 0), en.Get(f))
		}
		if first, dup := a.seen[string(a.key)]; dup {
			first.Mentions = append(first.Mentions, en.Span)
			continue
		}
		en.Mentions = []Span{en.Span}
		a.seen[string(a.key)] = en
		a.entries = append(a.entries, en)
		a.lists[k.List] = append(a.lists[k.List], en)
	}
}

// Context is what a kind's builder may read: the text, the sentence and
// article the match is in, and the document's publication date.
type Context struct {
	engine    *Engine
	view      *View
	raw       []rune
	article   *Article
	sentence  [2]int
	published string
}

// original is the original text of the view range [s, e).
func (c *Context) original(s, e int) string {
	sp := c.view.Orig(s, e)
	return string(c.raw[sp[0]:sp[1]])
}

// viewText is the normalised text of the view range [s, e).
func (c *Context) viewText(s, e int) string { return string(c.view.Runes[s:e]) }

// capture is the normalised text of a match's first capture of a group.
func (c *Context) capture(m *Match, group string) string {
	if cp, ok := m.Group(group); ok {
		return c.viewText(cp.Start, cp.End)
	}
	return ""
}

// newEntry starts an entry for a match: its kind, rule, span and text.
func (c *Context) newEntry(m *Match) *Entry {
	return c.entryAt(m, m.Start, m.End)
}

// entryAt starts an entry for part [s, e) of a match, less white space at
// its edges; its text is the original at its span, exactly.
func (c *Context) entryAt(m *Match, s, e int) *Entry {
	for s < e && unicode.IsSpace(c.view.Runes[s]) {
		s++
	}
	for e > s && unicode.IsSpace(c.view.Runes[e-1]) {
		e--
	}
	return &Entry{
		Kind:   m.Rule.Kind,
		Rule:   m.Rule.ID,
		Span:   c.view.Orig(s, e),
		Fields: append(make([]Field, 0, 8), Field{"text", c.original(s, e)}), // kinds add a few fields
		view:   [2]int{s, e},
	}
}
