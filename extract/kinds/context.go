package kinds

import (
	"slices"
	"unicode"

	"github.com/zxtract/zxtract/extract/engine"
	"github.com/zxtract/zxtract/extract/record"
	"github.com/zxtract/zxtract/extract/text"
)

// Context is what a kind's builder and sentence step may read: the text,
// the sentence the match is in, the document's publication date, and the
// sentence's annotations.
type Context struct {
	text.Original
	Sentence  text.Range
	Published string
	anns      annotators
	notes     *sentenceNotes
	found     map[string][]*record.Entry // the article's entries so far, by kind
	sentence  []built                    // the entries the sentence's matches built, before its steps
}

// InSentence are the entries of a kind the sentence's own matches built, for
// a kind's sentence step that reads another's (a name ends the leader's posts
// before the party a figure counts).
func (c *Context) InSentence(kind string) []*record.Entry {
	var out []*record.Entry
	for _, b := range c.sentence {
		if b.entry.Kind == kind {
			out = append(out, b.entry)
		}
	}
	return out
}

// Before are the entries of a kind the units before this one in its
// sentence hold (text.SentenceStart: 2020年5月启动;同年8月 dates 同年 by
// 2020).
func (c *Context) Before(kind string) []*record.Entry {
	start := text.SentenceStart(c.View.Runes, c.Sentence.Start)
	if start == c.Sentence.Start {
		return nil
	}
	span := c.View.Orig(text.Range{Start: start, End: c.Sentence.Start})
	var out []*record.Entry
	for _, e := range c.found[kind] {
		if slices.ContainsFunc(e.Mentions, func(m text.Span) bool { return m[0] >= span[0] && m[0] < span[1] }) {
			out = append(out, e)
		}
	}
	return out
}

// EndingLineBefore is the entry of a kind whose mention ends the line
// before the sentence, where the sentence opens its line (a list's count
// and its share on the next line: …办结的120件|占40%), or nil.
func (c *Context) EndingLineBefore(kind string) *record.Entry {
	rs := c.View.Runes
	k := c.Sentence.Start - 1
	for k >= 0 && rs[k] != '\n' && unicode.IsSpace(rs[k]) {
		k--
	}
	if k < 0 || rs[k] != '\n' {
		return nil
	}
	for k > 0 && unicode.IsSpace(rs[k-1]) {
		k--
	}
	end := c.View.Orig(text.Range{Start: k, End: k})[0]
	found := c.found[kind]
	for i := len(found) - 1; i >= 0; i-- {
		if slices.ContainsFunc(found[i].Mentions, func(m text.Span) bool { return m[1] == end }) {
			return found[i]
		}
	}
	return nil
}

// ViewText is the normalised text of a view range.
func (c *Context) ViewText(r text.Range) string { return c.View.String(r) }

// Capture is the normalised text of a match's first capture of a group, or
// "" when the group did not take part.
func (c *Context) Capture(m *engine.Match, group string) string {
	if cp, ok := m.Group(group); ok {
		return c.View.String(cp)
	}
	return ""
}

// NewEntry starts an entry for a match: its kind, rule, span and text.
func (c *Context) NewEntry(m *engine.Match) *record.Entry {
	return c.EntryAt(m, m.Range)
}

// EntryAt starts an entry for part of a match, less white space at its
// edges; its text is the original at its span, exactly.
func (c *Context) EntryAt(m *engine.Match, r text.Range) *record.Entry {
	for r.Start < r.End && unicode.IsSpace(c.View.Runes[r.Start]) {
		r.Start++
	}
	for r.End > r.Start && unicode.IsSpace(c.View.Runes[r.End-1]) {
		r.End--
	}
	// The entry and room for the few fields its kind adds, in one allocation.
	x := &struct {
		e      record.Entry
		fields [8]record.Field
	}{}
	x.fields[0] = record.Field{Key: "text", Value: c.At(r)}
	x.e = record.Entry{Kind: m.Rule.Kind, Rule: m.Rule.ID, Span: c.View.Orig(r), Fields: x.fields[:1], View: r}
	return &x.e
}

// Annotator computes an annotation of a sentence (word tokens, gazetteer
// look-ups) that builders may ask for. It is shared read-only by every
// worker.
type Annotator interface {
	Name() string
	Annotate(sentence []rune) any
}

type annotators map[string]Annotator

// sentenceNotes holds the annotations of one sentence, each computed the
// first time a builder asks for it, and only then.
type sentenceNotes struct {
	sentence text.Range
	done     map[string]any
}

// Annotation is the sentence's annotation of that name, computed on first
// asking. A kind asks only for those its Spec declares.
func (c *Context) Annotation(name string) any {
	n := c.notes
	if n == nil || n.sentence != c.Sentence {
		n = &sentenceNotes{sentence: c.Sentence, done: map[string]any{}}
		c.notes = n
	}
	if v, ok := n.done[name]; ok {
		return v
	}
	v := c.anns[name].Annotate(c.View.Runes[c.Sentence.Start:c.Sentence.End])
	n.done[name] = v
	return v
}
